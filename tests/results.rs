//! Results against targets: a file with results round-trips byte-identical, the
//! workbook's result columns import back into the result layer (one undo step), a
//! hand-made CSV with a "Kết quả" heading goes to the result layer, and the results
//! charts and checker speak of the sample's known figures.

use ntm_planner::Plan;
use ntm_planner::charts::{ChartBody, ChartKind, ChartSpec};
use ntm_planner::document::{Document, Edit};
use ntm_planner::excel::export;
use ntm_planner::excel::import::{self, Grid, ImportOptions};
use ntm_planner::figures;
use ntm_planner::lang::Lang;
use ntm_planner::matrix::Layer;
use ntm_planner::progress::NoProgress;
use std::io::Cursor;
use std::path::Path;

fn sample_text(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/samples")
            .join(name),
    )
    .unwrap()
}

fn lai_chau() -> Plan {
    ntm_planner::format::load_str(&sample_text("lai-chau-2025.ntm"))
        .unwrap()
        .plan
}

#[test]
fn a_plan_with_results_round_trips_byte_identical() {
    let text = sample_text("lai-chau-2025.ntm");
    let plan = ntm_planner::format::load_str(&text).unwrap().plan;
    assert!(figures::results::has_results(&plan));
    assert_eq!(ntm_planner::format::save::to_string(&plan).unwrap(), text);
    // Without its results the plan writes none of the results' fields.
    let mut bare = plan.clone();
    Edit::remove_results(&plan).apply(&mut bare);
    let out = ntm_planner::format::save::to_string(&bare).unwrap();
    for field in [
        "result:",
        "results:",
        "achieved:",
        "disbursed:",
        "mobilized:",
    ] {
        assert!(!out.contains(field), "{field}");
    }
}

#[test]
fn the_workbook_result_columns_import_back_as_one_step() {
    let plan = lai_chau();
    let bytes = export::to_bytes(&plan, &NoProgress).unwrap();
    let grid = import::read_xlsx(Cursor::new(bytes), None, &NoProgress).unwrap();
    let n = plan.criteria_set.len();

    // Into the same plan: the result columns are read as the result; nothing changes.
    let same = import::preview(&plan, &grid, ImportOptions::default(), &NoProgress).unwrap();
    assert_eq!(
        same.columns
            .iter()
            .filter(|c| c.layer == Layer::Result)
            .count(),
        n
    );
    assert!(
        same.changes.is_empty(),
        "{:?}",
        &same.changes[..3.min(same.changes.len())]
    );

    // Into the plan without results: every commune's result is recorded again.
    let mut bare = plan.clone();
    Edit::remove_results(&plan).apply(&mut bare);
    let mut doc = Document::new(bare.clone());
    let p = import::preview(&doc.plan, &grid, ImportOptions::default(), &NoProgress).unwrap();
    assert!(p.changes.iter().all(|c| c.layer == Layer::Result));
    assert_eq!(p.changes.len(), n * plan.communes.len());
    doc.apply(p.edit(), None);
    for (a, b) in doc.plan.communes.iter().zip(&plan.communes) {
        assert_eq!(
            a.result.as_ref().map(|r| &r.unmet),
            b.result.as_ref().map(|r| &r.unmet),
            "{}",
            a.name
        );
    }
    assert!(doc.undo());
    assert_eq!(doc.plan, bare, "one undo step removes the results again");
}

/// A hand-made sheet: "Kết quả năm 2025" over the criteria columns.
#[test]
fn a_csv_with_a_result_heading_goes_to_the_result_layer() {
    let mut plan = lai_chau();
    Edit::remove_results(&plan.clone()).apply(&mut plan);
    let codes: Vec<String> = (1..=19).map(|k| k.to_string()).collect();
    let mut rows = vec![
        std::iter::once(String::new())
            .chain(std::iter::once("Kết quả năm 2025".to_string()))
            .chain(std::iter::repeat_n(String::new(), 18))
            .collect::<Vec<_>>(),
        std::iter::once("Tên xã".to_string())
            .chain(codes.iter().cloned())
            .collect(),
    ];
    // Nà Tăm meets everything but 17.
    rows.push(
        std::iter::once("Nà Tăm".to_string())
            .chain(
                codes
                    .iter()
                    .map(|k| if k == "17" { "" } else { "x" }.to_string()),
            )
            .collect(),
    );
    let grid = Grid {
        sheet: "KQ".into(),
        cells: rows,
        merged: vec![(0, 1, 0, 19)],
        ..Grid::default()
    };
    let p = import::preview(&plan, &grid, ImportOptions::default(), &NoProgress).unwrap();
    assert!(p.columns.iter().all(|c| c.layer == Layer::Result));
    let mut doc = Document::new(plan);
    doc.apply(p.edit(), None);
    let na_tam = doc
        .plan
        .communes
        .iter()
        .find(|c| c.name == "Nà Tăm")
        .unwrap();
    assert_eq!(na_tam.result.as_ref().unwrap().unmet, ["17"]);
    let others = doc
        .plan
        .communes
        .iter()
        .filter(|c| c.result.is_some())
        .count();
    assert_eq!(others, 1, "only the commune on the sheet gets a result");
}

