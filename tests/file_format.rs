//! The `.ntm` format: every kind of bad input gets its exact message; forms planners
//! send (BOM, CRLF, decomposed Vietnamese, UTF-16) load; saves are atomic.
//!
//! The bad-file corpus lives in `tests/bad_files/`: each `NAME.ntm` has its expected
//! message in Vietnamese and English in `NAME.vi.expected` and `NAME.en.expected`. Run
//! with `BLESS=1` to rewrite the expectations after a deliberate change of wording, and
//! review the diff.

use ntm_planner::format::{self, LoadError, save::PendingSave};
use ntm_planner::lang::Lang;
use std::fs;
use std::path::{Path, PathBuf};

fn dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(name)
}

fn small() -> PathBuf {
    dir("data").join("small-2026.ntm")
}

#[test]
fn every_bad_file_gets_its_exact_message() {
    let bless = std::env::var_os("BLESS").is_some();
    let mut files: Vec<PathBuf> = fs::read_dir(dir("bad_files"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ntm"))
        .collect();
    files.sort();
    assert!(files.len() >= 40, "the corpus has {} files", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let result = format::load_file(path);
        for lang in [Lang::Vi, Lang::En] {
            let message = match &result {
                Ok(l) => std::iter::once("LOADED WITHOUT ERROR".to_string())
                    .chain(l.notices.iter().map(|n| n.text(lang)))
                    .collect::<Vec<_>>()
                    .join("\n"),
                Err(e) => e.message(lang),
            };
            let expected_path = path.with_extension(format!("{}.expected", lang.code()));
            if bless {
                fs::write(&expected_path, format!("{message}\n")).unwrap();
                continue;
            }
            let expected = fs::read_to_string(&expected_path)
                .unwrap_or_else(|_| panic!("missing {}", expected_path.display()));
            if expected.trim_end() != message.trim_end() {
                failures.push(format!(
                    "{}:\n--- expected\n{}\n--- got\n{}",
                    expected_path.display(),
                    expected.trim_end(),
                    message
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn semantic_problems_are_all_listed_with_their_places() {
    let Err(LoadError::Invalid(problems)) =
        format::load_file(&dir("bad_files").join("several-problems.ntm"))
    else {
        panic!("expected semantic problems")
    };
    assert_eq!(problems.len(), 7, "{problems:#?}");
    assert!(
        problems.iter().all(|p| p.pos.is_some()),
        "every problem has a line and column"
    );
    let mut sorted = problems.list.clone();
    sorted.sort_by_key(|p| p.pos);
    assert_eq!(sorted, problems.list, "problems come in file order");
}

#[test]
fn bom_crlf_and_decomposed_text_load_as_the_same_plan() {
    let plain = fs::read_to_string(small()).unwrap();
    let reference = format::load_str(&plain).unwrap().plan;
    let nfd: String = unicode_normalization::UnicodeNormalization::nfd(plain.as_str()).collect();
    assert_ne!(nfd, plain);
    let windows = format!("\u{feff}{}", nfd.replace('\n', "\r\n"));
    assert_eq!(
        format::load_bytes(windows.as_bytes()).unwrap().plan,
        reference
    );
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(plain.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(format::load_bytes(&utf16).unwrap().plan, reference);
    let utf16be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(plain.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    assert_eq!(format::load_bytes(&utf16be).unwrap().plan, reference);
}

#[test]
fn files_over_the_limit_are_refused_before_reading() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("huge.ntm");
    let f = fs::File::create(&path).unwrap();
    f.set_len(format::MAX_FILE_BYTES + 1).unwrap(); // sparse: costs no disk
    let err = format::load_file(&path).unwrap_err();
    assert_eq!(
        err.message(Lang::En),
        "The file is 67.108.865 bytes; plan files over 67.108.864 bytes are refused (a national plan is a few MB)"
    );
    assert_eq!(
        err.message(Lang::Vi),
        "Tệp có 67.108.865 byte; tệp kế hoạch lớn hơn 67.108.864 byte không được mở (một kế hoạch toàn quốc chỉ vài MB)"
    );
}

#[test]
fn a_missing_file_says_so() {
    let err = format::load_file(Path::new("/nonexistent/plan.ntm")).unwrap_err();
    assert_eq!(
        err.message(Lang::En),
        "Cannot read /nonexistent/plan.ntm: no such file or folder"
    );
    assert_eq!(
        err.message(Lang::Vi),
        "Không đọc được /nonexistent/plan.ntm: không tìm thấy tệp hoặc thư mục"
    );
}

#[test]
fn comments_are_reported_not_silently_dropped() {
    let text = fs::read_to_string(small()).unwrap().replace(
        "        communes: [\n",
        "        // xã biên giới\n        communes: [\n",
    );
    let loaded = format::load_str(&text).unwrap();
    assert_eq!(loaded.notices.len(), 1);
    assert!(
        loaded.notices[0]
            .to_string()
            .contains("the file has 1 comment (line 58)"),
        "{:?}",
        loaded.notices
    );
    // A file as the program writes it has no notices.
    assert!(format::load_file(&small()).unwrap().notices.is_empty());
}

#[test]
fn load_then_save_of_an_unchanged_file_is_byte_identical() {
    let mut files = vec![small()];
    let samples = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join("samples");
    for e in fs::read_dir(samples).into_iter().flatten() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "ntm") {
            files.push(p);
        }
    }
    for path in files {
        let bytes = fs::read(&path).unwrap();
        let loaded =
            format::load_bytes(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let text = format::to_string(&loaded.plan).unwrap();
        assert!(
            text.as_bytes() == bytes.as_slice(),
            "{} changes when re-saved",
            path.display()
        );
    }
}

#[test]
fn save_keeps_the_previous_file_as_a_backup() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("kế hoạch.ntm");
    let mut plan = format::load_file(&small()).unwrap().plan;
    format::save_file(&plan, &path).unwrap();
    assert!(
        !format::backup_path(&path).exists(),
        "no backup of a file that did not exist"
    );
    let first = fs::read(&path).unwrap();
    plan.header.number = "15/KH-UBND".into();
    format::save_file(&plan, &path).unwrap();
    assert_eq!(fs::read(format::backup_path(&path)).unwrap(), first);
    assert_eq!(format::load_file(&path).unwrap().plan, plan);
    assert_eq!(
        format::backup_path(&path).file_name().unwrap(),
        "kế hoạch.bak.ntm"
    );
    // Nothing else is left in the folder.
    let names: Vec<String> = fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn a_save_interrupted_before_its_rename_leaves_the_old_file_intact() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("plan.ntm");
    let old = format::load_file(&small()).unwrap().plan;
    format::save_file(&old, &path).unwrap();
    let old_bytes = fs::read(&path).unwrap();

    let mut new = old.clone();
    new.header.title = "Kế hoạch đã sửa".into();
    let text = format::to_string(&new).unwrap();
    let pending = PendingSave::prepare(&path, text.as_bytes()).unwrap();
    let temp = pending.temp_path().to_path_buf();
    assert_eq!(
        fs::read(&temp).unwrap(),
        text.as_bytes(),
        "the new content is complete beside the target"
    );
    // The process dies here: no rename, no clean-up.
    std::mem::forget(pending);
    assert_eq!(fs::read(&path).unwrap(), old_bytes);
    assert_eq!(format::load_file(&path).unwrap().plan, old);

    // A torn temporary file (a crash mid-write) never touches the target either.
    fs::write(&temp, &text.as_bytes()[..text.len() / 3]).unwrap();
    assert_eq!(format::load_file(&path).unwrap().plan, old);

    // The next save goes through and replaces the leftover.
    format::save_file(&new, &path).unwrap();
    assert_eq!(format::load_file(&path).unwrap().plan, new);
}

#[test]
fn an_abandoned_save_cleans_up_after_itself() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("plan.ntm");
    fs::write(&path, "old").unwrap();
    let pending = PendingSave::prepare(&path, b"new").unwrap();
    let temp = pending.temp_path().to_path_buf();
    drop(pending);
    assert!(!temp.exists());
    assert_eq!(fs::read_to_string(&path).unwrap(), "old");
}

#[test]
fn saving_over_a_read_only_file_fails_and_keeps_it() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("plan.ntm");
    let plan = format::load_file(&small()).unwrap().plan;
    format::save_file(&plan, &path).unwrap();
    let before = fs::read(&path).unwrap();
    let mut perms = fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    fs::set_permissions(&path, perms).unwrap();
    let mut changed = plan.clone();
    changed.header.signer = "Chủ tịch".into();
    let err = format::save_file(&changed, &path).unwrap_err();
    assert!(err.to_string().contains("the file is read-only"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), before);
    let leftovers = fs::read_dir(tmp.path()).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary file is left behind");
}

#[test]
fn saving_into_a_missing_folder_says_why() {
    let plan = format::load_file(&small()).unwrap().plan;
    let err = format::save_file(&plan, Path::new("/nonexistent-folder/plan.ntm")).unwrap_err();
    assert_eq!(
        err.message(Lang::En),
        "Cannot save to /nonexistent-folder/plan.ntm: cannot create a file in its folder: no such file or folder"
    );
    assert_eq!(
        err.message(Lang::Vi),
        "Không lưu được vào /nonexistent-folder/plan.ntm: không tạo được tệp trong thư mục: không tìm thấy tệp hoặc thư mục"
    );
}

#[test]
fn a_plan_with_problems_is_not_written() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("plan.ntm");
    let mut plan = format::load_file(&small()).unwrap().plan;
    plan.communes[0].baseline_unmet.push("42".into());
    let err = format::save_file(&plan, &path).unwrap_err();
    assert!(
        err.to_string().contains("unknown criterion \"42\""),
        "{err}"
    );
    assert!(!path.exists());
}

/// A plan written by the first published version (format 1, no presentation) loads
/// with the version-1 rules, says it will be saved in the current version, and is saved so.
#[test]
fn a_version_1_file_loads_and_is_saved_in_the_current_version() {
    let v1_path = dir("data").join("small-2026-v1.ntm");
    let v1 = fs::read_to_string(&v1_path).unwrap();
    assert!(v1.contains("    version: 1,"));
    let loaded = format::load_str(&v1).unwrap();
    assert_eq!(loaded.version, 1);
    assert!(loaded.plan.presentation.slides.is_empty());
    assert_eq!(
        loaded
            .notices
            .iter()
            .map(|n| n.to_string())
            .collect::<Vec<_>>(),
        ["the plan was written in file format version 1; it will be saved in version 3"]
    );
    // The same plan as the current sample of it, which is written in version 3.
    let v2 = format::load_file(&small()).unwrap();
    assert_eq!(v2.version, 3);
    assert_eq!(loaded.plan, v2.plan);

    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("upgraded.ntm");
    fs::copy(&v1_path, &out).unwrap();
    format::save_file(&loaded.plan, &out).unwrap();
    let saved = fs::read_to_string(&out).unwrap();
    assert!(saved.contains("    version: 3,"));
    assert_eq!(
        saved,
        fs::read_to_string(small()).unwrap(),
        "the same bytes as a plan saved by this version"
    );
    // The previous (version 1) file is kept as the backup.
    assert_eq!(fs::read_to_string(format::backup_path(&out)).unwrap(), v1);
    assert!(format::load_file(&out).unwrap().notices.is_empty());
}

#[test]
fn version_1_rules_refuse_what_version_1_did_not_have() {
    let v1 = fs::read_to_string(dir("data").join("small-2026-v1.ntm")).unwrap();
    let end = v1.rfind("\n    ),\n)").expect("the plan's closing paren");
    let with_slides = format!(
        "{}\n        presentation: (slides: [\"funding-donut\"]),{}",
        &v1[..end],
        &v1[end..]
    );
    let err = format::load_str(&with_slides).unwrap_err().to_string();
    assert!(
        err.contains("unknown field `presentation` in `Plan`"),
        "{err}"
    );
    // In version 2 the same field is the deck's slides.
    let v2 = with_slides.replace("    version: 1,", "    version: 2,");
    let loaded = format::load_str(&v2).unwrap();
    assert_eq!(loaded.version, 2);
    assert_eq!(
        loaded
            .notices
            .iter()
            .map(|n| n.to_string())
            .collect::<Vec<_>>(),
        ["the plan was written in file format version 2; it will be saved in version 3"]
    );
    let plan = loaded.plan;
    assert_eq!(plan.presentation.slides, ["funding-donut"]);
    // An unknown chart is a located problem.
    let bad = v2.replace("\"funding-donut\"", "\"pie\"");
    let err = format::load_str(&bad).unwrap_err().to_string();
    assert!(
        err.contains("plan.presentation.slides[0]: unknown chart \"pie\""),
        "{err}"
    );
}

/// Saving through a symbolic link updates the file it points at; the link stays a link.
#[cfg(unix)]
#[test]
fn saving_through_a_link_updates_its_target() {
    let tmp = tempfile::tempdir().unwrap();
    let real_dir = tmp.path().join("data");
    fs::create_dir(&real_dir).unwrap();
    let real = real_dir.join("plan.ntm");
    let link = tmp.path().join("plan.ntm");
    let plan = format::load_file(&small()).unwrap().plan;
    format::save_file(&plan, &real).unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let mut changed = plan.clone();
    changed.header.signer = "Chủ tịch".into();
    format::save_file(&changed, &link).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(format::load_file(&real).unwrap().plan, changed);
    assert_eq!(format::load_file(&link).unwrap().plan, changed);
    // The backup is the previous file, beside the real one.
    assert_eq!(
        format::load_file(&real_dir.join("plan.bak.ntm"))
            .unwrap()
            .plan,
        plan
    );
}

/// A save killed mid-write leaves its temporary file; the next save removes it.
#[cfg(target_os = "linux")]
#[test]
fn a_killed_saves_leftover_is_removed_by_the_next_save() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("plan.ntm");
    let plan = format::load_file(&small()).unwrap().plan;
    format::save_file(&plan, &path).unwrap();
    // A process id that is not running (pid_max is below 2^22 on Linux).
    let stale = tmp.path().join(".plan.ntm.4194303-0.tmp");
    fs::write(&stale, vec![b'x'; 1 << 20]).unwrap();
    let stale_backup = tmp.path().join(".plan.ntm.4194303-1.bak.tmp");
    fs::write(&stale_backup, b"x").unwrap();
    // Another file's temporary and our own are left alone.
    let other = tmp.path().join(".other.ntm.4194303-0.tmp");
    fs::write(&other, b"x").unwrap();
    format::save_file(&plan, &path).unwrap();
    assert!(!stale.exists() && !stale_backup.exists());
    assert!(other.exists());
}

/// A save refused (read-only file) keeps the plan and its backup as they were.
#[test]
fn a_refused_save_keeps_the_file_and_its_backup() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("plan.ntm");
    let plan = format::load_file(&small()).unwrap().plan;
    format::save_file(&plan, &path).unwrap();
    let mut changed = plan.clone();
    changed.header.number = "12/KH-UBND".into();
    format::save_file(&changed, &path).unwrap();
    let backup = fs::read(format::backup_path(&path)).unwrap();
    let mut perms = fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    fs::set_permissions(&path, perms).unwrap();
    let mut again = changed.clone();
    again.header.signer = "x".into();
    let err = format::save_file(&again, &path).unwrap_err();
    assert!(
        err.message(Lang::Vi).contains("chỉ đọc"),
        "{}",
        err.message(Lang::Vi)
    );
    assert_eq!(format::load_file(&path).unwrap().plan, changed);
    assert_eq!(fs::read(format::backup_path(&path)).unwrap(), backup);
}
