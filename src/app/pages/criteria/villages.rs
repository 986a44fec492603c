//! Villages recognized and to recognize per district (or commune), checked against
//! the plan's stated total; the district criteria matrix with the district-level
//! conditions (all communes at NTM standard, at least 10% advanced) computed from the
//! commune data.

use super::super::super::NtmApp;
use crate::check::Place;
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
    let focus = app.focus.clone();
    egui::ScrollArea::vertical()
        .id_salt("villages")
        .show(ui, |ui| {
            ui.label(egui::RichText::new(t("villages-title")).strong());
            if f.villages.is_empty() {
                ui.label(t("villages-none"));
            } else {
                egui::Grid::new("villages")
                    .striped(true)
                    .num_columns(4)
                    .show(ui, |ui| {
                        ui.label(egui::RichText::new(t("col-unit")).strong());
                        ui.label(egui::RichText::new(t("col-recognized")).strong());
                        ui.label(egui::RichText::new(t("col-to-recognize")).strong());
                        ui.label(""); // the last column reaches the panel edge
                        ui.end_row();
                        for v in &f.villages {
                            ui.label(&v.name);
                            super::super::number_cell(
                                ui,
                                v.recognized.map(crate::numfmt::count).unwrap_or_default(),
                            );
                            super::super::number_cell(ui, crate::numfmt::count(v.to_recognize));
                            ui.label(""); // the last column reaches the panel edge
                            ui.end_row();
                        }
                        ui.label(egui::RichText::new(t("total")).strong());
                        ui.label("");
                        super::super::number_cell(
                            ui,
                            egui::RichText::new(crate::numfmt::count(f.villages_to_recognize))
                                .strong(),
                        );
                        ui.label(""); // the last column reaches the panel edge
                        ui.end_row();
                    });
                if let Some(st) = plan.stated.villages_to_recognize {
                    let ok = st == f.villages_to_recognize;
                    let text = app.i18n.fmt(
                        lang,
                        if ok {
                            "villages-stated-ok"
                        } else {
                            "villages-stated-differs"
                        },
                        &[
                            ("stated", &st.to_string()),
                            ("data", &f.villages_to_recognize.to_string()),
                        ],
                    );
                    ui.label(egui::RichText::new(text).color(if ok {
                        ui.visuals().text_color()
                    } else {
                        egui::Color32::from_rgb(200, 40, 40)
                    }));
                }
            }
            ui.add_space(12.0);
            ui.label(egui::RichText::new(t("districts-title")).strong());
            if plan.districts.is_empty() {
                ui.label(t("districts-none"));
                return;
            }
            let ds = plan.district_set.as_ref();
            let ncrit = ds.map(|s| s.len()).unwrap_or(0);
            egui::Grid::new("district-matrix")
                .striped(true)
                .num_columns(5 + ncrit)
                .show(ui, |ui| {
                    ui.label(egui::RichText::new(t("col-district")).strong());
                    ui.label(egui::RichText::new(t("col-communes")).strong());
                    ui.label(egui::RichText::new(t("col-ntm-by-target")).strong());
                    ui.label(egui::RichText::new(t("col-advanced-by-target")).strong());
                    ui.label(egui::RichText::new(t("col-conditions")).strong());
                    if let Some(s) = ds {
                        for c in &s.criteria {
                            ui.label(egui::RichText::new(&c.code).strong())
                                .on_hover_text(c.name_in(lang));
                        }
                    }
                    ui.end_row();
                    for (d, fig) in plan.districts.iter().zip(&f.districts) {
                        let hl = matches!(&focus, Some(Place::District(id)) if *id == d.id);
                        let name = match d.planned {
                            Some(y) => format!("{} ({} {y})", d.name, t("district-planned")),
                            None => d.name.clone(),
                        };
                        if hl {
                            super::super::focus_frame(ui)
                                .show(ui, |ui| ui.label(egui::RichText::new(name).strong()));
                        } else {
                            ui.label(name);
                        }
                        ui.label(fig.communes.to_string());
                        ui.label(format!("{}/{}", fig.ntm_by_target, fig.communes));
                        // The share rounded like every other share (2/12 is 16,67%).
                        let share = crate::figures::shares::percent_shares(
                            &[rust_decimal::Decimal::from(fig.advanced_by_target as u64)],
                            rust_decimal::Decimal::from(fig.communes as u64),
                            2,
                        );
                        ui.label(match share.as_deref().and_then(<[_]>::first) {
                            Some(s) if fig.communes > 0 => format!(
                                "{} ({})",
                                fig.advanced_by_target,
                                crate::numfmt::percent(*s)
                            ),
                            _ => fig.advanced_by_target.to_string(),
                        });
                        ui.label(if fig.commune_conditions_met {
                            "✓"
                        } else {
                            "✗"
                        });
                        if let Some(s) = ds {
                            for c in &s.criteria {
                                let b = !d.baseline_unmet.contains(&c.code);
                                let tg = !d.target_unmet.contains(&c.code);
                                let sym = match (b, tg) {
                                    (true, true) => "✓",
                                    (false, true) => "✓▲",
                                    (false, false) => "✗",
                                    (true, false) => "✗▼",
                                };
                                ui.label(sym);
                            }
                        }
                        ui.end_row();
                    }
                });
        });
}
