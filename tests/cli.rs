//! The command line as a planner or a script uses it: exit codes, languages, `new`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    // A Vietnamese system, whatever the machine running the tests says: without
    // --lang the command line follows the system's language.
    let mut c = Command::new(env!("CARGO_BIN_EXE_ntm-planner"));
    c.env("LANG", "vi_VN.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE");
    c
}

fn root(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(p)
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn check_exit_codes() {
    let ok = bin()
        .arg("check")
        .arg(root("assets/samples/lai-chau-2025.ntm"))
        .output()
        .unwrap();
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok));
    assert!(text(&ok).contains("0 lỗi, 4 cảnh báo"));

    let tmp = tempfile::tempdir().unwrap();
    let broken = tmp.path().join("loi.ntm");
    let src = std::fs::read_to_string(root("tests/data/small-2026.ntm")).unwrap();
    std::fs::write(&broken, src.replace("amount: \"12500.5\"", "amount: 99999")).unwrap();
    let errors = bin().arg("check").arg(&broken).output().unwrap();
    assert_eq!(errors.status.code(), Some(1), "{}", text(&errors));
    assert!(text(&errors).contains("LỖI [funding-sum]: Nguồn vốn \"Tổng nguồn vốn\": ghi 99.999 triệu đồng nhưng tổng các nguồn con là 12.500,5 triệu đồng"), "{}", text(&errors));

    let unreadable = bin()
        .arg("check")
        .arg(root("tests/bad_files/truncated.ntm"))
        .arg(root("assets/samples/lang-son-2023.ntm"))
        .output()
        .unwrap();
    assert_eq!(unreadable.status.code(), Some(2));
    assert!(
        text(&unreadable).contains("dòng 65, cột 64"),
        "{}",
        text(&unreadable)
    );
    assert!(
        text(&unreadable).contains("lang-son-2023.ntm: 0 lỗi, 0 cảnh báo"),
        "every file is still checked"
    );
}

#[test]
fn check_in_english() {
    let o = bin()
        .args(["check", "--lang", "en"])
        .arg(root("assets/samples/lai-chau-2025.ntm"))
        .output()
        .unwrap();
    let t = text(&o);
    assert!(
        t.contains(
            "warning [share-stated]: Component 3: states 0,31%, but 307 / 96.569 = 0,3179% → 0,32%."
        ),
        "{t}"
    );
    assert!(t.contains("0 errors, 4 warnings"), "{t}");
}

#[test]
fn summary_text_in_both_languages() {
    let vi = text(
        &bin()
            .arg("summary")
            .arg(root("assets/samples/lai-chau-2025.ntm"))
            .output()
            .unwrap(),
    );
    for needle in [
        "Số xã: 94",
        "Bình quân tiêu chí/xã: 14,49 → 17,33",
        " 2. Giao thông: 64/94 → 93/94 (+29)",
        "Tổng nguồn vốn: 4.503.481",
        "Nội dung 2. Phát triển hạ tầng kinh tế - xã hội: 74.098 (76,73%)",
        "Dự án đầu tư: 86 (63 theo cơ chế đặc thù), 74.098 triệu đồng",
        "Thôn, bản công nhận mới: 104",
    ] {
        assert!(vi.contains(needle), "missing {needle:?} in\n{vi}");
    }
    let en = text(
        &bin()
            .args(["summary", "--lang", "en"])
            .arg(root("assets/samples/lai-chau-2025.ntm"))
            .output()
            .unwrap(),
    );
    assert!(
        en.contains("Communes: 94") && en.contains("Average criteria per commune: 14,49 → 17,33"),
        "{en}"
    );
}

