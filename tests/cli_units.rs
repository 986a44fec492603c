//! A new plan on the communes since 1 July 2025 from the command line: `new` for each
//! seed province, `units import` of the national table and `new --units`, the
//! checker on the result (no placeholder in the header; groups listed until chosen).

use ntm_planner::new_plan::placeholder;
use ntm_planner::units::UnitKind;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin(home: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ntm-planner"));
    // Imported registers go to this folder, not the user's.
    c.env("NTM_PLANNER_HOME", home);
    c
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/reform-2025")
        .join(name)
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn a_2027_plan_for_each_seed_province_has_its_communes_and_a_clean_header() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    for (province, communes, wards) in [("Lai Châu", 36, 2), ("Lạng Sơn", 61, 4)] {
        let out = tmp.path().join(format!("{province}.ntm"));
        let o = bin(&home)
            .args([
                "new",
                "--set",
                "2026-2030",
                "--province",
                province,
                "--year",
                "2027",
            ])
            .arg(&out)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", text(&o));
        assert!(text(&o).contains(&format!("{communes} xã")), "{}", text(&o));
        let plan = ntm_planner::format::load_file(&out).unwrap().plan;
        assert_eq!(plan.communes.len(), communes, "{province}");
        assert!(plan.communes.iter().all(|c| c.kind.is_none()));
        let register = plan.register.as_ref().unwrap();
        assert_eq!(register.count(UnitKind::Ward), wards);
        // Every commune is a unit of the register, with its code and old units.
        for c in &plan.communes {
            let u = register.unit(c.code.as_deref().unwrap()).unwrap();
            assert_eq!(u.name, c.name);
            assert!(!u.formed_from.is_empty());
        }
        let h = &plan.header;
        assert_eq!(h.province, province);
        assert_eq!(h.year, 2027);
        assert_eq!(h.issuing_body, format!("Ủy ban nhân dân tỉnh {province}"));
        assert!(h.title.contains(province) && h.title.ends_with("năm 2027"));
        for t in [&h.title, &h.issuing_body, &h.place, &h.program] {
            assert_eq!(placeholder(t), None, "{t}");
        }
        // The checker: no placeholder finding; the groups not yet chosen are listed.
        let o = bin(&home)
            .args(["check", "--lang", "en"])
            .arg(&out)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", text(&o));
        let t = text(&o);
        assert!(!t.contains("header-placeholder"), "{t}");
        assert!(
            t.contains(&format!(
                "[group-missing]: {communes} communes have no group"
            )),
            "{t}"
        );
    }
    // Wards ticked in, a group for all: nothing left to report.
    let out = tmp.path().join("lc-wards.ntm");
    let o = bin(&home)
        .args([
            "new",
            "--province",
            "Lai Châu",
            "--year",
            "2027",
            "--group",
            "3",
        ])
        .args(["--ward", "Tân Phong", "--ward", "03388", "--lang", "en"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("36 communes, 2 wards"), "{}", text(&o));
    let o = bin(&home).arg("check").arg(&out).output().unwrap();
    assert!(text(&o).contains("0 lỗi, 0 cảnh báo"), "{}", text(&o));
    // A ward the province does not have.
    let o = bin(&home)
        .args([
            "new",
            "--province",
            "Lai Châu",
            "--year",
            "2027",
            "--ward",
            "Ba Đình",
        ])
        .arg(tmp.path().join("x.ntm"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("Ba Đình"), "{}", text(&o));
}

#[test]
fn another_province_through_the_national_table() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let national = data("national-units-2025.csv");
    // Without --province: the provinces of the file.
    let o = bin(&home)
        .args(["units", "import"])
        .arg(&national)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let t = text(&o);
    assert!(
        t.contains("Đọc 10.599 dòng: 34 tỉnh, 3.316 đơn vị; 0 dòng không dùng được."),
        "{t}"
    );
    assert!(
        t.contains("tỉnh Điện Biên: 45 đơn vị (42 xã, 3 phường), từ 129 đơn vị cũ"),
        "{t}"
    );
    // A province not in a file (the seed provinces' table, smaller).
    let seeds = data("lai-chau-lang-son-units-2025.csv");
    let o = bin(&home)
        .args([
            "units",
            "import",
            "--province",
            "Kiên Giang",
            "--lang",
            "en",
        ])
        .arg(&seeds)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o).contains("No province \"Kiên Giang\""),
        "{}",
        text(&o)
    );
    // Keep Điện Biên; `new` finds it there.
    let o = bin(&home)
        .args(["units", "import", "--province", "Điện Biên"])
        .arg(&national)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    assert!(home.join("data/units/dien-bien.ron").is_file());
    let o = bin(&home)
        .args(["units", "list", "--lang", "en"])
        .output()
        .unwrap();
    assert!(
        text(&o).contains("tỉnh Điện Biên: 45 units (42 communes, 3 wards)"),
        "{}",
        text(&o)
    );
    let out = tmp.path().join("db.ntm");
    let o = bin(&home)
        .args(["new", "--province", "Điện Biên", "--year", "2027"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let plan = ntm_planner::format::load_file(&out).unwrap().plan;
    assert_eq!(plan.communes.len(), 42);
    // --units with the table itself, and with a register file.
    let out = tmp.path().join("hn.ntm");
    let o = bin(&home)
        .args(["new", "--province", "Hà Nội", "--year", "2027", "--units"])
        .arg(&national)
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let plan = ntm_planner::format::load_file(&out).unwrap().plan;
    assert_eq!(plan.communes.len(), 75);
    assert_eq!(plan.header.issuing_body, "Ủy ban nhân dân thành phố Hà Nội");
    let reg = tmp.path().join("lang-son.ron");
    let o = bin(&home)
        .args(["units", "import", "--province", "Lạng Sơn", "--out"])
        .arg(&reg)
        .arg(&seeds)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let o = bin(&home)
        .args(["new", "--province", "Lạng Sơn", "--year", "2027", "--units"])
        .arg(&reg)
        .arg(tmp.path().join("ls.ntm"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("61 xã"), "{}", text(&o));
    let o = bin(&home)
        .args(["units", "show"])
        .arg(&reg)
        .output()
        .unwrap();
    assert!(
        text(&o).contains("tỉnh Lạng Sơn: 65 đơn vị (61 xã, 4 phường), từ 194 đơn vị cũ"),
        "{}",
        text(&o)
    );
}
