//! The selected commune's result in the side panel, for a plan that records results:
//! criteria met at the results date against the target, the recognitions granted
//! (level, year, decision, its date) and a note. Every change replaces the commune's
//! result in one undoable edit.

use super::super::super::NtmApp;
use super::super::super::widgets::date_field::{DateOutcome, date_field};
use super::super::super::widgets::number_field::{NumberOutcome, number_field};
use super::super::super::widgets::text_field::text_field;
use crate::document::Edit;
use crate::model::{Commune, CommuneResult, Granted, Level, Plan};
use eframe::egui;
use rust_decimal::Decimal;

const LEVELS: [(Level, &str); 4] = [
    (Level::Ntm, "level-ntm"),
    (Level::Advanced, "level-advanced"),
    (Level::Model, "level-model"),
    (Level::Modern, "level-modern"),
];

fn commit(app: &mut NtmApp, i: usize, r: Option<CommuneResult>, group: Option<String>) {
    if let Some(doc) = app.doc.as_mut() {
        doc.apply(Edit::CommuneResult(i, r.map(Box::new)), group);
    }
}

pub fn section(app: &mut NtmApp, ui: &mut egui::Ui, i: usize, c: &Commune, plan: &Plan) {
    if !crate::figures::results::has_results(plan) {
        return;
    }
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    ui.separator();
    let title = match &plan.results {
        Some(r) => tr.fmt(lang, "result-panel-title", &[("date", &r.date.vi())]),
        None => t("result-panel-title-undated"),
    };
    ui.label(egui::RichText::new(title).strong());
    let n = plan.criteria_set.len();
    let target = n - c.target_unmet.len().min(n);
    let Some(res) = c.result.clone() else {
        ui.label(t("result-none"));
        if ui.button(t("result-record-as-target")).clicked() {
            let r = CommuneResult {
                unmet: c.target_unmet.clone(),
                ..CommuneResult::default()
            };
            commit(app, i, Some(r), None);
        }
        return;
    };
    let met = n - res
        .unmet
        .iter()
        .filter(|x| plan.criteria_set.criterion(x).is_some())
        .count()
        .min(n);
    ui.label(tr.fmt(
        lang,
        "result-met-line",
        &[
            ("met", crate::i18n::Arg::from(met)),
            ("n", n.into()),
            ("target", target.into()),
        ],
    ));
    if !res.unmet.is_empty() {
        ui.label(tr.fmt(
            lang,
            "result-unmet-list",
            &[("list", &res.unmet.join(", "))],
        ));
    }
    ui.add_space(4.0);
    ui.label(egui::RichText::new(t("result-granted")).strong());
    let mut new = res.clone();
    let mut changed: Option<Option<String>> = None; // Some(group) when changed
    let mut remove = None;
    for (k, g) in res.granted.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let l = ui.label(t("field-level"));
                let mut level = g.level;
                let shown = LEVELS
                    .iter()
                    .find(|(v, _)| *v == level)
                    .map(|(_, key)| t(key))
                    .unwrap_or_default();
                egui::ComboBox::from_id_salt(("granted-level", i, k))
                    .selected_text(shown)
                    .show_ui(ui, |ui| {
                        for (v, key) in LEVELS {
                            ui.selectable_value(&mut level, v, t(key));
                        }
                    })
                    .response
                    .labelled_by(l.id);
                if level != g.level {
                    new.granted[k].level = level;
                    changed = Some(None);
                }
                match number_field(
                    ui,
                    &format!("granted-year-{i}-{k}"),
                    &t("field-year-short"),
                    Decimal::from(g.year),
                    60.0,
                    false,
                ) {
                    NumberOutcome::Committed(v) => match u16::try_from(v)
                        .ok()
                        .filter(|y| crate::model::date::YEARS.contains(y))
                    {
                        Some(y) => {
                            new.granted[k].year = y;
                            changed = Some(None);
                        }
                        None => {
                            let msg = tr.fmt(lang, "error-year", &[("value", &v.to_string())]);
                            app.toasts.error(msg);
                        }
                    },
                    NumberOutcome::Invalid(e) => app.toasts.error(e),
                    NumberOutcome::Unchanged => {}
                }
                if ui.button(t("result-remove-granted")).clicked() {
                    remove = Some(k);
                }
            });
            if let Some(ch) = text_field(ui, &t("field-decision"), &g.decision, false) {
                if ch.text != g.decision {
                    new.granted[k].decision = ch.text;
                    changed = Some(Some(format!("granted-decision-{i}-{k}")));
                }
                if ch.lost_focus
                    && let Some(d) = app.doc.as_mut()
                {
                    d.seal();
                }
            }
            match date_field(
                ui,
                &format!("granted-date-{i}-{k}"),
                &t("field-decision-date"),
                g.date,
            ) {
                DateOutcome::Committed(d) => {
                    new.granted[k].date = d;
                    changed = Some(None);
                }
                DateOutcome::Invalid(e) => app.toasts.error(e),
                DateOutcome::Unchanged => {}
            }
        });
    }
    if let Some(k) = remove {
        new.granted.remove(k);
        changed = Some(None);
    }
    if ui.button(t("result-add-granted")).clicked() {
        // The level the plan intends for this year, else NTM.
        let year = plan.header.year;
        let level = c
            .planned
            .iter()
            .filter(|p| p.year <= year)
            .map(|p| p.level)
            .find(|l| !res.granted.iter().any(|g| g.level == *l))
            .unwrap_or(Level::Ntm);
        new.granted.push(Granted {
            level,
            year,
            decision: String::new(),
            date: None,
        });
        changed = Some(None);
    }
    if let Some(ch) = text_field(ui, &t("field-result-note"), &res.note, true) {
        if ch.text != res.note {
            new.note = ch.text;
            changed = Some(Some(format!("result-note-{i}")));
        }
        if ch.lost_focus
            && let Some(d) = app.doc.as_mut()
        {
            d.seal();
        }
    }
    if let Some(group) = changed {
        new.granted.sort_by_key(|g| (g.year, g.level));
        commit(app, i, Some(new), group);
    }
    if ui
        .button(t("result-clear"))
        .on_hover_text(t("result-clear-hint"))
        .clicked()
    {
        commit(app, i, None, None);
    }
}
