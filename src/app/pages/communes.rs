//! Communes: the criteria totals ("64/94 → 93/94"), districts, and every commune
//! with its recognition and criteria met, baseline → target. Rows are laid out only
//! when visible, so a national plan scrolls as smoothly as a provincial one.

use super::super::NtmApp;
use crate::check::Place;
use crate::model::Level;
use eframe::egui;

pub fn page(app: &mut NtmApp, ui: &mut egui::Ui) {
    let Some((f, _)) = app.analysis() else { return };
    let f = f.clone();
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let n = f.communes;
    let focus = app.focus.clone();
    let scroll = std::mem::take(&mut app.focus_scroll);
    let lang = app.lang();
    let t = |k: &str| app.i18n.get(lang, k).to_string();

    super::heading(ui, &t("page-communes"));
    ui.columns(2, |cols| {
        let ui = &mut cols[0];
        ui.label(egui::RichText::new(t("communes-per-criterion")).strong());
        egui::Grid::new("criteria-totals")
            .striped(true)
            .num_columns(3)
            .show(ui, |ui| {
                for c in &f.per_criterion {
                    let hl = matches!(&focus, Some(Place::Criterion(code)) if *code == c.code);
                    let name = format!("{}. {}", c.code, c.name);
                    let text = format!("{}/{n} → {}/{n}", c.baseline, c.target);
                    if hl {
                        super::focus_frame(ui)
                            .show(ui, |ui| ui.label(egui::RichText::new(name).strong()));
                    } else {
                        ui.label(name);
                    }
                    ui.label(text);
                    let delta = c.target as i64 - c.baseline as i64;
                    ui.label(if delta == 0 {
                        String::new()
                    } else {
                        format!("{delta:+}")
                    });
                    ui.end_row();
                }
            });
        let ui = &mut cols[1];
        ui.label(egui::RichText::new(t("communes-distribution")).strong());
        egui::Grid::new("distribution")
            .striped(true)
            .num_columns(3)
            .show(ui, |ui| {
                ui.label(t("col-band"));
                ui.label(t("col-baseline"));
                ui.label(t("col-target"));
                ui.end_row();
                for b in &f.distribution {
                    ui.label(&b.label);
                    ui.label(b.baseline.to_string());
                    ui.label(b.target.to_string());
                    ui.end_row();
                }
            });
        if !f.districts.is_empty() {
            ui.add_space(8.0);
            ui.label(egui::RichText::new(t("communes-districts")).strong());
            egui::Grid::new("districts")
                .striped(true)
                .num_columns(4)
                .show(ui, |ui| {
                    for d in &f.districts {
                        let hl = matches!(&focus, Some(Place::District(id)) if *id == d.id);
                        if hl {
                            super::focus_frame(ui)
                                .show(ui, |ui| ui.label(egui::RichText::new(&d.name).strong()));
                        } else {
                            ui.label(&d.name);
                        }
                        ui.label(format!("{} {}", d.communes, t("unit-communes")));
                        ui.label(format!("NTM {}/{}", d.ntm_by_target, d.communes));
                        ui.label(format!("{} {}", t("level-advanced"), d.advanced_by_target));
                        ui.end_row();
                    }
                });
        }
    });
    ui.add_space(10.0);
    ui.separator();

    let headers = [
        t("col-no"),
        t("col-commune"),
        t(if plan.criteria_set.uses_groups() {
            "col-group"
        } else {
            "col-district"
        }),
        t("col-recognition"),
        t("col-met"),
        t("col-unmet-target"),
    ];
    let widths = [40.0, 170.0, 140.0, 200.0, 120.0];
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    ui.horizontal(|ui| {
        for (h, w) in headers
            .iter()
            .zip(widths.iter().chain(std::iter::once(&240.0)))
        {
            ui.add_sized(
                [*w, row_h],
                egui::Label::new(egui::RichText::new(h).strong()),
            );
        }
    });
    let focus_index = match &focus {
        Some(Place::Commune(id) | Place::CommuneCriterion(id, _)) => {
            plan.communes.iter().position(|c| &c.id == id)
        }
        _ => None,
    };
    let mut area = egui::ScrollArea::vertical()
        .id_salt("communes")
        .auto_shrink([false, false]);
    if scroll && let Some(i) = focus_index {
        area = area.vertical_scroll_offset((i as f32 * row_h - 3.0 * row_h).max(0.0));
    }
    let total = plan.criteria_set.len();
    area.show_rows(ui, row_h, plan.communes.len(), |ui, range| {
        for i in range {
            let c = &plan.communes[i];
            let place = match (&c.district, c.group) {
                (_, Some(g)) => format!("{} {g}", t("col-group")),
                (Some(d), None) => plan.unit_name(d).to_string(),
                (None, None) => String::new(),
            };
            let rec = recognition_text(c, &t);
            let met = format!(
                "{}/{total} → {}/{total}",
                f.met_baseline[i], f.met_target[i]
            );
            let unmet = c.target_unmet.join(", ");
            let row = |ui: &mut egui::Ui| {
                ui.horizontal(|ui| {
                    let cells = [
                        (i + 1).to_string(),
                        c.name.clone(),
                        place.clone(),
                        rec.clone(),
                        met.clone(),
                        unmet.clone(),
                    ];
                    for (text, w) in cells
                        .iter()
                        .zip(widths.iter().chain(std::iter::once(&240.0)))
                    {
                        ui.add_sized([*w, row_h - 4.0], egui::Label::new(text).truncate());
                    }
                });
            };
            if focus_index == Some(i) {
                super::focus_frame(ui).inner_margin(0.0).show(ui, row);
            } else {
                row(ui);
            }
        }
    });
}

fn recognition_text(c: &crate::model::Commune, t: &dyn Fn(&str) -> String) -> String {
    let level = |l: Level| {
        t(match l {
            Level::Ntm => "level-ntm",
            Level::Advanced => "level-advanced",
            Level::Model => "level-model",
            Level::Modern => "level-modern",
        })
    };
    let mut parts = Vec::new();
    if let Some(r) = c.recognized.iter().max_by_key(|r| (r.level, r.year)) {
        parts.push(format!("{} {}", level(r.level), r.year));
    }
    for p in &c.planned {
        parts.push(format!("→ {} {}", level(p.level), p.year));
    }
    parts.join(" ")
}
