//! The plan document and the PDF from the window: File → "Xuất văn bản kế hoạch
//! (Word)…" and "Xuất PDF…" run as background jobs; the Charts page exports one
//! chart or the deck as PDF; "Nơi nhận" and the signature block are edited on the
//! Overview page, undoably.
//!
//! The native file dialogs are not driven here; the tests send the command the
//! dialog's answer sends, after checking the menu item or button is there.

use eframe::egui::{self, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use ntm_planner::Plan;
use ntm_planner::app::NtmApp;
use ntm_planner::app::command::{Command, Page};
use ntm_planner::charts::{ChartKind, ExportFormat};
use ntm_planner::prefs::AppDirs;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn sample(name: &str) -> Plan {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(name);
    ntm_planner::format::load_file(&path).unwrap().plan
}

fn open_plan(plan: &Plan, name: &str) -> (tempfile::TempDir, PathBuf, Harness<'static, NtmApp>) {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join(name);
    ntm_planner::format::save_file(plan, &path).unwrap();
    let app = NtmApp::new(AppDirs::under(&tmp.path().join("home")), Some(path.clone()));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 1600.0))
        .with_context_setup(ntm_planner::app::fonts::install)
        .build_ui_state(|ui, app: &mut NtmApp| app.frame(ui), app);
    h.run_steps(2);
    (tmp, path, h)
}

fn wait_for_job(h: &mut Harness<'_, NtmApp>) {
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

fn menu_has(h: &mut Harness<'_, NtmApp>, item: &str) {
    h.get_by_label("Tệp").click();
    h.run_steps(2);
    let node = h.get_by_label_contains(item);
    assert!(!node.accesskit_node().is_disabled(), "{item}");
    h.key_press(Key::Escape);
    h.run_steps(2);
}

#[test]
fn file_menu_writes_the_plan_document_in_the_background() {
    let (tmp, _path, mut h) = open_plan(&sample("lai-chau-2025.ntm"), "lai-chau-2025.ntm");
    menu_has(&mut h, "Xuất văn bản kế hoạch (Word)…");
    let out = tmp.path().join("lai-chau-2025.docx");
    h.state_mut().send(Command::ExportDocumentTo(out.clone()));
    h.step();
    assert!(h.state().job_running());
    wait_for_job(&mut h);
    assert!(
        toasts(&h).contains(&"Đã xuất văn bản kế hoạch: lai-chau-2025.docx".to_string()),
        "{:?}",
        toasts(&h)
    );
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"PK"), "a .docx is a zip package");
    assert_eq!(
        bytes,
        ntm_planner::report::docx_bytes(&h.state().doc.as_ref().unwrap().plan).unwrap(),
        "the window writes what the command line writes"
    );
    assert!(!h.state().doc.as_ref().unwrap().is_dirty());
}

#[test]
fn file_menu_and_charts_page_write_the_deck_as_pdf() {
    let (tmp, _path, mut h) = open_plan(&sample("lai-chau-2025.ntm"), "lai-chau-2025.ntm");
    menu_has(&mut h, "Xuất PDF…");
    h.state_mut().send(Command::ShowPage(Page::Charts));
    h.run_steps(3);
    // The deck's button beside "Trình chiếu", and one chart's.
    assert!(h.query_by_label("Xuất PDF…").is_some());
    assert!(h.query_by_label("Xuất PDF (biểu đồ này)…").is_some());

    let deck = tmp.path().join("deck.pdf");
    h.state_mut().send(Command::ExportDeckPdfTo(deck.clone()));
    wait_for_job(&mut h);
    assert!(
        toasts(&h).contains(&"Đã xuất PDF: deck.pdf".to_string()),
        "{:?}",
        toasts(&h)
    );
    assert!(std::fs::read(&deck).unwrap().starts_with(b"%PDF-"));

    let one = tmp.path().join("donut.pdf");
    h.state_mut().send(Command::ExportChartTo(
        ChartKind::FundingDonut,
        ExportFormat::Pdf,
        (1920, 1080),
        one.clone(),
    ));
    h.run_steps(2);
    assert!(std::fs::read(&one).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn recipients_and_signature_are_edited_on_the_overview_and_undone() {
    let (_tmp, _path, mut h) = open_plan(&sample("lang-son-2023.ntm"), "lang-son-2023.ntm");
    let name = "Họ tên người ký";
    h.get_by_label(name).click();
    h.run_steps(2);
    h.get_by_label(name).type_text(" (ký)");
    h.run_steps(2);
    h.key_press(Key::Escape);
    h.run_steps(2);
    let sig = |h: &Harness<'_, NtmApp>| {
        h.state()
            .doc
            .as_ref()
            .unwrap()
            .plan
            .header
            .signature
            .clone()
    };
    assert_eq!(sig(&h).name, "Lương Trọng Quỳnh (ký)");
    assert_eq!(sig(&h).titles.len(), 3, "the titles are kept");

    let recipients = "Nơi nhận (mỗi dòng một nơi)";
    h.get_by_label(recipients).click();
    h.run_steps(2);
    h.get_by_label(recipients).type_text("\nSở Tài chính;");
    h.run_steps(2);
    h.key_press(Key::Escape);
    h.run_steps(2);
    let list = h
        .state()
        .doc
        .as_ref()
        .unwrap()
        .plan
        .header
        .recipients
        .clone();
    assert!(
        list.iter().any(|l| l == "Sở Tài chính;"),
        "a line of its own: {list:?}"
    );
    assert_eq!(list.len(), 8);

    // Two undo steps take both back.
    h.state_mut().send(Command::Undo);
    h.run_steps(2);
    h.state_mut().send(Command::Undo);
    h.run_steps(2);
    assert_eq!(sig(&h).name, "Lương Trọng Quỳnh");
    assert_eq!(
        h.state().doc.as_ref().unwrap().plan.header.recipients.len(),
        7
    );
}
