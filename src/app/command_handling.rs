//! The one place commands are carried out.

use super::NtmApp;
use super::command::{Command, Page, SAMPLES};
use super::dialogs::Dialog;
use super::file_dialog::{Kind, Pending};
use crate::charts::{ChartKind, ChartSpec, ExportFormat};
use crate::document::Document;
use crate::format::LoadError;
use crate::lang::Lang;
use crate::prefs::Theme;
use eframe::egui;

impl NtmApp {
    pub(super) fn execute(&mut self, cmd: Command, ctx: &egui::Context) {
        // Anything that would drop unsaved work asks first.
        if cmd.replaces_document() && self.doc.as_ref().is_some_and(Document::is_dirty) {
            self.dialog = Some(Dialog::Unsaved(Box::new(cmd)));
            return;
        }
        let cmd = match cmd {
            Command::Discarding(inner) => {
                self.discard_recovery_copy();
                if let Some(d) = &mut self.doc {
                    // The user chose to drop the changes: the document is no longer dirty.
                    d.mark_discarded();
                }
                *inner
            }
            other => other,
        };
        match cmd {
            Command::New(set) => self.open_new_plan(set),
            Command::CreatePlan(spec) => self.create_plan(&spec),
            Command::ImportUnits => self.start_file_dialog(Kind::Units, ctx),
            Command::ImportUnitsFrom(path) => self.start_unit_import(path, ctx),
            Command::KeepUnits(i) => self.keep_units(i),
            Command::CloseUnits => self.close_units(),
            Command::ImportCommunes => self.ask_for_file(Kind::Communes, ctx),
            Command::ImportCommunesFrom(path) => self.import_communes_from(path),
            Command::ImportCommunesAccept => self.accept_communes(),
            Command::ImportIndicators => self.ask_for_file(Kind::Indicators, ctx),
            Command::ImportIndicatorsFrom(path) => self.import_indicators_from(path),
            Command::ImportIndicatorsAccept => self.accept_indicators(),
            Command::CloseIndicators => self.indicator_import = None,
            Command::CloseCommunes => {
                self.commune_list = None;
                self.dialog = None;
            }
            Command::Open => self.start_file_dialog(Kind::Open, ctx),
            Command::OpenPath(p) => self.open_path(&p),
            Command::OpenSample(i) => self.open_sample(i),
            Command::Save => self.save(false, ctx),
            Command::SaveOverwrite => self.save(true, ctx),
            Command::SaveAs => self.start_file_dialog(Kind::SaveAs, ctx),
            Command::SaveAsPath(p) => self.save_as(&p),
            Command::Reload => {
                let Some(d) = &mut self.doc else { return };
                let file = d.path.clone().unwrap_or_default().display().to_string();
                match d.reload() {
                    Ok(()) => {
                        let key = d.recovery_key.clone();
                        self.recovery.remove(&key);
                        let msg = self.t("toast-reloaded").to_string();
                        self.toasts.info(msg);
                    }
                    Err(e) => self.show_load_error(file, &e),
                }
            }
            Command::Close => {
                self.discard_recovery_copy();
                self.end_exchange();
                self.doc = None;
                self.matrix = Default::default();
                self.focus = None;
            }
            Command::Quit => {
                self.discard_recovery_copy();
                self.close_confirmed = true;
                self.on_exit(ctx);
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Command::Undo => {
                if let Some(d) = &mut self.doc {
                    d.undo();
                }
            }
            Command::Redo => {
                if let Some(d) = &mut self.doc {
                    d.redo();
                }
            }
            Command::ShowPage(p) => self.page = p,
            Command::SetLang(l) => {
                self.prefs.lang = l;
                self.save_prefs();
            }
            Command::ToggleTheme => {
                self.prefs.theme = match self.prefs.theme {
                    Theme::Light => Theme::Dark,
                    Theme::Dark => Theme::Light,
                };
                self.save_prefs();
            }
            Command::ZoomIn => {
                self.prefs.zoom_in();
                self.save_prefs();
            }
            Command::ZoomOut => {
                self.prefs.zoom_out();
                self.save_prefs();
            }
            Command::ZoomReset => {
                self.prefs.zoom = 1.0;
                self.save_prefs();
            }
            Command::About => self.dialog = Some(Dialog::About),
            Command::FormatDoc => self.dialog = Some(Dialog::FormatDoc),
            Command::GoTo(place) => {
                self.page = page_of(&place);
                self.focus = Some(place);
                self.focus_scroll = true;
            }
            Command::Restore(key) => self.restore(&key),
            Command::DiscardRecovery(key) => self.recovery.remove(&key),
            Command::Present => {
                if self.doc.is_some() {
                    self.presenting = Some(0);
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
                }
            }
            Command::EndPresentation => {
                if self.presenting.take().is_some() {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
                }
            }
            Command::ExportChart(kind, format, size) => {
                self.pending_export = Some((kind, format, size));
                let dialog = match format {
                    ExportFormat::Png => Kind::ExportPng,
                    ExportFormat::Svg => Kind::ExportSvg,
                    ExportFormat::Pdf => Kind::ExportPdf,
                };
                self.start_file_dialog(dialog, ctx);
            }
            Command::ExportChartTo(kind, format, (w, h), path) => {
                self.export_chart(kind, format, w, h, &path)
            }
            Command::CopyChart(kind, (w, h)) => self.copy_chart(kind, w, h, ctx),
            Command::ExportWorkbook => self.ask_for_file(Kind::ExportXlsx, ctx),
            Command::ExportWorkbookTo(path) => self.start_export(path, ctx),
            Command::ExportDocument => self.ask_for_file(Kind::ExportDocx, ctx),
            Command::ExportDocumentTo(path) => self.start_document_export(path, ctx),
            Command::ExportDeckPdf => self.ask_for_file(Kind::ExportDeckPdf, ctx),
            Command::ExportDeckPdfTo(path) => self.start_deck_pdf(path, ctx),
            Command::Import => self.ask_for_file(Kind::Import, ctx),
            Command::ImportFrom(path) => {
                self.start_import(path, None, Default::default(), ctx);
            }
            Command::ImportReread { sheet, layer } => {
                if let Some(s) = &self.import {
                    let path = s.path.clone();
                    let options = crate::excel::ImportOptions { layer };
                    self.start_import(path, sheet, options, ctx);
                }
            }
            Command::ImportAccept => self.accept_import(ctx),
            Command::CloseImport => {
                self.import = None;
                self.dialog = None;
            }
            Command::Compare => self.ask_for_file(Kind::Compare, ctx),
            Command::CompareWith(path) => self.start_compare(path, ctx),
            Command::MergeSubmission => self.ask_for_file(Kind::Merge, ctx),
            Command::MergeFrom(path) => self.start_merge(path, None, true, ctx),
            Command::MergeChooseBase => self.start_file_dialog(Kind::MergeBase, ctx),
            Command::MergeBase(base) => {
                if let Some(m) = &self.merge {
                    let path = m.path.clone();
                    self.start_merge(path, base, false, ctx);
                }
            }
            Command::MergeAccept => self.accept_merge(ctx),
            Command::CloseMerge => {
                self.merge = None;
                self.dialog = None;
            }
            Command::SendToCommunes => {
                if let Some(d) = &self.doc {
                    self.send_to = Some(super::dialogs::send::SendSession::new(&d.plan));
                    self.dialog = Some(Dialog::Send);
                }
            }
            Command::SendChooseFolder => self.start_file_dialog(Kind::SendFolder, ctx),
            Command::SendTo(dir) => self.start_send(dir, ctx),
            Command::CloseSend => {
                self.send_to = None;
                self.dialog = None;
            }
            Command::Gather => self.ask_for_file(Kind::GatherFolder, ctx),
            Command::GatherFrom(dir) => {
                self.start_gather(super::dialogs::gather::Source::Folder(dir), ctx)
            }
            Command::GatherFiles(files) => self.gather_files(files, ctx),
            Command::GatherAccept => self.accept_gather(ctx),
            Command::GatherReport => self.start_file_dialog(Kind::GatherReport, ctx),
            Command::GatherReportTo(path) => self.write_gather_report(&path),
            Command::CloseGather => {
                self.gather = None;
                self.dialog = None;
            }
            Command::RecordResults => {
                if let Some(d) = &mut self.doc {
                    if !crate::figures::results::has_results(&d.plan) {
                        let report = super::pages::results::report_or_default(&d.plan);
                        d.apply(crate::document::Edit::Results(Some(Box::new(report))), None);
                    }
                    self.page = Page::Results;
                }
            }
            Command::CarryForward => {
                if let Some(s) = super::dialogs::carry::CarrySession::new(self, None) {
                    self.carry = Some(s);
                    self.dialog = Some(Dialog::Carry);
                }
            }
            Command::CarryAccept => {
                let built = self
                    .carry
                    .take()
                    .and_then(|s| s.proposal.ok())
                    .map(|p| (p.year, p.build()));
                self.dialog = None;
                if let Some((year, plan)) = built {
                    self.replace_document(Document::new(plan));
                    // A new plan, not yet saved: the title shows it unsaved.
                    if let Some(d) = &mut self.doc {
                        d.mark_restored();
                    }
                    let msg = self.tf("toast-carried", &[("year", &year.to_string())]);
                    self.toasts.info(msg);
                }
            }
            Command::CloseCarry => {
                self.carry = None;
                self.dialog = None;
            }
            Command::CancelJob => {
                if let Some(job) = &self.job {
                    job.cancel();
                }
            }
            Command::Discarding(_) => {}
        }
    }

    /// The chart of the open plan, titled in the window's language.
    fn chart_spec(&mut self, kind: ChartKind) -> Option<ChartSpec> {
        let lang = self.lang();
        self.analysis()?;
        let plan = &self.doc.as_ref()?.plan;
        let figures = self.analysis.as_ref().map(|(_, f, _)| f)?;
        Some(ChartSpec::build(kind, plan, figures, lang))
    }

    fn export_chart(
        &mut self,
        kind: ChartKind,
        format: ExportFormat,
        w: u32,
        h: u32,
        path: &std::path::Path,
    ) {
        let Some(spec) = self.chart_spec(kind) else {
            return;
        };
        // Never over the plan's own file nor a read-only one; a picture it replaces
        // is kept as its backup.
        let input = self.doc.as_ref().and_then(|d| d.path.clone());
        let inputs: Vec<&std::path::Path> = input.as_deref().into_iter().collect();
        let lang = self.lang();
        let written = format
            .render(&spec, w, h)
            .map_err(|e| e.message(lang))
            .and_then(|bytes| {
                crate::format::save::write_export(path, &bytes, &inputs)
                    .map_err(|e| e.message(lang))
            });
        match written {
            Ok(()) => {
                let msg = self.tf(
                    "toast-chart-exported",
                    &[("file", &path.display().to_string())],
                );
                self.toasts.info(msg);
            }
            Err(e) => {
                self.dialog = Some(Dialog::Error {
                    title: self.t("error-export-title").to_string(),
                    message: e,
                });
            }
        }
    }

    fn copy_chart(&mut self, kind: ChartKind, w: u32, h: u32, ctx: &egui::Context) {
        let Some(spec) = self.chart_spec(kind) else {
            return;
        };
        match crate::charts::png::rgba(&spec, w, h) {
            Ok(pixels) => {
                let image =
                    egui::ColorImage::from_rgba_unmultiplied([w as usize, h as usize], &pixels);
                ctx.copy_image(image);
                let msg = self.t("toast-chart-copied").to_string();
                self.toasts.info(msg);
            }
            Err(e) => {
                self.dialog = Some(Dialog::Error {
                    title: self.t("error-export-title").to_string(),
                    message: e.message(self.lang()),
                });
            }
        }
    }

    fn save_prefs(&mut self) {
        if let Err(e) = self.prefs.save(&self.dirs) {
            let why = crate::format::io_reason(self.lang(), &e);
            let msg = self.tf("toast-prefs-failed", &[("error", &why)]);
            self.toasts.error(msg);
        }
    }

    fn discard_recovery_copy(&mut self) {
        if let Some(d) = &self.doc {
            self.recovery.remove(&d.recovery_key);
        }
    }

    pub(super) fn replace_document(&mut self, doc: Document) {
        self.discard_recovery_copy();
        self.end_exchange();
        self.doc = Some(doc);
        self.page = Page::Overview;
        self.focus = None;
        self.matrix = Default::default();
        self.last_recovery = None;
        self.analysis = None;
    }

    pub(super) fn open_path(&mut self, path: &std::path::Path) {
        match Document::open(path) {
            Ok(doc) => {
                let notices = doc.notices.clone();
                self.prefs.add_recent(path);
                self.save_prefs();
                self.replace_document(doc);
                let lang = self.lang();
                for n in notices {
                    self.toasts.info(n.text(lang));
                }
            }
            Err(e) => self.show_load_error(path.display().to_string(), &e),
        }
    }

    fn open_sample(&mut self, i: usize) {
        let Some(sample) = SAMPLES.get(i) else { return };
        match crate::format::load_str(sample.text) {
            Ok(loaded) => self.replace_document(Document::new(loaded.plan)),
            Err(e) => self.show_load_error(sample.file_name.to_string(), &e),
        }
    }

    fn show_load_error(&mut self, file: String, e: &LoadError) {
        self.dialog = Some(Dialog::Error {
            title: self.tf("error-open-title", &[("file", &file)]),
            message: e.message(self.lang()),
        });
    }

    /// The file dialog for an action on the open plan (export, import, compare,
    /// merge); nothing without a plan.
    fn ask_for_file(&mut self, kind: Kind, ctx: &egui::Context) {
        if self.doc.is_some() {
            self.start_file_dialog(kind, ctx);
        }
    }

    pub(super) fn start_file_dialog(&mut self, kind: Kind, ctx: &egui::Context) {
        if self.file_dialog.is_some() {
            return;
        }
        let title = self
            .t(match kind {
                Kind::Open => "dialog-open-title",
                Kind::SaveAs => "dialog-save-title",
                Kind::ExportPng | Kind::ExportSvg | Kind::ExportPdf => "dialog-export-title",
                Kind::ExportXlsx => "dialog-export-xlsx-title",
                Kind::ExportDocx => "dialog-export-docx-title",
                Kind::ExportDeckPdf => "dialog-export-pdf-title",
                Kind::Import => "dialog-import-title",
                Kind::Compare => "dialog-compare-title",
                Kind::Merge => "dialog-merge-title",
                Kind::MergeBase => "dialog-merge-base-title",
                Kind::Units => "dialog-units-title",
                Kind::Communes => "dialog-communes-title",
                Kind::Indicators => "dialog-indicators-title",
                Kind::SendFolder => "dialog-send-folder-title",
                Kind::GatherFolder => "dialog-gather-folder-title",
                Kind::GatherReport => "dialog-gather-report-title",
            })
            .to_string();
        let filter = self
            .t(match kind {
                Kind::Open | Kind::SaveAs | Kind::Compare | Kind::Merge | Kind::MergeBase => {
                    "file-filter"
                }
                Kind::ExportPng => "file-filter-png",
                Kind::ExportSvg => "file-filter-svg",
                Kind::ExportXlsx | Kind::GatherReport => "file-filter-xlsx",
                Kind::SendFolder | Kind::GatherFolder => "file-filter",
                Kind::Import | Kind::Units | Kind::Communes | Kind::Indicators => {
                    "file-filter-table"
                }
                Kind::ExportDocx => "file-filter-docx",
                Kind::ExportPdf | Kind::ExportDeckPdf => "file-filter-pdf",
            })
            .to_string();
        let suggested = match (&self.doc, kind) {
            (Some(d), Kind::SaveAs) => Some(d.path.clone().unwrap_or_else(|| {
                let name = crate::text::fold(&format!(
                    "{} {}",
                    d.plan.header.province, d.plan.header.year
                ))
                .replace(' ', "-");
                std::path::PathBuf::from(format!("{name}.ntm"))
            })),
            (Some(d), Kind::ExportPng | Kind::ExportSvg | Kind::ExportPdf) => {
                // "lai-chau-2025-funding-donut.png", beside the plan.
                let chart = self
                    .pending_export
                    .map(|(k, _, _)| k.name())
                    .unwrap_or("chart");
                let name = crate::text::fold(&format!(
                    "{} {} {chart}",
                    d.plan.header.province, d.plan.header.year
                ))
                .replace(' ', "-");
                let file = format!("{name}.{}", kind.extension());
                Some(match d.path.as_ref().and_then(|p| p.parent()) {
                    Some(dir) => dir.join(file),
                    None => std::path::PathBuf::from(file),
                })
            }
            (Some(d), Kind::ExportXlsx | Kind::ExportDocx | Kind::ExportDeckPdf) => {
                // "lai-chau-2025.xlsx" (.docx, .pdf), beside the plan.
                let name = crate::text::fold(&format!(
                    "{} {}",
                    d.plan.header.province, d.plan.header.year
                ))
                .replace(' ', "-");
                let file = format!("{name}.{}", kind.extension());
                Some(match d.path.as_ref().and_then(|p| p.parent()) {
                    Some(dir) => dir.join(file),
                    None => std::path::PathBuf::from(file),
                })
            }
            (Some(d), Kind::GatherReport) => {
                // "tong-hop-gui-xa.xlsx", beside the returns.
                let dir = match self.gather.as_ref().map(|g| &g.source) {
                    Some(super::dialogs::gather::Source::Folder(p)) => Some(p.clone()),
                    Some(super::dialogs::gather::Source::Files(_, m)) => {
                        m.parent().map(std::path::Path::to_path_buf)
                    }
                    None => d
                        .path
                        .as_ref()
                        .and_then(|p| p.parent())
                        .map(std::path::Path::to_path_buf),
                };
                let file = std::path::PathBuf::from("tong-hop-gui-xa.xlsx");
                Some(match dir {
                    Some(dir) => dir.join(file),
                    None => file,
                })
            }
            (
                Some(d),
                Kind::Import
                | Kind::Compare
                | Kind::Merge
                | Kind::MergeBase
                | Kind::Communes
                | Kind::Indicators
                | Kind::SendFolder
                | Kind::GatherFolder,
            ) => {
                // Start in the plan's folder: submissions usually sit beside it.
                d.path
                    .as_ref()
                    .and_then(|p| p.parent())
                    .map(std::path::Path::to_path_buf)
            }
            _ => self.prefs.recent.first().cloned(),
        };
        self.file_dialog = Some(Pending::start(kind, title, filter, suggested, ctx.clone()));
    }

    fn save(&mut self, overwrite: bool, ctx: &egui::Context) {
        let Some(doc) = &mut self.doc else { return };
        if doc.path.is_none() {
            self.start_file_dialog(Kind::SaveAs, ctx);
            return;
        }
        if !overwrite && doc.changed_on_disk() {
            self.dialog = Some(Dialog::ChangedOnDisk);
            return;
        }
        let result = doc.save();
        self.after_save_result(result);
    }

    fn save_as(&mut self, path: &std::path::Path) {
        let Some(doc) = &mut self.doc else { return };
        let result = doc.save_as(path);
        if result.is_ok() {
            self.prefs.add_recent(path);
            self.save_prefs();
        }
        self.after_save_result(result);
    }

    fn after_save_result(&mut self, result: Result<(), crate::format::SaveError>) {
        match result {
            Ok(()) => {
                self.discard_recovery_copy();
                let name = self
                    .doc
                    .as_ref()
                    .map(Document::display_name)
                    .unwrap_or_default();
                let msg = self.tf("toast-saved", &[("file", &name)]);
                self.toasts.info(msg);
                if let Some(next) = self.after_save.take() {
                    self.queue.push(next);
                }
            }
            Err(e) => {
                self.after_save = None;
                self.dialog = Some(Dialog::Error {
                    title: self.t("error-save-title").to_string(),
                    message: e.message(self.lang()),
                });
            }
        }
    }

    /// The unsaved-changes prompt chose Save: save, then go on with `then`.
    pub(super) fn save_then(&mut self, then: Command) {
        self.after_save = Some(then);
        self.queue.push(Command::Save);
    }

    fn restore(&mut self, key: &str) {
        let Some(entry) = self.recovery.list().into_iter().find(|e| e.key == key) else {
            return;
        };
        match crate::format::load_file(&entry.plan_path) {
            Ok(loaded) => {
                self.end_exchange();
                let mut doc = Document::new(loaded.plan);
                doc.path = entry.info.original.clone();
                doc.recovery_key = entry.key.clone();
                doc.mark_restored();
                self.doc = Some(doc);
                self.page = Page::Overview;
                self.analysis = None;
                let msg = self.t("toast-restored").to_string();
                self.toasts.info(msg);
            }
            Err(e) => self.show_load_error(entry.plan_path.display().to_string(), &e),
        }
    }

    pub fn set_lang(&mut self, lang: Lang) {
        self.queue.push(Command::SetLang(lang));
    }
}

/// The page that shows a place.
pub fn page_of(place: &crate::check::Place) -> Page {
    use crate::check::Place::*;
    match place {
        Header | Goals | Distribution | Recognition | Villages => Page::Overview,
        Criterion(_) | Commune(_) | CommuneCriterion(..) | District(_) => Page::Communes,
        Funding(_) | Allocation(_) => Page::Funding,
        Projects => Page::Projects,
        Task(_) => Page::Tasks,
        Presentation => Page::Charts,
    }
}
