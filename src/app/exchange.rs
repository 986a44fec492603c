//! Plans travelling between offices, as the window does it: Excel export and
//! import, compare with another version, merge a submission. Each starts a
//! [`Job`] on a thread (progress, Cancel) and, when it ends, opens the dialog that
//! shows the result; accepting an import or a merge applies one undoable edit.
//! Called from `command_handling`, the one place commands run.

use super::NtmApp;
use super::command::Page;
use super::dialogs::Dialog;
use super::dialogs::compare::CompareSession;
use super::dialogs::import_preview::ImportSession;
use super::dialogs::merge::MergeSession;
use super::jobs::{Job, Outcome, file_name, load_other};
use crate::excel::{ExportError, ImportError, ImportOptions, import};
use crate::i18n::Both;
use eframe::egui;
use std::path::PathBuf;

impl NtmApp {
    /// Drop any import, compare or merge in progress (the document is replaced or
    /// closed). A running job is cancelled; its outcome is ignored.
    pub(super) fn end_exchange(&mut self) {
        if let Some(job) = self.job.take() {
            job.cancel();
        }
        self.import = None;
        self.compare = None;
        self.merge = None;
        self.send_to = None;
        self.gather = None;
        if matches!(
            self.dialog,
            Some(Dialog::Import | Dialog::Compare | Dialog::Merge | Dialog::Send | Dialog::Gather)
        ) {
            self.dialog = None;
        }
    }

    /// A copy of the open plan and its revision for a new job; None without a plan
    /// or while another job runs (one at a time).
    pub(super) fn plan_for_job(&self) -> Option<(crate::model::Plan, u64)> {
        let doc = self.doc.as_ref().filter(|_| self.job.is_none())?;
        Some((doc.plan.clone(), doc.revision()))
    }

    pub(super) fn start_export(&mut self, path: PathBuf, ctx: &egui::Context) {
        let Some((plan, _)) = self.plan_for_job() else {
            return;
        };
        let out = path.clone();
        // Never over the plan's own file.
        let input = self.doc.as_ref().and_then(|d| d.path.clone());
        self.job = Some(Job::spawn("job-export", &path, ctx, move |p| {
            let result = crate::excel::export_file(&plan, &out, input.as_deref(), p);
            Outcome::Exported { path: out, result }
        }));
    }

    /// Write the plan document (Word) in the background.
    pub(super) fn start_document_export(&mut self, path: PathBuf, ctx: &egui::Context) {
        let Some((plan, _)) = self.plan_for_job() else {
            return;
        };
        let out = path.clone();
        self.job = Some(Job::spawn("job-export-docx", &path, ctx, move |p| {
            let result = crate::report::write_docx(&plan, &out, p);
            Outcome::Document { path: out, result }
        }));
    }

    /// Write the presentation deck (the chosen slides) as a PDF in the background.
    pub(super) fn start_deck_pdf(&mut self, path: PathBuf, ctx: &egui::Context) {
        if self.job.is_some() {
            return;
        }
        let slides = self.deck_specs();
        let Some(title) = self.doc.as_ref().map(|d| d.plan.header.title.clone()) else {
            return;
        };
        let lang = self.lang();
        let out = path.clone();
        self.job = Some(Job::spawn("job-export-pdf", &path, ctx, move |p| {
            let result = crate::charts::pdf::write(&slides, &title, lang, &out, p);
            Outcome::DeckPdf { path: out, result }
        }));
    }

    pub(super) fn start_import(
        &mut self,
        path: PathBuf,
        sheet: Option<String>,
        options: ImportOptions,
        ctx: &egui::Context,
    ) {
        let Some((plan, revision)) = self.plan_for_job() else {
            return;
        };
        let file = path.clone();
        self.job = Some(Job::spawn("job-import", &path, ctx, move |p| {
            let sheets = if import::is_csv(&file) {
                Ok(Vec::new())
            } else {
                import::xlsx_file_sheets(&file)
            };
            let (sheets, result) = match sheets {
                Err(e) => (Vec::new(), Err(e)),
                Ok(sheets) => {
                    let result = import::read_file(&file, sheet.as_deref(), p)
                        .and_then(|grid| import::preview(&plan, &grid, options, p));
                    (sheets, result)
                }
            };
            p.report(1.0);
            Outcome::Imported {
                path: file,
                sheets,
                options,
                revision,
                result,
            }
        }));
    }

    pub(super) fn start_compare(&mut self, path: PathBuf, ctx: &egui::Context) {
        let Some((ours, _)) = self.plan_for_job() else {
            return;
        };
        let file = path.clone();
        self.job = Some(Job::spawn("job-compare", &path, ctx, move |p| {
            let result = load_other(&file, p).map(|theirs| {
                let d = crate::diff::diff(&ours, &theirs);
                p.report(1.0);
                d
            });
            Outcome::Compared { path: file, result }
        }));
    }

