//! File → Import: what a commune × criteria sheet would change, before anything
//! changes. The sheet and the reading of unlabelled columns can be chosen; every
//! matched row, every row that matched no commune and every cell that could not be
//! read is listed with its address. "Chấp nhận" applies the changes as one undo
//! step; unmatched rows and bad cells are listed, never dropped silently.

use super::super::NtmApp;
use super::super::command::Command;
use super::super::jobs::file_name;
use super::table::{self, Column};
use crate::excel::{ImportOptions, ImportPreview};
use crate::matrix::Layer;
use eframe::egui;
use std::collections::HashMap;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Changes,
    Matched,
    Unmatched,
    Problems,
}

/// An import waiting for the user's answer.
#[derive(Debug)]
pub struct ImportSession {
    pub path: PathBuf,
    /// The workbook's sheets (empty for CSV).
    pub sheets: Vec<String>,
    pub options: ImportOptions,
    /// The document revision the preview was made against.
    pub revision: u64,
    /// The preview, or why the chosen sheet could not be read.
    pub result: Result<ImportPreview, String>,
    /// "Sheet!D7" for each change, in the order of `changes`.
    pub change_addresses: Vec<String>,
    pub tab: Tab,
}

impl ImportSession {
    pub fn new(
        path: PathBuf,
        sheets: Vec<String>,
        options: ImportOptions,
        revision: u64,
        result: Result<ImportPreview, String>,
    ) -> ImportSession {
        let change_addresses = result.as_ref().map(addresses).unwrap_or_default();
        let tab = match &result {
            Ok(p) if p.changes.is_empty() && !p.is_clean() => {
                if p.unmatched_rows.is_empty() {
                    Tab::Problems
                } else {
                    Tab::Unmatched
                }
            }
            _ => Tab::Changes,
        };
        ImportSession {
            path,
            sheets,
            options,
            revision,
            result,
            change_addresses,
            tab,
        }
    }

    /// The sheet the preview read.
    pub fn sheet(&self) -> Option<&str> {
        self.result.as_ref().ok().map(|p| p.sheet.as_str())
    }
}

/// The cell each change comes from: its commune's row and its criterion's column.
fn addresses(p: &ImportPreview) -> Vec<String> {
    let rows: HashMap<usize, u32> = p.matched.iter().map(|m| (m.commune, m.row)).collect();
    let cols: HashMap<(&str, Layer), &str> = p
        .columns
        .iter()
        .map(|c| ((c.criterion.as_str(), c.layer), c.col.as_str()))
        .collect();
    p.changes
        .iter()
        .map(|ch| {
            match (
                rows.get(&ch.commune),
                cols.get(&(ch.criterion.as_str(), ch.layer)),
            ) {
                (Some(r), Some(c)) => format!("{}!{c}{r}", p.sheet),
                _ => p.sheet.clone(),
            }
        })
        .collect()
}

