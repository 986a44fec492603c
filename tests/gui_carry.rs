//! Next year's plan in the window, by label: File → Next year's plan… shows the
//! proposal; Cancel leaves everything as it was; a declined change stays declined and
//! "Make the plan" opens the new plan as an unsaved document.

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use ntm_planner::app::NtmApp;
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

fn start_carry(h: &mut Harness<'_, NtmApp>) {
    h.get_by_label("Tệp").click();
    h.run_steps(2);
    h.get_by_label("Lập kế hoạch năm sau…").click();
    h.run_steps(3);
}

#[test]
fn the_preview_cancelled_changes_nothing() {
    let (_tmp, mut h) = open("lai-chau-2025.ntm");
    let before = h.state().doc.as_ref().unwrap().plan.clone();
    start_carry(&mut h);
    assert!(
        h.query_by_label("Lập kế hoạch năm sau từ kế hoạch này")
            .is_some()
    );
    assert!(h.query_by_label("Lập kế hoạch năm 2026").is_some());
    // The communes and the report are there to read.
    h.get_by_label("Các xã (38)").click();
    h.run_steps(2);
    assert!(h.query_by_label("xã Bản Bo").is_some());
    h.get_by_label_contains("Báo cáo (").click();
    h.run_steps(2);
    assert!(h.query_by_label("Báo cáo chuyển đổi").is_some());
    h.get_by_label("Hủy").click();
    h.run_steps(3);
    assert!(h.state().carry.is_none());
    assert!(
        h.query_by_label("Lập kế hoạch năm sau từ kế hoạch này")
            .is_none()
    );
    let doc = h.state().doc.as_ref().unwrap();
    assert_eq!(doc.plan, before);
    assert!(!doc.is_dirty());
}

#[test]
fn the_preview_accepted_opens_the_new_plan() {
    let (_tmp, mut h) = open("lai-chau-2025.ntm");
    start_carry(&mut h);
    // Decline one change: the new plan is not marked as a draft.
    h.get_by_label("Đánh dấu là dự thảo").click();
    h.run_steps(2);
    h.get_by_label("Lập kế hoạch năm 2026").click();
    h.run_steps(4);
    let doc = h.state().doc.as_ref().unwrap();
    assert!(doc.path.is_none(), "a new, unsaved file");
    assert!(doc.is_dirty());
    let plan = &doc.plan;
    assert_eq!(plan.header.year, 2026);
    assert!(!plan.header.draft, "the declined change was not made");
    assert_eq!(plan.criteria_set.id, "xa-ntm-2026-2030");
    assert_eq!(plan.communes.len(), 38);
    let ban_bo = plan.communes.iter().find(|c| c.name == "Bản Bo").unwrap();
    assert!(ban_bo.unassessed);
    assert_eq!(ban_bo.history.len(), 2);
    // The window says so and the checker lists the communes not yet assessed.
    assert!(
        h.query_by_label_contains("38/38 xã chưa đánh giá")
            .is_some()
    );
}
