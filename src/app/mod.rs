//! The desktop window. It reads the plan and sends commands; the document layer
//! ([`crate::document`]) applies edits and keeps the undo history.
//!
//! - [`command`]: the one list of commands (label, shortcuts);
//!   [`command_handling`]: the one place that carries them out.
//! - [`pages`]: the plan's pages; [`dialogs`]: one file per dialog.
//! - [`widgets`]: text and number fields that speak Vietnamese.
//! - [`jobs`]: Excel export/import and plan loads on a thread, with progress and Cancel.
//! - [`run`]: starting the window, with a renderer fallback.

pub mod chart_view;
pub mod command;
pub mod command_handling;
pub mod dialogs;
pub mod exchange;
pub mod file_dialog;
pub mod fonts;
pub mod i18n;
pub mod jobs;
pub mod pages;
pub mod rounds;
pub mod run;
pub mod toasts;
pub mod units;
pub mod widgets;

use crate::check::{Finding, Place};
use crate::document::Document;
use crate::document::recovery::{self, RecoveryStore};
use crate::figures::Figures;
use crate::lang::Lang;
use crate::prefs::{AppDirs, Preferences, Theme};
use command::{Command, Page};
use dialogs::Dialog;
use eframe::egui;
use std::time::Instant;

/// The whole window's state.
pub struct NtmApp {
    pub doc: Option<Document>,
    pub prefs: Preferences,
    pub dirs: AppDirs,
    pub recovery: RecoveryStore,
    pub page: Page,
    pub i18n: i18n::I18n,
    pub dialog: Option<Dialog>,
    pub toasts: toasts::Toasts,
    /// The place a clicked finding named, for the page to highlight and scroll to.
    pub focus: Option<Place>,
    /// The page should scroll to the focus once.
    pub focus_scroll: bool,
    /// The criteria page's state: tab, filters, selection, paste preview.
    pub matrix: pages::criteria::MatrixState,
    /// The chart shown on the Charts page.
    pub chart_kind: crate::charts::ChartKind,
    /// The PNG export size chosen on the Charts page (index in `charts::png::SIZES`).
    pub chart_size: usize,
    /// The projects table's filters, sort and selection.
    pub projects_view: pages::projects::ProjectsView,
    /// The tasks page's agency filter and selection.
    pub tasks_view: pages::tasks::TasksView,
    /// The results page's tab.
    pub results_tab: pages::results::Tab,
    /// The slide shown while the presentation deck is open.
    pub presenting: Option<usize>,
    /// The export, import or load running on a thread.
    pub job: Option<jobs::Job>,
    /// An import waiting for the user to accept it.
    pub import: Option<dialogs::import_preview::ImportSession>,
    /// The differences with another version of the plan.
    pub compare: Option<dialogs::compare::CompareSession>,
    /// A submission being merged.
    pub merge: Option<dialogs::merge::MergeSession>,
    /// The new-plan dialog's choices.
    pub new_plan: Option<dialogs::new_plan::NewPlanForm>,
    /// A unit list read from a file, waiting for the user to keep a province.
    pub unit_list: Option<dialogs::unit_list::UnitListSession>,
    /// A commune list waiting for the user to accept it.
    pub commune_list: Option<dialogs::commune_list::CommuneListSession>,
    /// An indicator list read from a file, shown on the criteria set tab.
    pub indicator_import: Option<pages::criteria::set_view::IndicatorImport>,
    /// The communes chosen for a sending ("Gửi xã…").
    pub send_to: Option<dialogs::send::SendSession>,
    /// The board of the communes' returns.
    pub gather: Option<dialogs::gather::GatherSession>,
    /// Next year's plan being proposed.
    pub carry: Option<dialogs::carry::CarrySession>,
    /// A chart export waiting for the save dialog's answer.
    pending_export: Option<(
        crate::charts::ChartKind,
        crate::charts::ExportFormat,
        (u32, u32),
    )>,
    queue: Vec<Command>,
    file_dialog: Option<file_dialog::Pending>,
    /// Run after the next successful save (Save in the unsaved-changes prompt).
    after_save: Option<Command>,
    last_recovery: Option<Instant>,
    analysis: Option<(u64, Figures, Vec<Finding>)>,
    /// Set once the user agreed to close: the next close request goes through.
    close_confirmed: bool,
    last_title: String,
    fonts_installed: bool,
    first_frame_reported: bool,
}

