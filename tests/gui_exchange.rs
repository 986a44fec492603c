//! Plans travelling between offices, in the window: File → Export to Excel with
//! progress (and Cancel on a national plan), File → Import with its preview (sheet
//! and layer choice, unmatched rows and bad cells by address, one undo step),
//! Compare with another version, and Merge a submission with a conflict decided.
//!
//! The native file dialogs are not driven here (they are the operating system's);
//! the tests send the command the dialog's answer sends, after checking the menu
//! item is there.

use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use ntm_planner::Plan;
use ntm_planner::app::NtmApp;
use ntm_planner::app::command::{Command, Page};
use ntm_planner::document::Document;
use ntm_planner::matrix::Layer;
use ntm_planner::prefs::AppDirs;
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn sample_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(name)
}

fn sample(name: &str) -> Plan {
    ntm_planner::format::load_file(&sample_path(name))
        .unwrap()
        .plan
}

fn harness(app: NtmApp) -> Harness<'static, NtmApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 950.0))
        .with_context_setup(ntm_planner::app::fonts::install)
        .build_ui_state(|ui, app: &mut NtmApp| app.frame(ui), app);
    h.run_steps(2);
    h
}

/// The window with `plan` saved as `name` in a temporary folder and opened.
fn open_plan(plan: &Plan, name: &str) -> (tempfile::TempDir, PathBuf, Harness<'static, NtmApp>) {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join(name);
    ntm_planner::format::save_file(plan, &path).unwrap();
    let app = NtmApp::new(AppDirs::under(&tmp.path().join("home")), Some(path.clone()));
    let h = harness(app);
    (tmp, path, h)
}

