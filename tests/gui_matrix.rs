//! The criteria matrix, driven as a user would: click a cell, undo, select a range
//! with Shift+arrows and set it, paste tab-separated text (good and bad), search
//! without accents, filter, sort, and the roadmap grouped by year.

use eframe::egui::{self, Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use ntm_planner::app::NtmApp;
use ntm_planner::app::command::{Command, Page};
use ntm_planner::app::pages::criteria::matrix::{COL_W, FROZEN, HEADER_H, ROW_H};
use ntm_planner::matrix::Row;
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
    h.state_mut().send(Command::ShowPage(Page::Communes));
    h.run_steps(3);
    (tmp, h)
}

/// Screen position of the centre of a matrix cell (view row, criterion index).
fn cell(h: &Harness<'_, NtmApp>, row: usize, col: usize) -> Pos2 {
    let origin = h
        .get_by_role_and_label(egui::accesskit::Role::Grid, "Ma trận tiêu chí")
        .rect()
        .min;
    let fw: f32 = FROZEN.iter().sum();
    Pos2::new(
        origin.x + fw + col as f32 * COL_W + COL_W / 2.0,
        origin.y + HEADER_H + row as f32 * ROW_H + ROW_H / 2.0,
    )
}

fn click_at(h: &mut Harness<'_, NtmApp>, pos: Pos2, modifiers: Modifiers) {
    h.event(Event::PointerMoved(pos));
    h.event_modifiers(
        Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed: true,
            modifiers,
        },
        modifiers,
    );
    h.event_modifiers(
        Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed: false,
            modifiers,
        },
        modifiers,
    );
    h.run_steps(2);
}

fn figures(h: &mut Harness<'_, NtmApp>) -> ntm_planner::figures::Figures {
    h.state_mut().analysis().unwrap().0.clone()
}

fn band(f: &ntm_planner::figures::Figures, label: &str) -> (usize, usize) {
    let b = f.distribution.iter().find(|b| b.label == label).unwrap();
    (b.baseline, b.target)
}

#[test]
fn toggling_a_cell_updates_totals_and_distribution_and_undoes() {
    let (_tmp, mut h) = open("lai-chau-2025.ntm");
    let before = figures(&mut h);
    assert_eq!(before.per_criterion[1].target, 93);
    assert_eq!(band(&before, "19"), (44, 54));
    // View row 0 is the Tam Đường heading; row 1 is Bản Bo, which meets all 19.
    let first = h.state().doc.as_ref().unwrap().plan.communes[0]
        .name
        .clone();
    assert_eq!(first, "Bản Bo");
    let p = cell(&h, 1, 1);
    click_at(&mut h, p, Modifiers::NONE);
    let after = figures(&mut h);
    assert_eq!(
        after.per_criterion[1].target, 92,
        "Giao thông: 93/94 → 92/94"
    );
    assert_eq!(band(&after, "19"), (44, 53));
    assert_eq!(band(&after, "15–18"), (5, 41));
    assert!(
        h.query_by_label_contains("0 lỗi, 8 cảnh báo").is_some(),
        "the checker reports it live: the regression, the stated count of criterion 2 and two stated bands"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    let undone = figures(&mut h);
    assert_eq!(undone.per_criterion[1].target, 93);
    assert_eq!(band(&undone, "19"), (44, 54));
    assert!(!h.state().doc.as_ref().unwrap().is_dirty());
}

#[test]
fn a_range_selected_with_shift_arrows_is_set_in_one_step() {
    let (_tmp, mut h) = open("lai-chau-2025.ntm");
    let p = cell(&h, 1, 0);
    click_at(&mut h, p, Modifiers::NONE); // toggles Bản Bo / 1 …
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z); // … undone: only the selection stays
    h.run_steps(2);
    for _ in 0..2 {
        h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowDown);
    }
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
    h.run_steps(2);
    let sel = h.state().matrix.selection().unwrap();
    assert_eq!((sel.0, sel.1), (1..=3, 0..=1));
    h.get_by_label("Đặt vùng chọn: chưa đạt").click();
    h.run_steps(2);
    let f = figures(&mut h);
    assert_eq!(
        (f.per_criterion[0].target, f.per_criterion[1].target),
        (91, 90),
        "3 communes × 2 criteria"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    let f = figures(&mut h);
    assert_eq!(
        (f.per_criterion[0].target, f.per_criterion[1].target),
        (94, 93),
        "one undo step restores all six"
    );
}

