//! "Save changes to … before …?" — Save / Don't save / Cancel.

use super::super::NtmApp;
use super::super::command::Command;
use eframe::egui;

pub fn show(app: &mut NtmApp, ctx: &egui::Context, then: Command) -> bool {
    let name = app
        .doc
        .as_ref()
        .map(|d| d.display_name())
        .unwrap_or_default();
    let title = app.tf("unsaved-title", &[("file", &name)]);
    let body = app.t("unsaved-body").to_string();
    let (save, dont, cancel) = (
        app.t("btn-save").to_string(),
        app.t("btn-dont-save").to_string(),
        app.t("btn-cancel").to_string(),
    );
    let (answer, esc) = super::modal(ctx, "unsaved", &title, |ui| {
        ui.label(body);
        ui.add_space(12.0);
        let mut answer = None;
        ui.horizontal(|ui| {
            if ui.button(save).clicked() {
                answer = Some(0);
            }
            if ui.button(dont).clicked() {
                answer = Some(1);
            }
            if ui.button(cancel).clicked() {
                answer = Some(2);
            }
        });
        answer
    });
    match (answer, esc) {
        (Some(0), _) => {
            app.save_then(then);
            true
        }
        (Some(1), _) => {
            app.send(Command::Discarding(Box::new(then)));
            true
        }
        (Some(_), _) | (None, true) => true,
        (None, false) => false,
    }
}
