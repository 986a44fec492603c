//! File → Merge a submission…: another version of the plan taken into the open
//! one. A commune's submission (a work file, or its own plan) is merged into its
//! communes' part only; a whole version of the plan as a whole. The differences
//! are listed first; then what the merge takes, the conflicts (both sides changed
//! since the common version), each decided keep / take, and what the submission
//! changed outside its communes (not taken). Accepting is one undo step.

use super::super::NtmApp;
use super::super::command::Command;
use super::super::jobs::file_name;
use super::table::{self, Column};
use crate::diff::Row;
use crate::lang::Lang;
use crate::merge::{Choice, PlanMerge, conflict_row};
use eframe::egui;
use std::collections::HashMap;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Differences,
    Incoming,
    Conflicts,
    Outside,
}

#[derive(Debug)]
pub struct MergeSession {
    pub path: PathBuf,
    /// The common version, when the user chose one (or the sending's manifest gave it).
    pub base: Option<PathBuf>,
    /// The open document's revision the merge was worked out against.
    pub revision: u64,
    /// How many communes the submission has.
    pub submitted: usize,
    pub merge: PlanMerge,
    /// The sending's manifest beside the work file, found but not used: why.
    pub manifest_unused: Option<crate::i18n::Both>,
    /// Conflict id → the user's choice; a conflict without one keeps ours.
    pub choices: HashMap<String, Choice>,
    pub tab: Tab,
    rows: Option<(Lang, [Vec<Row>; 3])>,
    taken: Option<usize>,
}

impl MergeSession {
    pub fn new(
        path: PathBuf,
        base: Option<PathBuf>,
        revision: u64,
        submitted: usize,
        merge: PlanMerge,
    ) -> MergeSession {
        MergeSession {
            path,
            base,
            revision,
            submitted,
            merge,
            manifest_unused: None,
            choices: HashMap::new(),
            tab: Tab::default(),
            rows: None,
            taken: None,
        }
    }

    /// How many values the merge would change with the current choices.
    pub fn taken(&mut self) -> usize {
        if let Some(n) = self.taken {
            return n;
        }
        let n = self.merge.changes(&self.choices);
        self.taken = Some(n);
        n
    }

    pub fn choose(&mut self, id: String, c: Choice) {
        if self.choices.get(&id) != Some(&c) {
            self.choices.insert(id, c);
            self.taken = None;
        }
    }

    fn rows(&mut self, lang: Lang) -> &[Vec<Row>; 3] {
        if !matches!(&self.rows, Some((l, _)) if *l == lang) {
            let rows = |v: &[crate::diff::Difference]| v.iter().map(|d| d.row(lang)).collect();
            self.rows = Some((
                lang,
                [
                    rows(&self.merge.differences),
                    rows(&self.merge.incoming),
                    rows(&self.merge.outside),
                ],
            ));
        }
        match &self.rows {
            Some((_, r)) => r,
            None => unreachable!("rows were just made"),
        }
    }
}

pub fn show(app: &mut NtmApp, ctx: &egui::Context) -> bool {
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let ours_name = app
        .doc
        .as_ref()
        .map(|d| d.display_name())
        .unwrap_or_default();
    let Some(session) = app.merge.as_mut() else {
        return true;
    };
    let n = |x: usize| crate::numfmt::count(x as i64);
    let file = file_name(&session.path);
    let title = tr.fmt(lang, "merge-title", &[("file", &file)]);
    let conflicts = session.merge.conflicts.len();
    let mut send = None;
    let mut accept = false;
    let mut cancel = false;
    let (_, esc) = super::modal_sized(ctx, "merge", &title, 1000.0, |ui| {
        match &session.merge.scope {
            Some(scope) => {
                let names: Vec<String> = scope
                    .communes
                    .iter()
                    .map(|id| {
                        session
                            .merge
                            .names
                            .get("unit", id)
                            .unwrap_or(id)
                            .to_string()
                    })
                    .collect();
                ui.label(tr.fmt(
                    lang,
                    "merge-scope",
                    &[
                        ("n", crate::i18n::Arg::from(names.len())),
                        ("communes", names.join(", ").as_str().into()),
                        ("ours", ours_name.as_str().into()),
                    ],
                ));
            }
            None => {
                ui.label(tr.fmt(
                    lang,
                    "merge-whole",
                    &[
                        ("n", crate::i18n::Arg::from(session.submitted)),
                        ("ours", ours_name.as_str().into()),
                    ],
                ));
            }
        }
        ui.horizontal(|ui| {
            match &session.base {
                Some(b) => {
                    let name = file_name(b);
                    ui.label(tr.fmt(lang, "merge-base", &[("file", &name)]));
                    if ui.button(t("merge-base-clear")).clicked() {
                        send = Some(Command::MergeBase(None));
                    }
                }
                None => {
                    ui.label(t("merge-no-base"));
                }
            }
            if ui.button(t("merge-base-choose")).clicked() {
                send = Some(Command::MergeChooseBase);
            }
        });
        if let Some(why) = &session.manifest_unused {
            ui.label(egui::RichText::new(why.text(lang)).color(ui.visuals().warn_fg_color));
        }
        ui.label(
            egui::RichText::new(t(if session.merge.three_way {
                "merge-three-way-hint"
            } else {
                "merge-two-way-hint"
            }))
            .weak(),
        );
        ui.add_space(4.0);
        let counts = [
            (
                Tab::Differences,
                "merge-tab-differences",
                session.merge.differences.len(),
            ),
            (
                Tab::Incoming,
                "merge-tab-incoming",
                session.merge.incoming.len(),
            ),
            (Tab::Conflicts, "merge-tab-conflicts", conflicts),
            (
                Tab::Outside,
                "merge-tab-outside",
                session.merge.outside.len(),
            ),
        ];
        ui.horizontal(|ui| {
            for (tb, key, count) in counts {
                if tb == Tab::Outside && count == 0 {
                    continue;
                }
                let mut text = egui::RichText::new(tr.fmt(lang, key, &[("n", &n(count))]));
                if tb == Tab::Conflicts && count > 0 {
                    text = text.color(table::RED).strong();
                }
                if ui.selectable_label(session.tab == tb, text).clicked() {
                    session.tab = tb;
                }
            }
        });
        ui.separator();
        let cols = [
            Column::new(t("col-difference"), 440.0),
            Column::new(t("merge-col-ours"), 250.0),
            Column::new(t("merge-col-theirs"), 250.0),
        ];
        let tab = session.tab;
        match tab {
            Tab::Differences | Tab::Incoming | Tab::Outside => {
                let k = match tab {
                    Tab::Differences => 0,
                    Tab::Incoming => 1,
                    _ => 2,
                };
                let rows = &session.rows(lang)[k];
                table::show(ui, "merge-rows", &cols, rows.len(), |i| {
                    let r = &rows[i];
                    vec![r.what.clone(), r.a.clone(), r.b.clone()]
                });
                if tab == Tab::Outside {
                    ui.label(egui::RichText::new(t("merge-outside-hint")).weak());
                }
            }
            Tab::Conflicts => conflict_list(ui, &t, session, lang),
        }
        ui.add_space(6.0);
        let taken = session.taken();
        ui.label(
            egui::RichText::new(tr.fmt(
                lang,
                "merge-will-change",
                &[("n", taken), ("conflicts", conflicts)],
            ))
            .strong(),
        );
        ui.horizontal(|ui| {
            if ui
                .add_enabled(taken > 0, egui::Button::new(t("merge-accept")))
                .clicked()
            {
                accept = true;
            }
            if ui.button(t("btn-cancel")).clicked() {
                cancel = true;
            }
        });
    });
    if accept {
        send = Some(Command::MergeAccept);
    } else if cancel || esc {
        send = Some(Command::CloseMerge);
    }
    if let Some(cmd) = send {
        app.send(cmd);
    }
    false
}

