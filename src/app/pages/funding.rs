//! Funding: the source tree with stated and computed totals, the allocation over
//! component contents with shares adding to 100,00%, and projects per component.

use super::super::NtmApp;
use crate::check::Place;
use crate::numfmt;
use eframe::egui;

pub fn page(app: &mut NtmApp, ui: &mut egui::Ui) {
    let Some((f, _)) = app.analysis() else { return };
    let f = f.clone();
    let focus = app.focus.clone();
    let lang = app.lang();
    let t = |k: &str| app.i18n.get(lang, k).to_string();
    egui::ScrollArea::vertical()
        .id_salt("funding")
        .show(ui, |ui| {
            super::heading(ui, &t("page-funding"));
            ui.label(egui::RichText::new(t("funding-tree")).strong());
            egui::Grid::new("funding-tree")
                .striped(true)
                .num_columns(3)
                .show(ui, |ui| {
                    ui.label(t("col-source"));
                    ui.label(t("col-amount"));
                    ui.label(t("col-stated"));
                    ui.end_row();
                    for n in &f.funding {
                        let name = format!("{}{}", "    ".repeat(n.depth), n.name);
                        let hl = matches!(&focus, Some(Place::Funding(id)) if *id == n.id);
                        let text = if n.depth <= 1 {
                            egui::RichText::new(name).strong()
                        } else {
                            egui::RichText::new(name)
                        };
                        if hl {
                            super::focus_frame(ui).show(ui, |ui| ui.label(text));
                        } else {
                            ui.label(text);
                        }
                        ui.label(numfmt::decimal(n.computed));
                        let stated = match n.stated {
                            Some(s) if !n.is_leaf && s != n.computed => {
                                egui::RichText::new(format!("{} ≠", numfmt::decimal(s)))
                                    .color(egui::Color32::from_rgb(200, 40, 40))
                            }
                            Some(s) if !n.is_leaf => egui::RichText::new(numfmt::decimal(s)),
                            _ => egui::RichText::new(""),
                        };
                        ui.label(stated);
                        ui.end_row();
                    }
                });
            if let Some(a) = &f.allocation {
                ui.add_space(12.0);
                let title = format!(
                    "{} — {} ({} {})",
                    t("funding-allocation"),
                    a.base_name,
                    numfmt::decimal(a.base),
                    t("unit-million-vnd")
                );
                let hl = matches!(&focus, Some(Place::Allocation(_)));
                let body = |ui: &mut egui::Ui| {
                    ui.label(egui::RichText::new(title).strong());
                    egui::Grid::new("allocation")
                        .striped(true)
                        .num_columns(4)
                        .show(ui, |ui| {
                            ui.label(t("col-component"));
                            ui.label(t("col-amount"));
                            ui.label(t("col-share"));
                            ui.label(t("col-stated-share"));
                            ui.end_row();
                            for l in &a.lines {
                                let name = match &l.component {
                                    Some(c) => format!("{c}. {}", l.name),
                                    None => l.name.clone(),
                                };
                                ui.label(name);
                                ui.label(numfmt::decimal(l.amount));
                                ui.label(numfmt::percent(l.share));
                                let stated = match l.stated_share {
                                    Some(s) if crate::figures::round2(s) != l.share => {
                                        egui::RichText::new(numfmt::percent(s))
                                            .color(egui::Color32::from_rgb(200, 120, 0))
                                    }
                                    Some(s) => egui::RichText::new(numfmt::percent(s)),
                                    None => egui::RichText::new(""),
                                };
                                ui.label(stated);
                                ui.end_row();
                            }
                            ui.label(egui::RichText::new(t("total")).strong());
                            ui.label(egui::RichText::new(numfmt::decimal(a.allocated)).strong());
                            ui.label(
                                egui::RichText::new(numfmt::percent(
                                    a.lines.iter().map(|l| l.share).sum(),
                                ))
                                .strong(),
                            );
                            ui.label(a.stated_shares_sum.map(numfmt::percent).unwrap_or_default());
                            ui.end_row();
                        });
                };
                if hl {
                    super::focus_frame(ui).show(ui, body);
                } else {
                    body(ui);
                }
            }
            if f.projects > 0 {
                ui.add_space(12.0);
                let hl = matches!(&focus, Some(Place::Projects));
                let body = |ui: &mut egui::Ui| {
                    ui.label(
                        egui::RichText::new(app.i18n.fmt(
                            lang,
                            "funding-projects",
                            &[
                                ("count", &f.projects.to_string()),
                                ("special", &f.special_projects.to_string()),
                            ],
                        ))
                        .strong(),
                    );
                    egui::Grid::new("projects-by-component")
                        .striped(true)
                        .num_columns(4)
                        .show(ui, |ui| {
                            ui.label(t("col-component"));
                            ui.label(t("col-projects"));
                            ui.label(t("col-special"));
                            ui.label(t("col-amount"));
                            ui.end_row();
                            for c in &f.projects_by_component {
                                ui.label(match &c.component {
                                    Some(code) => format!("{code}. {}", c.name),
                                    None => c.name.clone(),
                                });
                                ui.label(c.projects.to_string());
                                ui.label(c.special.to_string());
                                ui.label(numfmt::decimal(c.amount));
                                ui.end_row();
                            }
                        });
                };
                if hl {
                    super::focus_frame(ui).show(ui, body);
                } else {
                    body(ui);
                }
            }
        });
}
