//! Totals per criterion ("64/94 → 93/94 (+29)"), the distribution bands baseline vs
//! target with the average, recognition candidates against the communes the plan
//! names, and communes below the plan's floor.

use super::super::super::NtmApp;
use crate::model::Level;
use crate::numfmt;
use eframe::egui;

pub fn view(app: &mut NtmApp, ui: &mut egui::Ui) {
    let Some((f, _)) = app.analysis() else { return };
    let f = f.clone();
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let n = f.communes;
    let year = plan.header.year;
    // A plan with results compares them with the targets, here as in the figures.
    let res = f.results.clone();
    let ncols = if res.is_some() { 4 } else { 3 };
    egui::ScrollArea::vertical()
        .id_salt("distribution")
        .show(ui, |ui| {
            ui.columns(2, |cols| {
                let ui = &mut cols[0];
                ui.label(egui::RichText::new(t("communes-per-criterion")).strong());
                egui::Grid::new("criteria-totals")
                    .striped(true)
                    .num_columns(ncols)
                    .show(ui, |ui| {
                        for (k, c) in f.per_criterion.iter().enumerate() {
                            ui.label(format!(
                                "{}. {}",
                                c.code,
                                plan.criteria_set.criterion_name(&c.code, lang)
                            ));
                            super::super::number_cell(
                                ui,
                                format!("{}/{n} → {}/{n}", c.baseline, c.target),
                            );
                            let delta = c.target as i64 - c.baseline as i64;
                            super::super::number_cell(
                                ui,
                                if delta == 0 {
                                    String::new()
                                } else {
                                    format!("{delta:+}")
                                },
                            );
                            if let Some(r) = &res {
                                // "90/94 đạt được", marked when the target was missed.
                                let got = r.per_criterion[k].result;
                                let text = tr.fmt(
                                    lang,
                                    "distribution-result",
                                    &[("result", got), ("n", n)],
                                );
                                let missed = r.per_criterion[k].missed > 0;
                                ui.label(if missed {
                                    egui::RichText::new(text).color(ui.visuals().warn_fg_color)
                                } else {
                                    egui::RichText::new(text)
                                });
                            }
                            ui.end_row();
                        }
                    });
                let ui = &mut cols[1];
                ui.label(egui::RichText::new(t("communes-distribution")).strong());
                egui::Grid::new("distribution-bands")
                    .striped(true)
                    .num_columns(ncols)
                    .show(ui, |ui| {
                        ui.label(t("col-band"));
                        ui.label(t("col-baseline"));
                        ui.label(t("col-target"));
                        if res.is_some() {
                            ui.label(t("layer-result"));
                        }
                        ui.end_row();
                        for (k, b) in f.distribution.iter().enumerate() {
                            ui.label(b.label_in(lang));
                            super::super::number_cell(ui, numfmt::count(b.baseline as i64));
                            super::super::number_cell(ui, numfmt::count(b.target as i64));
                            if let Some(r) = &res {
                                super::super::number_cell(
                                    ui,
                                    numfmt::count(r.distribution[k].result as i64),
                                );
                            }
                            ui.end_row();
                        }
                        ui.label(egui::RichText::new(t("card-average")).strong());
                        super::super::number_cell(
                            ui,
                            f.average_baseline
                                .map(|a| numfmt::fixed(a, 2))
                                .unwrap_or_default(),
                        );
                        super::super::number_cell(
                            ui,
                            f.average_target
                                .map(|a| numfmt::fixed(a, 2))
                                .unwrap_or_default(),
                        );
                        if let Some(r) = &res {
                            super::super::number_cell(
                                ui,
                                r.average_result
                                    .map(|a| numfmt::fixed(a, 2))
                                    .unwrap_or_default(),
                            );
                        }
                        ui.end_row();
                    });
                ui.add_space(10.0);
                ui.label(
                    egui::RichText::new(app.i18n.fmt(
                        lang,
                        "recognition-title",
                        &[("year", &year.to_string())],
                    ))
                    .strong(),
                );
                let named: Vec<String> = plan
                    .communes
                    .iter()
                    .filter(|c| {
                        !c.recognized.iter().any(|r| r.year < year)
                            && c.planned
                                .iter()
                                .any(|p| p.level == Level::Ntm && p.year <= year)
                    })
                    .map(|c| c.name.clone())
                    .collect();
                let not_named: Vec<&String> =
                    f.candidates.iter().filter(|c| !named.contains(c)).collect();
                let not_ready: Vec<&String> =
                    named.iter().filter(|c| !f.candidates.contains(c)).collect();
                // Long lists of names wrap within the page instead of running off it.
                let list_width = (ui.available_width() - 300.0).max(200.0);
                egui::Grid::new("recognition")
                    .num_columns(2)
                    .max_col_width(list_width)
                    .show(ui, |ui| {
                        // "3: Bản Bo, …"; an empty list is "—", not "0:".
                        let listed = |names: &[String]| {
                            if names.is_empty() {
                                "—".to_string()
                            } else {
                                format!("{}: {}", names.len(), names.join(", "))
                            }
                        };
                        ui.label(t("recognition-candidates"));
                        ui.add(egui::Label::new(listed(&f.candidates)).wrap());
                        ui.end_row();
                        ui.label(t("recognition-named"));
                        ui.add(egui::Label::new(listed(&named)).wrap());
                        ui.end_row();
                        // Names that should not be there: in red, "—" when none.
                        let red = egui::Color32::from_rgb(200, 40, 40);
                        for (key, names) in [
                            ("recognition-not-named", &not_named),
                            ("recognition-not-ready", &not_ready),
                        ] {
                            ui.label(t(key));
                            let text = if names.is_empty() {
                                egui::RichText::new("—")
                            } else {
                                let names: Vec<&str> = names.iter().map(|s| s.as_str()).collect();
                                egui::RichText::new(names.join(", ")).color(red)
                            };
                            ui.add(egui::Label::new(text).wrap());
                            ui.end_row();
                        }
                    });
                ui.add_space(10.0);
                match plan.stated.floor {
                    Some(floor) => {
                        let text = if f.below_floor.is_empty() {
                            app.i18n
                                .fmt(lang, "floor-none-below", &[("floor", &floor.to_string())])
                        } else {
                            let list: Vec<String> = f
                                .below_floor
                                .iter()
                                .map(|(name, m)| format!("{name} ({m})"))
                                .collect();
                            format!(
                                "{}: {}",
                                app.i18n.fmt(
                                    lang,
                                    "floor-below",
                                    &[
                                        ("floor", crate::i18n::Arg::from(&floor.to_string())),
                                        ("count", crate::i18n::Arg::from(f.below_floor.len()))
                                    ]
                                ),
                                list.join(", ")
                            )
                        };
                        ui.label(text);
                    }
                    None => {
                        ui.label(t("floor-not-stated"));
                    }
                }
            });
            // Per commune group, and the province's completion (2026–2030).
            super::by_group::view(ui, plan, &f, &tr, lang);
        });
}
