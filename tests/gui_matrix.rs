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
    open_sized(name, egui::vec2(1600.0, 1000.0))
}

fn open_sized(name: &str, size: egui::Vec2) -> (tempfile::TempDir, Harness<'static, NtmApp>) {
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
        .with_size(size)
        // Frames of a sixtieth of a second, as on screen: a double-click is two
        // clicks a few frames apart.
        .with_step_dt(1.0 / 60.0)
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

fn dirty(h: &Harness<'_, NtmApp>) -> bool {
    h.state().doc.as_ref().unwrap().is_dirty()
}

fn target_met(h: &Harness<'_, NtmApp>, commune: usize, code: &str) -> bool {
    h.state().doc.as_ref().unwrap().plan.communes[commune].meets_target(code)
}

fn double_click_at(h: &mut Harness<'_, NtmApp>, pos: Pos2) {
    // Well after any earlier click, so this is a double and not a triple click.
    h.run_steps(30);
    h.event(Event::PointerMoved(pos));
    for _ in 0..2 {
        for pressed in [true, false] {
            h.event(Event::PointerButton {
                pos,
                button: PointerButton::Primary,
                pressed,
                modifiers: Modifiers::NONE,
            });
        }
        h.step();
    }
    h.run_steps(2);
}

#[test]
fn a_click_selects_and_space_changes_the_cell_then_undo() {
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
    // Looking at a cell changes nothing: it is selected and its commune shown.
    assert!(!dirty(&h), "a click only selects");
    assert_eq!(figures(&mut h).per_criterion[1].target, 93);
    assert_eq!(h.state().matrix.cursor, Some((1, 1)));
    assert_eq!(h.state().matrix.commune, Some(0));
    // The hint line says how to change it.
    assert!(
        h.query_by_label_contains("Space, Enter hoặc bấm đúp để đổi")
            .is_some()
    );

    h.key_press(Key::Space);
    h.run_steps(2);
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
    assert!(!dirty(&h));
}

#[test]
fn enter_x_one_zero_and_double_click_change_the_cell() {
    let (_tmp, mut h) = open("lai-chau-2025.ntm");
    let p = cell(&h, 1, 1);
    click_at(&mut h, p, Modifiers::NONE);
    assert!(target_met(&h, 0, "2"));
    h.key_press(Key::Enter);
    h.run_steps(2);
    assert!(!target_met(&h, 0, "2"), "Enter changes the cell");
    assert_eq!(h.state().matrix.cursor, Some((1, 1)), "and stays on it");
    h.key_press(Key::X);
    h.run_steps(2);
    assert!(target_met(&h, 0, "2"), "x sets it met");
    h.key_press(Key::Num0);
    h.run_steps(2);
    assert!(!target_met(&h, 0, "2"), "0 sets it not met");
    h.key_press(Key::Num1);
    h.run_steps(2);
    assert!(target_met(&h, 0, "2"), "1 sets it met");
    // A double-click changes the cell it is on (the first click selects it).
    let q = cell(&h, 2, 3);
    let (ci, met) = {
        let f = figures(&mut h);
        let plan = &h.state().doc.as_ref().unwrap().plan;
        let rows = ntm_planner::matrix::Query::default().rows(plan, &f.met_target);
        let Row::Commune(ci) = rows[2] else {
            panic!("row 2 is a commune")
        };
        (ci, target_met(&h, ci, "4"))
    };
    double_click_at(&mut h, q);
    assert_eq!(h.state().matrix.cursor, Some((2, 3)));
    assert_eq!(target_met(&h, ci, "4"), !met, "a double-click changes");
    // A single click elsewhere changes nothing more.
    let edits = h.state().doc.as_ref().unwrap().revision();
    let r = cell(&h, 4, 5);
    click_at(&mut h, r, Modifiers::NONE);
    assert_eq!(h.state().doc.as_ref().unwrap().revision(), edits);
}

#[test]
fn arrows_scroll_just_enough_and_keep_the_selection_start_in_view() {
    // A laptop-sized window with the commune panel open: little room beside the
    // frozen columns.
    let (_tmp, mut h) = open_sized("lai-chau-2025.ntm", egui::vec2(1280.0, 800.0));
    let grid = h
        .get_by_role_and_label(egui::accesskit::Role::Grid, "Ma trận tiêu chí")
        .rect();
    let p = cell(&h, 1, 0);
    click_at(&mut h, p, Modifiers::NONE);
    // Walk right past the view's edge: the view follows the cursor a column at a
    // time, so the cursor's cell is at the right edge, not under the frozen columns.
    for _ in 0..10 {
        h.key_press(Key::ArrowRight);
        h.run_steps(1);
    }
    h.run_steps(30);
    assert_eq!(h.state().matrix.cursor, Some((1, 10)));
    let fw: f32 = FROZEN.iter().sum();
    let frozen_edge = grid.min.x + fw;
    let left_of = |h: &Harness<'_, NtmApp>, col: usize| {
        h.get_by_role_and_label(egui::accesskit::Role::Grid, "Ma trận tiêu chí")
            .rect()
            .min
            .x
            + fw
            + col as f32 * COL_W
    };
    let cursor_left = left_of(&h, 10);
    assert!(
        cursor_left >= frozen_edge + 3.0 * COL_W,
        "the cursor's column is not pushed to (or under) the frozen columns: {cursor_left} vs {frozen_edge}"
    );
    assert!(cursor_left + COL_W <= 1280.0, "and it is in view");
    // Shift+Left extends a selection back: its start stays in view, clear of the
    // frozen columns.
    for _ in 0..3 {
        h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowLeft);
        h.run_steps(1);
    }
    h.run_steps(30);
    assert_eq!(h.state().matrix.selection().map(|s| s.1), Some(7..=10));
    let start_left = left_of(&h, 7);
    assert!(
        start_left >= frozen_edge - 0.5,
        "the selection's start is hidden under the frozen columns: {start_left} < {frozen_edge}"
    );
}