    /// Work out the merge of a submission. With `find_base`, a commune's work file
    /// is merged against the plan as sent, from the sending's manifest beside it.
    pub(super) fn start_merge(
        &mut self,
        path: PathBuf,
        base: Option<PathBuf>,
        find_base: bool,
        ctx: &egui::Context,
    ) {
        let Some((ours, revision)) = self.plan_for_job() else {
            return;
        };
        let file = path.clone();
        self.job = Some(Job::spawn("job-merge", &path, ctx, move |p| {
            let mut base = base;
            let mut manifest_unused = None;
            let result = load_other(&file, p).and_then(|theirs| {
                let mut base_plan = match &base {
                    Some(b) => Some(
                        crate::format::load_file(b)
                            .map_err(|e| Both::of(|l| e.message(l)))?
                            .plan,
                    ),
                    None => None,
                };
                if base.is_none()
                    && find_base
                    && let Some(w) = &theirs.work_file
                    && let Some(m) = file.parent().and_then(crate::rounds::Manifest::find)
                {
                    // The manifest beside a work file gives the plan as sent; one that
                    // cannot be used is said in the dialog, not passed over.
                    match crate::rounds::Manifest::load(&m) {
                        Ok(manifest) if manifest.round == w.round => {
                            base_plan = Some(manifest.plan);
                            base = Some(m);
                        }
                        Ok(manifest) => {
                            let (found, theirs) = (
                                crate::text::shown(&manifest.round),
                                crate::text::shown(&w.round),
                            );
                            let name = file_name(&m);
                            manifest_unused = Some(Both::of(|lang| {
                                crate::i18n::tr_args(
                                    lang,
                                    "merge-manifest-other-round",
                                    &[
                                        ("file", name.as_str().into()),
                                        ("found", found.as_str().into()),
                                        ("theirs", theirs.as_str().into()),
                                    ],
                                )
                            }));
                        }
                        Err(e) => {
                            manifest_unused = Some(Both::of(|lang| {
                                crate::i18n::tr_args(
                                    lang,
                                    "merge-manifest-unreadable",
                                    &[("why", e.message(lang).as_str().into())],
                                )
                            }));
                        }
                    }
                }
                p.report(0.9);
                let m = crate::merge::merge(&ours, &theirs, base_plan.as_ref());
                p.report(1.0);
                Ok((theirs.communes.len(), Box::new(m)))
            });
            Outcome::Merged {
                path: file,
                base,
                manifest_unused,
                revision,
                result,
            }
        }));
    }

