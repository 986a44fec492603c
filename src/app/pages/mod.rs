//! The window's pages and bars. Each reads the app state and enqueues commands.

pub mod charts;
pub mod criteria;
pub mod funding;
pub mod menu;
pub mod overview;
pub mod presentation;
pub mod projects;
pub mod results;
pub mod start;
pub mod status;
pub mod tasks;

use eframe::egui;

/// A page heading.
pub fn heading(ui: &mut egui::Ui, text: &str) {
    ui.label(egui::RichText::new(text).font(super::fonts::bold(22.0)));
    ui.add_space(6.0);
}

/// A highlight for the row or block a clicked finding named.
pub fn focus_frame(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::new()
        .fill(ui.visuals().selection.bg_fill.gamma_multiply(0.35))
        .stroke(ui.visuals().selection.stroke)
        .inner_margin(4.0)
        .corner_radius(4.0)
}

/// A number in a table cell: right-aligned within its column, so the digits line up.
pub fn number_cell(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) -> egui::Response {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.label(text)
    })
    .inner
}
