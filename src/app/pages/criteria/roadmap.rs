//! The roadmap (remediation plans such as Lạng Sơn's): per year, the unmet criteria
//! planned to be completed, with the commune and the agency in charge; unmet criteria
//! with no year, or a year past the plan's deadline, stand out.

use super::super::super::NtmApp;
use super::super::super::command::Command;
use crate::check::Place;
use eframe::egui;
use std::collections::BTreeMap;

pub struct Item {
    pub commune_id: String,
    pub commune: String,
    pub code: String,
    pub criterion: String,
    pub agency: String,
    pub note: String,
}

/// Unmet criteria (at the baseline) grouped by planned year; None = no year.
pub fn grouped(plan: &crate::model::Plan) -> BTreeMap<Option<u16>, Vec<Item>> {
    let mut out: BTreeMap<Option<u16>, Vec<Item>> = BTreeMap::new();
    for c in &plan.communes {
        for code in &c.baseline_unmet {
            let d = c.detail(code);
            out.entry(d.and_then(|d| d.year)).or_default().push(Item {
                commune_id: c.id.clone(),
                commune: c.name.clone(),
                code: code.clone(),
                criterion: plan
                    .criteria_set
                    .criterion(code)
                    .map(|x| x.name.clone())
                    .unwrap_or_default(),
                agency: d.map(|d| d.agency.clone()).unwrap_or_default(),
                note: d.map(|d| d.note.clone()).unwrap_or_default(),
            });
        }
    }
    out
}

pub fn view(app: &mut NtmApp, ui: &mut egui::Ui) {
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let groups = grouped(plan);
    let end = plan.end_year();
    let mut go = None;
    egui::ScrollArea::vertical()
        .id_salt("roadmap")
        .show(ui, |ui| {
            if groups.is_empty() {
                ui.label(t("roadmap-empty"));
                return;
            }
            ui.horizontal_wrapped(|ui| {
                for (year, items) in &groups {
                    let communes = items
                        .iter()
                        .map(|i| i.commune_id.as_str())
                        .collect::<std::collections::BTreeSet<_>>()
                        .len();
                    let label = match year {
                        Some(y) => app.i18n.fmt(
                            lang,
                            "roadmap-year-count",
                            &[
                                ("year", crate::i18n::Arg::from(&y.to_string())),
                                ("items", crate::i18n::Arg::from(items.len())),
                                ("communes", crate::i18n::Arg::from(communes)),
                            ],
                        ),
                        None => app.i18n.fmt(
                            lang,
                            "roadmap-no-year-count",
                            &[("items", items.len()), ("communes", communes)],
                        ),
                    };
                    egui::Frame::group(ui.style())
                        .show(ui, |ui| ui.label(egui::RichText::new(label).strong()));
                }
            });
            ui.add_space(8.0);
            for (year, items) in &groups {
                let late = year.is_none_or(|y| y > end);
                let title = match year {
                    Some(y) => format!("{} {y}", t("roadmap-year")),
                    None => t("roadmap-no-year"),
                };
                let color = if late {
                    egui::Color32::from_rgb(200, 40, 40)
                } else {
                    ui.visuals().strong_text_color()
                };
                egui::CollapsingHeader::new(
                    egui::RichText::new(format!("{title} — {}", items.len()))
                        .color(color)
                        .strong(),
                )
                .id_salt(("roadmap", *year))
                .default_open(true)
                .show(ui, |ui| {
                    if late {
                        ui.label(
                            egui::RichText::new(app.i18n.fmt(
                                lang,
                                "roadmap-late",
                                &[("end", &end.to_string())],
                            ))
                            .color(color),
                        );
                    }
                    egui::Grid::new(("roadmap-grid", *year))
                        .striped(true)
                        .num_columns(4)
                        .show(ui, |ui| {
                            ui.label(egui::RichText::new(t("col-commune")).strong());
                            ui.label(egui::RichText::new(t("col-criteria")).strong());
                            ui.label(egui::RichText::new(t("field-agency")).strong());
                            ui.label(egui::RichText::new(t("field-note")).strong());
                            ui.end_row();
                            for it in items {
                                if ui.link(&it.commune).clicked() {
                                    go = Some(Place::CommuneCriterion(
                                        it.commune_id.clone(),
                                        it.code.clone(),
                                    ));
                                }
                                ui.label(format!("{}. {}", it.code, it.criterion));
                                ui.label(&it.agency);
                                ui.label(&it.note);
                                ui.end_row();
                            }
                        });
                });
            }
        });
    if let Some(place) = go {
        app.send(Command::GoTo(place));
    }
}
