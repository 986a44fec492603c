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
            ui.label(app.t("start-new-from-set"));
            for (name, set) in crate::criteria_sets::all() {
                let label = format!("{} — {}", app.t("cmd-new"), set.name_in(app.lang()));
                if ui
                    .button(label)
                    .on_hover_text(set.legal_basis.clone())
                    .clicked()
                {
                    app.send(Command::New(name));
                }
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
