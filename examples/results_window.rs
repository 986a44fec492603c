//! A developer's tool for looking at the results and carry-forward views in a real
//! window (for screenshots under Xvfb): opens a plan and shows one view.
//!
//!   cargo run --example results_window -- PLAN.ntm matrix [COMMUNE] [--en] [--dark]
//!   cargo run --example results_window -- PLAN.ntm page [--en] [--dark]
//!   cargo run --example results_window -- PLAN.ntm slide [--en] [--dark]
//!   cargo run --example results_window -- PLAN.ntm carry [--year=2027] [--tab=communes|report]
//!
//! `matrix` shows the criteria matrix in its result layer with a commune's panel
//! (`panel`: the same in the target layer, for a commune's history; `--tab=fewest`
//! sorts the communes meeting fewest criteria first)
//! (the commune named, else the first); `page` the Results page; `slide` the deck
//! on its first slide (the year's results); `carry` the next year's plan dialog.

use eframe::egui;
use ntm_planner::app::NtmApp;
use ntm_planner::app::command::{Command, Page};
use ntm_planner::lang::Lang;
use ntm_planner::matrix::Layer;
use ntm_planner::prefs::{AppDirs, Theme};
use std::path::PathBuf;

fn main() -> eframe::Result {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flags: Vec<&String> = args.iter().filter(|a| a.starts_with("--")).collect();
    let rest: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let (plan, view) = match rest.as_slice() {
        [plan, view, ..] => (PathBuf::from(plan), view.to_string()),
        _ => {
            eprintln!("usage: results_window PLAN.ntm matrix|page|slide [COMMUNE] [--en] [--dark]");
            std::process::exit(2);
        }
    };
    let commune = rest.get(2).map(|s| s.to_string());
    let en = flags.iter().any(|f| *f == "--en");
    let flag = |name: &str| {
        flags
            .iter()
            .find_map(|f| f.strip_prefix(&format!("--{name}=")).map(str::to_string))
    };
    let year: Option<u16> = flag("year").and_then(|y| y.parse().ok());
    let tab = flag("tab");
    let dark = flags.iter().any(|f| *f == "--dark");
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("NTM Planner")
            .with_inner_size([1600.0, 1000.0]),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "NTM Planner",
        options,
        Box::new(move |_cc| {
            let mut app = NtmApp::new(AppDirs::from_env(), Some(plan));
            app.prefs.lang = if en { Lang::En } else { Lang::Vi };
            app.prefs.theme = if dark { Theme::Dark } else { Theme::Light };
            Ok(Box::new(Window {
                app,
                view,
                commune,
                year,
                tab,
                frames: 0,
            }))
        }),
    )
}

struct Window {
    app: NtmApp,
    view: String,
    commune: Option<String>,
    year: Option<u16>,
    tab: Option<String>,
    frames: u32,
}

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        // The plan opens in the background; set the view up once it is there.
        if self.app.doc.is_some() && self.frames < 1000 {
            self.frames = 1000;
            match self.view.as_str() {
                "matrix" | "panel" => {
                    self.app.send(Command::ShowPage(Page::Communes));
                    if self.view == "matrix" {
                        self.app.matrix.layer = Layer::Result;
                    }
                    if self.tab.as_deref() == Some("fewest") {
                        // The communes meeting fewest criteria first (the misses show).
                        self.app.matrix.query.sort = ntm_planner::matrix::SortBy::MetAsc;
                    }
                    if let Some(doc) = &self.app.doc {
                        let i = self
                            .commune
                            .as_ref()
                            .and_then(|n| doc.plan.communes.iter().position(|c| &c.name == n))
                            .unwrap_or(0);
                        self.app.matrix.commune = Some(i);
                    }
                }
                "page" => self.app.send(Command::ShowPage(Page::Results)),
                // The deck without going full screen (Xvfb has no window manager to
                // grant it, and the window would stop drawing).
                "slide" => self.app.presenting = Some(0),
                "carry" => {
                    use ntm_planner::app::dialogs::carry::{CarrySession, Tab};
                    if let Some(mut s) = CarrySession::new(&self.app, self.year) {
                        s.tab = match self.tab.as_deref() {
                            Some("communes") => Tab::Communes,
                            Some("report") => Tab::Report,
                            _ => Tab::Changes,
                        };
                        self.app.carry = Some(s);
                        self.app.dialog = Some(ntm_planner::app::dialogs::Dialog::Carry);
                    }
                }
                _ => {}
            }
        }
        self.app.frame(ui);
        if std::env::var_os("RW_DEBUG").is_some() {
            eprintln!(
                "frame {} doc {} dialog {:?} carry {}",
                self.frames,
                self.app.doc.is_some(),
                self.app
                    .dialog
                    .as_ref()
                    .map(|d| format!("{d:?}").chars().take(30).collect::<String>()),
                self.app.carry.is_some()
            );
        }
        // Draw again after the queued commands ran (egui waits for input otherwise).
        if self.frames < 1010 {
            self.frames += 1;
            ui.ctx().request_repaint();
        }
    }
}
