//! The window's flows, driven by label as a user would (egui_kittest, no display
//! needed): open, edit, undo/redo, save and reload, the unsaved-changes prompt and
//! its three answers, recovery after a crash, the changed-on-disk warning, language,
//! clicking a finding, and every Vietnamese letter drawn by the bundled font.

use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use ntm_planner::app::NtmApp;
use ntm_planner::app::command::{Command, Page};
use ntm_planner::app::dialogs::Dialog;
use ntm_planner::check::Place;
use ntm_planner::lang::Lang;
use ntm_planner::prefs::AppDirs;
use std::path::{Path, PathBuf};

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(name)
}

/// A copy of the Lai Châu sample in a temp folder, and app folders beside it.
fn setup() -> (tempfile::TempDir, PathBuf, AppDirs) {
    let tmp = tempfile::tempdir().unwrap();
    let plan = tmp.path().join("lai-chau-2025.ntm");
    std::fs::copy(sample("lai-chau-2025.ntm"), &plan).unwrap();
    let dirs = AppDirs::under(&tmp.path().join("home"));
    (tmp, plan, dirs)
}

fn harness(app: NtmApp) -> Harness<'static, NtmApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_context_setup(ntm_planner::app::fonts::install)
        .build_ui_state(|ui, app: &mut NtmApp| app.frame(ui), app);
    h.run_steps(3);
    h
}

fn open(path: &Path, dirs: &AppDirs) -> Harness<'static, NtmApp> {
    harness(NtmApp::new(dirs.clone(), Some(path.to_path_buf())))
}

fn number(h: &Harness<'_, NtmApp>) -> String {
    h.state().doc.as_ref().unwrap().plan.header.number.clone()
}

/// Click the field labelled `label` and type `text`, as a user does.
fn type_into(h: &mut Harness<'_, NtmApp>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run_steps(2);
    h.get_by_label(label).type_text(text);
    h.run_steps(2);
}

/// Leave the field (click on an empty part of the window).
fn leave_field(h: &mut Harness<'_, NtmApp>) {
    h.key_press(Key::Escape);
    h.run_steps(2);
}