#[test]
fn results_charts_on_the_sample() {
    let plan = lai_chau();
    let figs = figures::compute(&plan).unwrap();
    let spec = ChartSpec::build(ChartKind::CriteriaTargetResult, &plan, &figs, Lang::Vi);
    let ChartBody::Bars(b) = &spec.body else {
        panic!("bars")
    };
    assert_eq!(b.series[0].name, "Mục tiêu 2025");
    assert_eq!(b.series[1].name, "Kết quả đến 31/12/2025");
    // Criterion 17: 61 targeted, 60 achieved (Nậm Hàng missed it).
    assert_eq!(b.series[1].labels[16], "61 → 60/94");
    assert_eq!(spec.headline, "17,33 → 17,31");
    let spec = ChartSpec::build(ChartKind::RecognitionTargetResult, &plan, &figs, Lang::Vi);
    assert_eq!(spec.headline, "14/15");
    let spec = ChartSpec::build(ChartKind::FundingPlanMobilized, &plan, &figs, Lang::Vi);
    assert_eq!(spec.headline, "4.234.120 (94,02%)");
    // The default deck opens with the year's results.
    let deck = ntm_planner::charts::deck(&plan, &figs, Lang::Vi);
    assert_eq!(deck[0].kind, ChartKind::CriteriaTargetResult);
    // A plan without results has no results charts, in the list or the deck.
    let mut bare = plan.clone();
    Edit::remove_results(&plan).apply(&mut bare);
    let figs = figures::compute(&bare).unwrap();
    assert!(
        ChartSpec::all(&bare, &figs, Lang::Vi)
            .iter()
            .all(|s| !s.kind.is_result())
    );
    assert!(
        ntm_planner::charts::deck(&bare, &figs, Lang::Vi)
            .iter()
            .all(|s| !s.kind.is_result())
    );
}

#[test]
fn the_checker_reports_a_result_that_contradicts_itself() {
    let mut plan = lai_chau();
    let i = plan
        .communes
        .iter()
        .position(|c| c.name == "Nà Tăm")
        .unwrap();
    // Recognized in 2025, yet its result misses criterion 17.
    plan.communes[i].result.as_mut().unwrap().unmet = vec!["17".into()];
    let findings = ntm_planner::check::check(&plan);
    let f = findings
        .iter()
        .find(|f| f.rule == "result-recognized-missing")
        .expect("reported");
    assert!(
        f.message(Lang::Vi).contains("Nà Tăm"),
        "{}",
        f.message(Lang::Vi)
    );
    assert!(f.message(Lang::Vi).contains("17"));
    // A result dated after the report, and money disbursed over a project's total.
    let total = plan.projects[0].total();
    plan.projects[0].disbursed[0].amount = total + rust_decimal::Decimal::ONE;
    let findings = ntm_planner::check::check(&plan);
    assert!(findings.iter().any(|f| f.rule == "disbursed-over"));
    // Results without a report date.
    plan.results = None;
    let findings = ntm_planner::check::check(&plan);
    assert!(findings.iter().any(|f| f.rule == "results-no-date"));
}

/// "93/94 mục tiêu, 90/94 đạt được", with the communes not reported when there are some.
#[test]
fn the_result_line_reads_as_planners_write_it() {
    use ntm_planner::i18n::{Arg, tr_args};
    let line = |lang, unreported: usize| {
        tr_args(
            lang,
            "results-criterion-line",
            &[
                ("target", Arg::from(93usize)),
                ("result", Arg::from(90usize)),
                ("n", Arg::from(94usize)),
                ("unreported", Arg::from(unreported)),
            ],
        )
    };
    assert_eq!(line(Lang::Vi, 0), "93/94 mục tiêu, 90/94 đạt được");
    assert_eq!(
        line(Lang::Vi, 2),
        "93/94 mục tiêu, 90/94 đạt được (2 xã chưa báo cáo)"
    );
    assert_eq!(line(Lang::En, 0), "93/94 targeted, 90/94 achieved");
    assert_eq!(
        line(Lang::En, 1),
        "93/94 targeted, 90/94 achieved (1 commune not reported)"
    );
}
