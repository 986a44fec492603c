//! A developer's tool for looking at the unit-register dialogs in a real window (the
//! native file dialogs cannot be driven under Xvfb): runs one command as if the file
//! dialog had answered.
//!
//!   cargo run --example units_window -- new                       # the new-plan dialog
//!   cargo run --example units_window -- units FILE.csv|xlsx       # File → Import unit list
//!   cargo run --example units_window -- PLAN.ntm communes FILE    # File → Import commune list
//!   cargo run --example units_window -- PLAN.ntm matrix           # the Communes page
//!
//! `--en` shows the window in English, `--dark` in the dark theme.

use eframe::egui;
use ntm_planner::app::NtmApp;
use ntm_planner::app::command::{Command, Page};
use ntm_planner::lang::Lang;
use ntm_planner::prefs::AppDirs;
use std::path::PathBuf;

fn main() -> eframe::Result {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let english = args.iter().any(|a| a == "--en");
    let dark = args.iter().any(|a| a == "--dark");
    args.retain(|a| !a.starts_with("--"));
    let (plan, commands): (Option<PathBuf>, Vec<Command>) = match args.as_slice() {
        [what] if what == "new" => (None, vec![Command::New("2026-2030")]),
        [what, file] if what == "units" => (None, vec![Command::ImportUnitsFrom(file.into())]),
        [plan, what, file] if what == "communes" => (
            Some(plan.into()),
            vec![Command::ImportCommunesFrom(file.into())],
        ),
        [plan, what] if what == "matrix" => {
            (Some(plan.into()), vec![Command::ShowPage(Page::Communes)])
        }
        _ => {
            eprintln!("usage: units_window new | units FILE | PLAN communes FILE | PLAN matrix");
            std::process::exit(2);
        }
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("NTM Planner")
            .with_inner_size([1400.0, 900.0]),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "NTM Planner",
        options,
        Box::new(move |_cc| {
            let mut app = NtmApp::new(AppDirs::from_env(), plan);
            if english {
                app.prefs.lang = Lang::En;
            }
            app.prefs.theme = if dark {
                ntm_planner::prefs::Theme::Dark
            } else {
                ntm_planner::prefs::Theme::Light
            };
            Ok(Box::new(Window {
                app,
                commands,
                frames: 0,
            }))
        }),
    )
}

/// The app, and the commands to send once the plan has opened.
struct Window {
    app: NtmApp,
    commands: Vec<Command>,
    frames: u32,
}

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frames += 1;
        if self.frames == 3 {
            for c in self.commands.drain(..) {
                self.app.send(c);
            }
        }
        self.app.frame(ui);
    }
}