#[test]
fn pasting_tab_separated_text_previews_then_applies() {
    let (_tmp, mut h) = open("lai-chau-2025.ntm");
    let p = cell(&h, 1, 0);
    click_at(&mut h, p, Modifiers::NONE);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    // Two rows × three columns, as Excel copies them: "x" met, empty not met.
    h.event(Event::Paste("x\t\tđạt\r\n\tx\t0\r\n".into()));
    h.run_steps(2);
    let preview = h
        .state()
        .matrix
        .paste
        .clone()
        .expect("a preview, nothing changed yet");
    assert!(preview.problems.is_empty());
    assert_eq!(
        preview.changes.len(),
        3,
        "Bản Bo 2 and Bản Giang 1 and 3 become not met: {:?}",
        preview.changes
    );
    assert_eq!(
        figures(&mut h).per_criterion[1].target,
        93,
        "nothing changes before accepting"
    );
    h.get_by_label("Chấp nhận").click();
    h.run_steps(2);
    let f = figures(&mut h);
    assert_eq!(
        (
            f.per_criterion[0].target,
            f.per_criterion[1].target,
            f.per_criterion[2].target
        ),
        (93, 92, 93)
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    let f = figures(&mut h);
    assert_eq!(
        (
            f.per_criterion[0].target,
            f.per_criterion[1].target,
            f.per_criterion[2].target
        ),
        (94, 93, 94)
    );
}

#[test]
fn a_bad_paste_reports_the_cell_and_changes_nothing() {
    let (_tmp, mut h) = open("lai-chau-2025.ntm");
    let p = cell(&h, 1, 0);
    click_at(&mut h, p, Modifiers::NONE);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    h.event(Event::Paste("x\tcó lẽ\n".into()));
    h.run_steps(2);
    let preview = h.state().matrix.paste.clone().unwrap();
    assert_eq!(preview.problems.len(), 1);
    assert!(
        preview.problems[0].contains("dòng 1, cột 2 (“có lẽ”) cho xã Bản Bo, tiêu chí 2"),
        "{}",
        preview.problems[0]
    );
    assert!(
        h.query_by_label_contains("(“có lẽ”)").is_some(),
        "the problem is shown"
    );
    h.get_by_label("Hủy").click();
    h.run_steps(2);
    assert!(h.state().matrix.paste.is_none());
    assert!(!h.state().doc.as_ref().unwrap().is_dirty());
}

fn shown_names(h: &mut Harness<'_, NtmApp>) -> Vec<String> {
    let app = h.state();
    let plan = &app.doc.as_ref().unwrap().plan;
    let f = ntm_planner::figures::compute(plan).expect("figures");
    app.matrix
        .query
        .rows(plan, &f.met_target)
        .into_iter()
        .filter_map(|r| {
            if let Row::Commune(i) = r {
                Some(plan.communes[i].name.clone())
            } else {
                None
            }
        })
        .collect()
}

#[test]
fn search_ignores_accents_and_case() {
    let (_tmp, mut h) = open("lai-chau-2025.ntm");
    h.get_by_label("Tìm xã").click();
    h.run_steps(1);
    h.get_by_label("Tìm xã").type_text("muong te");
    h.run_steps(2);
    assert_eq!(shown_names(&mut h), ["Mường Tè"]);
    h.get_by_label("Tìm xã").type_text("x");
    h.run_steps(2);
    assert!(shown_names(&mut h).is_empty());
}

#[test]
fn filter_by_unmet_criterion_and_sort_by_name() {
    let (_tmp, mut h) = open("lai-chau-2025.ntm");
    h.get_by_label("Chưa đạt tiêu chí").click();
    h.run_steps(2);
    h.get_by_label("10. Thu nhập").click_accesskit();
    h.run_steps(2);
    assert_eq!(
        shown_names(&mut h).len(),
        40,
        "94 − 54 communes do not meet income at the target"
    );
    h.get_by_label("Sắp xếp").click();
    h.run_steps(2);
    h.get_by_label("Theo tên").click_accesskit();
    h.run_steps(2);
    let names = shown_names(&mut h);
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| ntm_planner::text::collation_key(n));
    assert_eq!(names, sorted);
    assert_eq!(names.len(), 40);
}

#[test]
fn the_roadmap_groups_unmet_criteria_by_year() {
    let (_tmp, mut h) = open("lang-son-2023.ntm");
    h.get_by_label("Lộ trình").click();
    h.run_steps(2);
    assert!(h.query_by_label("2023: 106 tiêu chí, 60 xã").is_some());
    assert!(h.query_by_label("2024: 102 tiêu chí, 50 xã").is_some());
    assert!(
        h.query_by_label_contains("Chưa có năm").is_none(),
        "every unmet criterion has a year"
    );
    // Clicking a commune goes to its cell in the matrix.
    let plan = h.state().doc.as_ref().unwrap().plan.clone();
    let target = plan
        .communes
        .iter()
        .find(|c| !c.baseline_unmet.is_empty())
        .unwrap()
        .name
        .clone();
    h.get_all_by_label(&target).next().unwrap().click();
    h.run_steps(3);
    assert_eq!(
        h.state().matrix.tab,
        ntm_planner::app::pages::criteria::Tab::Matrix
    );
    let sel = h.state().matrix.commune.unwrap();
    assert_eq!(
        h.state().doc.as_ref().unwrap().plan.communes[sel].name,
        target
    );
}

#[test]
fn editing_a_commune_in_the_side_panel() {
    let (_tmp, mut h) = open("lang-son-2023.ntm");
    let p = cell(&h, 2, 1);
    click_at(&mut h, p, Modifiers::NONE);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    let i = h.state().matrix.commune.expect("a commune is selected");
    h.get_by_label("Tên xã").click();
    h.run_steps(1);
    h.get_by_label("Tên xã").type_text(" (mới)");
    h.run_steps(2);
    let name = h.state().doc.as_ref().unwrap().plan.communes[i]
        .name
        .clone();
    assert!(name.ends_with(" (mới)"), "{name}");
    h.get_by_label("Cơ quan phụ trách").click();
    h.run_steps(1);
    h.get_by_label("Cơ quan phụ trách")
        .type_text("Sở Giao thông vận tải");
    h.run_steps(2);
    let d = h.state().doc.as_ref().unwrap().plan.communes[i]
        .detail("2")
        .map(|d| d.agency.clone());
    assert!(d.unwrap_or_default().ends_with("Sở Giao thông vận tải"));
}
