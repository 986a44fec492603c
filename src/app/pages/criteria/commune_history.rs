//! The selected commune's history across the 2025 reorganization: the old communes it
//! was formed from, each with its last status; and, while it is not yet assessed under
//! the plan's set, the crosswalk's proposal with the planner's choices — apply it,
//! drop it, or mark the commune assessed as it stands. Each is one undoable edit.

use super::super::super::NtmApp;
use crate::document::Edit;
use crate::model::{Commune, Plan};
use eframe::egui;

fn commit(app: &mut NtmApp, i: usize, c: Commune) {
    if let Some(doc) = app.doc.as_mut() {
        doc.apply(Edit::Commune(i, Box::new(c)), None);
    }
}

pub fn section(app: &mut NtmApp, ui: &mut egui::Ui, i: usize, c: &Commune, plan: &Plan) {
    if c.history.is_empty() && !c.unassessed && c.proposed.is_empty() {
        return;
    }
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    ui.separator();
    if !c.history.is_empty() {
        ui.label(egui::RichText::new(t("history-title")).strong());
        for p in &c.history {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new(p.title()).strong());
                match &p.status {
                    Some(s) => {
                        let level = match s.level() {
                            Some(l) => tr.fmt(
                                lang,
                                "history-level",
                                &[
                                    ("level", lang.pick(l.level.vi(), l.level.en())),
                                    ("year", &l.year.to_string()),
                                ],
                            ),
                            None => t("history-not-recognized"),
                        };
                        ui.label(level);
                        ui.label(tr.fmt(
                            lang,
                            "history-met",
                            &[
                                ("met", &s.met.to_string()),
                                ("of", &s.of.to_string()),
                                ("basis", &t(s.basis.key())),
                                ("year", &s.plan_year.to_string()),
                            ],
                        ));
                        if !s.unmet.is_empty() {
                            ui.label(egui::RichText::new(tr.fmt(
                                lang,
                                "history-unmet",
                                &[("list", &s.unmet.join(", "))],
                            )));
                        }
                    }
                    None => {
                        ui.label(egui::RichText::new(t("history-no-status")).italics());
                    }
                }
            });
        }
    }
    if !c.unassessed && c.proposed.is_empty() {
        return;
    }
    ui.add_space(4.0);
    if c.unassessed {
        ui.label(
            egui::RichText::new(tr.fmt(
                lang,
                "history-unassessed",
                &[("set", &plan.criteria_set.name)],
            ))
            .strong()
            .color(ui.visuals().warn_fg_color),
        );
    }
    if !c.proposed.is_empty() {
        let names: Vec<String> = c
            .proposed
            .iter()
            .map(|k| {
                plan.criteria_set
                    .criterion(k)
                    .map(|x| format!("{k}. {}", x.name_in(lang)))
                    .unwrap_or_else(|| k.clone())
            })
            .collect();
        ui.label(t("history-proposed"));
        for n in names {
            ui.label(format!("  • {n}"));
        }
        ui.label(egui::RichText::new(t("history-proposed-hint")).weak());
    }
    ui.horizontal_wrapped(|ui| {
        if !c.proposed.is_empty()
            && ui
                .button(t("history-apply-proposal"))
                .on_hover_text(t("history-apply-proposal-hint"))
                .clicked()
        {
            // The proposal becomes the baseline and the target; the rest is unmet.
            let unmet: Vec<String> = plan
                .criteria_set
                .criteria
                .iter()
                .filter(|k| !c.proposed.contains(&k.code))
                .map(|k| k.code.clone())
                .collect();
            let mut n = c.clone();
            n.baseline_unmet = unmet.clone();
            n.target_unmet = unmet;
            n.proposed.clear();
            n.unassessed = false;
            commit(app, i, n);
        }
        if !c.proposed.is_empty() && ui.button(t("history-drop-proposal")).clicked() {
            let mut n = c.clone();
            n.proposed.clear();
            commit(app, i, n);
        }
        if c.unassessed
            && ui
                .button(t("history-mark-assessed"))
                .on_hover_text(t("history-mark-assessed-hint"))
                .clicked()
        {
            let mut n = c.clone();
            n.unassessed = false;
            commit(app, i, n);
        }
    });
}