pub fn show(app: &mut NtmApp, ctx: &egui::Context) -> bool {
    let Some(session) = app.import.as_ref() else {
        return true;
    };
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let file = file_name(&session.path);
    let title = tr.fmt(lang, "import-title", &[("file", &file)]);
    let plan = app.doc.as_ref().map(|d| &d.plan);
    let mut send: Option<Command> = None;
    let mut tab = session.tab;
    let (close, esc) = super::modal_sized(ctx, "import-preview", &title, 980.0, |ui| {
        // The sheet and how unlabelled columns are read: changing either reads again.
        ui.horizontal(|ui| {
            if session.sheets.len() > 1 {
                let l = ui.label(t("import-sheet"));
                let current = session.sheet().unwrap_or("").to_string();
                egui::ComboBox::from_id_salt("import-sheet")
                    .selected_text(current.clone())
                    .show_ui(ui, |ui| {
                        for s in &session.sheets {
                            if ui.selectable_label(*s == current, s).clicked() && *s != current {
                                send = Some(Command::ImportReread {
                                    sheet: Some(s.clone()),
                                    layer: session.options.layer,
                                });
                            }
                        }
                    })
                    .response
                    .labelled_by(l.id);
                ui.add_space(16.0);
            }
            ui.label(t("import-unlabelled"));
            for layer in [Layer::Baseline, Layer::Target, Layer::Result] {
                if ui
                    .radio(session.options.layer == layer, t(layer.key()))
                    .clicked()
                    && session.options.layer != layer
                {
                    send = Some(Command::ImportReread {
                        sheet: session.sheet().map(str::to_string),
                        layer,
                    });
                }
            }
        });
        ui.add_space(6.0);
        let mut accept = false;
        match &session.result {
            Err(msg) => {
                ui.colored_label(table::RED, msg);
                ui.label(t("import-error-hint"));
                // A sheet of commune names (no criteria columns): read it as a list.
                ui.add_space(4.0);
                if ui.button(t("import-as-commune-list")).clicked() {
                    send = Some(Command::ImportCommunesFrom(session.path.clone()));
                }
            }
            Ok(p) => {
                let n = |x: usize| crate::numfmt::count(x as i64);
                ui.label(tr.fmt(
                    lang,
                    "import-found",
                    &[
                        ("row", &p.header_row.to_string()),
                        ("col", &p.commune_col),
                        ("columns", &n(p.columns.len())),
                    ],
                ));
                ui.label(
                    egui::RichText::new(tr.fmt(
                        lang,
                        "import-summary",
                        &[
                            ("changes", p.changes.len()),
                            ("unchanged", p.unchanged),
                            ("matched", p.matched.len()),
                        ],
                    ))
                    .strong(),
                );
                ui.add_space(4.0);
                ui.horizontal(|ui| {
                    for (tb, key, count) in [
                        (Tab::Changes, "import-tab-changes", p.changes.len()),
                        (Tab::Matched, "import-tab-matched", p.matched.len()),
                        (
                            Tab::Unmatched,
                            "import-tab-unmatched",
                            p.unmatched_rows.len(),
                        ),
                        (Tab::Problems, "import-tab-problems", p.problems.len()),
                    ] {
                        let label = tr.fmt(lang, key, &[("n", &n(count))]);
                        let mut text = egui::RichText::new(label);
                        if matches!(tb, Tab::Unmatched | Tab::Problems) && count > 0 {
                            text = text.color(table::RED);
                        }
                        if ui.selectable_label(tab == tb, text).clicked() {
                            tab = tb;
                        }
                    }
                });
                ui.separator();
                list(ui, &t, p, session, tab, plan, lang);
                if !p.is_clean() {
                    ui.colored_label(table::RED, t("import-not-used"));
                }
                ui.add_space(8.0);
                let label = tr.fmt(lang, "import-accept", &[("n", p.changes.len())]);
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(!p.changes.is_empty(), egui::Button::new(label))
                        .clicked()
                    {
                        accept = true;
                    }
                    if ui.button(t("btn-cancel")).clicked() {
                        send = Some(Command::CloseImport);
                    }
                });
                return accept;
            }
        }
        ui.add_space(8.0);
        if ui.button(t("btn-close")).clicked() {
            send = Some(Command::CloseImport);
        }
        accept
    });
    if let Some(s) = app.import.as_mut() {
        s.tab = tab;
    }
    if close {
        send = Some(Command::ImportAccept);
    } else if esc {
        send = Some(Command::CloseImport);
    }
    if let Some(cmd) = send {
        app.send(cmd);
    }
    false
}

