//! Results in the window, driven by label as a user would: the matrix's result layer
//! edited and undone, the figures and the checker following; results recorded on a
//! plan without them; the results charts listed and shown.

use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use ntm_planner::app::NtmApp;
use ntm_planner::app::command::{Command, Page};
use ntm_planner::charts::ChartKind;
use ntm_planner::matrix::{Layer, Row};
use ntm_planner::prefs::AppDirs;
use std::path::Path;

fn open(name: &str) -> (tempfile::TempDir, Harness<'static, NtmApp>) {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join(name);
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/samples")
            .join(name),
        &path,
    )
    .unwrap();
    let app = NtmApp::new(AppDirs::under(&tmp.path().join("home")), Some(path));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_context_setup(ntm_planner::app::fonts::install)
        .build_ui_state(|ui, app: &mut NtmApp| app.frame(ui), app);
    h.run_steps(2);
    (tmp, h)
}

fn results(h: &mut Harness<'_, NtmApp>) -> ntm_planner::figures::results::ResultFigures {
    h.state_mut()
        .analysis()
        .unwrap()
        .0
        .results
        .clone()
        .expect("the plan has results")
}

/// Click the rightmost widget named `label`: the layer switch's buttons are all
/// named by the "Đang sửa:" label before them, and the result is the last.
fn click_rightmost(h: &mut Harness<'_, NtmApp>, label: &str) {
    let node = h
        .query_all_by_label(label)
        .max_by(|a, b| a.rect().min.x.total_cmp(&b.rect().min.x))
        .expect(label);
    node.click();
    h.run_steps(2);
}

#[test]
fn the_result_layer_is_edited_undone_and_checked() {
    let (_tmp, mut h) = open("lai-chau-2025.ntm");
    assert!(h.query_by_label("0 lỗi, 4 cảnh báo").is_some());
    h.get_by_label("Xã và tiêu chí").click();
    h.run_steps(2);
    // The layer switch offers the result; choosing it changes the legend.
    click_rightmost(&mut h, "Đang sửa:");
    assert_eq!(h.state().matrix.layer, Layer::Result);
    assert!(h.query_by_label("Không đạt mục tiêu").is_some());
    let before = results(&mut h);
    assert_eq!(before.per_criterion[16].result, 60);

    // Select Nà Tăm / criterion 17 and set it "not met" with the toolbar's button.
    let row = {
        let app = h.state_mut();
        let plan = &app.doc.as_ref().unwrap().plan;
        let ci = plan
            .communes
            .iter()
            .position(|c| c.name == "Nà Tăm")
            .unwrap();
        let figs = ntm_planner::figures::compute(plan).unwrap();
        let rows = app.matrix.query.rows(plan, &figs.met_target);
        rows.iter().position(|r| *r == Row::Commune(ci)).unwrap()
    };
    h.state_mut().matrix.anchor = Some((row, 16));
    h.state_mut().matrix.cursor = Some((row, 16));
    h.run_steps(1);
    h.get_by_label("Đặt vùng chọn: chưa đạt").click();
    h.run_steps(2);
    let after = results(&mut h);
    assert_eq!(
        after.per_criterion[16].result, 59,
        "61 targeted, 59 achieved"
    );
    assert_eq!(after.per_criterion[16].missed, 2);
    // Nà Tăm was recognized in 2025: the checker says the result contradicts it.
    assert!(
        h.query_by_label("0 lỗi, 5 cảnh báo").is_some(),
        "a recognized commune missing a criterion is reported live"
    );
    assert!(h.state().doc.as_ref().unwrap().is_dirty());

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(results(&mut h).per_criterion[16].result, 60);
    assert!(h.query_by_label("0 lỗi, 4 cảnh báo").is_some());
    assert!(!h.state().doc.as_ref().unwrap().is_dirty());
}

#[test]
fn results_are_recorded_on_a_plan_without_them() {
    let (_tmp, mut h) = open("lang-son-2023.ntm");
    assert!(
        h.query_by_label("Kết quả").is_none(),
        "a plan without results has no results page or layer"
    );
    h.get_by_label("Sửa").click();
    h.run_steps(2);
    h.get_by_label("Ghi kết quả thực hiện…").click();
    h.run_steps(3);
    assert_eq!(h.state().page, Page::Results);
    let r = h
        .state()
        .doc
        .as_ref()
        .unwrap()
        .plan
        .results
        .clone()
        .unwrap();
    assert_eq!(r.date.vi(), "31/12/2023");
    assert!(h.query_by_label("Số liệu đến ngày").is_some());
    // The page's summary: no commune reported yet.
    let n = h.state().doc.as_ref().unwrap().plan.communes.len();
    assert!(h.query_by_label(&format!("0/{n}")).is_some());
    // One undo removes the report; the page goes away from the tabs.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(3);
    assert!(h.state().doc.as_ref().unwrap().plan.results.is_none());
    h.state_mut().send(Command::ShowPage(Page::Overview));
    h.run_steps(2);
    assert!(h.query_by_label("Kết quả").is_none());
}

#[test]
fn the_results_chart_is_listed_and_shown() {
    let (_tmp, mut h) = open("lai-chau-2025.ntm");
    h.get_by_label("Biểu đồ").click();
    h.run_steps(2);
    h.get_by_label("Kết quả đạt tiêu chí so với mục tiêu")
        .click();
    h.run_steps(3);
    assert_eq!(h.state().chart_kind, ChartKind::CriteriaTargetResult);
    assert!(h.query_by_label("17,33 → 17,31").is_some(), "the headline");
    assert!(
        h.query_by_label("tiêu chí bình quân/xã, mục tiêu → kết quả")
            .is_some()
    );
    // The deck opens with the year's results, then the plan's own charts.
    h.key_press(egui::Key::F5);
    h.run_steps(2);
    assert_eq!(h.state().presenting, Some(0));
    assert!(h.query_by_label("1 / 9").is_some());
    assert!(
        h.query_by_label("Kết quả đạt tiêu chí so với mục tiêu")
            .is_some()
    );
    h.key_press(egui::Key::ArrowRight);
    h.run_steps(2);
    assert!(
        h.query_by_label("Kết quả công nhận xã, thôn bản đạt chuẩn")
            .is_some()
    );
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert_eq!(h.state().presenting, None);
}