    /// Act on the job's outcome once it ended.
    pub(super) fn poll_job(&mut self) {
        let Some(job) = &self.job else { return };
        let Some(outcome) = job.poll() else { return };
        let cancelled = job.cancelled();
        self.job = None;
        let cancelled_msg = |app: &NtmApp| app.t("toast-cancelled").to_string();
        match outcome {
            Outcome::Exported { path, result } => match result {
                Ok(()) => {
                    let msg = self.tf("toast-xlsx-exported", &[("file", &file_name(&path))]);
                    self.toasts.info(msg);
                }
                Err(ExportError::Cancelled) => {
                    let msg = cancelled_msg(self);
                    self.toasts.info(msg);
                }
                Err(e) => {
                    self.dialog = Some(Dialog::Error {
                        title: self.t("error-export-xlsx-title").to_string(),
                        message: e.message(self.lang()),
                    });
                }
            },
            Outcome::Imported {
                path,
                sheets,
                options,
                revision,
                result,
            } => match result {
                Err(ImportError::Cancelled) => {
                    let msg = cancelled_msg(self);
                    self.toasts.info(msg);
                }
                // The file itself cannot be read: say so, there is nothing to preview.
                Err(
                    e @ (ImportError::Io { .. }
                    | ImportError::Text { .. }
                    | ImportError::NotAWorkbook(_)
                    | ImportError::Damaged { .. }
                    | ImportError::NoSheets),
                ) => {
                    self.import = None;
                    self.dialog = Some(Dialog::Error {
                        title: self.tf("error-import-title", &[("file", &file_name(&path))]),
                        message: e.message(self.lang()),
                    });
                }
                // A sheet without a usable header (or too large): the preview says why
                // and offers the other sheets.
                other => {
                    let lang = self.lang();
                    let result = other.map_err(|e| e.message(lang));
                    self.import = Some(ImportSession::new(path, sheets, options, revision, result));
                    self.dialog = Some(Dialog::Import);
                }
            },
            Outcome::Compared { path, result } => match result {
                _ if cancelled => {
                    let msg = cancelled_msg(self);
                    self.toasts.info(msg);
                }
                Ok(diffs) => {
                    self.compare = Some(CompareSession::new(path, diffs));
                    self.dialog = Some(Dialog::Compare);
                }
                Err(e) => {
                    self.dialog = Some(Dialog::Error {
                        title: self.tf("error-open-title", &[("file", &file_name(&path))]),
                        message: e.text(self.lang()).to_string(),
                    });
                }
            },
            Outcome::Merged {
                path,
                base,
                manifest_unused,
                revision,
                result,
            } => match result {
                _ if cancelled => {
                    let msg = cancelled_msg(self);
                    self.toasts.info(msg);
                }
                Ok((submitted, merge)) => {
                    let mut session = MergeSession::new(path, base, revision, submitted, *merge);
                    session.manifest_unused = manifest_unused;
                    self.merge = Some(session);
                    self.dialog = Some(Dialog::Merge);
                }
                Err(e) => {
                    self.merge = None;
                    let file = base
                        .as_deref()
                        .map(file_name)
                        .unwrap_or_else(|| file_name(&path));
                    self.dialog = Some(Dialog::Error {
                        title: self.tf("error-open-title", &[("file", &file)]),
                        message: e.text(self.lang()).to_string(),
                    });
                }
            },
            Outcome::UnitList { path, result } => self.unit_list_done(path, result),
            Outcome::Document { path, result } => match result {
                Ok(()) => {
                    let msg = self.tf("toast-docx-exported", &[("file", &file_name(&path))]);
                    self.toasts.info(msg);
                }
                Err(crate::report::ReportError::Cancelled) => {
                    let msg = cancelled_msg(self);
                    self.toasts.info(msg);
                }
                Err(e) => {
                    self.dialog = Some(Dialog::Error {
                        title: self.t("error-export-docx-title").to_string(),
                        message: e.message(self.lang()),
                    });
                }
            },
            Outcome::DeckPdf { path, result } => match result {
                Ok(()) => {
                    let msg = self.tf("toast-pdf-exported", &[("file", &file_name(&path))]);
                    self.toasts.info(msg);
                }
                Err(crate::charts::pdf::PdfError::Cancelled) => {
                    let msg = cancelled_msg(self);
                    self.toasts.info(msg);
                }
                Err(e) => {
                    self.dialog = Some(Dialog::Error {
                        title: self.t("error-export-pdf-title").to_string(),
                        message: e.message(self.lang()),
                    });
                }
            },
            Outcome::Sent { dir, result } => self.on_sent(dir, result, cancelled),
            Outcome::Gathered {
                source,
                revision,
                result,
            } => self.on_gathered(source, revision, result, cancelled),
            Outcome::Lost => {
                self.dialog = Some(Dialog::Error {
                    title: self.t("error-job-title").to_string(),
                    message: self.t("error-job-lost").to_string(),
                });
            }
        }
    }

    /// Apply the previewed import as one undo step. If the plan changed since the
    /// preview was made (an undo, say), the file is read again instead.
    pub(super) fn accept_import(&mut self, ctx: &egui::Context) {
        let Some(session) = &self.import else { return };
        let Some(doc) = &mut self.doc else { return };
        let Ok(preview) = &session.result else { return };
        if doc.revision() != session.revision {
            let (path, sheet, options) = (
                session.path.clone(),
                Some(preview.sheet.clone()),
                session.options,
            );
            self.start_import(path, sheet, options, ctx);
            return;
        }
        let n = preview.changes.len();
        doc.apply_labelled(preview.edit(), "edit-import");
        let file = file_name(&session.path);
        self.import = None;
        self.dialog = None;
        self.page = Page::Communes;
        let msg = self.tf(
            "toast-imported",
            &[
                ("n", crate::i18n::Arg::from(n)),
                ("file", crate::i18n::Arg::from(&file)),
            ],
        );
        self.toasts.info(msg);
    }

    /// Apply the merge with the user's choices as one undo step (worked out again if
    /// the plan changed meanwhile).
    pub(super) fn accept_merge(&mut self, ctx: &egui::Context) {
        let (Some(session), Some(doc)) = (self.merge.as_mut(), self.doc.as_mut()) else {
            return;
        };
        if doc.revision() != session.revision {
            let (path, base) = (session.path.clone(), session.base.clone());
            self.start_merge(path, base, false, ctx);
            return;
        }
        let n = session.taken();
        match session.merge.edit(&doc.plan, &session.choices) {
            Ok(edit) => doc.apply_labelled(edit, "edit-merge"),
            Err(e) => {
                let message = e.message(self.prefs.lang);
                self.dialog = Some(Dialog::Error {
                    title: self.t("error-merge-title").to_string(),
                    message,
                });
                return;
            }
        }
        let Some(session) = &self.merge else { return };
        let file = file_name(&session.path);
        self.merge = None;
        self.dialog = None;
        self.page = Page::Communes;
        let msg = self.tf(
            "toast-merged",
            &[
                ("n", crate::i18n::Arg::from(n)),
                ("file", crate::i18n::Arg::from(&file)),
            ],
        );
        self.toasts.info(msg);
    }

    /// Whether an export, import or load is running (tests wait on this).
    pub fn job_running(&self) -> bool {
        self.job.is_some()
    }
}
