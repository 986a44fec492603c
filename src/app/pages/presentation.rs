//! The presentation deck: full screen, one chart per slide with its title and
//! headline figure in large type; → / Page Down / Space next, ← / Page Up back,
//! Home / End, Esc leaves.

use super::super::NtmApp;
use super::super::chart_view;
use super::super::command::Command;
use crate::charts::palette;
use eframe::egui::{self, Key, Modifiers};

pub fn deck(app: &mut NtmApp, ui: &mut egui::Ui) {
    let specs = app.deck_specs();
    let n = specs.len();
    let mut i = app.presenting.unwrap_or(0).min(n.saturating_sub(1));
    let pressed = |ui: &mut egui::Ui, keys: &[Key]| {
        keys.iter()
            .any(|k| ui.input_mut(|inp| inp.consume_key(Modifiers::NONE, *k)))
    };
    if pressed(ui, &[Key::Escape]) {
        app.send(Command::EndPresentation);
    }
    if pressed(
        ui,
        &[Key::ArrowRight, Key::PageDown, Key::Space, Key::ArrowDown],
    ) && i + 1 < n
    {
        i += 1;
    }
    if pressed(ui, &[Key::ArrowLeft, Key::PageUp, Key::ArrowUp]) {
        i = i.saturating_sub(1);
    }
    if pressed(ui, &[Key::Home]) {
        i = 0;
    }
    if pressed(ui, &[Key::End]) {
        i = n.saturating_sub(1);
    }
    if app.presenting.is_some() {
        app.presenting = Some(i);
    }
    let hint = app.t("deck-hint").to_string();
    let empty = app.t("deck-empty").to_string();
    let pdf_label = app.t("charts-export-pdf").to_string();
    let pdf_hint = app.t("charts-export-pdf-hint").to_string();
    let frame = egui::Frame::new()
        .fill(chart_view::color(palette::BACKGROUND))
        .inner_margin(40.0);
    egui::CentralPanel::default().frame(frame).show(ui, |ui| {
        ui.visuals_mut().override_text_color = Some(chart_view::color(palette::TEXT));
        let Some(spec) = specs.get(i) else {
            ui.centered_and_justified(|ui| ui.label(egui::RichText::new(empty).size(32.0)));
            return;
        };
        // Type sized for the back of a room: about twice the window's at 1080 p.
        let scale = (ui.available_height() / 500.0).clamp(1.2, 3.0);
        chart_view::header(ui, spec, scale);
        ui.add_space(12.0 * scale);
        let footer = 30.0 * scale;
        let h = (ui.available_height() - footer - 24.0).max(200.0);
        chart_view::body(ui, spec, &format!("deck-{}", spec.kind.name()), scale, h);
        ui.with_layout(egui::Layout::bottom_up(egui::Align::Min), |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    egui::RichText::new(format!("{} / {n}", i + 1))
                        .size(14.0 * scale)
                        .color(chart_view::color(palette::MUTED)),
                );
                ui.add_space(24.0);
                let pdf = egui::Button::new(
                    egui::RichText::new(pdf_label)
                        .size(11.0 * scale)
                        .color(chart_view::color(palette::MUTED)),
                )
                .frame(false);
                if ui.add(pdf).on_hover_text(pdf_hint).clicked() {
                    app.send(Command::ExportDeckPdf);
                }
                ui.add_space(24.0);
                ui.label(
                    egui::RichText::new(hint)
                        .size(11.0 * scale)
                        .color(chart_view::color(palette::MUTED)),
                );
            });
        });
    });
}
