//! The start page, when no plan is open: recent files, Open…, a new plan from a
//! criteria set (2026–2030 by default), and the bundled sample plans.

use super::super::NtmApp;
use super::super::command::{Command, SAMPLES};
use eframe::egui;

pub fn page(app: &mut NtmApp, ui: &mut egui::Ui) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(12.0);
        ui.label(egui::RichText::new("NTM Planner").font(super::super::fonts::bold(30.0)));
        ui.label(app.t("start-tagline"));
        ui.add_space(18.0);
        ui.columns(2, |cols| {
            let ui = &mut cols[0];
            super::heading(ui, app.t("start-begin"));
            let open = app.t("cmd-open").to_string();
            if ui
                .add(egui::Button::new(open).min_size(egui::vec2(220.0, 32.0)))
                .clicked()
            {
                app.send(Command::Open);
            }
            ui.add_space(10.0);
            // A new plan for a province and a year, on its communes since 1 July 2025.
            let new = app.t("start-new-plan").to_string();
            if ui
                .add(egui::Button::new(new).min_size(egui::vec2(220.0, 32.0)))
                .on_hover_text(app.t("start-new-plan-hint"))
                .clicked()
            {
                app.send(Command::New(crate::criteria_sets::names()[0]));
            }
            // Body size: a hint must be readable where the page is shown.
            ui.label(egui::RichText::new(app.t("start-new-plan-hint")).weak());
            ui.add_space(4.0);
            ui.label(app.t("start-new-from-set"));
            for (name, set) in crate::criteria_sets::all() {
                if ui
                    .button(set.name_in(app.lang()).to_string())
                    .on_hover_text(set.legal_basis.clone())
                    .clicked()
                {
                    app.send(Command::New(name));
                }
            }
            ui.add_space(4.0);
            let units = app.t("cmd-import-units").to_string();
            if ui.button(units).clicked() {
                app.send(Command::ImportUnits);
            }
            ui.add_space(10.0);
            ui.label(app.t("start-samples"));
            for (i, s) in SAMPLES.iter().enumerate() {
                let label = app.t(s.key).to_string();
                if ui.button(label).clicked() {
                    app.send(Command::OpenSample(i));
                }
            }

            let ui = &mut cols[1];
            super::heading(ui, app.t("start-recent"));
            if app.prefs.recent.is_empty() {
                ui.label(app.t("start-no-recent"));
            }
            for p in app.prefs.recent.clone() {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let exists = p.exists();
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(exists, egui::Button::new(name))
                        .on_hover_text(p.display().to_string())
                        .clicked()
                    {
                        app.send(Command::OpenPath(p.clone()));
                    }
                    ui.label(
                        egui::RichText::new(
                            p.parent()
                                .map(|d| d.display().to_string())
                                .unwrap_or_default(),
                        )
                        .weak(),
                    );
                });
            }
            ui.add_space(12.0);
            ui.label(egui::RichText::new(app.t("start-drop-hint")).weak());
        });
    });
}
