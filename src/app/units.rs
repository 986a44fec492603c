//! The window's side of the communes since 1 July 2025: the new-plan dialog, a unit
//! list imported from a file (on a thread: the national table has 10.599 rows), and a
//! commune list read from a file or pasted into the matrix. Called from
//! `command_handling`, the one place commands run; the plan changes only through
//! [`crate::document::Edit`]s.

use super::NtmApp;
use super::dialogs::Dialog;
use super::dialogs::commune_list::CommuneListSession;
use super::dialogs::new_plan::NewPlanForm;
use super::dialogs::unit_list::UnitListSession;
use super::jobs::{Job, Outcome, file_name};
use crate::document::Document;
use crate::excel::import::Grid;
use crate::new_plan::NewPlan;
use crate::units::import::{self, ImportOptions, UnitImportError, UnitList};
use eframe::egui;
use std::path::PathBuf;

impl NtmApp {
    /// File → New, Ctrl+N, the start page: the new-plan dialog with a set chosen.
    pub(super) fn open_new_plan(&mut self, set: &str) {
        self.new_plan = Some(NewPlanForm::new(self, set));
        self.dialog = Some(Dialog::NewPlan);
    }

    /// The dialog's "Tạo kế hoạch" (after any unsaved-changes prompt).
    pub(super) fn create_plan(&mut self, spec: &NewPlan) {
        self.new_plan = None;
        if matches!(self.dialog, Some(Dialog::NewPlan)) {
            self.dialog = None;
        }
        let plan = spec.build();
        let n = plan.communes.len();
        self.replace_document(Document::new(plan));
        let msg = self.tf("toast-plan-created", &[("n", n)]);
        self.toasts.info(msg);
    }

    /// Read a unit list on a thread; the dialog shows it when done.
    pub(super) fn start_unit_import(&mut self, path: PathBuf, ctx: &egui::Context) {
        if self.job.is_some() {
            return;
        }
        let file = path.clone();
        let options = ImportOptions {
            source: file_name(&path),
            ..ImportOptions::default()
        };
        self.job = Some(Job::spawn("job-units", &path, ctx, move |p| {
            let result = import::read_file(&file, None, &options, p);
            Outcome::UnitList { path: file, result }
        }));
    }

    pub(super) fn unit_list_done(
        &mut self,
        path: PathBuf,
        result: Result<UnitList, UnitImportError>,
    ) {
        if matches!(result, Err(UnitImportError::Cancelled)) {
            let msg = self.t("toast-cancelled").to_string();
            self.toasts.info(msg);
            self.back_to_new_plan();
            return;
        }
        let lang = self.lang();
        let wanted = self
            .new_plan
            .as_ref()
            .and_then(|f| f.spec())
            .map(|s| s.province)
            .or_else(|| self.doc.as_ref().map(|d| d.plan.header.province.clone()));
        let result = result.map_err(|e| e.message(lang));
        self.unit_list = Some(UnitListSession::new(path, result, wanted.as_deref()));
        self.dialog = Some(Dialog::UnitList);
    }

    /// Keep the chosen province's register; back to the new-plan dialog with it chosen.
    pub(super) fn keep_units(&mut self, province: usize) {
        let Some(session) = self.unit_list.take() else {
            return;
        };
        let Some(p) = session
            .result
            .as_ref()
            .ok()
            .and_then(|l| l.provinces.get(province))
        else {
            return;
        };
        match crate::units::store::save(&self.dirs, &p.register) {
            Ok(_) => {
                let msg = self.tf(
                    "toast-units-kept",
                    &[("province", p.register.title().as_str())],
                );
                self.toasts.info(msg);
                let set = self
                    .new_plan
                    .as_ref()
                    .map(|f| f.sets[f.set].0)
                    .unwrap_or(crate::criteria_sets::names()[0]);
                let year = self.new_plan.as_ref().map(|f| f.year);
                let mut form = NewPlanForm::new(self, set);
                form.choose_province(&p.register.province);
                if let Some(y) = year {
                    form.year = y;
                }
                self.new_plan = Some(form);
                self.dialog = Some(Dialog::NewPlan);
            }
            Err(e) => {
                self.dialog = Some(Dialog::Error {
                    title: self.t("error-units-title").to_string(),
                    message: e.message(self.lang()),
                });
            }
        }
    }

    pub(super) fn close_units(&mut self) {
        self.unit_list = None;
        self.back_to_new_plan();
    }

    /// The new-plan dialog again, if the import started from it.
    fn back_to_new_plan(&mut self) {
        self.dialog = self.new_plan.is_some().then_some(Dialog::NewPlan);
    }

    /// A commune list from a file: read it and show what it would do.
    pub(super) fn import_communes_from(&mut self, path: PathBuf) {
        let grid = crate::excel::import::read_file(&path, None, &crate::progress::NoProgress);
        match grid {
            Ok(grid) => self.preview_communes(file_name(&path), &grid),
            Err(e) => {
                self.dialog = Some(Dialog::Error {
                    title: self.tf("error-import-title", &[("file", file_name(&path).as_str())]),
                    message: e.message(self.lang()),
                });
            }
        }
    }

    /// Show what a commune list (from a file or pasted) would do to the open plan.
    pub fn preview_communes(&mut self, source: String, grid: &Grid) {
        let Some(doc) = self.doc.as_ref() else { return };
        let preview = crate::excel::communes::preview(&doc.plan, grid);
        self.commune_list = Some(CommuneListSession::new(source, doc.revision(), preview));
        self.import = None;
        self.dialog = Some(Dialog::CommuneList);
    }

    /// An indicator list from a file, shown on the criteria set tab before it is used.
    pub(super) fn import_indicators_from(&mut self, path: PathBuf) {
        let Some(doc) = self.doc.as_ref() else { return };
        let file = file_name(&path);
        let read = crate::excel::import::read_file(&path, None, &crate::progress::NoProgress)
            .map_err(|e| e.message(self.lang()))
            .and_then(|grid| {
                crate::excel::indicators::preview(&doc.plan.criteria_set, &grid)
                    .ok_or_else(|| self.t("indicators-no-header").to_string())
            });
        match read {
            Ok(preview) => {
                self.indicator_import = Some(super::pages::criteria::set_view::IndicatorImport {
                    file,
                    revision: doc.revision(),
                    preview,
                });
                self.page = super::command::Page::Communes;
                self.matrix.tab = super::pages::criteria::Tab::Set;
            }
            Err(message) => {
                self.dialog = Some(Dialog::Error {
                    title: self.tf("error-import-title", &[("file", file.as_str())]),
                    message,
                });
            }
        }
    }

    pub(super) fn accept_indicators(&mut self) {
        let Some(imp) = self.indicator_import.take() else {
            return;
        };
        if let Some(doc) = self.doc.as_mut()
            && doc.revision() == imp.revision
        {
            doc.apply(imp.preview.edit(), None);
        }
    }

    pub(super) fn accept_communes(&mut self) {
        let Some(session) = self.commune_list.take() else {
            return;
        };
        if matches!(self.dialog, Some(Dialog::CommuneList)) {
            self.dialog = None;
        }
        let Some(doc) = self.doc.as_mut() else { return };
        if doc.revision() != session.revision {
            return;
        }
        let edit = session.preview.edit(&doc.plan);
        let (new, updated) = (
            session.preview.new.len(),
            session.preview.updates(&doc.plan).count(),
        );
        doc.apply(edit, None);
        let msg = self.tf(
            "toast-communes-imported",
            &[("new", new), ("updated", updated)],
        );
        self.toasts.info(msg);
    }
}