impl NtmApp {
    /// A new window state. `file` is opened at once (the file association's way in).
    pub fn new(dirs: AppDirs, file: Option<std::path::PathBuf>) -> NtmApp {
        let prefs = Preferences::load(&dirs);
        let recovery = RecoveryStore::new(dirs.recovery_dir());
        let mut app = NtmApp {
            doc: None,
            prefs,
            recovery,
            dirs,
            page: Page::Overview,
            i18n: i18n::I18n,
            dialog: None,
            toasts: toasts::Toasts::default(),
            focus: None,
            focus_scroll: false,
            matrix: Default::default(),
            chart_kind: crate::charts::ChartKind::FundingBySource,
            chart_size: 0,
            presenting: None,
            job: None,
            import: None,
            compare: None,
            merge: None,
            new_plan: None,
            unit_list: None,
            commune_list: None,
            indicator_import: None,
            send_to: None,
            gather: None,
            carry: None,
            projects_view: Default::default(),
            tasks_view: Default::default(),
            results_tab: Default::default(),
            pending_export: None,
            queue: Vec::new(),
            file_dialog: None,
            after_save: None,
            last_recovery: None,
            analysis: None,
            close_confirmed: false,
            last_title: String::new(),
            fonts_installed: false,
            first_frame_reported: false,
        };
        let left = app.recovery.list();
        if !left.is_empty() {
            app.dialog = Some(Dialog::Restore(left));
        }
        if let Some(f) = file {
            app.queue.push(Command::OpenPath(f));
        }
        app
    }

    /// The UI text for a catalogue key in the current language.
    pub fn t<'a>(&'a self, key: &'a str) -> &'a str {
        self.i18n.get(self.prefs.lang, key)
    }

    /// The same with `{ $name }` placeables: strings, or numbers (plural forms and
    /// Vietnamese digit grouping); mixed kinds as [`crate::i18n::Arg`] values.
    pub fn tf<'v, A: Into<crate::i18n::Arg<'v>> + Copy>(
        &self,
        key: &str,
        args: &[(&str, A)],
    ) -> String {
        self.i18n.fmt(self.prefs.lang, key, args)
    }

    pub fn lang(&self) -> Lang {
        self.prefs.lang
    }

    /// Enqueue a command; it runs at the end of the frame.
    pub fn send(&mut self, cmd: Command) {
        self.queue.push(cmd);
    }

    /// Whether a page is offered for the open plan: the results page once the plan
    /// records results (a plan without results looks as it always did).
    pub fn page_shown(&self, page: Page) -> bool {
        match page {
            Page::Results => self
                .doc
                .as_ref()
                .is_some_and(|d| crate::figures::results::has_results(&d.plan)),
            _ => true,
        }
    }

    /// Figures and findings of the open plan, recomputed only when it changed.
    pub fn analysis(&mut self) -> Option<(&Figures, &[Finding])> {
        let doc = self.doc.as_ref()?;
        let rev = doc.revision();
        let stale = !matches!(&self.analysis, Some((r, _, _)) if *r == rev);
        if stale {
            // Amounts that cannot be added (beyond the decimal type) are an error
            // finding that says where; the rest of the figures are still shown.
            let (figures, findings) = match crate::figures::compute(&doc.plan) {
                Ok(f) => {
                    let c = crate::check::check_with(&doc.plan, &f);
                    (f, c)
                }
                Err(e) => (
                    crate::figures::compute_without_money(&doc.plan),
                    crate::check::check_failed(&doc.plan, &e),
                ),
            };
            self.analysis = Some((rev, figures, findings));
        }
        self.analysis.as_ref().map(|(_, f, c)| (f, c.as_slice()))
    }

