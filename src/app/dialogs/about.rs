//! About: version, file-format version, the font's licence.

use super::super::NtmApp;
use eframe::egui;

pub fn show(app: &mut NtmApp, ctx: &egui::Context) -> bool {
    let title = app.t("about-title").to_string();
    let lines = [
        app.tf("about-version", &[("version", env!("CARGO_PKG_VERSION"))]),
        app.tf(
            "about-format",
            &[("version", &crate::format::FORMAT_VERSION.to_string())],
        ),
        app.t("about-purpose").to_string(),
        app.t("about-font").to_string(),
    ];
    let ok = app.t("btn-ok").to_string();
    let (clicked, esc) = super::modal(ctx, "about", &title, |ui| {
        for l in &lines {
            ui.label(l);
        }
        ui.add_space(8.0);
        ui.button(ok).clicked()
    });
    clicked || esc
}