#[test]
fn a_range_selected_with_shift_arrows_is_set_in_one_step() {
    let (_tmp, mut h) = open("lai-chau-2025.ntm");
    let p = cell(&h, 1, 0);
    click_at(&mut h, p, Modifiers::NONE); // selects Bản Bo / 1
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

/// The Lai Châu sample with the cursor on the first commune's first criterion, the
/// click's toggle undone: where a paste lands.
fn ready_to_paste() -> (tempfile::TempDir, Harness<'static, NtmApp>) {
    let (tmp, mut h) = open("lai-chau-2025.ntm");
    let p = cell(&h, 1, 0);
    click_at(&mut h, p, Modifiers::NONE);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    (tmp, h)
}

#[test]
fn pasting_tab_separated_text_previews_then_applies() {
    let (_tmp, mut h) = ready_to_paste();
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
    let (_tmp, mut h) = ready_to_paste();
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

#[test]
fn a_paste_of_a_whole_sheet_of_text_names_two_hundred_cells_and_counts_the_rest() {
    let (_tmp, mut h) = ready_to_paste();
    let (communes, criteria) = {
        let plan = &h.state().doc.as_ref().unwrap().plan;
        (plan.communes.len(), plan.criteria_set.criteria.len())
    };
    // 300 rows of 40 cells of text, pasted at the first commune's first criterion.
    let row = vec!["không rõ"; 40].join("\t");
    h.event(Event::Paste(vec![row; 300].join("\r\n")));
    h.run_steps(2);
    let preview = h.state().matrix.paste.clone().unwrap();
    let inside = communes * criteria;
    assert_eq!(preview.unreadable, inside);
    assert_eq!(preview.outside, 300 * 40 - inside);
    assert_eq!(preview.problems.len(), 200);
    assert!(preview.changes.is_empty());
    let more = ntm_planner::numfmt::count((inside - 200) as i64);
    h.get_by_label(&format!("… và {more} ô khác không đọc được."));
    h.get_by_label("Hủy").click();
    h.run_steps(2);
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