#[test]
fn new_writes_an_empty_plan_for_the_2026_set() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("dien-bien-2026.ntm");
    let o = bin()
        .args([
            "new",
            "--set",
            "2026-2030",
            "--province",
            "Điện Biên",
            "--year",
            "2026",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let plan = ntm_planner::format::load_file(&out).unwrap().plan;
    assert_eq!(plan.criteria_set.id, "xa-ntm-2026-2030");
    assert_eq!(plan.criteria_set.len(), 10);
    assert_eq!(plan.header.province, "Điện Biên");
    assert_eq!(plan.header.year, 2026);
    assert!(plan.districts.is_empty() && plan.district_set.is_none());
    // It refuses to overwrite without --force, and refuses an unknown set.
    let again = bin()
        .args(["new", "--province", "X", "--year", "2026", "--lang", "en"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again).contains("already exists"));
    let bad = bin()
        .args([
            "new",
            "--set",
            "2031-2035",
            "--province",
            "X",
            "--year",
            "2026",
            "--lang",
            "en",
        ])
        .arg(tmp.path().join("x.ntm"))
        .output()
        .unwrap();
    assert!(text(&bad).contains("unknown criteria set \"2031-2035\"; choose one of: 2026-2030, 2021-2025, 2021-2025-advanced, 2021-2025-district"));
}

#[test]
fn fmt_check_reports_files_not_in_canonical_layout() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("hand.ntm");
    let src = std::fs::read_to_string(root("tests/data/small-2026.ntm")).unwrap();
    std::fs::write(
        &p,
        src.replace("            year: 2026,", "  year:   2026 ,"),
    )
    .unwrap();
    let o = bin().args(["fmt", "--check"]).arg(&p).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let o = bin().arg("fmt").arg(&p).output().unwrap();
    assert!(o.status.success());
    assert_eq!(std::fs::read_to_string(&p).unwrap(), src);
}

#[test]
fn export_writes_a_workbook() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("lai-chau.xlsx");
    let o = bin()
        .arg("export")
        .arg(root("assets/samples/lai-chau-2025.ntm"))
        .arg("--xlsx")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    // Seven appendix forms, and the two results sheets of the sample's year-end results.
    assert!(text(&o).contains("đã ghi 9 biểu"), "{}", text(&o));
    assert!(text(&o).contains("Biểu 8 - Vốn NSTW"), "{}", text(&o));
    assert!(std::fs::metadata(&out).unwrap().len() > 5000);
    let missing = bin()
        .args(["export", "khong-co.ntm", "--xlsx"])
        .arg(tmp.path().join("x.xlsx"))
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn import_writes_out_and_reports_problems() {
    let tmp = tempfile::tempdir().unwrap();
    let plan = root("assets/samples/lang-son-2023.ntm");
    let name = "Hoàng Đồng"; // the first commune of the sample
    let csv = tmp.path().join("gui-len.csv");
    let codes: Vec<String> = (1..=19).map(|i| i.to_string()).collect();
    let marks = vec!["x"; 19].join(";");
    std::fs::write(
        &csv,
        format!(
            "Xã;{}\n{};{}\nXã Không Có;{}\n",
            codes.join(";"),
            name.to_uppercase(),
            marks.replacen("x", "?", 1),
            marks
        ),
    )
    .unwrap();
    let out = tmp.path().join("moi.ntm");
    let o = bin()
        .arg("import")
        .arg(&plan)
        .arg("--xlsx")
        .arg(&csv)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let t = text(&o);
    assert_eq!(o.status.code(), Some(0), "{t}");
    assert!(t.contains("1 dòng khớp xã, 1 dòng không khớp"), "{t}");
    assert!(t.contains("gui-len!B2: \"?\": không phải dấu"), "{t}");
    assert!(
        t.contains("gui-len!A3: \"Xã Không Có\": không có xã này"),
        "{t}"
    );
    assert!(out.exists());

    let refused = bin()
        .arg("import")
        .arg(&plan)
        .arg("--xlsx")
        .arg(&csv)
        .arg("--out")
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(text(&refused).contains("không ghi đè"));

    std::fs::write(
        &csv,
        format!("Xã;{}\nNơi Khác;{}\n", codes.join(";"), marks),
    )
    .unwrap();
    let none = bin()
        .arg("import")
        .arg(&plan)
        .arg("--xlsx")
        .arg(&csv)
        .arg("--out")
        .arg(tmp.path().join("x.ntm"))
        .arg("--lang")
        .arg("en")
        .output()
        .unwrap();
    assert_eq!(none.status.code(), Some(2), "{}", text(&none));
    assert!(text(&none).contains("no row matched"));
}

