//! Hostile workbooks and CSV files: each gets its exact outcome, in Vietnamese and
//! English (the import's preview of the small sample plan, or the error that says why
//! and where), quickly and without taking the memory its file declares.
//!
//! The corpus: `tests/bad_workbooks/NAME.xlsx` and `tests/bad_csv/NAME.csv`, each with
//! `NAME.vi.expected` and `NAME.en.expected` beside it; a few large inputs are made
//! here (see [`generated`]). `tools/bad_inputs/make_bad_workbooks.py` wrote the files.
//! `BLESS=1 cargo test --test bad_inputs` rewrites the expectations; review the diff.

use ntm_planner::excel::import::{self, ImportOptions};
use ntm_planner::lang::Lang;
use ntm_planner::progress::NoProgress;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(name)
}

fn small_plan() -> ntm_planner::Plan {
    ntm_planner::format::load_file(&dir("data").join("small-2026.ntm"))
        .unwrap()
        .plan
}

/// Inputs too large to keep in the repository: (folder, name, bytes).
fn generated() -> Vec<(&'static str, &'static str, Vec<u8>)> {
    let head = "STT;Xã;1;2;3;4;5;6;7;8;9;10\n1;Mường Nhé;x;x;x;x;x;x;x;x;x;x\n";
    let cells = format!("{head}{}", format!("{}x\n", ";".repeat(3000)).repeat(700));
    let whitespace = format!("{head}{}", " \n".repeat(2_000_000));
    vec![
        ("bad_csv", "cells-bomb.csv", cells.into_bytes()),
        ("bad_csv", "whitespace-bomb.csv", whitespace.into_bytes()),
    ]
}

/// What the import says of a file, in both languages.
fn outcome(path: &Path) -> [(Lang, String); 2] {
    let plan = small_plan();
    let result = import::read_file(path, None, &NoProgress)
        .and_then(|g| import::preview(&plan, &g, ImportOptions::default(), &NoProgress));
    [Lang::Vi, Lang::En].map(|lang| {
        let text = match &result {
            Ok(p) => p.summary(lang).join("\n"),
            Err(e) => e.message(lang),
        };
        (lang, text)
    })
}

/// `got` against `BASE.LANG.expected` beside the input's expected base: the failure
/// to report, if any. With `bless`, the expectation is written instead.
fn against_expected(expected_base: &Path, lang: Lang, got: &str, bless: bool) -> Option<String> {
    let name = expected_base.file_name().unwrap().to_string_lossy();
    let expected_path = expected_base.with_file_name(format!("{name}.{}.expected", lang.code()));
    if bless {
        fs::write(&expected_path, format!("{got}\n")).unwrap();
        return None;
    }
    let expected = fs::read_to_string(&expected_path)
        .unwrap_or_else(|_| panic!("missing {}", expected_path.display()));
    (expected.trim_end() != got.trim_end()).then(|| {
        format!(
            "{}:\n--- expected\n{}\n--- got\n{}",
            expected_path.display(),
            expected.trim_end(),
            got
        )
    })
}