    /// Every chart of the open plan (titled in the window's language).
    pub fn chart_specs(&mut self) -> Vec<crate::charts::ChartSpec> {
        let lang = self.lang();
        if self.analysis().is_none() {
            return Vec::new();
        }
        match (&self.doc, &self.analysis) {
            (Some(d), Some((_, f, _))) => crate::charts::ChartSpec::all(&d.plan, f, lang),
            _ => Vec::new(),
        }
    }

    /// The presentation deck's slides: the plan's chosen charts, in order.
    pub fn deck_specs(&mut self) -> Vec<crate::charts::ChartSpec> {
        let lang = self.lang();
        if self.analysis().is_none() {
            return Vec::new();
        }
        match (&self.doc, &self.analysis) {
            (Some(d), Some((_, f, _))) => crate::charts::deck(&d.plan, f, lang),
            _ => Vec::new(),
        }
    }

    /// One frame: the whole window. Tests drive this through egui_kittest.
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.fonts_installed && !self.first_frame_reported {
            // The second pass is the first with the real fonts: report start-up time.
            self.first_frame_reported = true;
            run::report_first_frame();
        }
        if !self.fonts_installed {
            fonts::install(&ctx);
            ctx.options_mut(|o| o.zoom_with_keyboard = false);
            self.fonts_installed = true;
        }
        widgets::set_lang(&ctx, self.prefs.lang);
        ctx.set_theme(match self.prefs.theme {
            Theme::Light => egui::Theme::Light,
            Theme::Dark => egui::Theme::Dark,
        });
        if (ctx.zoom_factor() - self.prefs.zoom).abs() > f32::EPSILON {
            ctx.set_zoom_factor(self.prefs.zoom);
        }
        self.shortcuts(&ctx);
        self.dropped_files(&ctx);
        self.close_request(&ctx);
        self.poll_file_dialog();
        self.poll_job();

        if self.presenting.is_some() && self.doc.is_some() {
            pages::presentation::deck(self, ui);
            dialogs::show(self, &ctx);
            self.run_queue(&ctx);
            self.write_recovery(&ctx);
            return;
        }
        egui::Panel::top("menu").show(ui, |ui| pages::menu::bar(self, ui));
        egui::Panel::bottom("status").show(ui, |ui| pages::status::bar(self, ui));
        egui::CentralPanel::default().show(ui, |ui| match self.doc.is_some() {
            false => pages::start::page(self, ui),
            true => match self.page {
                Page::Overview => pages::overview::page(self, ui),
                Page::Communes => pages::criteria::page(self, ui),
                Page::Funding => pages::funding::page(self, ui),
                Page::Projects => pages::projects::page(self, ui),
                Page::Tasks => pages::tasks::page(self, ui),
                Page::Charts => pages::charts::page(self, ui),
                Page::Results => pages::results::page(self, ui),
            },
        });
        dialogs::show(self, &ctx);
        dialogs::progress::show(self, &ctx);
        self.toasts.show(&ctx);