fn list(
    ui: &mut egui::Ui,
    t: &dyn Fn(&str) -> String,
    p: &ImportPreview,
    session: &ImportSession,
    tab: Tab,
    plan: Option<&crate::model::Plan>,
    lang: crate::lang::Lang,
) {
    let commune_name = |i: usize| {
        plan.and_then(|pl| pl.communes.get(i))
            .map(|c| c.name.clone())
            .unwrap_or_default()
    };
    match tab {
        Tab::Changes => {
            let cols = [
                Column::new(t("col-cell"), 130.0),
                Column::new(t("col-commune"), 220.0),
                Column::new(t("col-criterion"), 400.0),
                Column::new(t("col-change"), 180.0),
            ];
            table::show(ui, "import-changes", &cols, p.changes.len(), |i| {
                let ch = &p.changes[i];
                let crit = plan
                    .and_then(|pl| pl.criteria_set.criterion(&ch.criterion))
                    .map(|c| format!("{}. {}", c.code, c.name))
                    .unwrap_or_else(|| ch.criterion.clone());
                let layer = t(ch.layer.key());
                let change = if ch.met {
                    format!("✗ → ✓ {}", t("mark-met"))
                } else {
                    format!("✓ → ✗ {}", t("mark-not-met"))
                };
                vec![
                    session.change_addresses.get(i).cloned().unwrap_or_default(),
                    commune_name(ch.commune),
                    format!("{crit} ({})", layer.to_lowercase()),
                    change,
                ]
            });
        }
        Tab::Matched => {
            let cols = [
                Column::new(t("col-row"), 70.0),
                Column::new(t("col-in-sheet"), 300.0),
                Column::new(t("col-in-plan"), 300.0),
            ];
            table::show(ui, "import-matched", &cols, p.matched.len(), |i| {
                let m = &p.matched[i];
                vec![m.row.to_string(), m.text.clone(), commune_name(m.commune)]
            });
        }
        Tab::Unmatched => {
            let cols = [
                Column::new(t("col-cell"), 130.0),
                Column::new(t("col-in-sheet"), 260.0),
                Column::new(t("col-reason"), 420.0),
            ];
            table::show(ui, "import-unmatched", &cols, p.unmatched_rows.len(), |i| {
                let u = &p.unmatched_rows[i];
                vec![
                    format!("{}!{}{}", p.sheet, p.commune_col, u.row),
                    u.text.clone(),
                    u.reason.message(lang),
                ]
            });
        }
        Tab::Problems => {
            // Name the commune and criterion of a bad cell where the row and the
            // column were understood.
            let rows: HashMap<u32, usize> = p.matched.iter().map(|m| (m.row, m.commune)).collect();
            let crits: HashMap<&str, &str> = p
                .columns
                .iter()
                .map(|c| (c.col.as_str(), c.criterion.as_str()))
                .collect();
            let cols = [
                Column::new(t("col-cell"), 120.0),
                Column::new(t("col-commune"), 170.0),
                Column::new(t("col-criterion"), 80.0),
                Column::new(t("col-in-sheet"), 120.0),
                Column::new(t("col-reason"), 440.0),
            ];
            table::show(ui, "import-problems", &cols, p.problems.len(), |i| {
                let pr = &p.problems[i];
                vec![
                    pr.address(),
                    rows.get(&pr.row)
                        .map(|&c| commune_name(c))
                        .unwrap_or_default(),
                    crits
                        .get(pr.col.as_str())
                        .map(|c| c.to_string())
                        .unwrap_or_default(),
                    pr.text.clone(),
                    pr.reason.message(lang),
                ]
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::CellChange;
    use crate::excel::import::{CriteriaColumn, MatchedRow};

    #[test]
    fn each_change_is_named_by_its_cell() {
        let p = ImportPreview {
            sheet: "Sheet1".into(),
            columns: vec![CriteriaColumn {
                col: "E".into(),
                criterion: "5".into(),
                layer: Layer::Target,
            }],
            matched: vec![MatchedRow {
                row: 9,
                text: "Bản Bo".into(),
                commune: 3,
                commune_id: "ban-bo".into(),
            }],
            changes: vec![CellChange {
                commune: 3,
                criterion: "5".into(),
                layer: Layer::Target,
                met: true,
            }],
            ..Default::default()
        };
        assert_eq!(addresses(&p), vec!["Sheet1!E9".to_string()]);
    }
}
