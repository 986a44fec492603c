//! File → Next year's plan…: the proposal for next year's plan from the open one —
//! every change with a box to keep or decline it, each commune with where its new
//! baseline comes from (and, across the 2025 reorganization, its history and the
//! crosswalk's proposal), and the report of what could not be carried. "Create"
//! opens the new plan as a new, unsaved document; the open plan is not changed.

use super::super::NtmApp;
use super::super::command::Command;
use super::super::widgets::number_field::{NumberOutcome, number_field};
use super::table::RED;
use crate::carry::{self, Proposal, Section};
use eframe::egui;
use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Changes,
    Communes,
    Report,
}

#[derive(Debug)]
pub struct CarrySession {
    pub year: u16,
    pub proposal: Result<Proposal, String>,
    pub tab: Tab,
}

impl CarrySession {
    /// The proposal for the open plan and a year (the next by default).
    pub fn new(app: &NtmApp, year: Option<u16>) -> Option<CarrySession> {
        let plan = &app.doc.as_ref()?.plan;
        let registers: Vec<crate::units::Register> = crate::units::store::available(&app.dirs)
            .0
            .into_iter()
            .map(|a| a.register)
            .collect();
        // Across the reorganization when the set has ended and the province has a
        // register; otherwise within the same set and units (the dialog says why).
        let options = carry::options_with(plan, year, &registers);
        let year = options.year;
        let proposal = carry::propose(plan, &options).map_err(|e| e.message(app.lang()));
        Some(CarrySession {
            year,
            proposal,
            tab: Tab::default(),
        })
    }
}

/// Draw the dialog; true when it closed.
pub fn show(app: &mut NtmApp, ctx: &egui::Context) -> bool {
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let Some(session) = app.carry.as_mut() else {
        return true;
    };
    let from = app.doc.as_ref().map(|d| d.plan.header.year).unwrap_or(0);
    let province = app
        .doc
        .as_ref()
        .map(|d| d.plan.header.province.clone())
        .unwrap_or_default();
    let set_ended = app
        .doc
        .as_ref()
        .is_some_and(|d| d.plan.criteria_set.period_end < session.year);
    let mut send: Option<Command> = None;
    let mut new_year: Option<u16> = None;
    let mut toasts: Vec<String> = Vec::new();
    let title = t("carry-dialog-title");
    let ((), esc) = super::modal_sized(ctx, "carry-forward", &title, 1000.0, |ui| {
        ui.horizontal(|ui| {
            match number_field(
                ui,
                "carry-year",
                &t("carry-year"),
                Decimal::from(session.year),
                70.0,
                false,
            ) {
                NumberOutcome::Committed(v) => match u16::try_from(v).ok() {
                    Some(y) => new_year = Some(y),
                    None => toasts.push(tr.fmt(lang, "error-year", &[("value", &v.to_string())])),
                },
                NumberOutcome::Invalid(e) => toasts.push(e),
                NumberOutcome::Unchanged => {}
            }
            if let Ok(p) = &session.proposal {
                ui.label(tr.fmt(
                    lang,
                    if p.across {
                        "carry-title-across"
                    } else {
                        "carry-title"
                    },
                    &[("from", &from.to_string()), ("to", &p.year.to_string())],
                ));
            }
        });
        if set_ended && session.proposal.as_ref().is_ok_and(|p| !p.across) {
            ui.colored_label(
                RED,
                tr.fmt(
                    lang,
                    "carry-no-register",
                    &[("province", &province), ("year", &session.year.to_string())],
                ),
            );
        }
        ui.add_space(6.0);
        let mut accept = false;
        match &mut session.proposal {
            Err(msg) => {
                ui.colored_label(RED, msg.as_str());
            }
            Ok(p) => {
                let report_n = p.report.lines(lang).len() + p.left_behind.len() + p.notes.len();
                ui.horizontal(|ui| {
                    for (tab, label) in [
                        (
                            Tab::Changes,
                            tr.fmt(lang, "carry-tab-changes", &[("n", p.changes.len())]),
                        ),
                        (
                            Tab::Communes,
                            tr.fmt(lang, "carry-tab-communes", &[("n", p.communes.len())]),
                        ),
                        (
                            Tab::Report,
                            tr.fmt(lang, "carry-tab-report", &[("n", report_n)]),
                        ),
                    ] {
                        if ui.selectable_label(session.tab == tab, label).clicked() {
                            session.tab = tab;
                        }
                    }
                });
                ui.separator();
                egui::ScrollArea::vertical()
                    .id_salt("carry-list")
                    .max_height(420.0)
                    .min_scrolled_height(420.0)
                    .auto_shrink([false, false])
                    .show(ui, |ui| match session.tab {
                        Tab::Changes => changes(ui, p, lang, &tr),
                        Tab::Communes => communes(ui, p, lang, &tr),
                        Tab::Report => report(ui, p, lang, &tr),
                    });
                ui.separator();
                let kept = p.changes.iter().filter(|c| c.accepted).count();
                ui.label(tr.fmt(
                    lang,
                    "carry-summary",
                    &[
                        ("kept", crate::i18n::Arg::from(kept)),
                        ("n", p.changes.len().into()),
                        ("communes", p.communes.len().into()),
                    ],
                ));
                ui.horizontal(|ui| {
                    let create = tr.fmt(lang, "carry-create", &[("year", &p.year.to_string())]);
                    if ui.button(create).clicked() {
                        accept = true;
                    }
                    if ui.button(t("btn-copy")).clicked() {
                        ui.ctx().copy_text(p.lines(lang).join("\n"));
                    }
                    if ui.button(t("btn-cancel")).clicked() {
                        send = Some(Command::CloseCarry);
                    }
                });
            }
        }
        if session.proposal.is_err() && ui.button(t("btn-close")).clicked() {
            send = Some(Command::CloseCarry);
        }
        if accept {
            send = Some(Command::CarryAccept);
        }
    });
    for m in toasts {
        app.toasts.error(m);
    }
    if let Some(y) = new_year {
        let tab = app.carry.as_ref().map(|s| s.tab).unwrap_or_default();
        if let Some(mut s) = CarrySession::new(app, Some(y)) {
            s.tab = tab;
            app.carry = Some(s);
        }
    }
    if esc {
        send = Some(Command::CloseCarry);
    }
    if let Some(cmd) = send {
        app.send(cmd);
    }
    false
}

