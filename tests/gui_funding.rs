//! The funding, projects, tasks and charts pages and the presentation deck, driven
//! as a planner would (egui_kittest, no display): by label, clicks and keys.

use eframe::egui::{self, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use ntm_planner::app::NtmApp;
use ntm_planner::app::command::{Command, Page};
use ntm_planner::charts::{ChartKind, ExportFormat};
use ntm_planner::prefs::AppDirs;
use std::path::{Path, PathBuf};

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(name)
}

/// A copy of the Lai Châu sample in a temp folder, the window open on it.
fn open_lai_chau() -> (tempfile::TempDir, PathBuf, Harness<'static, NtmApp>) {
    let tmp = tempfile::tempdir().unwrap();
    let plan = tmp.path().join("lai-chau-2025.ntm");
    std::fs::copy(sample("lai-chau-2025.ntm"), &plan).unwrap();
    let dirs = AppDirs::under(&tmp.path().join("home"));
    let app = NtmApp::new(dirs, Some(plan.clone()));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_context_setup(ntm_planner::app::fonts::install)
        .build_ui_state(|ui, app: &mut NtmApp| app.frame(ui), app);
    h.run_steps(3);
    assert!(h.state().doc.is_some());
    (tmp, plan, h)
}

fn show(h: &mut Harness<'_, NtmApp>, page: Page) {
    h.state_mut().send(Command::ShowPage(page));
    h.run_steps(3);
}

fn key(h: &mut Harness<'_, NtmApp>, k: Key) {
    h.key_press(k);
    h.run_steps(2);
}

fn slides(h: &Harness<'_, NtmApp>) -> Vec<String> {
    h.state()
        .doc
        .as_ref()
        .unwrap()
        .plan
        .presentation
        .slides
        .clone()
}

#[test]
fn the_presentation_deck_moves_with_the_keys_and_esc_leaves() {
    let (_tmp, _path, mut h) = open_lai_chau();
    key(&mut h, Key::F5);
    assert_eq!(h.state().presenting, Some(0), "F5 opens the deck");
    // The first slide: its title and headline figure, large.
    h.get_by_label("Nguồn vốn theo nguồn");
    h.get_by_label("4.503.481 triệu đồng");
    h.get_by_label("1 / 6");
    key(&mut h, Key::ArrowRight);
    assert_eq!(h.state().presenting, Some(1));
    h.get_by_label("Cơ cấu nguồn vốn");
    key(&mut h, Key::PageDown);
    key(&mut h, Key::PageDown);
    assert_eq!(h.state().presenting, Some(3));
    h.get_by_label("14,49 → 17,33");
    key(&mut h, Key::ArrowLeft);
    assert_eq!(h.state().presenting, Some(2));
    key(&mut h, Key::PageUp);
    key(&mut h, Key::PageUp);
    key(&mut h, Key::ArrowLeft);
    assert_eq!(h.state().presenting, Some(0), "no slide before the first");
    key(&mut h, Key::End);
    key(&mut h, Key::ArrowRight);
    assert_eq!(h.state().presenting, Some(5), "no slide after the last");
    key(&mut h, Key::Escape);
    assert_eq!(h.state().presenting, None, "Esc leaves");
    // Back in the window: the menu bar is there again.
    h.get_by_label("Tệp");
}

#[test]
fn the_planner_chooses_and_orders_the_slides_and_the_plan_keeps_them() {
    let (tmp, _path, mut h) = open_lai_chau();
    show(&mut h, Page::Charts);
    assert!(
        slides(&h).is_empty(),
        "the sample has no choice yet: every chart"
    );
    h.get_by_label("Cơ cấu nguồn vốn (biểu đồ vành khuyên)")
        .click();
    h.run_steps(2);
    assert_eq!(
        slides(&h),
        [
            "funding-by-source",
            "central-by-component",
            "criteria-baseline-target",
            "distribution-bands",
            "projects-by-component"
        ]
    );
    // Move the criteria chart first: three clicks on its "move earlier" button.
    for _ in 0..2 {
        let ups = h.get_all_by_label("↑").collect::<Vec<_>>();
        // Rows in deck order; the criteria chart is the third chosen.
        let idx = slides(&h)
            .iter()
            .position(|s| s == "criteria-baseline-target")
            .unwrap();
        ups[idx].click();
        h.run_steps(2);
    }
    assert_eq!(slides(&h)[0], "criteria-baseline-target");
    // The deck follows the choice.
    key(&mut h, Key::F5);
    h.get_by_label("Số xã đạt từng tiêu chí");
    h.get_by_label("1 / 5");
    key(&mut h, Key::Escape);
    // Undo goes back step by step.
    h.state_mut().send(Command::Undo);
    h.run_steps(2);
    assert_eq!(slides(&h)[1], "criteria-baseline-target");
    h.state_mut().send(Command::Redo);
    h.run_steps(2);
    // Saved in the plan, and read back.
    let out = tmp.path().join("slides.ntm");
    h.state_mut().send(Command::SaveAsPath(out.clone()));
    h.run_steps(2);
    let back = ntm_planner::format::load_file(&out).unwrap().plan;
    assert_eq!(back.presentation.slides, slides(&h));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("version: 2"));
    assert!(text.contains("presentation: ("));
}

#[test]
fn charts_page_shows_values_and_exports_and_copies() {
    let (tmp, _path, mut h) = open_lai_chau();
    show(&mut h, Page::Charts);
    // The first chart: its headline figure. (Values printed inside the plot are
    // painted, not widgets; the specs' tests check them.)
    h.get_by_label("4.503.481 triệu đồng");
    h.get_by_label("Cơ cấu nguồn vốn").click();
    h.run_steps(2);
    assert_eq!(h.state().chart_kind, ChartKind::FundingDonut);
    // The donut's legend carries every value and share.
    h.get_by_label("2.581.000 · 57,31%");
    h.get_by_label("1.066 · 0,02%");
    let out = tmp.path().join("donut.png");
    h.state_mut().send(Command::ExportChartTo(
        ChartKind::FundingDonut,
        ExportFormat::Png,
        (1280, 720),
        out.clone(),
    ));
    h.run_steps(2);
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(u32::from_be_bytes(bytes[16..20].try_into().unwrap()), 1280);
    assert_eq!(u32::from_be_bytes(bytes[20..24].try_into().unwrap()), 720);
    // Copy to the clipboard: the picture leaves through egui's output.
    h.get_by_label("Sao chép ảnh").click();
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyImage(img) => Some(img.size),
            _ => None,
        });
    assert_eq!(copied, Some([1920, 1080]));
}