/// Let the background job finish (its thread wakes the window when done).
fn wait_for_job(h: &mut Harness<'_, NtmApp>) {
    // The command runs at the end of the next frame and starts the job.
    h.run_steps(1);
    for _ in 0..12_000 {
        if !h.state().job_running() {
            h.run_steps(2);
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
    panic!("the job did not finish within a minute");
}

fn toasts(h: &Harness<'_, NtmApp>) -> Vec<String> {
    h.state().toasts.current().map(|t| t.text.clone()).collect()
}

fn plan<'a>(h: &'a Harness<'_, NtmApp>) -> &'a Plan {
    &h.state().doc.as_ref().unwrap().plan
}

/// The File menu has the item, enabled.
fn menu_has(h: &mut Harness<'_, NtmApp>, item: &str) {
    h.get_by_label("Tệp").click();
    h.run_steps(2);
    let node = h.get_by_label_contains(item);
    assert!(!node.accesskit_node().is_disabled(), "{item}");
    h.key_press(Key::Escape);
    h.run_steps(2);
}

#[test]
fn export_to_excel_writes_the_workbook_with_progress() {
    let (tmp, _path, mut h) = open_plan(&sample("lai-chau-2025.ntm"), "lai-chau-2025.ntm");
    menu_has(&mut h, "Xuất ra Excel…");
    let out = tmp.path().join("lai-chau-2025.xlsx");
    h.state_mut().send(Command::ExportWorkbookTo(out.clone()));
    h.step();
    assert!(h.state().job_running());
    wait_for_job(&mut h);
    assert!(
        toasts(&h).contains(&"Đã xuất bảng tính lai-chau-2025.xlsx".to_string()),
        "{:?}",
        toasts(&h)
    );
    let bytes = std::fs::read(&out).unwrap();
    let back = ntm_planner::excel::import::xlsx_sheets(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(
        back,
        ntm_planner::excel::export::sheet_names(plan(&h))
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
    );
    assert!(
        !h.state().doc.as_ref().unwrap().is_dirty(),
        "exporting does not change the plan"
    );
}

#[test]
fn a_national_export_shows_progress_and_cancel_stops_it_without_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    let mut app = NtmApp::new(AppDirs::under(&tmp.path().join("home")), None);
    app.doc = Some(Document::new(ntm_planner::synthetic::national_plan(
        8000, 700, 16000, 1,
    )));
    let mut h = harness(app);
    let out = tmp.path().join("ca-nuoc.xlsx");
    h.state_mut().send(Command::ExportWorkbookTo(out.clone()));
    h.run_steps(3);
    // The progress dialog: what, which file, how far, and Cancel.
    h.get_by_label("Đang xuất ra Excel…");
    h.get_by_label("ca-nuoc.xlsx");
    h.get_by_label_contains("Đã xong");
    // Other commands wait while it runs.
    h.key_press_modifiers(Modifiers::COMMAND, Key::W);
    h.run_steps(2);
    assert!(
        h.state().doc.is_some(),
        "Ctrl+W does not close under the job"
    );
    h.get_by_label("Hủy").click();
    h.run_steps(2);
    wait_for_job(&mut h);
    assert!(
        toasts(&h).contains(&"Đã hủy; không có gì thay đổi.".to_string()),
        "{:?}",
        toasts(&h)
    );
    assert!(!out.exists(), "a cancelled export writes nothing");
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().contains("ca-nuoc"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_national_import_shows_progress_and_cancel_leaves_the_plan_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let plan = ntm_planner::synthetic::national_plan(8000, 700, 16000, 1);
    let xlsx = tmp.path().join("ca-nuoc.xlsx");
    ntm_planner::excel::export_file(&plan, &xlsx, None, &ntm_planner::progress::NoProgress)
        .unwrap();
    let mut app = NtmApp::new(AppDirs::under(&tmp.path().join("home")), None);
    app.doc = Some(Document::new(plan.clone()));
    let mut h = harness(app);
    let revision = h.state().doc.as_ref().unwrap().revision();
    h.state_mut().send(Command::ImportFrom(xlsx));
    h.run_steps(3);
    h.get_by_label("Đang đọc bảng tính…");
    h.get_by_label("ca-nuoc.xlsx");
    h.get_by_label("Hủy").click();
    h.run_steps(2);
    wait_for_job(&mut h);
    assert!(
        toasts(&h).contains(&"Đã hủy; không có gì thay đổi.".to_string()),
        "{:?}",
        toasts(&h)
    );
    assert!(h.state().import.is_none() && h.state().dialog.is_none());
    let doc = h.state().doc.as_ref().unwrap();
    assert_eq!(doc.revision(), revision);
    assert_eq!(&doc.plan, &plan);
}

/// A hand-made CSV over the first three communes (target layer, unlabelled):
/// commune 0 has one met criterion blanked, commune 1 a "?" in criterion 4's
/// column, and a row names a commune the plan does not have.
fn hand_made_csv(plan: &Plan) -> (String, String) {
    let set = &plan.criteria_set;
    let mut lines = vec![format!(
        "STT;Tên xã;{}",
        set.criteria
            .iter()
            .map(|c| format!("TC {}", c.code))
            .collect::<Vec<_>>()
            .join(";")
    )];
    let c0 = &plan.communes[0];
    let flipped = set
        .criteria
        .iter()
        .find(|c| c0.meets_target(&c.code))
        .unwrap()
        .code
        .clone();
    for (i, c) in plan.communes.iter().take(3).enumerate() {
        let marks: Vec<String> = set
            .criteria
            .iter()
            .enumerate()
            .map(|(k, cr)| {
                if i == 0 && cr.code == flipped {
                    String::new()
                } else if i == 1 && k == 3 {
                    "?".into()
                } else if c.meets_target(&cr.code) {
                    ["x", "đạt", "1", "✓"][k % 4].into()
                } else {
                    String::new()
                }
            })
            .collect();
        lines.push(format!("{};{};{}", i + 1, c.name, marks.join(";")));
    }
    lines.push(format!("4;Xã Không Có;{}", vec!["x"; set.len()].join(";")));
    (lines.join("\r\n"), flipped)
}

#[test]
fn import_preview_lists_everything_and_accepting_is_one_undo_step() {
    let original = sample("lai-chau-2025.ntm");
    let (tmp, _path, mut h) = open_plan(&original, "lai-chau-2025.ntm");
    menu_has(&mut h, "Nhập tiêu chí từ Excel/CSV…");
    let (csv, flipped) = hand_made_csv(&original);
    let file = tmp.path().join("xa-gui.csv");
    std::fs::write(&file, csv).unwrap();
    // Dropping the spreadsheet on the window is the same as File → Import.
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(file)));
    wait_for_job(&mut h);

    h.get_by_label("Nhập tiêu chí từ xa-gui.csv");
    h.get_by_label("Dòng tiêu đề 1, cột tên xã B, 19 cột tiêu chí.");
    h.get_by_label("Thay đổi (1)");
    h.get_by_label_contains("✓ → ✗ chưa đạt");
    let c0 = original.communes[0].name.clone();
    assert!(h.query_all_by_label(&c0).count() >= 1);
    // The unmatched row and the bad cell, each with its address.
    h.get_by_label("Dòng không khớp (1)").click();
    h.run_steps(2);
    h.get_by_label("xa-gui!B5");
    h.get_by_label("Xã Không Có");
    h.get_by_label("không có xã này trong kế hoạch");
    h.get_by_label("Ô không đọc được (1)").click();
    h.run_steps(2);
    h.get_by_label("xa-gui!F3");
    h.get_by_label("?");
    h.get_by_label("Dòng khớp xã (3)").click();
    h.run_steps(2);
    assert!(h.query_all_by_label(&original.communes[2].name).count() >= 1);
    h.get_by_label_contains("sẽ không được nhập");

    // Nothing changed yet.
    assert_eq!(plan(&h), &original);
    assert!(!h.state().doc.as_ref().unwrap().is_dirty());

    h.get_by_label("Chấp nhận (1 thay đổi)").click();
    h.run_steps(3);
    assert!(!plan(&h).communes[0].meets_target(&flipped));
    assert!(h.state().doc.as_ref().unwrap().is_dirty());
    assert_eq!(h.state().page, Page::Communes);
    assert_eq!(
        h.state().doc.as_ref().unwrap().history().undo_label(),
        Some("edit-import")
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(plan(&h), &original, "one undo step takes the import back");
}

#[test]
fn import_layer_and_sheet_can_be_chosen_in_the_preview() {
    let original = sample("lai-chau-2025.ntm");
    let (tmp, _path, mut h) = open_plan(&original, "lai-chau-2025.ntm");
    let (csv, _) = hand_made_csv(&original);
    let file = tmp.path().join("xa-gui.csv");
    std::fs::write(&file, &csv).unwrap();
    h.state_mut().send(Command::ImportFrom(file.clone()));
    wait_for_job(&mut h);
    // Read the unlabelled columns as the baseline instead: read again, and the
    // preview is the library's for that layer.
    h.get_by_label("Hiện trạng").click();
    h.run_steps(2);
    wait_for_job(&mut h);
    let grid = ntm_planner::excel::csv::parse("xa-gui", &csv).unwrap();
    let expected = ntm_planner::excel::preview(
        &original,
        &grid,
        ntm_planner::excel::ImportOptions {
            layer: Layer::Baseline,
        },
        &ntm_planner::progress::NoProgress,
    )
    .unwrap();
    let session = h.state().import.as_ref().unwrap();
    assert_eq!(session.options.layer, Layer::Baseline);
    assert_eq!(session.result.as_ref().unwrap(), &expected);
    h.get_by_label(&format!("Thay đổi ({})", expected.changes.len()));
    h.get_by_label("Hủy").click();
    h.run_steps(2);
    assert!(h.state().import.is_none());
    assert_eq!(plan(&h), &original);

    // The app's own workbook: the criteria sheet is read by default and agrees
    // with the plan; another sheet has no criteria header and says so.
    let xlsx = tmp.path().join("lai-chau.xlsx");
    ntm_planner::excel::export_file(&original, &xlsx, None, &ntm_planner::progress::NoProgress)
        .unwrap();
    h.state_mut().send(Command::ImportFrom(xlsx));
    wait_for_job(&mut h);
    h.get_by_label("Thay đổi (0)");
    assert!(
        h.get_by_label("Chấp nhận (0 thay đổi)")
            .accesskit_node()
            .is_disabled()
    );
    h.get_by_label("Trang tính:").click();
    h.run_steps(2);
    h.get_by_label(ntm_planner::excel::export::FUNDING_SHEET)
        .click_accesskit();
    h.run_steps(2);
    wait_for_job(&mut h);
    h.get_by_label_contains("không tìm thấy dòng tiêu đề có các tiêu chí");
    h.get_by_label("Đóng").click();
    h.run_steps(2);
    assert!(h.state().import.is_none() && h.state().dialog.is_none());
}

#[test]
fn compare_lists_differences_with_both_values_and_goes_to_them() {
    let a = sample("lai-chau-2025.ntm");
    let mut b = a.clone();
    b.header.number = "123/KH-UBND".into();
    b.communes[0].target_unmet.push("17".into());
    b.funding.children[1].amount = Some(Decimal::from(160000));
    let (tmp, _path, mut h) = open_plan(&a, "lai-chau-2025.ntm");
    menu_has(&mut h, "So sánh với tệp khác…");
    let other = tmp.path().join("ban-sua.ntm");
    ntm_planner::format::save_file(&b, &other).unwrap();
    h.state_mut().send(Command::CompareWith(other));
    wait_for_job(&mut h);
    h.get_by_label("So sánh với ban-sua.ntm");
    h.get_by_label_contains("3 chỗ khác nhau");
    h.get_by_label("Tất cả (3)");
    h.get_by_label("123/KH-UBND");
    // Only the funding differences: the node with both amounts.
    h.get_by_label("Nguồn vốn, phân bổ (1)").click();
    h.run_steps(2);
    h.get_by_label("157.707");
    h.get_by_label("160.000");
    assert!(h.query_by_label("123/KH-UBND").is_none());
    // Search without accents, across all parts.
    h.get_by_label("Tất cả (3)").click();
    h.run_steps(2);
    h.get_by_label("Tìm:").click();
    h.run_steps(1);
    h.get_by_label("Tìm:").type_text("tieu chi 17");
    h.run_steps(3);
    h.get_by_label("Đang hiện 1 dòng");
    // A click goes to the cell in the open plan.
    h.get_by_label("chưa đạt").click();
    h.run_steps(3);
    assert!(h.state().compare.is_none());
    assert_eq!(h.state().page, Page::Communes);
    assert_eq!(
        h.state().focus,
        Some(ntm_planner::check::Place::CommuneCriterion(
            a.communes[0].id.clone(),
            "17".into()
        ))
    );
}

#[test]
fn merge_a_submission_with_a_common_version_decides_the_conflict_in_one_step() {
    let base = sample("lai-chau-2025.ntm");
    // The province changed commune 0's note; the commune office changed the same
    // note differently, and marked criterion 17 not met for commune 1.
    let mut ours = base.clone();
    ours.communes[0].note = "Tỉnh: rà soát lại".into();
    let mut theirs = base.clone();
    theirs.communes[0].note = "Xã: đã hoàn thành hồ sơ".into();
    theirs.communes[1].target_unmet.push("17".into());
    let theirs_wants_17 = !ours.communes[1].target_unmet.contains(&"17".to_string());
    assert!(theirs_wants_17, "the sample's commune 1 meets criterion 17");

    let (tmp, _path, mut h) = open_plan(&ours, "tinh.ntm");
    menu_has(&mut h, "Nhận kế hoạch gửi lên…");
    let sub = tmp.path().join("xa-gui-len.ntm");
    let common = tmp.path().join("ban-chung.ntm");
    ntm_planner::format::save_file(&theirs, &sub).unwrap();
    ntm_planner::format::save_file(&base, &common).unwrap();
    h.state_mut().send(Command::MergeFrom(sub));
    wait_for_job(&mut h);
    h.get_by_label("Nhận kế hoạch gửi lên: xa-gui-len.ntm");
    h.get_by_label("Chưa chọn bản chung gần nhất.");
    // Without a common version both differences are taken from the submission.
    h.get_by_label("Khác nhau (2)");
    h.get_by_label("Sẽ nhận (2)");
    h.get_by_label("Xung đột (0)");

    // With it, the note is a conflict to decide.
    h.state_mut().send(Command::MergeBase(Some(common)));
    wait_for_job(&mut h);
    h.get_by_label("Bản chung gần nhất: ban-chung.ntm");
    h.get_by_label("Sẽ nhận (1)");
    h.get_by_label("Xung đột (1)").click();
    h.run_steps(2);
    h.get_by_label_contains("Tỉnh: rà soát lại");
    h.get_by_label_contains("Xã: đã hoàn thành hồ sơ");
    h.get_by_label_contains("Hợp nhất sẽ thay đổi 1 mục");
    h.get_by_label("Lấy bản gửi lên").click();
    h.run_steps(2);
    h.get_by_label_contains("Hợp nhất sẽ thay đổi 2 mục");
    assert_eq!(plan(&h), &ours, "nothing changes before Merge");

    h.get_by_label("Hợp nhất").click();
    h.run_steps(3);
    assert_eq!(plan(&h).communes[0].note, "Xã: đã hoàn thành hồ sơ");
    assert!(!plan(&h).communes[1].meets_target("17"));
    assert_eq!(
        h.state().doc.as_ref().unwrap().history().undo_label(),
        Some("edit-merge")
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(plan(&h), &ours, "one undo step takes the merge back");
}