fn changes(
    ui: &mut egui::Ui,
    p: &mut Proposal,
    lang: crate::lang::Lang,
    tr: &super::super::i18n::I18n,
) {
    for section in Section::ALL {
        let idx: Vec<usize> = (0..p.changes.len())
            .filter(|&i| p.changes[i].section == section)
            .collect();
        if idx.is_empty() {
            continue;
        }
        ui.label(egui::RichText::new(tr.get(lang, section.key())).strong());
        for i in idx {
            let c = &mut p.changes[i];
            ui.horizontal_wrapped(|ui| {
                ui.checkbox(&mut c.accepted, c.what.get(lang));
            });
            let detail = match (c.before.is_empty(), c.after.is_empty()) {
                (true, true) => None,
                (false, true) => Some(format!("{} → ∅", first(&c.before))),
                (true, false) => Some(first(&c.after)),
                (false, false) => Some(format!("{} → {}", first(&c.before), first(&c.after))),
            };
            if let Some(d) = detail {
                ui.indent(("carry-detail", i), |ui| {
                    ui.label(egui::RichText::new(d).weak());
                });
            }
        }
        ui.add_space(6.0);
    }
}

fn first(s: &str) -> String {
    let line = s.lines().next().unwrap_or("");
    if line.chars().count() > 140 {
        let cut: String = line.chars().take(138).collect();
        format!("{cut}…")
    } else {
        line.to_string()
    }
}

fn communes(
    ui: &mut egui::Ui,
    p: &Proposal,
    lang: crate::lang::Lang,
    tr: &super::super::i18n::I18n,
) {
    for c in &p.communes {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(&c.name).strong());
            ui.label(format!(
                "— {} ({}/{})",
                tr.get(lang, c.baseline.key()),
                c.met,
                c.of
            ));
        });
        for n in &c.notes {
            ui.indent(("carry-commune", &c.id, n.key), |ui| {
                ui.label(egui::RichText::new(n.get(lang)));
            });
        }
    }
}

fn report(ui: &mut egui::Ui, p: &Proposal, lang: crate::lang::Lang, tr: &super::super::i18n::I18n) {
    let lines = p.report.lines(lang);
    ui.label(egui::RichText::new(tr.get(lang, "carry-report")).strong());
    if lines.is_empty() {
        ui.label(tr.get(lang, "carry-report-empty"));
    }
    for l in lines {
        ui.label(l);
    }
    if !p.notes.is_empty() {
        ui.add_space(6.0);
        ui.label(egui::RichText::new(tr.get(lang, "carry-notes")).strong());
        for n in &p.notes {
            ui.label(n.get(lang));
        }
    }
    if !p.left_behind.is_empty() {
        ui.add_space(6.0);
        ui.label(egui::RichText::new(tr.get(lang, "carry-left-behind")).strong());
        for n in &p.left_behind {
            ui.label(n.get(lang));
        }
    }
}
