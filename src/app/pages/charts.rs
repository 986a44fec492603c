//! Charts: pick a chart, see it as it will be exported, export it (PNG at a chosen
//! size, SVG) or copy it as a picture; choose and order the presentation's slides.

use super::super::NtmApp;
use super::super::chart_view;
use super::super::command::Command;
use crate::charts::{ChartKind, ExportFormat, png};
use crate::document::Edit;
use eframe::egui;

pub fn page(app: &mut NtmApp, ui: &mut egui::Ui) {
    let specs = app.chart_specs();
    if specs.is_empty() {
        return;
    }
    let lang = app.lang();
    let current = app.chart_kind;
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(300.0);
            super::heading(ui, app.t("page-charts"));
            for spec in &specs {
                if ui
                    .selectable_label(spec.kind == current, &spec.title)
                    .clicked()
                {
                    app.chart_kind = spec.kind;
                }
            }
            ui.add_space(16.0);
            slides(app, ui, lang);
        });
        ui.separator();
        ui.vertical(|ui| {
            let Some(spec) = specs.iter().find(|s| s.kind == current).or(specs.first()) else {
                return;
            };
            export_bar(app, ui, spec.kind);
            ui.add_space(6.0);
            let h = (ui.available_height() - 8.0).max(320.0);
            chart_view::card(ui, spec, spec.kind.name(), 1.0, h);
        });
    });
}

fn export_bar(app: &mut NtmApp, ui: &mut egui::Ui, kind: ChartKind) {
    ui.horizontal(|ui| {
        let l = ui.label(app.t("charts-size"));
        let sizes = png::SIZES;
        let shown = |(w, h): (u32, u32)| format!("{w} × {h}");
        let current = sizes.get(app.chart_size).copied().unwrap_or(sizes[0]);
        egui::ComboBox::from_id_salt("chart_png_size")
            .selected_text(shown(current))
            .show_ui(ui, |ui| {
                for (i, s) in sizes.iter().enumerate() {
                    if ui
                        .selectable_label(i == app.chart_size, shown(*s))
                        .clicked()
                    {
                        app.chart_size = i;
                    }
                }
            })
            .response
            .labelled_by(l.id);
        let size = current;
        if ui.button(app.t("charts-export-png")).clicked() {
            app.send(Command::ExportChart(kind, ExportFormat::Png, size));
        }
        if ui.button(app.t("charts-export-svg")).clicked() {
            app.send(Command::ExportChart(kind, ExportFormat::Svg, size));
        }
        if ui.button(app.t("charts-export-pdf-one")).clicked() {
            app.send(Command::ExportChart(kind, ExportFormat::Pdf, size));
        }
        if ui.button(app.t("charts-copy")).clicked() {
            app.send(Command::CopyChart(kind, size));
        }
    });
}

/// The presentation's slides: which charts, in which order. Changes are edits of the
/// plan (undoable, saved with it).
fn slides(app: &mut NtmApp, ui: &mut egui::Ui, lang: crate::lang::Lang) {
    ui.label(egui::RichText::new(app.t("charts-slides")).strong());
    let chosen: Vec<ChartKind> = app.deck_specs().iter().map(|s| s.kind).collect();
    let explicit = app
        .doc
        .as_ref()
        .is_some_and(|d| !d.plan.presentation.slides.is_empty());
    if !explicit {
        ui.add(egui::Label::new(egui::RichText::new(app.t("charts-slides-default")).weak()).wrap());
    }
    // The chosen ones in their order, then the others.
    let has_results = app
        .doc
        .as_ref()
        .is_some_and(|d| crate::figures::results::has_results(&d.plan));
    let mut order = chosen.clone();
    order.extend(
        ChartKind::ALL
            .into_iter()
            .filter(|k| !chosen.contains(k) && (has_results || !k.is_result())),
    );
    let mut new: Option<Vec<ChartKind>> = None;
    for kind in order {
        let pos = chosen.iter().position(|k| *k == kind);
        ui.horizontal(|ui| {
            let mut on = pos.is_some();
            if ui.checkbox(&mut on, kind.describe(lang)).changed() {
                let mut list = chosen.clone();
                if on {
                    list.push(kind);
                } else {
                    list.retain(|k| *k != kind);
                }
                new = Some(list);
            }
            if let Some(p) = pos {
                let up = ui
                    .add_enabled(p > 0, egui::Button::new("↑"))
                    .on_hover_text(app.t("slide-move-up"));
                if up.clicked() {
                    let mut list = chosen.clone();
                    list.swap(p, p - 1);
                    new = Some(list);
                }
                let down = ui
                    .add_enabled(p + 1 < chosen.len(), egui::Button::new("↓"))
                    .on_hover_text(app.t("slide-move-down"));
                if down.clicked() {
                    let mut list = chosen.clone();
                    list.swap(p, p + 1);
                    new = Some(list);
                }
            }
        });
    }
    if let Some(list) = new {
        let names = list.iter().map(|k| k.name().to_string()).collect();
        if let Some(d) = &mut app.doc {
            d.apply(Edit::Slides(names), None);
        }
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let label = format!("{} (F5)", app.t("cmd-present"));
        if ui.button(label).clicked() {
            app.send(Command::Present);
        }
        let hint = app.t("charts-export-pdf-hint").to_string();
        if ui
            .button(app.t("charts-export-pdf"))
            .on_hover_text(hint)
            .clicked()
        {
            app.send(Command::ExportDeckPdf);
        }
    });
}
