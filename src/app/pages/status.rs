//! The status bar: the file, unsaved state, findings, zoom.

use super::super::NtmApp;
use super::super::command::{Command, Page};
use crate::check::Severity;
use eframe::egui;

pub fn bar(app: &mut NtmApp, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        let path = app.doc.as_ref().map(|d| {
            d.path
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| app.t("untitled").to_string())
        });
        let dirty = app.doc.as_ref().is_some_and(|d| d.is_dirty());
        match path {
            Some(p) => {
                ui.label(p);
                if dirty {
                    ui.label(
                        egui::RichText::new(app.t("status-unsaved"))
                            .color(egui::Color32::from_rgb(200, 120, 0)),
                    );
                } else {
                    ui.label(app.t("status-saved"));
                }
            }
            None => {
                ui.label(app.t("status-no-plan"));
            }
        }
        if app.file_dialog_open() {
            ui.separator();
            ui.label(app.t("status-dialog-open"));
        }
        let counts = app.analysis().map(|(_, f)| {
            let e = f.iter().filter(|x| x.severity == Severity::Error).count();
            (e, f.len() - e)
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(format!(
                "{} {}%",
                app.t("status-zoom"),
                (app.prefs.zoom * 100.0).round()
            ));
            if let Some((e, w)) = counts {
                ui.separator();
                let text = app.tf("status-findings", &[("errors", e), ("warnings", w)]);
                let color = if e > 0 {
                    egui::Color32::from_rgb(200, 40, 40)
                } else {
                    ui.visuals().text_color()
                };
                if ui.link(egui::RichText::new(text).color(color)).clicked() {
                    app.send(Command::ShowPage(Page::Overview));
                }
            }
        });
    });
}