#[test]
fn open_edit_undo_redo_save_and_reload() {
    let (tmp, path, dirs) = setup();
    let mut h = open(&path, &dirs);
    assert!(h.state().doc.is_some(), "the plan opened");
    assert_eq!(h.state().window_title(), "lai-chau-2025.ntm — NTM Planner");

    type_into(&mut h, "Số hiệu văn bản", "15/KH-UBND");
    assert_eq!(number(&h), "15/KH-UBND");
    assert_eq!(
        h.state().window_title(),
        "● lai-chau-2025.ntm — NTM Planner",
        "the title marks unsaved changes"
    );
    leave_field(&mut h);

    // Typing in one field is one undo step.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(number(&h), "");
    assert!(
        !h.state().doc.as_ref().unwrap().is_dirty(),
        "undo back to the saved state"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run_steps(2);
    assert_eq!(number(&h), "15/KH-UBND");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(2);
    assert_eq!(number(&h), "15/KH-UBND", "nothing more to redo");

    // Save as a new file and read it back.
    let out = tmp.path().join("ban-sao.ntm");
    h.state_mut().send(Command::SaveAsPath(out.clone()));
    h.run_steps(2);
    assert!(!h.state().doc.as_ref().unwrap().is_dirty());
    let back = ntm_planner::format::load_file(&out).unwrap().plan;
    assert_eq!(&back, &h.state().doc.as_ref().unwrap().plan);
    assert_eq!(back.header.number, "15/KH-UBND");
    assert_eq!(
        h.state()
            .prefs
            .recent
            .first()
            .map(|p| p.file_name().unwrap().to_owned()),
        Some("ban-sao.ntm".into())
    );
}

#[test]
fn a_focused_text_field_keeps_its_own_ctrl_z() {
    let (_tmp, path, dirs) = setup();
    let mut h = open(&path, &dirs);
    type_into(&mut h, "Người ký", "X");
    let signer =
        |h: &Harness<'_, NtmApp>| h.state().doc.as_ref().unwrap().plan.header.signer.clone();
    assert!(signer(&h).ends_with('X'));
    // While the field has focus, Ctrl+Z is the field's: the plan's undo stack is
    // not popped behind its back (the field's own undo edits the text, which is
    // recorded as a further edit of the same field).
    let steps_before = h.state().doc.as_ref().unwrap().history().can_undo();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(steps_before);
    assert!(
        h.get_by_label("Người ký").is_focused(),
        "the field still has focus"
    );
}

#[test]
fn unsaved_prompt_cancel_keeps_everything() {
    let (_tmp, path, dirs) = setup();
    let mut h = open(&path, &dirs);
    type_into(&mut h, "Số hiệu văn bản", "1");
    leave_field(&mut h);
    request_close(&mut h);
    assert!(matches!(h.state().dialog, Some(Dialog::Unsaved(_))));
    h.get_by_label("Hủy").click();
    h.run_steps(2);
    assert!(h.state().dialog.is_none());
    assert!(!h.state().closing());
    assert_eq!(number(&h), "1");
}

#[test]
fn unsaved_prompt_dont_save_closes_without_writing() {
    let (_tmp, path, dirs) = setup();
    let before = std::fs::read(&path).unwrap();
    let mut h = open(&path, &dirs);
    type_into(&mut h, "Số hiệu văn bản", "2");
    leave_field(&mut h);
    request_close(&mut h);
    h.get_by_label("Không lưu").click();
    h.run_steps(2);
    assert!(h.state().closing());
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(
        h.state().recovery.list().is_empty(),
        "no recovery copy is left for discarded work"
    );
}

#[test]
fn unsaved_prompt_save_writes_then_closes() {
    let (_tmp, path, dirs) = setup();
    let mut h = open(&path, &dirs);
    type_into(&mut h, "Số hiệu văn bản", "3");
    leave_field(&mut h);
    request_close(&mut h);
    h.get_by_label("Lưu thay đổi").click();
    h.run_steps(3);
    assert!(h.state().closing());
    assert_eq!(
        ntm_planner::format::load_file(&path)
            .unwrap()
            .plan
            .header
            .number,
        "3"
    );
    assert!(
        ntm_planner::format::backup_path(&path).exists(),
        "the previous file is kept"
    );
}

#[test]
fn opening_another_file_asks_first() {
    let (_tmp, path, dirs) = setup();
    let mut h = open(&path, &dirs);
    type_into(&mut h, "Số hiệu văn bản", "4");
    leave_field(&mut h);
    h.state_mut()
        .send(Command::OpenPath(sample("lang-son-2023.ntm")));
    h.run_steps(2);
    assert!(matches!(h.state().dialog, Some(Dialog::Unsaved(_))));
    h.run_steps(1);
    h.get_by_label("Không lưu").click();
    h.run_steps(3);
    assert_eq!(
        h.state().doc.as_ref().unwrap().plan.header.province,
        "Lạng Sơn"
    );
}

fn request_close(h: &mut Harness<'_, NtmApp>) {
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run_steps(2);
}

#[test]
fn recovery_copy_is_written_and_offered_after_a_crash() {
    let (_tmp, path, dirs) = setup();
    {
        let mut h = open(&path, &dirs);
        type_into(&mut h, "Số hiệu văn bản", "chưa lưu");
        leave_field(&mut h);
        // The first dirty frame writes the copy; the app then "crashes": dropped
        // without closing, saving or discarding.
        assert_eq!(h.state().recovery.list().len(), 1);
    }
    let mut h = harness(NtmApp::new(dirs.clone(), None));
    assert!(
        matches!(h.state().dialog, Some(Dialog::Restore(_))),
        "the next start offers the copy"
    );
    h.get_by_label("Khôi phục").click();
    h.run_steps(3);
    let doc = h.state().doc.as_ref().unwrap();
    assert_eq!(doc.plan.header.number, "chưa lưu");
    assert_eq!(doc.path.as_deref(), Some(path.as_path()));
    assert!(doc.is_dirty(), "restored work is unsaved");
    // A clean save removes the copy.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    assert!(h.state().recovery.list().is_empty());
    assert_eq!(
        ntm_planner::format::load_file(&path)
            .unwrap()
            .plan
            .header
            .number,
        "chưa lưu"
    );
}

#[test]
fn saving_over_a_file_changed_on_disk_warns_first() {
    let (_tmp, path, dirs) = setup();
    let mut h = open(&path, &dirs);
    type_into(&mut h, "Số hiệu văn bản", "của tỉnh");
    leave_field(&mut h);
    // Another office's copy is saved over the file.
    let mut other = ntm_planner::format::load_file(&path).unwrap().plan;
    other.header.signer = "Huyện gửi lên".into();
    ntm_planner::format::save_file(&other, &path).unwrap();

    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert!(matches!(h.state().dialog, Some(Dialog::ChangedOnDisk)));
    assert_eq!(
        ntm_planner::format::load_file(&path)
            .unwrap()
            .plan
            .header
            .signer,
        "Huyện gửi lên",
        "nothing written yet"
    );
    h.get_by_label("Ghi đè").click();
    h.run_steps(3);
    let on_disk = ntm_planner::format::load_file(&path).unwrap().plan;
    assert_eq!(on_disk.header.number, "của tỉnh");

    // Reload instead: the other office's version comes back.
    type_into(&mut h, "Số hiệu văn bản", " (sửa)");
    leave_field(&mut h);
    ntm_planner::format::save_file(&other, &path).unwrap();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    h.get_by_label("Đọc lại tệp trên đĩa").click();
    h.run_steps(3);
    assert_eq!(
        h.state().doc.as_ref().unwrap().plan.header.signer,
        "Huyện gửi lên"
    );
    assert!(!h.state().doc.as_ref().unwrap().is_dirty());
}

#[test]
fn a_failed_save_says_why_and_keeps_the_work() {
    let (tmp, path, dirs) = setup();
    let mut h = open(&path, &dirs);
    type_into(&mut h, "Số hiệu văn bản", "5");
    leave_field(&mut h);
    let missing = tmp.path().join("no-such-folder").join("plan.ntm");
    h.state_mut().send(Command::SaveAsPath(missing));
    h.run_steps(2);
    match &h.state().dialog {
        Some(Dialog::Error { title, message }) => {
            assert_eq!(title, "Không lưu được kế hoạch");
            assert!(
                message.contains("cannot create a file in its folder"),
                "{message}"
            );
        }
        other => panic!("expected an error dialog, got {other:?}"),
    }
    assert!(h.state().doc.as_ref().unwrap().is_dirty());
    assert_eq!(number(&h), "5");
}

#[test]
fn opening_a_bad_file_shows_the_loader_message_and_keeps_the_open_plan() {
    let (_tmp, path, dirs) = setup();
    let mut h = open(&path, &dirs);
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_files/unknown-field.ntm");
    h.state_mut().send(Command::OpenPath(bad));
    h.run_steps(2);
    match &h.state().dialog {
        Some(Dialog::Error { message, .. }) => assert!(
            message.starts_with("line 14, column 13: Unexpected field named `bugdet`"),
            "{message}"
        ),
        other => panic!("expected an error dialog, got {other:?}"),
    }
    assert_eq!(
        h.state().doc.as_ref().unwrap().plan.header.province,
        "Lai Châu"
    );
}

#[test]
fn switching_language_changes_the_ui_and_is_remembered() {
    let (_tmp, path, dirs) = setup();
    let mut h = open(&path, &dirs);
    assert!(h.query_by_label("Tệp").is_some());
    h.get_by_label("English").click();
    h.run_steps(2);
    assert_eq!(h.state().lang(), Lang::En);
    assert!(h.query_by_label("File").is_some());
    assert!(h.query_by_label("Document number").is_some());
    drop(h);
    let h = harness(NtmApp::new(dirs.clone(), None));
    assert_eq!(h.state().lang(), Lang::En, "the choice is remembered");
    assert!(h.query_by_label("Recent files").is_some());
}

#[test]
fn clicking_a_finding_goes_to_the_place_it_names() {
    let (_tmp, path, dirs) = setup();
    let mut h = open(&path, &dirs);
    h.get_by_label_contains("ghi tỷ lệ 0,31%").click();
    h.run_steps(3);
    assert_eq!(h.state().page, Page::Funding);
    assert_eq!(h.state().focus, Some(Place::Allocation(Some("3".into()))));
    assert!(
        h.query_by_label_contains("0,32%").is_some(),
        "the funding page shows the computed share"
    );
}

#[test]
fn findings_are_live_edits_rerun_the_checks() {
    let (_tmp, path, dirs) = setup();
    let mut h = open(&path, &dirs);
    assert!(h.query_by_label("0 lỗi, 4 cảnh báo").is_some());
    // Make a stated commune count disagree with the data, through the document.
    {
        let app = h.state_mut();
        let doc = app.doc.as_mut().unwrap();
        let mut c = doc.plan.communes[0].clone();
        c.target_unmet.push("1".into());
        doc.apply(ntm_planner::document::Edit::Commune(0, Box::new(c)), None);
    }
    h.run_steps(2);
    assert!(h.query_by_label("0 lỗi, 4 cảnh báo").is_none());
    assert!(
        h.query_by_label_contains("Tiêu chí 1 (Quy hoạch), mục tiêu")
            .is_some()
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(h.query_by_label("0 lỗi, 4 cảnh báo").is_some());
}

#[test]
fn start_page_new_plan_and_samples() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = AppDirs::under(tmp.path());
    let mut h = harness(NtmApp::new(dirs, None));
    assert!(h.query_by_label("Tệp mở gần đây").is_some());
    h.get_by_label("Lai Châu — kế hoạch năm 2025").click();
    h.run_steps(3);
    assert_eq!(h.state().doc.as_ref().unwrap().plan.communes.len(), 94);
    assert!(
        h.state().doc.as_ref().unwrap().path.is_none(),
        "a sample opens as a new, unsaved plan"
    );
    h.state_mut().send(Command::Close);
    h.run_steps(2);
    h.get_by_label_contains(
        "Kế hoạch mới — Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026–2030",
    )
    .click();
    h.run_steps(3);
    let plan = &h.state().doc.as_ref().unwrap().plan;
    assert_eq!(plan.criteria_set.id, "xa-ntm-2026-2030");
    assert_eq!(plan.header.year, 2026);
}

#[test]
fn every_page_draws_for_both_samples() {
    let tmp = tempfile::tempdir().unwrap();
    for name in ["lai-chau-2025.ntm", "lang-son-2023.ntm"] {
        let dirs = AppDirs::under(&tmp.path().join(name));
        let mut h = open(&sample(name), &dirs);
        for page in Page::ALL {
            h.state_mut().send(Command::ShowPage(page));
            h.run_steps(2);
            assert_eq!(h.state().page, page);
        }
        h.state_mut().send(Command::GoTo(Place::Task(3)));
        h.run_steps(2);
        assert_eq!(h.state().page, Page::Tasks);
    }
}

/// Every Vietnamese letter, composed and decomposed, must be in the bundled font
/// itself (not a fallback): the check fails on any missing glyph.
#[test]
fn the_bundled_font_draws_every_vietnamese_letter() {
    use unicode_normalization::UnicodeNormalization;
    let vowels = "aăâeêioôơuưy";
    let tones = [
        "", "\u{0300}", "\u{0301}", "\u{0309}", "\u{0303}", "\u{0323}",
    ];
    let mut letters = String::from("đĐbcdghklmnpqrstvx");
    for v in vowels.chars() {
        for t in tones {
            let composed: String = format!("{v}{t}").nfc().collect();
            letters.push_str(&composed);
            letters.push_str(&composed.to_uppercase());
        }
    }
    let decomposed: String = letters.nfd().collect();
    assert!(decomposed.chars().count() > letters.chars().count());

    // Only the bundled font in the family: no fallback can hide a missing glyph.
    let ctx = egui::Context::default();
    let mut defs = egui::FontDefinitions::empty();
    defs.font_data.insert(
        "be-vietnam-pro".into(),
        std::sync::Arc::new(egui::FontData::from_static(
            ntm_planner::app::fonts::REGULAR,
        )),
    );
    defs.families.insert(
        egui::FontFamily::Proportional,
        vec!["be-vietnam-pro".into()],
    );
    defs.families
        .insert(egui::FontFamily::Monospace, vec!["be-vietnam-pro".into()]);
    ctx.set_fonts(defs);
    let mut out = ctx.run_ui(Default::default(), |_| {});
    out.textures_delta.clear();
    let id = egui::FontId::proportional(14.0);
    let missing: Vec<char> = ctx.fonts_mut(|f| {
        letters
            .chars()
            .chain(decomposed.chars())
            .filter(|c| !f.has_glyph(&id, *c))
            .collect()
    });
    assert!(missing.is_empty(), "missing glyphs: {missing:?}");

    // And drawn in the window's real setup, where kittest fails on any glyph no font has.
    let text = format!("{letters} {decomposed} → ✓ ✗");
    let mut h = Harness::builder()
        .with_context_setup(ntm_planner::app::fonts::install)
        .build_ui(move |ui| {
            ui.label(&text);
        });
    h.run();
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
fn dropping_a_plan_file_on_the_window_opens_it() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = harness(NtmApp::new(AppDirs::under(tmp.path()), None));
    assert!(h.state().doc.is_none());
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(sample("lang-son-2023.ntm"))));
    h.run_steps(3);
    assert_eq!(
        h.state().doc.as_ref().unwrap().plan.header.province,
        "Lạng Sơn"
    );
}

