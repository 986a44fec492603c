//! File → Compare with…: every difference between the open plan and another
//! version of it (header, communes, criteria cells, funding, projects, tasks),
//! each with both values. Filter by part of the plan, search, copy the list; a
//! click goes to the place in the open plan.

use super::super::NtmApp;
use super::super::command::Command;
use super::super::jobs::file_name;
use super::table::{self, Column};
use crate::diff::{Difference, Row, Section};
use crate::lang::Lang;
use eframe::egui;
use std::path::PathBuf;

#[derive(Debug)]
pub struct CompareSession {
    pub path: PathBuf,
    pub diffs: Vec<Difference>,
    /// Only this part of the plan (None: all).
    pub section: Option<Section>,
    pub search: String,
    /// The rows in the window's language, and the indices shown for the filter.
    rows: Option<(Lang, Vec<Row>)>,
    shown: Option<(Option<Section>, String, Vec<usize>)>,
}

impl CompareSession {
    pub fn new(path: PathBuf, diffs: Vec<Difference>) -> CompareSession {
        CompareSession {
            path,
            diffs,
            section: None,
            search: String::new(),
            rows: None,
            shown: None,
        }
    }

    fn rows(&mut self, lang: Lang) -> &[Row] {
        if !matches!(&self.rows, Some((l, _)) if *l == lang) {
            let rows = self.diffs.iter().map(|d| d.row(lang)).collect();
            self.rows = Some((lang, rows));
            self.shown = None;
        }
        self.cached_rows()
    }

    /// The rows made by the last [`CompareSession::shown`].
    fn cached_rows(&self) -> &[Row] {
        self.rows.as_ref().map(|(_, r)| r.as_slice()).unwrap_or(&[])
    }

    /// Indices of the rows that pass the section filter and the search (accent- and
    /// case-insensitive, in what differs and in both values).
    pub fn shown(&mut self, lang: Lang) -> Vec<usize> {
        let (section, search) = (self.section, self.search.clone());
        if let Some((s, q, v)) = &self.shown
            && *s == section
            && *q == search
            && self.rows.as_ref().is_some_and(|(l, _)| *l == lang)
        {
            return v.clone();
        }
        let needle = crate::text::fold(search.trim());
        let v: Vec<usize> = self
            .rows(lang)
            .iter()
            .enumerate()
            .filter(|(_, r)| section.is_none_or(|s| r.section == s))
            .filter(|(_, r)| {
                needle.is_empty()
                    || [&r.what, &r.a, &r.b]
                        .iter()
                        .any(|t| crate::text::fold(t).contains(&needle))
            })
            .map(|(i, _)| i)
            .collect();
        self.shown = Some((section, search, v.clone()));
        v
    }
}

pub fn show(app: &mut NtmApp, ctx: &egui::Context) -> bool {
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let ours = app
        .doc
        .as_ref()
        .map(|d| d.display_name())
        .unwrap_or_default();
    let Some(session) = app.compare.as_mut() else {
        return true;
    };
    let file = file_name(&session.path);
    let title = tr.fmt(lang, "compare-title", &[("file", &file)]);
    let shown = session.shown(lang);
    let total = session.diffs.len();
    let mut go_to = None;
    let mut close = false;
    let (_, esc) = super::modal_sized(ctx, "compare", &title, 1000.0, |ui| {
        if total == 0 {
            ui.label(tr.fmt(lang, "compare-same", &[("a", &ours), ("b", &file)]));
            ui.add_space(8.0);
            close = ui.button(t("btn-close")).clicked();
            return;
        }
        ui.label(tr.fmt(
            lang,
            "compare-summary",
            &[
                ("n", crate::i18n::Arg::from(total)),
                ("a", (&ours).into()),
                ("b", (&file).into()),
            ],
        ));
        ui.add_space(4.0);
        // One chip per part of the plan that has differences.
        let counts: Vec<(Section, usize)> = Section::ALL
            .iter()
            .map(|&s| (s, session.diffs.iter().filter(|d| d.section() == s).count()))
            .filter(|(_, n)| *n > 0)
            .collect();
        ui.horizontal_wrapped(|ui| {
            let all = tr.fmt(
                lang,
                "compare-all",
                &[("n", &crate::numfmt::count(total as i64))],
            );
            if ui
                .selectable_label(session.section.is_none(), all)
                .clicked()
            {
                session.section = None;
            }
            for (s, n) in counts {
                let label = format!("{} ({})", s.name(lang), crate::numfmt::count(n as i64));
                if ui
                    .selectable_label(session.section == Some(s), label)
                    .clicked()
                {
                    session.section = Some(s);
                }
            }
        });
        ui.horizontal(|ui| {
            let l = ui.label(t("compare-search"));
            ui.add(
                egui::TextEdit::singleline(&mut session.search)
                    .desired_width(320.0)
                    .hint_text(t("compare-search-hint")),
            )
            .labelled_by(l.id);
            ui.label(tr.fmt(
                lang,
                "compare-shown",
                &[("n", &crate::numfmt::count(shown.len() as i64))],
            ));
        });
        ui.add_space(4.0);
        let cols = [
            Column::new(t("col-difference"), 440.0),
            Column::new(t("compare-col-a"), 250.0),
            Column::new(t("compare-col-b"), 250.0),
        ];
        let rows = session.cached_rows();
        let clicked = table::show(ui, "compare-rows", &cols, shown.len(), |i| {
            let r = &rows[shown[i]];
            vec![r.what.clone(), r.a.clone(), r.b.clone()]
        });
        if let Some(i) = clicked {
            go_to = session.diffs[shown[i]].place();
        }
        ui.label(egui::RichText::new(t("compare-click-hint")).weak());
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(t("compare-copy")).clicked() {
                let mut tsv = format!("{}\t{}\t{}\n", cols[0].title, ours, file);
                for &i in &shown {
                    let r = &rows[i];
                    tsv.push_str(&format!("{}\t{}\t{}\n", r.what, r.a, r.b));
                }
                ui.ctx().copy_text(tsv);
            }
            if ui.button(t("btn-close")).clicked() {
                close = true;
            }
        });
    });
    if let Some(place) = go_to {
        app.send(Command::GoTo(place));
        close = true;
    }
    if close || esc {
        app.compare = None;
        return true;
    }
    false
}
