//! The selected commune: name, district or group, recognition, planned recognition,
//! note, and for the selected criterion its planned completion year, agency and note.
//! Every change replaces the commune in one undoable edit.

use super::super::super::NtmApp;
use super::super::super::widgets::number_field::year_field;
use super::super::super::widgets::text_field::text_field;
use super::super::super::widgets::typed_field::Outcome;
use crate::document::Edit;
use crate::model::{Commune, CriterionDetail, Level, LevelYear};
use eframe::egui;

const LEVELS: [(Option<Level>, &str); 5] = [
    (None, "level-none"),
    (Some(Level::Ntm), "level-ntm"),
    (Some(Level::Advanced), "level-advanced"),
    (Some(Level::Model), "level-model"),
    (Some(Level::Modern), "level-modern"),
];

fn commit(app: &mut NtmApp, i: usize, c: Commune, group: Option<String>) {
    if let Some(doc) = app.doc.as_mut() {
        doc.apply(Edit::Commune(i, Box::new(c)), group);
    }
}

pub fn view(app: &mut NtmApp, ui: &mut egui::Ui) {
    let Some(i) = app.matrix.commune else { return };
    let Some(plan) = app.doc.as_ref().map(|d| d.plan.clone()) else {
        return;
    };
    let Some(c) = plan.communes.get(i).cloned() else {
        app.matrix.commune = None;
        return;
    };
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    egui::ScrollArea::vertical()
        .id_salt("commune-panel")
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new(&c.name).font(crate::app::fonts::bold(18.0)));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button(t("btn-close")).clicked() {
                        app.matrix.commune = None;
                    }
                });
            });
            ui.separator();
            if let Some(ch) = text_field(ui, &t("field-commune-name"), &c.name, false) {
                if ch.text != c.name && !ch.text.trim().is_empty() {
                    let mut n = c.clone();
                    n.name = ch.text;
                    // Another commune of the same name, or nearly (accents, y/i): refused.
                    match super::unit_info::clash(&plan, i, &n) {
                        Some(other) => {
                            let msg = app.tf("error-name-clash", &[("name", other.as_str())]);
                            app.toasts.error(msg);
                        }
                        None => commit(app, i, n, Some(format!("commune-name-{i}"))),
                    }
                }
                if ch.lost_focus
                    && let Some(d) = app.doc.as_mut()
                {
                    d.seal();
                }
            }
            super::unit_info::show(ui, &plan, &c, lang);
            ui.add_space(4.0);
            if plan.criteria_set.uses_groups() {
                let l = ui.label(t("col-group"));
                let shown = c
                    .group
                    .and_then(|g| plan.criteria_set.groups.iter().find(|x| x.number == g))
                    .map(|g| egui::RichText::new(g.name_in(lang)))
                    .unwrap_or_else(|| {
                        egui::RichText::new(t("new-plan-group-none"))
                            .color(ui.visuals().warn_fg_color)
                    });
                let mut g = c.group;
                egui::ComboBox::from_id_salt("commune-group")
                    .width(300.0)
                    .selected_text(shown)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut g, None, t("new-plan-group-none"));
                        for grp in &plan.criteria_set.groups {
                            ui.selectable_value(&mut g, Some(grp.number), grp.name_in(lang));
                        }
                    })
                    .response
                    .labelled_by(l.id);
                if g != c.group {
                    let mut n = c.clone();
                    n.group = g;
                    commit(app, i, n, None);
                }
            } else if !plan.districts.is_empty() {
                let l = ui.label(t("col-district"));
                let shown = c
                    .district
                    .as_deref()
                    .map(|d| plan.unit_name(d).to_string())
                    .unwrap_or_default();
                let mut d = c.district.clone();
                egui::ComboBox::from_id_salt("commune-district")
                    .selected_text(shown)
                    .show_ui(ui, |ui| {
                        for dist in &plan.districts {
                            ui.selectable_value(&mut d, Some(dist.id.clone()), &dist.name);
                        }
                    })
                    .response
                    .labelled_by(l.id);
                if d != c.district {
                    let mut n = c.clone();
                    n.district = d;
                    commit(app, i, n, None);
                }
            }
            ui.add_space(6.0);
            ui.label(egui::RichText::new(t("field-recognized")).strong());
            level_year(app, ui, i, &c, false);
            ui.label(egui::RichText::new(t("field-planned")).strong());
            level_year(app, ui, i, &c, true);
            ui.add_space(4.0);
            if let Some(ch) = text_field(ui, &t("field-note"), &c.note, true) {
                if ch.text != c.note {
                    let mut n = c.clone();
                    n.note = ch.text;
                    commit(app, i, n, Some(format!("commune-note-{i}")));
                }
                if ch.lost_focus
                    && let Some(d) = app.doc.as_mut()
                {
                    d.seal();
                }
            }
            super::commune_history::section(app, ui, i, &c, &plan);
            super::commune_result::section(app, ui, i, &c, &plan);
            // The selected criterion's roadmap details.
            let col = app.matrix.cursor.map(|c| c.1).unwrap_or(0);
            if let Some(crit) = plan.criteria_set.criteria.get(col) {
                ui.separator();
                ui.label(
                    egui::RichText::new(format!(
                        "{} {}. {}",
                        t("col-criteria"),
                        crit.code,
                        crit.name_in(lang)
                    ))
                    .strong(),
                );
                let state = match (c.meets_baseline(&crit.code), c.meets_target(&crit.code)) {
                    (true, true) => t("legend-kept"),
                    (false, true) => t("legend-gained"),
                    (false, false) => t("legend-missing"),
                    (true, false) => t("legend-lost"),
                };
                ui.label(state);
                if let Some(met) = c.meets_result(&crit.code) {
                    ui.label(format!(
                        "{}: {}",
                        t("layer-result"),
                        t(if met { "mark-met" } else { "mark-not-met" })
                    ));
                }
                let detail = c.detail(&crit.code).cloned().unwrap_or(CriterionDetail {
                    criterion: crit.code.clone(),
                    ..Default::default()
                });
                let set_detail = |app: &mut NtmApp, d: CriterionDetail, group: Option<String>| {
                    let mut n = c.clone();
                    n.details.retain(|x| x.criterion != d.criterion);
                    if d.year.is_some() || !d.agency.is_empty() || !d.note.is_empty() {
                        n.details.push(d);
                        let order = &plan.criteria_set;
                        n.details
                            .sort_by_key(|x| order.index_of(&x.criterion).unwrap_or(usize::MAX));
                    }
                    commit(app, i, n, group);
                };
                ui.horizontal(|ui| {
                    match year_field(
                        ui,
                        &format!("detail-year-{i}-{}", crit.code),
                        &t("field-completion-year"),
                        detail.year,
                        70.0,
                        false,
                    ) {
                        Outcome::Committed(y) => {
                            let mut d = detail.clone();
                            d.year = y;
                            set_detail(app, d, None);
                        }
                        Outcome::Invalid(e) => app.toasts.error(e),
                        Outcome::Unchanged => {}
                    }
                });
                if let Some(ch) = text_field(ui, &t("field-agency"), &detail.agency, false)
                    && ch.text != detail.agency
                {
                    let mut d = detail.clone();
                    d.agency = ch.text;
                    set_detail(app, d, Some(format!("detail-agency-{i}-{}", crit.code)));
                }
                if let Some(ch) = text_field(ui, &t("field-criterion-note"), &detail.note, false)
                    && ch.text != detail.note
                {
                    let mut d = detail.clone();
                    d.note = ch.text;
                    set_detail(app, d, Some(format!("detail-note-{i}-{}", crit.code)));
                }
            }
            ui.separator();
            if ui.button(t("matrix-remove-commune")).clicked() {
                remove(app, i);
            }
        });
}

