//! The deck and single charts as PDF, checked with poppler's tools as a reader
//! would: one 16:9 page per slide, the bundled fonts embedded, and the Vietnamese
//! titles and figures found as text (searchable, so not rasterized).
//! Needs `pdfinfo`, `pdffonts` and `pdftotext` (Debian: poppler-utils; CI installs it).

use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_ntm-planner"))
}

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(name)
}

/// A poppler tool's output for a file.
fn poppler(tool: &str, args: &[&str], file: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(file)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| {
            panic!("{tool} is needed for this test (Debian: apt-get install poppler-utils): {e}")
        });
    assert!(out.status.success(), "{tool}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_deck_is_one_searchable_16_9_page_per_slide_with_embedded_fonts() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("deck.pdf");
    let run = bin()
        .arg("deck")
        .arg(sample("lai-chau-2025.ntm"))
        .arg("--pdf")
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(run.status.success(), "{run:?}");

    let plan = ntm_planner::format::load_file(&sample("lai-chau-2025.ntm"))
        .unwrap()
        .plan;
    let figures = ntm_planner::figures::compute(&plan).unwrap();
    let slides = ntm_planner::charts::deck(&plan, &figures, ntm_planner::lang::Lang::Vi);

    let info = poppler("pdfinfo", &[], &pdf);
    assert!(
        info.lines()
            .any(|l| l.starts_with("Pages:") && l.trim_end().ends_with(&slides.len().to_string())),
        "{info}"
    );
    assert!(info.contains("960 x 540 pts"), "16:9 pages: {info}");
    assert!(
        info.contains("Lai Châu năm 2025"),
        "the plan's title: {info}"
    );

    let fonts = poppler("pdffonts", &[], &pdf);
    assert!(fonts.contains("BeVietnamPro-Regular"), "{fonts}");
    for line in fonts.lines().skip(2) {
        assert!(line.contains(" yes "), "every font embedded: {line}");
    }

    // Titles and figures are text, in Vietnamese, one slide per page.
    let text = poppler("pdftotext", &[], &pdf);
    let pages: Vec<&str> = text.split('\u{c}').collect();
    for (spec, page) in slides.iter().zip(&pages) {
        let flat = page.split_whitespace().collect::<Vec<_>>().join(" ");
        let title = spec.title.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains(&title),
            "page without its title {title:?}: {flat}"
        );
        assert!(
            flat.contains(&spec.headline),
            "page without {:?}",
            spec.headline
        );
    }
    for s in [
        "Nguồn vốn theo nguồn",
        "4.503.481 triệu đồng",
        "Số xã đạt từng tiêu chí",
        "64 → 93/94",
        "74.098 (76,73%)",
        "307 (0,32%)",
        "Phân bố xã theo số tiêu chí đạt",
    ] {
        assert!(text.contains(s), "the deck's text has no {s:?}");
    }
}

#[test]
fn one_chart_as_a_one_page_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("donut.pdf");
    let run = bin()
        .arg("chart")
        .arg(sample("lai-chau-2025.ntm"))
        .args(["--kind", "funding-donut", "--out"])
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(run.status.success(), "{run:?}");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let info = poppler("pdfinfo", &[], &pdf);
    assert!(info.contains("Pages:           1"), "{info}");
    let text = poppler("pdftotext", &[], &pdf);
    assert!(text.contains("Cơ cấu nguồn vốn"), "{text}");
    assert!(text.contains("57,31%"), "{text}");
}

#[test]
fn english_slides_and_a_lang_son_deck() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("en.pdf");
    let run = bin()
        .arg("deck")
        .arg(sample("lang-son-2023.ntm"))
        .args(["--lang", "en", "--pdf"])
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(run.status.success(), "{run:?}");
    let text = poppler("pdftotext", &[], &pdf);
    assert!(text.contains("Lạng Sơn"), "{text}");
    assert!(text.contains("Communes meeting each criterion"), "{text}");
}

#[test]
fn a_deck_with_nothing_to_show_is_refused_with_a_message() {
    let set = ntm_planner::criteria_sets::by_name("2026-2030").unwrap();
    let plan = ntm_planner::model::Plan::new_empty(set, "Lai Châu", 2026);
    let err = ntm_planner::charts::pdf::render(
        &[],
        &plan.header.title,
        ntm_planner::lang::Lang::Vi,
        &ntm_planner::progress::NoProgress,
    )
    .unwrap_err();
    assert!(
        err.message(ntm_planner::lang::Lang::Vi)
            .contains("chưa có biểu đồ")
    );
    assert!(
        err.message(ntm_planner::lang::Lang::En)
            .contains("no chart with data")
    );
}