#[test]
fn diff_exit_codes() {
    let a = root("assets/samples/lai-chau-2025.ntm");
    let same = bin().arg("diff").arg(&a).arg(&a).output().unwrap();
    assert_eq!(same.status.code(), Some(0), "{}", text(&same));
    assert!(text(&same).contains("Hai kế hoạch giống nhau."));
    let tmp = tempfile::tempdir().unwrap();
    let b = tmp.path().join("b.ntm");
    let src = std::fs::read_to_string(&a).unwrap();
    std::fs::write(&b, src.replacen("amount: 157707", "amount: 160000", 1)).unwrap();
    let d = bin()
        .args(["diff", "--lang", "en"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    assert_eq!(d.status.code(), Some(1), "{}", text(&d));
    assert!(text(&d).contains("157.707 → 160.000"), "{}", text(&d));
    assert!(text(&d).contains("1 difference"), "{}", text(&d));
    let bad = bin()
        .arg("diff")
        .arg(&a)
        .arg("khong-co.ntm")
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn send_and_gather_from_the_command_line() {
    let plan = root("assets/samples/lai-chau-2025.ntm");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("gui-xa");
    let first = ntm_planner::format::load_file(&plan).unwrap().plan.communes[0].clone();
    let s = bin()
        .arg("send")
        .arg(&plan)
        .arg("--out")
        .arg(&dir)
        .args(["--xlsx", &first.id])
        .output()
        .unwrap();
    assert_eq!(s.status.code(), Some(0), "{}", text(&s));
    assert!(text(&s).contains("Đã ghi 94 tệp gửi xã"), "{}", text(&s));
    assert!(dir.join("_gui-xa.ron").is_file());
    // A commune returns its file with a note; another file is foreign.
    let second = ntm_planner::format::load_file(&plan).unwrap().plan.communes[1].clone();
    let work = dir.join(format!(
        "{}.ntm",
        ntm_planner::rounds::file_stem(&second.name)
    ));
    let mut w = ntm_planner::format::load_file(&work).unwrap().plan;
    w.communes[0].note = "Đã rà soát".into();
    // A change in a shared part is listed and not taken.
    w.provenance.note = "Xã ghi chú".into();
    std::fs::write(&work, ntm_planner::format::to_string(&w).unwrap()).unwrap();
    let out = tmp.path().join("tong-hop.ntm");
    let report = tmp.path().join("bao-cao.xlsx");
    let g = bin()
        .args(["gather", "--lang", "en"])
        .arg(&plan)
        .arg("--from")
        .arg(&dir)
        .arg("--out")
        .arg(&out)
        .arg("--report")
        .arg(&report)
        .output()
        .unwrap();
    assert_eq!(g.status.code(), Some(0), "{}", text(&g));
    assert!(
        text(&g).contains(&format!("{}: Returned", second.name)),
        "{}",
        text(&g)
    );
    assert!(
        text(&g).contains("1 commune returned, 0 not returned, 0 files refused; 1 taken"),
        "{}",
        text(&g)
    );
    assert!(
        text(&g).contains("1 change outside its commune's part, not taken:")
            && text(&g).contains("Xã ghi chú"),
        "{}",
        text(&g)
    );
    let merged = ntm_planner::format::load_file(&out).unwrap().plan;
    assert_eq!(merged.communes[1].note, "Đã rà soát");
    assert_ne!(merged.provenance.note, "Xã ghi chú");
    assert!(report.is_file());
    // A foreign file in the folder: refused, exit 1.
    std::fs::copy(
        root("assets/samples/lang-son-2023.ntm"),
        dir.join("lang-son.ntm"),
    )
    .unwrap();
    let g = bin()
        .arg("gather")
        .arg(&plan)
        .arg("--from")
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(g.status.code(), Some(1), "{}", text(&g));
    assert!(
        text(&g).contains("lang-son.ntm: Kế hoạch của tỉnh Lạng Sơn năm 2023"),
        "{}",
        text(&g)
    );
    // Never over the input plan.
    let g = bin()
        .arg("gather")
        .arg(&plan)
        .arg("--from")
        .arg(&dir)
        .arg("--out")
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(g.status.code(), Some(2));
}

#[test]
fn carry_writes_next_years_plan_and_refuses_its_input() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("lai-chau-2025.ntm");
    std::fs::copy(root("assets/samples/lai-chau-2025.ntm"), &input).unwrap();
    let out = tmp.path().join("lai-chau-2026.ntm");
    let o = bin()
        .arg("carry")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .args(["--decline", "header.draft"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let t = text(&o);
    assert!(t.contains("[ ] header.draft"), "{t}");
    assert!(t.contains("[x] header.title"), "{t}");
    assert!(t.contains("xã Bản Bo"), "{t}");
    assert!(t.contains("Báo cáo chuyển đổi"), "{t}");
    let plan = ntm_planner::format::load_file(&out).unwrap().plan;
    assert_eq!(plan.header.year, 2026);
    assert!(!plan.header.draft, "declined");
    assert_eq!(plan.communes.len(), 38);
    // Never over the input, nor over an existing file without --force; an unknown key
    // is refused.
    let o = bin()
        .arg("carry")
        .arg(&input)
        .arg("--out")
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let o = bin()
        .arg("carry")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("--force"), "{}", text(&o));
    let o = bin()
        .arg("carry")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .args(["--force", "--decline", "no.such"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    // Within the same set: the results become the baseline.
    let same = tmp.path().join("same.ntm");
    let o = bin()
        .arg("carry")
        .arg(&input)
        .arg("--out")
        .arg(&same)
        .args(["--same-set", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(
        text(&o).contains("baseline from the result"),
        "{}",
        text(&o)
    );
}

#[test]
fn the_command_line_follows_the_system_language_and_lang_overrides_it() {
    let plan = root("assets/samples/lai-chau-2025.ntm");
    let english = bin()
        .env("LANG", "en_US.UTF-8")
        .args(["summary"])
        .arg(&plan)
        .output()
        .unwrap();
    let t = text(&english);
    assert!(
        t.contains("Criteria set: National criteria for NTM communes, 2021–2025"),
        "{t}"
    );
    assert!(t.contains("under 5"), "bands in English: {t}");
    assert!(!t.contains("dưới 5"), "{t}");
    assert!(t.contains("Credit: 2.581.000"), "{t}");
    let vietnamese = bin()
        .env("LANG", "en_US.UTF-8")
        .args(["summary", "--lang", "vi"])
        .arg(&plan)
        .output()
        .unwrap();
    let t = text(&vietnamese);
    assert!(t.contains("dưới 5") && t.contains("Bộ tiêu chí"), "{t}");
    // The same for the other commands' own words.
    let out = bin()
        .env("LANG", "en_US.UTF-8")
        .args(["chart", "--kind", "nonsense"])
        .output()
        .unwrap();
    assert!(text(&out).contains("Unknown chart kind"), "{}", text(&out));
    let out = bin()
        .args(["chart", "--kind", "nonsense"])
        .output()
        .unwrap();
    assert!(
        text(&out).contains("Không có loại biểu đồ"),
        "{}",
        text(&out)
    );
}

/// `export plan.ntm --xlsx plan.ntm` once replaced the plan with a workbook, exit 0.
#[test]
fn export_never_writes_over_its_own_plan_or_a_read_only_file() {
    let tmp = tempfile::tempdir().unwrap();
    let plan = tmp.path().join("plan.ntm");
    std::fs::copy(root("tests/data/small-2026.ntm"), &plan).unwrap();
    let before = std::fs::read(&plan).unwrap();
    let o = bin()
        .args(["export", "--lang", "en"])
        .arg(&plan)
        .arg("--xlsx")
        .arg(&plan)
        .output()
        .unwrap();
    assert_ne!(o.status.code(), Some(0), "{}", text(&o));
    assert!(
        text(&o).contains("it is the file being exported"),
        "{}",
        text(&o)
    );
    assert_eq!(std::fs::read(&plan).unwrap(), before);
    // The same file by another name: a link to it.
    #[cfg(unix)]
    {
        let link = tmp.path().join("link.ntm");
        std::os::unix::fs::symlink(&plan, &link).unwrap();
        let o = bin()
            .arg("export")
            .arg(&plan)
            .arg("--xlsx")
            .arg(&link)
            .output()
            .unwrap();
        assert_ne!(o.status.code(), Some(0));
        assert_eq!(std::fs::read(&plan).unwrap(), before);
    }
    // A workbook it replaces is kept as its backup; a read-only one is not replaced.
    let xlsx = tmp.path().join("plan.xlsx");
    std::fs::write(&xlsx, b"earlier workbook").unwrap();
    let o = bin()
        .arg("export")
        .arg(&plan)
        .arg("--xlsx")
        .arg(&xlsx)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(
        std::fs::read(tmp.path().join("plan.bak.xlsx")).unwrap(),
        b"earlier workbook"
    );
    let mut perms = std::fs::metadata(&xlsx).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&xlsx, perms).unwrap();
    let written = std::fs::read(&xlsx).unwrap();
    let o = bin()
        .arg("export")
        .arg(&plan)
        .arg("--xlsx")
        .arg(&xlsx)
        .output()
        .unwrap();
    assert_ne!(o.status.code(), Some(0));
    assert!(text(&o).contains("chỉ đọc"), "{}", text(&o));
    assert_eq!(std::fs::read(&xlsx).unwrap(), written);
}

/// A name holding ESC, CR or NUL could erase a line and print a fake result; such a
/// plan is refused with the place, and whatever reaches the terminal is escaped.
#[test]
fn control_characters_never_reach_the_terminal() {
    for name in ["control-esc-in-name.ntm", "control-escape-in-name.ntm"] {
        let o = bin()
            .arg("check")
            .arg(root("tests/bad_files").join(name))
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2));
        let all = [o.stdout, o.stderr].concat();
        assert!(
            !all.iter().any(|&b| b == 0x1b || b == 0 || b == b'\r'),
            "{}",
            String::from_utf8_lossy(&all)
        );
        assert!(String::from_utf8_lossy(&all).contains("ESC, U+001B"));
    }
}

/// Every command that reads a plan says why it cannot, in the language asked for: the
/// loader's located reason in Vietnamese or English, never the English of an error's
/// `Display` (fmt, send, gather and import printed that whatever `--lang` said).
#[test]
fn every_command_says_why_a_plan_does_not_load_in_the_language_asked() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_files/truncated.ntm");
    let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/small-2026.ntm");
    let t = |name: &str| tmp.path().join(name).display().to_string();
    let (bad_s, good_s) = (bad.display().to_string(), good.display().to_string());
    std::fs::create_dir_all(tmp.path().join("returns")).unwrap();
    std::fs::write(
        tmp.path().join("sheet.csv"),
        "STT;Xã;1;2\n1;Mường Nhé;x;x\n",
    )
    .unwrap();
    let commands: Vec<Vec<String>> = vec![
        vec!["check".into(), bad_s.clone()],
        vec!["summary".into(), bad_s.clone()],
        vec!["fmt".into(), "--check".into(), bad_s.clone()],
        vec!["export".into(), bad_s.clone(), "--xlsx".into(), t("x.xlsx")],
        vec!["diff".into(), good_s.clone(), bad_s.clone()],
        vec![
            "import".into(),
            bad_s.clone(),
            "--xlsx".into(),
            t("sheet.csv"),
            "--out".into(),
            t("o.ntm"),
        ],
        vec!["carry".into(), bad_s.clone(), "--out".into(), t("n.ntm")],
        vec!["send".into(), bad_s.clone(), "--out".into(), t("sent")],
        vec![
            "gather".into(),
            bad_s.clone(),
            "--from".into(),
            t("returns"),
        ],
        vec![
            "document".into(),
            bad_s.clone(),
            "--docx".into(),
            t("d.docx"),
        ],
        vec!["deck".into(), bad_s.clone(), "--pdf".into(), t("d.pdf")],
        vec![
            "chart".into(),
            bad_s.clone(),
            "--kind".into(),
            "funding-donut".into(),
            "--out".into(),
            t("c.svg"),
        ],
    ];
    let mut failures = Vec::new();
    for args in &commands {
        for (lang, want, not) in [
            (
                "vi",
                "dòng 65, cột 64: chuỗi chưa có dấu nháy đóng",
                "line 65",
            ),
            (
                "en",
                "line 65, column 64: the string has no closing quote",
                "dòng 65",
            ),
        ] {
            let o = bin().args(args).args(["--lang", lang]).output().unwrap();
            let said = text(&o);
            if o.status.success() || !said.contains(want) || said.contains(not) {
                failures.push(format!("{} --lang {lang}: {:?}\n{said}", args[0], o.status));
            }
        }
    }
    // The workbook's reason too, when the plan loads and the workbook does not.
    let no_sheets =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_workbooks/no-sheets.xlsx");
    for (lang, want) in [
        ("vi", "Sổ tính không có trang tính nào"),
        ("en", "The workbook has no sheets"),
    ] {
        let o = bin()
            .args([
                "import",
                &good_s,
                "--xlsx",
                &no_sheets.display().to_string(),
            ])
            .args(["--out", &t("o.ntm"), "--lang", lang])
            .output()
            .unwrap();
        if o.status.success() || !text(&o).contains(want) {
            failures.push(format!("import --lang {lang}: {}", text(&o)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
