//! The file changed on disk since it was opened (another office's copy was saved
//! over it): overwrite it, save as another file, or reload it.

use super::super::NtmApp;
use super::super::command::Command;
use eframe::egui;

pub fn show(app: &mut NtmApp, ctx: &egui::Context) -> bool {
    let name = app
        .doc
        .as_ref()
        .map(|d| d.display_name())
        .unwrap_or_default();
    let title = app.tf("disk-changed-title", &[("file", &name)]);
    let body = app.t("disk-changed-body").to_string();
    let labels = [
        app.t("btn-overwrite").to_string(),
        app.t("btn-save-as").to_string(),
        app.t("btn-reload").to_string(),
        app.t("btn-cancel").to_string(),
    ];
    let (answer, esc) = super::modal(ctx, "disk-changed", &title, |ui| {
        ui.label(body);
        ui.add_space(12.0);
        let mut answer = None;
        ui.horizontal(|ui| {
            for (i, l) in labels.iter().enumerate() {
                if ui.button(l).clicked() {
                    answer = Some(i);
                }
            }
        });
        answer
    });
    match answer {
        Some(0) => app.send(Command::SaveOverwrite),
        Some(1) => app.send(Command::SaveAs),
        // Reload drops the unsaved changes: that needs the unsaved prompt's consent,
        // which the user gives by choosing Reload here.
        Some(2) => app.send(Command::Discarding(Box::new(Command::Reload))),
        _ => {}
    }
    answer.is_some() || esc
}