#[test]
fn zoom_and_theme_are_commands_and_remembered() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = AppDirs::under(tmp.path());
    let mut h = harness(NtmApp::new(dirs.clone(), None));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run_steps(2);
    assert_eq!(h.state().prefs.zoom, 1.3);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    h.run_steps(2);
    assert_eq!(h.state().prefs.zoom, 1.15);
    h.state_mut().send(Command::ToggleTheme);
    h.run_steps(2);
    drop(h);
    let h = harness(NtmApp::new(dirs, None));
    assert_eq!(h.state().prefs.zoom, 1.15);
    assert_eq!(h.state().prefs.theme, ntm_planner::prefs::Theme::Dark);
    let mut h = h;
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run_steps(2);
    assert_eq!(h.state().prefs.zoom, 1.0);
}

#[test]
fn save_on_a_new_plan_when_the_file_dialog_cannot_open_offers_a_typed_path() {
    use ntm_planner::app::file_dialog::{Answer, Kind};
    let tmp = tempfile::tempdir().unwrap();
    let dirs = AppDirs::under(&tmp.path().join("home"));
    let mut h = harness(NtmApp::new(dirs, None));
    h.state_mut().send(Command::New("2026-2030"));
    h.run_steps(2);
    assert!(h.state().doc.as_ref().unwrap().path.is_none());
    // The system dialog failed (as with no desktop portal): the window says so.
    h.state_mut().file_dialog_answer(
        Kind::SaveAs,
        Some(PathBuf::from("ke-hoach-2026.ntm")),
        Answer::Failed("no portal".into()),
    );
    h.run_steps(2);
    assert!(
        h.query_by_label("Không mở được hộp thoại chọn tệp")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("Hãy gõ đường dẫn đầy đủ")
            .is_some(),
        "it says what to do instead"
    );
    let field = "Lưu vào tệp (đường dẫn đầy đủ)";
    let proposed = h.get_by_label(field).value().unwrap();
    assert!(
        proposed.ends_with("ke-hoach-2026.ntm") && Path::new(&proposed).is_absolute(),
        "{proposed}"
    );
    // A folder that does not exist is refused, and the dialog stays.
    let bad = tmp.path().join("khong-co").join("x.ntm");
    h.get_by_label(field).click();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label(field).type_text(&bad.display().to_string());
    h.run_steps(1);
    h.get_by_label("Đồng ý").click();
    h.run_steps(2);
    assert!(h.query_by_label_contains("không tồn tại").is_some());
    assert!(matches!(h.state().dialog, Some(Dialog::TypePath { .. })));
    // A good path saves the plan there (the extension added).
    let good = tmp.path().join("ke-hoach-moi");
    h.get_by_label(field).click();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label(field).type_text(&good.display().to_string());
    h.run_steps(1);
    h.get_by_label("Đồng ý").click();
    h.run_steps(3);
    let saved = tmp.path().join("ke-hoach-moi.ntm");
    assert!(saved.is_file(), "the plan was saved");
    assert_eq!(
        h.state().doc.as_ref().unwrap().path.as_deref(),
        Some(saved.as_path())
    );
    assert!(h.state().dialog.is_none());
}