#[test]
fn every_bad_workbook_and_csv_gets_its_exact_outcome() {
    let bless = std::env::var_os("BLESS").is_some();
    let tmp = tempfile::tempdir().unwrap();
    let mut inputs: Vec<(PathBuf, PathBuf)> = Vec::new();
    for folder in ["bad_workbooks", "bad_csv"] {
        let mut files: Vec<PathBuf> = fs::read_dir(dir(folder))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "xlsx" || e == "csv"))
            .collect();
        files.sort();
        // Relative to the package (where cargo runs tests), so messages naming the
        // file read the same on every machine.
        inputs.extend(files.into_iter().map(|p| {
            let rel = Path::new("tests").join(folder).join(p.file_name().unwrap());
            (rel, p)
        }));
    }
    for (folder, name, bytes) in generated() {
        let path = tmp.path().join(name);
        fs::write(&path, bytes).unwrap();
        inputs.push((path, dir(folder).join(name)));
    }
    assert!(inputs.len() >= 30, "the corpus has {} inputs", inputs.len());
    let mut failures = Vec::new();
    for (input, expected_base) in &inputs {
        // A hang detector, not a speed test (the benches measure speed): generous
        // for a loaded machine and a debug build.
        let start = Instant::now();
        let outcomes = outcome(input);
        let took = start.elapsed();
        assert!(
            took < Duration::from_secs(240),
            "{}: {took:?}",
            input.display()
        );
        for (lang, got) in outcomes {
            let got = got.replace(&format!("{}/", tmp.path().display()), "");
            failures.extend(against_expected(expected_base, lang, &got, bless));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// A file larger than an import reads is refused by its size, before it is read.
#[test]
fn a_huge_csv_or_workbook_is_refused_by_its_size() {
    let tmp = tempfile::tempdir().unwrap();
    for name in ["huge.csv", "huge.xlsx"] {
        let path = tmp.path().join(name);
        let f = fs::File::create(&path).unwrap();
        f.set_len(300 * 1024 * 1024).unwrap(); // sparse: no disk
        let err = import::read_file(&path, None, &NoProgress).unwrap_err();
        assert_eq!(
            err.message(Lang::En),
            "The file is beyond what an import reads: the file is larger than 67.108.864 bytes"
        );
        assert_eq!(
            err.message(Lang::Vi),
            "Tệp vượt giới hạn nhập: tệp lớn hơn 67.108.864 byte"
        );
    }
}

/// What the program says of a unit register file (`units show`, `new --units`,
/// `carry --register`, the registers kept in the data folder) or a unit list
/// (`units import`, the window's import), in both languages.
fn unit_outcome(path: &Path) -> [(Lang, String); 2] {
    use ntm_planner::units::{import as units_import, store};
    let is_register = path.extension().is_some_and(|e| e == "ron");
    let register = is_register.then(|| store::read(path));
    let list = (!is_register).then(|| {
        let options = units_import::ImportOptions {
            source: path.file_name().unwrap().to_string_lossy().into_owned(),
            ..units_import::ImportOptions::default()
        };
        units_import::read_file(path, None, &options, &NoProgress)
    });
    [Lang::Vi, Lang::En].map(|lang| {
        let text = match (&register, &list) {
            (Some(Ok(r)), _) => format!("{}: {}", r.title(), r.describe(lang)),
            (Some(Err(e)), _) => e.message(lang),
            (_, Some(Ok(l))) => l.summary(lang).join("\n"),
            (_, Some(Err(e))) => e.message(lang),
            (None, None) => unreachable!(),
        };
        (lang, text)
    })
}

/// A register too large to keep in the repository: 100.000 units, each formed from an
/// old unit without a code (grouped by name: this took hours when every old unit was
/// compared with every other).
fn many_uncoded_units() -> String {
    let mut s = String::from(
        "// Illustrative.\n(\n    province: \"Điện Biên\",\n    province_kind: Province,\n    effective: \"2025-07-01\",\n    units: [\n",
    );
    for i in 0..100_000 {
        s.push_str(&format!(
            "        (code: \"{i}\", name: \"Xã {i}\", kind: Commune, formed_from: [(name: \"Cũ {i}\", kind: Commune, district: \"Huyện A\")]),\n"
        ));
    }
    s.push_str("    ],\n)\n");
    s
}

#[test]
fn every_bad_register_and_unit_list_gets_its_exact_outcome() {
    let bless = std::env::var_os("BLESS").is_some();
    let tmp = tempfile::tempdir().unwrap();
    let mut inputs: Vec<(PathBuf, PathBuf)> = fs::read_dir(dir("bad_units"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.to_string_lossy().ends_with(".expected"))
        .map(|p| (Path::new("tests/bad_units").join(p.file_name().unwrap()), p))
        .collect();
    inputs.sort();
    let generated = tmp.path().join("register-many-uncoded.ron");
    fs::write(&generated, many_uncoded_units()).unwrap();
    inputs.push((
        generated,
        dir("bad_units").join("register-many-uncoded.ron"),
    ));
    assert!(inputs.len() >= 18, "the corpus has {} inputs", inputs.len());
    let failures = bounded_against_expected(&inputs, tmp.path(), unit_outcome, bless);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Each input's outcome in both languages, bounded (a name of 120.000 letters is
/// quoted, not copied) and against its expected files; the temporary folder of the
/// generated inputs left out of the paths. The failures to report.
fn bounded_against_expected(
    inputs: &[(PathBuf, PathBuf)],
    tmp: &Path,
    outcome: impl Fn(&Path) -> [(Lang, String); 2],
    bless: bool,
) -> Vec<String> {
    let mut failures = Vec::new();
    for (input, expected_base) in inputs {
        for (lang, got) in outcome(input) {
            let got = got.replace(&format!("{}/", tmp.display()), "");
            assert!(
                got.len() < 40_000,
                "{}: {} bytes",
                input.display(),
                got.len()
            );
            failures.extend(against_expected(expected_base, lang, &got, bless));
        }
    }
    failures
}

/// What the program says of a criteria crosswalk (`carry --crosswalk`, checked against
/// the 2021–2025 and 2026–2030 commune sets) or the manifest of a sending (`gather`,
/// the window's board of returns), in both languages.
fn side_file_outcome(path: &Path) -> [(Lang, String); 2] {
    use ntm_planner::carry::crosswalk;
    use ntm_planner::criteria_sets::by_name;
    use ntm_planner::rounds::Manifest;
    let name = path.file_name().unwrap().to_string_lossy();
    let texts: [(Lang, String); 2] = if name.starts_with("crosswalk") {
        let (old, new) = (
            by_name("xa-ntm-2021-2025").unwrap(),
            by_name("xa-ntm-2026-2030").unwrap(),
        );
        let read = crosswalk::read(path, &old, &new);
        [Lang::Vi, Lang::En].map(|lang| {
            let text = match &read {
                Ok(c) => format!("{} → {}: {} mappings", c.from, c.to, c.map.len()),
                Err(e) => e.message(lang),
            };
            (lang, text)
        })
    } else {
        let read = Manifest::load(path);
        [Lang::Vi, Lang::En].map(|lang| {
            let text = match &read {
                Ok(m) => format!("{}: {} communes", m.round, m.communes.len()),
                Err(e) => e.message(lang),
            };
            (lang, text)
        })
    };
    texts
}

/// A crosswalk too large to keep in the repository: 100.000 mappings, none of them
/// of the sets (100.000 problems, 100 listed).
fn huge_crosswalk() -> String {
    let mut s = String::from(
        "// Illustrative.\n(from: \"xa-ntm-2021-2025\", to: \"xa-ntm-2026-2030\", map: [\n",
    );
    for i in 0..100_000 {
        s.push_str(&format!("    (new: \"n{i}\", old: [\"1\"]),\n"));
    }
    s.push_str("])\n");
    s
}

#[test]
fn every_bad_crosswalk_and_manifest_gets_its_exact_outcome() {
    let bless = std::env::var_os("BLESS").is_some();
    let tmp = tempfile::tempdir().unwrap();
    let mut inputs: Vec<(PathBuf, PathBuf)> = Vec::new();
    for folder in ["bad_crosswalks", "bad_manifests"] {
        for e in fs::read_dir(dir(folder)).unwrap() {
            let p = e.unwrap().path();
            if !p.to_string_lossy().ends_with(".expected") {
                let shown = Path::new("tests").join(folder).join(p.file_name().unwrap());
                inputs.push((shown, p));
            }
        }
    }
    inputs.sort();
    let generated = tmp.path().join("crosswalk-huge.ron");
    fs::write(&generated, huge_crosswalk()).unwrap();
    inputs.push((generated, dir("bad_crosswalks").join("crosswalk-huge.ron")));
    assert!(inputs.len() >= 28, "the corpus has {} inputs", inputs.len());
    let failures = bounded_against_expected(&inputs, tmp.path(), side_file_outcome, bless);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
