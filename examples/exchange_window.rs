//! A developer's tool for looking at the exchange dialogs in a real window (the
//! native file dialogs cannot be driven under Xvfb): opens a plan and runs one
//! command on it, as if the file dialog had answered.
//!
//!   cargo run --release --example exchange_window -- PLAN.ntm import FILE.xlsx|csv
//!   cargo run --release --example exchange_window -- PLAN.ntm compare OTHER.ntm
//!   cargo run --release --example exchange_window -- PLAN.ntm merge SUBMISSION.ntm [BASE.ntm]
//!   cargo run --release --example exchange_window -- PLAN.ntm export OUT.xlsx
//!   cargo run --release --example exchange_window -- PLAN.ntm send -
//!   cargo run --release --example exchange_window -- PLAN.ntm gather FOLDER [COMMUNE]
//!
//! `gather` opens the board of the returns in FOLDER, with COMMUNE (a name) selected.
//!
//! `national` instead of PLAN.ntm uses the synthetic national plan (8.000 communes),
//! to see the progress dialog.
//!
//! `scripts/exchange-screens.sh` uses it for screenshots.

use eframe::egui;
use ntm_planner::app::NtmApp;
use ntm_planner::app::command::Command;
use ntm_planner::prefs::AppDirs;
use std::path::PathBuf;

fn main() -> eframe::Result {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (plan, what, file) = match args.as_slice() {
        [plan, what, file, ..] => (PathBuf::from(plan), what.clone(), PathBuf::from(file)),
        _ => {
            eprintln!("usage: exchange_window PLAN.ntm import|compare|merge|export FILE [BASE]");
            std::process::exit(2);
        }
    };
    let base = args.get(3).map(PathBuf::from);
    let select = if what == "gather" {
        args.get(3).cloned()
    } else {
        None
    };
    let command = match what.as_str() {
        "import" => Command::ImportFrom(file),
        "compare" => Command::CompareWith(file),
        "merge" => Command::MergeFrom(file),
        "export" => Command::ExportWorkbookTo(file),
        "send" => Command::SendToCommunes,
        "gather" => Command::GatherFrom(file),
        other => {
            eprintln!("unknown command {other}");
            std::process::exit(2);
        }
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("NTM Planner")
            .with_inner_size([1280.0, 800.0]),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "NTM Planner",
        options,
        Box::new(move |_cc| {
            let mut app = if plan.as_os_str() == "national" {
                let mut app = NtmApp::new(AppDirs::from_env(), None);
                app.doc = Some(ntm_planner::document::Document::new(
                    ntm_planner::synthetic::national_plan(8000, 700, 16000, 1),
                ));
                app
            } else {
                NtmApp::new(AppDirs::from_env(), Some(plan))
            };
            app.send(command);
            Ok(Box::new(Window {
                app,
                base: if select.is_some() { None } else { base },
                select,
            }))
        }),
    )
}

/// The app, plus the common version to choose once the merge dialog is up, or
/// the commune to select once the board is up.
struct Window {
    app: NtmApp,
    base: Option<PathBuf>,
    select: Option<String>,
}

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if self.app.merge.is_some()
            && let Some(b) = self.base.take()
        {
            self.app.send(Command::MergeBase(Some(b)));
        }
        if let Some(g) = self.app.gather.as_mut()
            && let Some(name) = self.select.take()
        {
            g.selected = g.board.lines.iter().position(|l| l.name == name);
            g.detail = ntm_planner::app::dialogs::gather::Detail::Conflicts;
        }
        self.app.frame(ui);
    }
}
