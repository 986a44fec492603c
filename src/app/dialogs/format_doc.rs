//! Help → the plan file format: the bundled document, readable in the window.

use super::super::NtmApp;
use eframe::egui;

pub const TEXT: &str = include_str!("../../../docs/file-format.md");

pub fn show(app: &mut NtmApp, ctx: &egui::Context) -> bool {
    let title = app.t("cmd-format-doc").to_string();
    let ok = app.t("btn-close").to_string();
    let label = app.t("cmd-format-doc").to_string();
    let (clicked, esc) = super::modal(ctx, "format-doc", &title, |ui| {
        ui.set_min_width(640.0);
        let mut text = TEXT.to_string();
        egui::ScrollArea::vertical()
            .max_height(ui.ctx().content_rect().height() * 0.7)
            .show(ui, |ui| {
                let l = ui.label(egui::RichText::new(label).small());
                ui.add(
                    egui::TextEdit::multiline(&mut text)
                        .font(egui::TextStyle::Monospace)
                        .desired_width(f32::INFINITY)
                        .interactive(true),
                )
                .labelled_by(l.id);
            });
        ui.button(ok).clicked()
    });
    clicked || esc
}
