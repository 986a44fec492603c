//! The round with every commune office, in the window: "Gửi xã…" writes the work
//! files in the background; "Tổng hợp từ thư mục…" (or many files dropped on the
//! window) gathers the returns in the background and opens the board; applying the
//! board is one undoable edit. The work itself is `crate::rounds`.

use super::NtmApp;
use super::command::Page;
use super::dialogs::Dialog;
use super::dialogs::gather::{GatherSession, Source};
use super::jobs::{Job, Outcome, file_name};
use crate::rounds::{RoundError, SendOptions};
use eframe::egui;
use std::path::PathBuf;

impl NtmApp {
    pub(super) fn start_send(&mut self, dir: PathBuf, ctx: &egui::Context) {
        let Some(session) = &self.send_to else { return };
        let Some((plan, _)) = self.plan_for_job() else {
            return;
        };
        let Some(date) = crate::model::date::today() else {
            return;
        };
        let options = SendOptions {
            communes: session.chosen(),
            date,
            plan_file: self
                .doc
                .as_ref()
                .and_then(|d| d.path.as_deref())
                .map(file_name)
                .unwrap_or_default(),
            replace: session.replace,
        };
        let out = dir.clone();
        self.job = Some(Job::spawn("job-send", &dir, ctx, move |p| {
            let result = crate::rounds::send(&plan, &out, &options, p);
            Outcome::Sent { dir: out, result }
        }));
    }

    pub(super) fn on_sent(
        &mut self,
        dir: PathBuf,
        result: Result<crate::rounds::send::Sent, RoundError>,
        cancelled: bool,
    ) {
        match result {
            Err(RoundError::Cancelled) => {
                let msg = self.t("toast-cancelled").to_string();
                self.toasts.info(msg);
            }
            _ if cancelled => {
                let msg = self.t("toast-cancelled").to_string();
                self.toasts.info(msg);
            }
            Ok(sent) => {
                self.send_to = None;
                self.dialog = None;
                let msg = self.tf(
                    "toast-sent",
                    &[
                        ("n", crate::i18n::Arg::from(sent.files.len())),
                        ("dir", dir.display().to_string().as_str().into()),
                    ],
                );
                self.toasts.info(msg);
            }
            Err(e) => {
                let lang = self.lang();
                // The choices stay: the user can pick another folder or replace.
                self.dialog = Some(Dialog::Error {
                    title: self.t("error-send-title").to_string(),
                    message: e.message(lang),
                });
            }
        }
    }

    pub(super) fn start_gather(&mut self, source: Source, ctx: &egui::Context) {
        let Some((plan, revision)) = self.plan_for_job() else {
            return;
        };
        let label = match &source {
            Source::Folder(p) => p.clone(),
            Source::Files(_, m) => m.clone(),
        };
        let src = source.clone();
        self.job = Some(Job::spawn("job-gather", &label, ctx, move |p| {
            let result = match &src {
                Source::Folder(dir) => crate::rounds::gather_dir(&plan, dir, None, p),
                Source::Files(files, manifest) => {
                    crate::rounds::gather_files(&plan, files, manifest, p)
                }
            };
            Outcome::Gathered {
                source: src,
                revision,
                result: result.map(Box::new),
            }
        }));
    }

    /// Files dropped on the window: gathered against the manifest among or beside them.
    pub(super) fn gather_files(&mut self, files: Vec<PathBuf>, ctx: &egui::Context) {
        match crate::rounds::gather::manifest_for(&files) {
            Some(m) => self.start_gather(Source::Files(files, m), ctx),
            None => {
                let dir = files
                    .first()
                    .and_then(|f| f.parent())
                    .map(|d| d.display().to_string())
                    .unwrap_or_default();
                let lang = self.lang();
                self.dialog = Some(Dialog::Error {
                    title: self.t("error-gather-title").to_string(),
                    message: RoundError::NoManifest(dir).message(lang),
                });
            }
        }
    }

    pub(super) fn on_gathered(
        &mut self,
        source: Source,
        revision: u64,
        result: Result<Box<crate::rounds::Board>, RoundError>,
        cancelled: bool,
    ) {
        match result {
            _ if cancelled => {
                let msg = self.t("toast-cancelled").to_string();
                self.toasts.info(msg);
            }
            Err(RoundError::Cancelled) => {
                let msg = self.t("toast-cancelled").to_string();
                self.toasts.info(msg);
            }
            Ok(board) => {
                self.gather = Some(GatherSession::new(source, *board, revision));
                self.dialog = Some(Dialog::Gather);
            }
            Err(e) => {
                let lang = self.lang();
                self.dialog = Some(Dialog::Error {
                    title: self.t("error-gather-title").to_string(),
                    message: e.message(lang),
                });
            }
        }
    }

    /// Apply the accepted returns as one undo step (gathered again first if the
    /// plan changed since the board was made).
    pub(super) fn accept_gather(&mut self, ctx: &egui::Context) {
        let (Some(session), Some(doc)) = (self.gather.as_ref(), self.doc.as_mut()) else {
            return;
        };
        if doc.revision() != session.revision {
            let source = session.source.clone();
            self.start_gather(source, ctx);
            return;
        }
        let n = session.accepted.len();
        match session
            .board
            .edit(&doc.plan, &session.accepted, &session.choices)
        {
            Ok(edit) => doc.apply_labelled(edit, "edit-gather"),
            Err(e) => {
                let message = e.message(self.prefs.lang);
                self.dialog = Some(Dialog::Error {
                    title: self.t("error-gather-title").to_string(),
                    message,
                });
                return;
            }
        }
        self.gather = None;
        self.dialog = None;
        self.page = Page::Communes;
        let msg = self.tf("toast-gathered", &[("n", crate::i18n::Arg::from(n))]);
        self.toasts.info(msg);
    }

    pub(super) fn write_gather_report(&mut self, path: &std::path::Path) {
        let Some(session) = &self.gather else { return };
        let lang = self.lang();
        match crate::rounds::report::write(&session.board, &session.accepted, lang, path) {
            Ok(()) => {
                let msg = self.tf(
                    "toast-report-written",
                    &[("file", file_name(path).as_str())],
                );
                self.toasts.info(msg);
            }
            Err(e) => {
                // The board stays open underneath the message.
                let msg = e.message(lang);
                self.toasts.error(msg);
            }
        }
    }
}