        self.run_queue(&ctx);
        self.write_recovery(&ctx);
        self.update_title(&ctx);
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        if self.job.is_some() {
            // The progress dialog is up: nothing else runs until the job ends or is
            // cancelled (its outcome belongs to the document as it is now).
            return;
        }
        // A focused text field keeps its own Ctrl+Z / Ctrl+Y.
        let typing = ctx
            .memory(|m| m.focused())
            .is_some_and(|id| egui::text_edit::TextEditState::load(ctx, id).is_some());
        for cmd in Command::with_shortcuts() {
            if typing && cmd.yields_to_text_field() {
                continue;
            }
            for sc in cmd.shortcuts() {
                if ctx.input_mut(|i| i.consume_shortcut(&sc)) {
                    self.queue.push(cmd.clone());
                    break;
                }
            }
        }
    }

    fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<std::path::PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if self.job.is_some() {
            return;
        }
        if dropped.len() > 1 && self.doc.is_some() {
            // Many files at once: the communes' returns, gathered on the board.
            self.queue.push(Command::GatherFiles(dropped));
            return;
        }
        if let [dir] = dropped.as_slice()
            && dir.is_dir()
            && self.doc.is_some()
        {
            // A folder of returns.
            self.queue.push(Command::GatherFrom(dir.clone()));
            return;
        }
        if let Some(p) = dropped.into_iter().next() {
            // A spreadsheet dropped on an open plan is an import (with its preview);
            // anything else is opened as a plan.
            let spreadsheet = p
                .extension()
                .is_some_and(|e| ["xlsx", "csv"].iter().any(|x| e.eq_ignore_ascii_case(x)));
            if spreadsheet && self.doc.is_some() {
                self.queue.push(Command::ImportFrom(p));
            } else {
                self.queue.push(Command::OpenPath(p));
            }
        }
    }

    fn close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.close_confirmed {
            if self.doc.as_ref().is_some_and(Document::is_dirty) {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.dialog = Some(Dialog::Unsaved(Box::new(Command::Quit)));
            } else {
                self.close_confirmed = true;
                self.on_exit(ctx);
            }
        }
    }

    fn poll_file_dialog(&mut self) {
        if let Some(pending) = &self.file_dialog
            && let Some(answer) = pending.poll()
        {
            let kind = pending.kind;
            let suggested = pending.suggested.clone();
            self.file_dialog = None;
            self.file_dialog_answer(kind, suggested, answer);
        }
    }

    /// Act on a file dialog's answer. A dialog that could not open is said, and a
    /// dialog to type the path is offered instead (with the proposed folder and name).
    pub fn file_dialog_answer(
        &mut self,
        kind: file_dialog::Kind,
        suggested: Option<std::path::PathBuf>,
        answer: file_dialog::Answer,
    ) {
        match answer {
            file_dialog::Answer::Picked(p) => self.file_chosen(kind, Some(p)),
            file_dialog::Answer::Cancelled => self.file_chosen(kind, None),
            file_dialog::Answer::Failed(reason) => {
                // rfd's reason is English and technical: for the log, not the dialog.
                if !reason.trim().is_empty() {
                    eprintln!(
                        "ntm-planner: the file dialog could not open: {}",
                        reason.trim()
                    );
                }
                let text = dialogs::type_path::proposal(kind, suggested.as_deref());
                self.dialog = Some(Dialog::TypePath {
                    kind,
                    text,
                    reason,
                    error: None,
                });
            }
        }
    }

    /// A file was chosen (or not) for what `kind` asked.
    pub(crate) fn file_chosen(
        &mut self,
        kind: file_dialog::Kind,
        path: Option<std::path::PathBuf>,
    ) {
        match (kind, path) {
            (file_dialog::Kind::Open, Some(p)) => self.queue.push(Command::OpenPath(p)),
            (file_dialog::Kind::SaveAs, Some(p)) => self.queue.push(Command::SaveAsPath(p)),
            (file_dialog::Kind::SaveAs, None) => self.after_save = None,
            (file_dialog::Kind::Open, None) => {}
            (
                file_dialog::Kind::ExportPng
                | file_dialog::Kind::ExportSvg
                | file_dialog::Kind::ExportPdf,
                Some(p),
            ) => {
                if let Some((kind, format, size)) = self.pending_export.take() {
                    self.queue
                        .push(Command::ExportChartTo(kind, format, size, p));
                }
            }
            (
                file_dialog::Kind::ExportPng
                | file_dialog::Kind::ExportSvg
                | file_dialog::Kind::ExportPdf,
                None,
            ) => {
                self.pending_export = None;
            }
            (file_dialog::Kind::ExportXlsx, Some(p)) => {
                self.queue.push(Command::ExportWorkbookTo(p))
            }
            (file_dialog::Kind::ExportDocx, Some(p)) => {
                self.queue.push(Command::ExportDocumentTo(p))
            }
            (file_dialog::Kind::ExportDeckPdf, Some(p)) => {
                self.queue.push(Command::ExportDeckPdfTo(p))
            }
            (file_dialog::Kind::Import, Some(p)) => self.queue.push(Command::ImportFrom(p)),
            (file_dialog::Kind::Units, Some(p)) => self.queue.push(Command::ImportUnitsFrom(p)),
            (file_dialog::Kind::Communes, Some(p)) => {
                self.queue.push(Command::ImportCommunesFrom(p))
            }
            (file_dialog::Kind::Indicators, Some(p)) => {
                self.queue.push(Command::ImportIndicatorsFrom(p))
            }
            (file_dialog::Kind::Compare, Some(p)) => self.queue.push(Command::CompareWith(p)),
            (file_dialog::Kind::Merge, Some(p)) => self.queue.push(Command::MergeFrom(p)),
            (file_dialog::Kind::MergeBase, Some(p)) => self.queue.push(Command::MergeBase(Some(p))),
            (file_dialog::Kind::SendFolder, Some(p)) => self.queue.push(Command::SendTo(p)),
            (file_dialog::Kind::GatherFolder, Some(p)) => self.queue.push(Command::GatherFrom(p)),
            (file_dialog::Kind::GatherReport, Some(p)) => {
                self.queue.push(Command::GatherReportTo(p))
            }
            (
                file_dialog::Kind::ExportXlsx
                | file_dialog::Kind::ExportDocx
                | file_dialog::Kind::ExportDeckPdf
                | file_dialog::Kind::Import
                | file_dialog::Kind::Compare
                | file_dialog::Kind::Merge
                | file_dialog::Kind::MergeBase
                | file_dialog::Kind::Units
                | file_dialog::Kind::Communes
                | file_dialog::Kind::Indicators
                | file_dialog::Kind::SendFolder
                | file_dialog::Kind::GatherFolder
                | file_dialog::Kind::GatherReport,
                None,
            ) => {}
        }
    }

    pub fn file_dialog_open(&self) -> bool {
        self.file_dialog.is_some()
    }

    fn run_queue(&mut self, ctx: &egui::Context) {
        let mut guard = 0;
        while !self.queue.is_empty() && guard < 64 {
            guard += 1;
            let cmds = std::mem::take(&mut self.queue);
            for cmd in cmds {
                self.execute(cmd, ctx);
            }
        }
    }

    fn write_recovery(&mut self, ctx: &egui::Context) {
        let Some(doc) = &self.doc else { return };
        if !doc.is_dirty() {
            return;
        }
        let due = self
            .last_recovery
            .is_none_or(|t| t.elapsed() >= recovery::INTERVAL);
        if due {
            match self
                .recovery
                .write(&doc.recovery_key, &doc.plan, doc.path.as_deref())
            {
                Ok(()) => {}
                Err(e) => {
                    let why = crate::format::io_reason(self.lang(), &e);
                    let msg = self.tf("toast-recovery-failed", &[("error", &why)]);
                    self.toasts.error(msg);
                }
            }
            self.last_recovery = Some(Instant::now());
        }
        ctx.request_repaint_after(recovery::INTERVAL);
    }

    /// Write the recovery copy now (tests; and before risky operations).
    pub fn write_recovery_now(&mut self) {
        if let Some(doc) = &self.doc
            && doc.is_dirty()
        {
            let _ = self
                .recovery
                .write(&doc.recovery_key, &doc.plan, doc.path.as_deref());
            self.last_recovery = Some(Instant::now());
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.last_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.last_title = title;
        }
    }

    /// Whether the window has agreed to close (after any unsaved-changes prompt).
    pub fn closing(&self) -> bool {
        self.close_confirmed
    }

    /// "● lai-chau-2025.ntm — NTM Planner" while there are unsaved changes.
    pub fn window_title(&self) -> String {
        match &self.doc {
            None => "NTM Planner".to_string(),
            Some(d) => format!(
                "{}{} — NTM Planner",
                if d.is_dirty() { "● " } else { "" },
                d.display_name()
            ),
        }
    }

    /// Remember the window size; called when the window closes.
    pub fn on_exit(&mut self, ctx: &egui::Context) {
        if let Some(r) = ctx.input(|i| i.viewport().inner_rect) {
            self.prefs.window_size = Some([r.width(), r.height()]);
        }
        let _ = self.prefs.save(&self.dirs);
    }
}

impl eframe::App for NtmApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }
}
