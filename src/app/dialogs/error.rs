//! An error the user must read: a file that cannot be opened or saved. The message
//! keeps the loader's line, column and excerpt; it can be copied.

use super::super::NtmApp;
use eframe::egui;

pub fn show(app: &mut NtmApp, ctx: &egui::Context, title: &str, message: &str) -> bool {
    let (ok, copy) = (app.t("btn-ok").to_string(), app.t("btn-copy").to_string());
    let label = app.t("error-details").to_string();
    let (clicked, esc) = super::modal(ctx, "error", title, |ui| {
        let mut text = message.to_string();
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .show(ui, |ui| {
                let l = ui.label(label);
                ui.add(
                    egui::TextEdit::multiline(&mut text)
                        .font(egui::TextStyle::Monospace)
                        .desired_width(f32::INFINITY)
                        .interactive(true),
                )
                .labelled_by(l.id);
            });
        ui.add_space(8.0);
        let mut close = false;
        ui.horizontal(|ui| {
            if ui.button(ok).clicked() {
                close = true;
            }
            if ui.button(copy).clicked() {
                ui.ctx().copy_text(message.to_string());
            }
        });
        close
    });
    clicked || esc
}
