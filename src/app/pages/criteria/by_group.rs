//! On the distribution tab, for a set with commune groups: communes meeting each
//! criterion per group (baseline → target), recognitions per group, and the
//! province's completion of the NTM task with the program's targets beside it.

use super::super::super::i18n::I18n;
use crate::figures::Figures;
use crate::figures::groups::GroupFigures;
use crate::lang::Lang;
use crate::model::Plan;
use crate::numfmt;
use eframe::egui;

/// A summary row of the table: its label, and a group's value.
type SummaryRow<'a> = (String, &'a dyn Fn(&GroupFigures) -> String);

pub fn view(ui: &mut egui::Ui, plan: &Plan, f: &Figures, tr: &I18n, lang: Lang) {
    let t = |k: &str| tr.get(lang, k).to_string();
    let year = plan.header.year;
    if let Some(c) = &f.completion {
        ui.add_space(10.0);
        ui.label(egui::RichText::new(t("completion-title")).strong());
        for line in c.describe(year, plan.criteria_set.len(), lang) {
            ui.add(egui::Label::new(line).wrap());
        }
    }
    if f.by_group.is_empty() {
        return;
    }
    ui.add_space(10.0);
    ui.label(egui::RichText::new(t("by-group-title")).strong());
    let word = t("col-group");
    let none = t("group-none-short");
    let heading = |g: &GroupFigures| match g.group {
        Some(n) => format!("{word} {n} ({})", g.communes),
        None => format!("{word}: {none} ({})", g.communes),
    };
    egui::ScrollArea::horizontal()
        .id_salt("by-group-scroll")
        .show(ui, |ui| {
            egui::Grid::new("by-group")
                .striped(true)
                .num_columns(1 + f.by_group.len())
                .spacing([18.0, 4.0])
                .show(ui, |ui| {
                    ui.label(egui::RichText::new(t("col-criteria")).strong());
                    for g in &f.by_group {
                        ui.label(egui::RichText::new(heading(g)).strong());
                    }
                    ui.end_row();
                    for (k, c) in plan.criteria_set.criteria.iter().enumerate() {
                        ui.label(format!("{}. {}", c.code, c.name));
                        for g in &f.by_group {
                            let (b, tg) = g.per_criterion.get(k).copied().unwrap_or_default();
                            ui.label(format!("{b} → {tg}/{}", g.communes));
                        }
                        ui.end_row();
                    }
                    let rows: [SummaryRow; 4] = [
                        (
                            tr.fmt(
                                lang,
                                "by-group-recognized",
                                &[("year", year.to_string().as_str())],
                            ),
                            &|g| format!("{}/{}", g.recognized, g.communes),
                        ),
                        (
                            tr.fmt(
                                lang,
                                "by-group-ntm-after",
                                &[("year", year.to_string().as_str())],
                            ),
                            &|g| format!("{}/{}", g.ntm_after, g.communes),
                        ),
                        (
                            tr.fmt(
                                lang,
                                "by-group-modern-after",
                                &[("year", year.to_string().as_str())],
                            ),
                            &|g| format!("{}/{}", g.modern_after, g.communes),
                        ),
                        (t("card-average"), &|g| {
                            g.average_target
                                .map(|a| numfmt::fixed(a, 2))
                                .unwrap_or_else(|| "—".into())
                        }),
                    ];
                    for (label, value) in rows {
                        ui.label(egui::RichText::new(label).strong());
                        for g in &f.by_group {
                            ui.label(value(g));
                        }
                        ui.end_row();
                    }
                });
        });
}
