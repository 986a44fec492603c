//! File → Import commune list (or a commune list pasted into the matrix): what it would
//! do — "N new communes, M matched, K problems" — before anything changes. New
//! communes, matched communes with what changes in them (group, code, kind), and every
//! row refused with its reason. "Chấp nhận" applies it as one undo step.

use super::super::NtmApp;
use super::super::command::Command;
use super::table::{self, Column};
use crate::excel::communes::CommuneListPreview;
use crate::model::{Commune, Plan};
use crate::units::UnitKind;
use eframe::egui;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    New,
    Matched,
    Problems,
}

/// A commune list waiting for the user's answer.
#[derive(Debug)]
pub struct CommuneListSession {
    /// The file's name, or "Dán từ Excel".
    pub source: String,
    /// The document revision the preview was made against.
    pub revision: u64,
    pub preview: CommuneListPreview,
    pub tab: Tab,
}

impl CommuneListSession {
    pub fn new(source: String, revision: u64, preview: CommuneListPreview) -> CommuneListSession {
        let tab = if preview.new.is_empty() && !preview.problems.is_empty() {
            Tab::Problems
        } else if preview.new.is_empty() {
            Tab::Matched
        } else {
            Tab::New
        };
        CommuneListSession {
            source,
            revision,
            preview,
            tab,
        }
    }
}

fn group_text(g: Option<u8>, none: &str) -> String {
    g.map(|g| g.to_string()).unwrap_or_else(|| none.to_string())
}

fn kind_text(c: &Commune, t: &dyn Fn(&str) -> String) -> String {
    t(c.kind.unwrap_or(UnitKind::Commune).key())
}

/// "nhóm — → 3; mã → 03405".
fn what_changes(before: &Commune, after: &Commune, t: &dyn Fn(&str) -> String) -> String {
    let none = t("group-none-short");
    let mut parts = Vec::new();
    if before.group != after.group {
        parts.push(format!(
            "{} {} → {}",
            t("col-group").to_lowercase(),
            group_text(before.group, &none),
            group_text(after.group, &none)
        ));
    }
    if before.code != after.code {
        parts.push(format!(
            "{} {} → {}",
            t("new-plan-col-code").to_lowercase(),
            before.code.as_deref().unwrap_or("—"),
            after.code.as_deref().unwrap_or("—")
        ));
    }
    if before.kind != after.kind {
        parts.push(format!(
            "{} → {}",
            kind_text(before, t),
            kind_text(after, t)
        ));
    }
    if parts.is_empty() {
        t("communes-unchanged")
    } else {
        parts.join("; ")
    }
}

pub fn show(app: &mut NtmApp, ctx: &egui::Context) -> bool {
    let Some(session) = app.commune_list.as_ref() else {
        return true;
    };
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let Some(doc) = app.doc.as_ref() else {
        return true;
    };
    let plan: &Plan = &doc.plan;
    let stale = doc.revision() != session.revision;
    let p = &session.preview;
    let title = tr.fmt(
        lang,
        "communes-import-title",
        &[("file", session.source.as_str())],
    );
    let mut send: Option<Command> = None;
    let mut tab = session.tab;
    let (_, esc) = super::modal_sized(ctx, "commune-list", &title, 900.0, |ui| {
        if p.header_row > 0 {
            let cols: Vec<String> = p
                .columns
                .iter()
                .map(|(c, letter)| {
                    let name = t(match c {
                        crate::excel::communes::Column::Name => "col-commune",
                        crate::excel::communes::Column::Kind => "communes-col-kind",
                        crate::excel::communes::Column::Code => "new-plan-col-code",
                        crate::excel::communes::Column::Group => "col-group",
                    });
                    format!("{name} ({letter})")
                })
                .collect();
            ui.label(tr.fmt(
                lang,
                "communes-import-found",
                &[
                    ("row", p.header_row.to_string().as_str()),
                    ("columns", cols.join(", ").as_str()),
                ],
            ));
        } else {
            ui.label(t("communes-import-no-header"));
        }
        ui.label(egui::RichText::new(p.summary(plan, lang)).strong());
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            for (tb, key, count) in [
                (Tab::New, "communes-tab-new", p.new.len()),
                (Tab::Matched, "communes-tab-matched", p.matched.len()),
                (Tab::Problems, "communes-tab-problems", p.problems.len()),
            ] {
                let mut text = egui::RichText::new(tr.fmt(lang, key, &[("n", count)]));
                if tb == Tab::Problems && count > 0 {
                    text = text.color(table::RED);
                }
                if ui.selectable_label(tab == tb, text).clicked() {
                    tab = tb;
                }
            }
        });
        ui.separator();
        let none = t("group-none-short");
        match tab {
            Tab::New => {
                let cols = [
                    Column::new(t("col-row"), 60.0),
                    Column::new(t("col-commune"), 260.0),
                    Column::new(t("communes-col-kind"), 110.0),
                    Column::new(t("new-plan-col-code"), 90.0),
                    Column::new(t("col-group"), 90.0),
                ];
                table::show(ui, "communes-new", &cols, p.new.len(), |i| {
                    let n = &p.new[i];
                    vec![
                        n.row.to_string(),
                        n.commune.name.clone(),
                        kind_text(&n.commune, &t),
                        n.commune.code.clone().unwrap_or_default(),
                        group_text(n.commune.group, &none),
                    ]
                });
            }
            Tab::Matched => {
                let cols = [
                    Column::new(t("col-row"), 60.0),
                    Column::new(t("col-in-sheet"), 220.0),
                    Column::new(t("col-in-plan"), 220.0),
                    Column::new(t("col-change"), 320.0),
                ];
                table::show(ui, "communes-matched", &cols, p.matched.len(), |i| {
                    let m = &p.matched[i];
                    let before = plan.communes.get(m.commune);
                    vec![
                        m.row.to_string(),
                        m.text.clone(),
                        before.map(|c| c.name.clone()).unwrap_or_default(),
                        before
                            .map(|b| what_changes(b, &m.updated, &t))
                            .unwrap_or_default(),
                    ]
                });
            }
            Tab::Problems => {
                let cols = [
                    Column::new(t("col-row"), 60.0),
                    Column::new(t("col-in-sheet"), 220.0),
                    Column::new(t("col-reason"), 560.0),
                ];
                table::show(ui, "communes-problems", &cols, p.problems.len(), |i| {
                    let x = &p.problems[i];
                    vec![x.row.to_string(), x.text.clone(), x.reason.message(lang)]
                });
            }
        }
        if !p.problems.is_empty() {
            ui.colored_label(table::RED, t("communes-not-used"));
        }
        if stale {
            ui.colored_label(table::RED, t("communes-stale"));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let can = !stale && !p.is_empty_change(plan);
            if ui
                .add_enabled(can, egui::Button::new(t("communes-accept")))
                .clicked()
            {
                send = Some(Command::ImportCommunesAccept);
            }
            if ui.button(t("btn-cancel")).clicked() {
                send = Some(Command::CloseCommunes);
            }
        });
    });
    if let Some(s) = app.commune_list.as_mut() {
        s.tab = tab;
    }
    if esc && send.is_none() {
        send = Some(Command::CloseCommunes);
    }
    if let Some(cmd) = send {
        app.send(cmd);
    }
    false
}