/// The conflicts, each with the three versions and keep / take; or all at once.
pub fn conflict_list(
    ui: &mut egui::Ui,
    t: &dyn Fn(&str) -> String,
    session: &mut MergeSession,
    lang: Lang,
) {
    let ids: Vec<String> = session.merge.conflicts.iter().map(|c| c.id()).collect();
    let rows: Vec<[String; 4]> = session
        .merge
        .conflicts
        .iter()
        .map(|c| conflict_row(c, lang))
        .collect();
    let mut chosen = Vec::new();
    conflict_rows(
        ui,
        t,
        "merge-conflicts",
        &ids,
        &rows,
        &session.choices,
        &mut chosen,
        table::HEIGHT,
    );
    for (id, c) in chosen {
        session.choose(id, c);
    }
}

/// Conflict rows (what; common, ours, theirs) with keep / take radios and the
/// "all" buttons, in a list `height` high. The choices made this frame go to `chosen`.
#[allow(clippy::too_many_arguments)]
pub fn conflict_rows(
    ui: &mut egui::Ui,
    t: &dyn Fn(&str) -> String,
    id_salt: &str,
    ids: &[String],
    rows: &[[String; 4]],
    choices: &HashMap<String, Choice>,
    chosen: &mut Vec<(String, Choice)>,
    height: f32,
) {
    if ids.is_empty() {
        ui.label(t("merge-no-conflicts"));
        return;
    }
    ui.horizontal(|ui| {
        if ui.button(t("merge-keep-all")).clicked() {
            chosen.extend(ids.iter().map(|k| (k.clone(), Choice::KeepOurs)));
        }
        if ui.button(t("merge-take-all")).clicked() {
            chosen.extend(ids.iter().map(|k| (k.clone(), Choice::TakeTheirs)));
        }
    });
    let line = ui.text_style_height(&egui::TextStyle::Body) + 2.0;
    let row_height = line * 4.0 + 14.0;
    let (keep, take) = (t("merge-keep"), t("merge-take"));
    let (base_l, ours_l, theirs_l) = (
        t("merge-col-base"),
        t("merge-col-ours"),
        t("merge-col-theirs"),
    );
    egui::ScrollArea::vertical()
        .id_salt(id_salt)
        .max_height(height)
        .min_scrolled_height(height)
        .auto_shrink([false, false])
        .show_rows(ui, row_height, ids.len(), |ui, range| {
            for i in range {
                let id = &ids[i];
                let [what, base, ours, theirs] = &rows[i];
                let choice = choices.get(id).copied().unwrap_or(Choice::KeepOurs);
                ui.horizontal(|ui| {
                    ui.set_min_height(row_height - 8.0);
                    // What, then the three versions on their own lines (long values
                    // are cut; the whole text shows on hover).
                    ui.vertical(|ui| {
                        ui.set_width(640.0);
                        ui.label(egui::RichText::new(what).strong());
                        for (label, value) in
                            [(&base_l, base), (&ours_l, ours), (&theirs_l, theirs)]
                        {
                            ui.add(egui::Label::new(format!("{label}: {value}")).truncate());
                        }
                    });
                    let mut c = choice;
                    ui.radio_value(&mut c, Choice::KeepOurs, keep.as_str());
                    ui.radio_value(&mut c, Choice::TakeTheirs, take.as_str());
                    if c != choice {
                        chosen.push((id.clone(), c));
                    }
                });
                ui.separator();
            }
        });
}
