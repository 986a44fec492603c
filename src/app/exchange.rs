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
        if matches!(
            self.dialog,
            Some(Dialog::Import | Dialog::Compare | Dialog::Merge)
        ) {
            self.dialog = None;
        }
    }

    /// A copy of the open plan and its revision for a new job; None without a plan
    /// or while another job runs (one at a time).
    fn plan_for_job(&self) -> Option<(crate::model::Plan, u64)> {
        let doc = self.doc.as_ref().filter(|_| self.job.is_none())?;
        Some((doc.plan.clone(), doc.revision()))
    }

    pub(super) fn start_export(&mut self, path: PathBuf, ctx: &egui::Context) {
        let Some((plan, _)) = self.plan_for_job() else {
            return;
        };
        let out = path.clone();
        self.job = Some(Job::spawn("job-export", &path, ctx, move |p| {
            let result = crate::excel::export_file(&plan, &out, p);
            Outcome::Exported { path: out, result }
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
                std::fs::File::open(&file)
                    .map_err(|source| ImportError::Io {
                        path: file.display().to_string(),
                        source,
                    })
                    .and_then(|f| import::xlsx_sheets(std::io::BufReader::new(f)))
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

    pub(super) fn start_merge(
        &mut self,
        path: PathBuf,
        base: Option<PathBuf>,
        ctx: &egui::Context,
    ) {
        let Some((ours, revision)) = self.plan_for_job() else {
            return;
        };
        let file = path.clone();
        self.job = Some(Job::spawn("job-merge", &path, ctx, move |p| {
            let result = load_other(&file, p).and_then(|theirs| {
                let base_plan = match &base {
                    Some(b) => Some(crate::format::load_file(b).map_err(|e| e.to_string())?.plan),
                    None => None,
                };
                p.report(0.9);
                let m = crate::merge::merge(&ours, &theirs, base_plan.as_ref());
                p.report(1.0);
                Ok((Box::new(theirs), m))
            });
            Outcome::Merged {
                path: file,
                base,
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
                        message: e.to_string(),
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
                    | ImportError::Workbook(_)),
                ) => {
                    self.import = None;
                    self.dialog = Some(Dialog::Error {
                        title: self.tf("error-import-title", &[("file", &file_name(&path))]),
                        message: e.to_string(),
                    });
                }
                // A sheet without a usable header: the preview says why and offers
                // the other sheets.
                other => {
                    let result = other.map_err(|e| e.to_string());
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
                        message: e,
                    });
                }
            },
            Outcome::Merged {
                path,
                base,
                revision,
                result,
            } => match result {
                _ if cancelled => {
                    let msg = cancelled_msg(self);
                    self.toasts.info(msg);
                }
                Ok((theirs, merge)) => {
                    self.merge = Some(MergeSession::new(path, base, revision, theirs, merge));
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
                        message: e,
                    });
                }
            },
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
        let Some(session) = &self.merge else { return };
        let Some(doc) = &mut self.doc else { return };
        if doc.revision() != session.revision {
            let (path, base) = (session.path.clone(), session.base.clone());
            self.start_merge(path, base, ctx);
            return;
        }
        let n = session.taken();
        let edit = session
            .merge
            .edit(&doc.plan, &session.theirs, &session.choices);
        doc.apply_labelled(edit, "edit-merge");
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