/// Current recognition (`planned == false`) or the first planned recognition.
fn level_year(app: &mut NtmApp, ui: &mut egui::Ui, i: usize, c: &Commune, planned: bool) {
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let current: Option<LevelYear> = if planned {
        c.planned.first().copied()
    } else {
        c.recognized
            .iter()
            .max_by_key(|r| (r.level, r.year))
            .copied()
    };
    ui.horizontal(|ui| {
        let l = ui.label(t("field-level"));
        let mut level = current.map(|x| x.level);
        let shown = LEVELS
            .iter()
            .find(|(v, _)| *v == level)
            .map(|(_, k)| t(k))
            .unwrap_or_default();
        // A planned recognition is at a level the set grants (2026–2030: NTM, NTM hiện
        // đại); recognitions already granted keep every level, as history.
        let set = app.doc.as_ref().map(|d| d.plan.criteria_set.clone());
        egui::ComboBox::from_id_salt(("level", planned, i))
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for (v, k) in LEVELS {
                    let granted = v.is_none_or(|l| set.as_ref().is_none_or(|s| s.grants(l)));
                    if !planned || granted || level == v {
                        ui.selectable_value(&mut level, v, t(k));
                    }
                }
            })
            .response
            .labelled_by(l.id);
        let default_year = if planned {
            app.doc.as_ref().map(|d| d.plan.header.year).unwrap_or(2025)
        } else {
            app.doc
                .as_ref()
                .map(|d| d.plan.header.year.saturating_sub(1))
                .unwrap_or(2024)
        };
        let y = current.map(|x| x.year).unwrap_or(default_year);
        let mut new_year = y;
        match year_field(
            ui,
            &format!("level-year-{planned}-{i}"),
            &t("field-year-short"),
            Some(y),
            60.0,
            true,
        ) {
            Outcome::Committed(Some(v)) => new_year = v,
            Outcome::Invalid(e) => app.toasts.error(e),
            Outcome::Committed(None) | Outcome::Unchanged => {}
        }
        let new = level.map(|l| LevelYear {
            level: l,
            year: new_year,
        });
        if new != current {
            let mut n = c.clone();
            let list = if planned {
                &mut n.planned
            } else {
                &mut n.recognized
            };
            if let Some(old) = current {
                list.retain(|x| *x != old);
            }
            if let Some(v) = new {
                list.push(v);
                list.sort_by_key(|x| (x.year, x.level));
            }
            commit(app, i, n, None);
        }
    });
}

/// Remove a commune, unless projects, tasks or villages still refer to it.
fn remove(app: &mut NtmApp, i: usize) {
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let Some(c) = plan.communes.get(i) else {
        return;
    };
    let used = plan
        .projects
        .iter()
        .filter(|p| p.commune.as_deref() == Some(&c.id))
        .count()
        + plan
            .tasks
            .iter()
            .filter(|t| t.communes.contains(&c.id))
            .count()
        + plan.villages.iter().filter(|v| v.unit == c.id).count();
    if used > 0 {
        let msg = app.tf(
            "error-commune-in-use",
            &[
                ("commune", crate::i18n::Arg::from(&c.name)),
                ("count", crate::i18n::Arg::from(used)),
            ],
        );
        app.toasts.error(msg);
        return;
    }
    if let Some(doc) = app.doc.as_mut() {
        doc.apply(Edit::RemoveCommune(i), None);
    }
    app.matrix.commune = None;
    app.matrix.anchor = None;
    app.matrix.cursor = None;
}
