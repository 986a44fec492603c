//! The menu bar and toolbar. Menus only enqueue commands.

use super::super::NtmApp;
use super::super::command::{Command, Page, SAMPLES};
use crate::document::Document;
use crate::lang::Lang;
use eframe::egui;

fn item(app: &mut NtmApp, ui: &mut egui::Ui, cmd: Command, enabled: bool) {
    let label = app.t(cmd.label_key()).to_string();
    item_labelled(app, ui, cmd, &label, enabled);
}

fn item_labelled(app: &mut NtmApp, ui: &mut egui::Ui, cmd: Command, label: &str, enabled: bool) {
    let mut button = egui::Button::new(label);
    if let Some(sc) = cmd.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(sc));
    }
    if ui.add_enabled(enabled, button).clicked() {
        app.send(cmd);
    }
}

pub fn bar(app: &mut NtmApp, ui: &mut egui::Ui) {
    let has_doc = app.doc.is_some();
    let (can_undo, can_redo) = app
        .doc
        .as_ref()
        .map(|d| (d.history().can_undo(), d.history().can_redo()))
        .unwrap_or((false, false));
    egui::MenuBar::new().ui(ui, |ui| {
        let file = app.t("menu-file").to_string();
        ui.menu_button(file, |ui| {
            // A new plan for a province and a year (the dialog asks for the set).
            item(
                app,
                ui,
                Command::New(crate::criteria_sets::names()[0]),
                true,
            );
            item(app, ui, Command::Open, true);
            let recent_label = app.t("menu-recent").to_string();
            let recent = app.prefs.recent.clone();
            ui.add_enabled_ui(!recent.is_empty(), |ui| {
                ui.menu_button(recent_label, |ui| {
                    for p in recent {
                        let label = p.display().to_string();
                        item_labelled(app, ui, Command::OpenPath(p), &label, true);
                    }
                });
            });
            let samples_label = app.t("menu-samples").to_string();
            ui.menu_button(samples_label, |ui| {
                for (i, s) in SAMPLES.iter().enumerate() {
                    let label = app.t(s.key).to_string();
                    item_labelled(app, ui, Command::OpenSample(i), &label, true);
                }
            });
            ui.separator();
            item(app, ui, Command::Save, has_doc);
            item(app, ui, Command::SaveAs, has_doc);
            let reload_ok = app.doc.as_ref().is_some_and(|d| d.path.is_some());
            item(app, ui, Command::Reload, reload_ok);
            item(app, ui, Command::Close, has_doc);
            ui.separator();
            // Plans travel between offices: workbooks, other versions, submissions.
            item(app, ui, Command::ExportWorkbook, has_doc);
            item(app, ui, Command::ExportDocument, has_doc);
            item(app, ui, Command::ExportDeckPdf, has_doc);
            item(app, ui, Command::Import, has_doc);
            item(app, ui, Command::ImportCommunes, has_doc);
            item(app, ui, Command::ImportUnits, true);
            item(app, ui, Command::Compare, has_doc);
            item(app, ui, Command::MergeSubmission, has_doc);
            // The round with every commune office: send, then gather the returns.
            let has_communes = app
                .doc
                .as_ref()
                .is_some_and(|d| !d.plan.communes.is_empty());
            item(app, ui, Command::SendToCommunes, has_communes);
            item(app, ui, Command::Gather, has_communes);
            ui.separator();
            // The year's work goes on: next year's plan from this one.
            item(app, ui, Command::CarryForward, has_doc);
            ui.separator();
            item(app, ui, Command::Quit, true);
        });
        let edit = app.t("menu-edit").to_string();
        ui.menu_button(edit, |ui| {
            let undo = undo_label(
                app,
                "cmd-undo",
                app.doc.as_ref().and_then(|d| d.history().undo_label()),
            );
            item_labelled(app, ui, Command::Undo, &undo, can_undo);
            let redo = undo_label(
                app,
                "cmd-redo",
                app.doc.as_ref().and_then(|d| d.history().redo_label()),
            );
            item_labelled(app, ui, Command::Redo, &redo, can_redo);
            ui.separator();
            item(app, ui, Command::RecordResults, has_doc);
        });
        let view = app.t("menu-view").to_string();
        ui.menu_button(view, |ui| {
            for p in Page::ALL {
                if app.page_shown(p) {
                    item(app, ui, Command::ShowPage(p), has_doc);
                }
            }
            ui.separator();
            item(app, ui, Command::SetLang(Lang::Vi), app.lang() != Lang::Vi);
            item(app, ui, Command::SetLang(Lang::En), app.lang() != Lang::En);
            item(app, ui, Command::ToggleTheme, true);
            ui.separator();
            item(app, ui, Command::ZoomIn, true);
            item(app, ui, Command::ZoomOut, true);
            item(app, ui, Command::ZoomReset, true);
        });
        let help = app.t("menu-help").to_string();
        ui.menu_button(help, |ui| {
            item(app, ui, Command::FormatDoc, true);
            item(app, ui, Command::About, true);
        });

        // Page tabs, as a toolbar on the same line.
        if let Some(d) = &app.doc {
            let dirty = d.is_dirty();
            ui.separator();
            let pages: Vec<Page> = Page::ALL
                .into_iter()
                .filter(|p| app.page_shown(*p))
                .collect();
            for p in pages {
                let label = app.t(p.key()).to_string();
                if ui.selectable_label(app.page == p, label).clicked() {
                    app.send(Command::ShowPage(p));
                }
            }
            ui.separator();
            let save = app.t("cmd-save").to_string();
            if ui.add_enabled(dirty, egui::Button::new(save)).clicked() {
                app.send(Command::Save);
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let other = match app.lang() {
                Lang::Vi => Lang::En,
                Lang::En => Lang::Vi,
            };
            let label = app.t("lang-switch").to_string();
            if ui
                .button(label)
                .on_hover_text(app.t("lang-switch-hint"))
                .clicked()
            {
                app.send(Command::SetLang(other));
            }
        });
    });
    let _ = Document::is_dirty;
}

fn undo_label(app: &NtmApp, key: &str, what: Option<&str>) -> String {
    match what {
        Some(w) => format!("{} — {}", app.t(key), app.t(w)),
        None => app.t(key).to_string(),
    }
}
