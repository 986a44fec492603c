//! Headless chart export, as a report script or CI runs it: every kind to a PNG of
//! the asked size and to an SVG that parses, with no display.

use ntm_planner::charts::{ChartKind, png};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    // A Vietnamese system, whatever the machine running the tests says.
    let mut c = Command::new(env!("CARGO_BIN_EXE_ntm-planner"));
    c.env("LANG", "vi_VN.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE");
    c
}

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(name)
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Decode a PNG fully and return its size and colour type.
fn decode(path: &Path) -> (u32, u32, ::png::ColorType) {
    let file = std::fs::File::open(path).unwrap();
    let mut reader = ::png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    (info.width, info.height, info.color_type)
}

#[test]
fn kind_list_names_every_kind() {
    let o = bin().args(["chart", "--kind", "list"]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    let names: Vec<&str> = out.lines().filter_map(|l| l.split('\t').next()).collect();
    let expected: Vec<&str> = ChartKind::ALL.iter().map(|k| k.name()).collect();
    assert_eq!(names, expected);
    assert!(out.contains("funding-donut\tCơ cấu nguồn vốn"));
}

#[test]
fn every_kind_exports_png_of_the_asked_size_and_svg_that_parses() {
    let tmp = tempfile::tempdir().unwrap();
    let plan = sample("lai-chau-2025.ntm");
    for kind in ChartKind::ALL {
        let name = kind.name();
        let out = tmp.path().join(format!("{name}.png"));
        let o = bin()
            .arg("chart")
            .arg(&plan)
            .args(["--kind", name, "--out"])
            .arg(&out)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{name}: {}", text(&o));
        let (w, h, color) = decode(&out);
        assert_eq!(
            (w, h),
            (1920, 1080),
            "{name}: the default size is a slide's"
        );
        assert_eq!(color, ::png::ColorType::Rgba);

        let svg_out = tmp.path().join(format!("{name}.svg"));
        let o = bin()
            .arg("chart")
            .arg(&plan)
            .args(["--kind", name, "--size", "1280x720", "--out"])
            .arg(&svg_out)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{name}: {}", text(&o));
        let svg = std::fs::read_to_string(&svg_out).unwrap();
        let tree = png::parse_svg(&svg).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!((tree.size().width(), tree.size().height()), (1280.0, 720.0));
        assert!(svg.contains("font-family=\"'Be Vietnam Pro'"));
        assert!(
            svg.contains("Lai Châu"),
            "{name}: the plan's names are on it"
        );
    }
}

#[test]
fn a_large_png_for_slides() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("4k.png");
    let o = bin()
        .arg("chart")
        .arg(sample("lai-chau-2025.ntm"))
        .args(["--kind", "funding-donut", "--size", "3840x2160", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(decode(&out).0, 3840);
    assert_eq!(decode(&out).1, 2160);
}

#[test]
fn a_plan_without_funding_still_gets_a_picture_that_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("ls.svg");
    let o = bin()
        .arg("chart")
        .arg(sample("lang-son-2023.ntm"))
        .args(["--kind", "funding-by-source", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(text(&o).contains("chưa có số liệu nguồn vốn"));
    let svg = std::fs::read_to_string(&out).unwrap();
    png::parse_svg(&svg).unwrap();
    assert!(svg.contains("Kế hoạch chưa có số liệu nguồn vốn."));
}

#[test]
fn mistakes_are_named() {
    let tmp = tempfile::tempdir().unwrap();
    let plan = sample("lai-chau-2025.ntm");
    let run = |args: &[&str]| {
        let o = bin()
            .args(["chart", "--lang", "en"])
            .arg(&plan)
            .args(args)
            .output()
            .unwrap();
        (o.status.code(), text(&o))
    };
    let out = tmp.path().join("x.png");
    let out = out.to_str().unwrap();
    let (code, msg) = run(&["--kind", "pie", "--out", out]);
    assert_eq!(code, Some(2));
    assert!(msg.contains("Unknown chart kind “pie”"), "{msg}");
    let (code, msg) = run(&["--kind", "funding-donut", "--out", out, "--size", "big"]);
    assert_eq!(code, Some(2));
    assert!(msg.contains("--size big"), "{msg}");
    // The size's reason in the language asked for, not the library's English.
    let vi = bin()
        .args(["chart", "--lang", "vi"])
        .arg(&plan)
        .args(["--kind", "funding-donut", "--out", out, "--size", "5x5"])
        .output()
        .unwrap();
    assert_eq!(vi.status.code(), Some(2));
    assert!(
        text(&vi).contains("Không thể tạo ảnh cỡ 5×5: mỗi cạnh phải từ 16 đến 8192 điểm ảnh"),
        "{}",
        text(&vi)
    );
    let bad_ext = tmp.path().join("x.jpg");
    let (code, msg) = run(&[
        "--kind",
        "funding-donut",
        "--out",
        bad_ext.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(2));
    assert!(msg.contains(".png, .svg or .pdf"), "{msg}");
    assert!(!Path::new(out).exists(), "nothing written on a mistake");
}
