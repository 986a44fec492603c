//! File → Merge a submission…: a commune office's (or former district's) plan
//! taken into the open plan for the communes it covers. The differences are listed
//! first; then what the merge takes from the submission; then the conflicts (both
//! sides changed since the common version), each decided keep / take. Accepting is
//! one undo step.

use super::super::NtmApp;
use super::super::command::Command;
use super::super::jobs::file_name;
use super::table::{self, Column};
use crate::diff::Row;
use crate::lang::Lang;
use crate::matrix::Layer;
use crate::merge::{Choice, Merge, MergeItem, Resolution, What};
use crate::model::Plan;
use eframe::egui;
use std::collections::HashMap;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Differences,
    Incoming,
    Conflicts,
}

#[derive(Debug)]
pub struct MergeSession {
    pub path: PathBuf,
    /// The common version, when the user chose one.
    pub base: Option<PathBuf>,
    /// The open document's revision the merge was worked out against.
    pub revision: u64,
    pub theirs: Box<Plan>,
    pub merge: Merge,
    /// Conflict (item index) → the user's choice; a conflict without one keeps ours.
    pub choices: HashMap<usize, Choice>,
    pub tab: Tab,
    rows: Option<(Lang, Vec<Row>)>,
}

impl MergeSession {
    pub fn new(
        path: PathBuf,
        base: Option<PathBuf>,
        revision: u64,
        theirs: Box<Plan>,
        merge: Merge,
    ) -> MergeSession {
        MergeSession {
            path,
            base,
            revision,
            theirs,
            merge,
            choices: HashMap::new(),
            tab: Tab::default(),
            rows: None,
        }
    }

    /// How many values the merge would change with the current choices.
    pub fn taken(&self) -> usize {
        self.merge
            .items
            .iter()
            .enumerate()
            .filter(|(k, i)| match i.resolution {
                Resolution::TakeTheirs => true,
                Resolution::Conflict => self.choices.get(k) == Some(&Choice::TakeTheirs),
            })
            .count()
    }

    fn incoming(&self) -> Vec<usize> {
        self.items_with(Resolution::TakeTheirs)
    }

    fn conflicts(&self) -> Vec<usize> {
        self.items_with(Resolution::Conflict)
    }

    fn items_with(&self, r: Resolution) -> Vec<usize> {
        self.merge
            .items
            .iter()
            .enumerate()
            .filter(|(_, i)| i.resolution == r)
            .map(|(k, _)| k)
            .collect()
    }

    fn difference_rows(&mut self, lang: Lang) -> &[Row] {
        if !matches!(&self.rows, Some((l, _)) if *l == lang) {
            let rows = self.merge.differences.iter().map(|d| d.row(lang)).collect();
            self.rows = Some((lang, rows));
        }
        self.rows.as_ref().map(|(_, r)| r.as_slice()).unwrap_or(&[])
    }
}

/// What a merge item changes, in words: "Xã Bản Bo, tiêu chí 5 (mục tiêu)".
pub fn item_what(item: &MergeItem, plan: &Plan, lang: Lang) -> String {
    let commune = lang.pick("Xã", "Commune");
    match &item.what {
        What::Cell { criterion, layer } => {
            let name = plan
                .criteria_set
                .criterion(criterion)
                .map(|c| format!("{criterion}. {}", c.name))
                .unwrap_or_else(|| criterion.clone());
            let layer = match layer {
                Layer::Baseline => lang.pick("hiện trạng", "baseline"),
                Layer::Target => lang.pick("mục tiêu", "target"),
                Layer::Result => lang.pick("kết quả", "result"),
            };
            format!("{commune} {}, {name} ({layer})", item.name)
        }
        What::Field(f) => {
            let field = match *f {
                "name" => lang.pick("tên", "name"),
                "district" => lang.pick("huyện", "district"),
                "note" => lang.pick("ghi chú", "note"),
                "recognized" => lang.pick("đã công nhận", "recognized"),
                "planned" => lang.pick("kế hoạch công nhận", "planned recognition"),
                "details" => lang.pick("lộ trình", "roadmap"),
                other => other,
            };
            format!("{commune} {}: {field}", item.name)
        }
        What::NewCommune => format!("{} {}", lang.pick("Xã mới", "New commune"), item.name),
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
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return true;
    };
    let Some(session) = app.merge.as_mut() else {
        return true;
    };
    let n = |x: usize| crate::numfmt::count(x as i64);
    let file = file_name(&session.path);
    let title = tr.fmt(lang, "merge-title", &[("file", &file)]);
    let incoming = session.incoming();
    let conflicts = session.conflicts();
    let new_communes = session
        .merge
        .items
        .iter()
        .filter(|i| i.what == What::NewCommune)
        .count();
    let mut send = None;
    let mut accept = false;
    let mut cancel = false;
    let (_, esc) = super::modal_sized(ctx, "merge", &title, 1000.0, |ui| {
        ui.label(tr.fmt(
            lang,
            "merge-covers",
            &[
                ("n", &n(session.theirs.communes.len())),
                ("matched", &n(session.theirs.communes.len() - new_communes)),
                ("new", &n(new_communes)),
                ("ours", &ours_name),
            ],
        ));
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
        ui.label(
            egui::RichText::new(t(if session.merge.three_way {
                "merge-three-way-hint"
            } else {
                "merge-two-way-hint"
            }))
            .weak(),
        );
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            for (tb, key, count) in [
                (
                    Tab::Differences,
                    "merge-tab-differences",
                    session.merge.differences.len(),
                ),
                (Tab::Incoming, "merge-tab-incoming", incoming.len()),
                (Tab::Conflicts, "merge-tab-conflicts", conflicts.len()),
            ] {
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
        match session.tab {
            Tab::Differences => {
                let cols = [
                    Column::new(t("col-difference"), 440.0),
                    Column::new(t("merge-col-ours"), 250.0),
                    Column::new(t("merge-col-theirs"), 250.0),
                ];
                let rows = session.difference_rows(lang);
                table::show(ui, "merge-differences", &cols, rows.len(), |i| {
                    let r = &rows[i];
                    vec![r.what.clone(), r.a.clone(), r.b.clone()]
                });
            }
            Tab::Incoming => {
                let cols = [
                    Column::new(t("col-difference"), 440.0),
                    Column::new(t("merge-col-ours"), 250.0),
                    Column::new(t("merge-col-theirs"), 250.0),
                ];
                let items = &session.merge.items;
                table::show(ui, "merge-incoming", &cols, incoming.len(), |i| {
                    let item = &items[incoming[i]];
                    let ours = if item.ours.is_empty() {
                        "—".to_string()
                    } else {
                        item.ours.clone()
                    };
                    vec![item_what(item, plan, lang), ours, item.theirs.clone()]
                });
            }
            Tab::Conflicts => conflict_list(ui, &t, session, &conflicts, plan, lang),
        }
        ui.add_space(6.0);
        let taken = session.taken();
        ui.label(
            egui::RichText::new(tr.fmt(
                lang,
                "merge-will-change",
                &[("n", taken), ("conflicts", conflicts.len())],
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

fn conflict_list(
    ui: &mut egui::Ui,
    t: &dyn Fn(&str) -> String,
    session: &mut MergeSession,
    conflicts: &[usize],
    plan: &Plan,
    lang: Lang,
) {
    if conflicts.is_empty() {
        ui.label(t("merge-no-conflicts"));
        return;
    }
    ui.horizontal(|ui| {
        if ui.button(t("merge-keep-all")).clicked() {
            for &k in conflicts {
                session.choices.insert(k, Choice::KeepOurs);
            }
        }
        if ui.button(t("merge-take-all")).clicked() {
            for &k in conflicts {
                session.choices.insert(k, Choice::TakeTheirs);
            }
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
        .id_salt("merge-conflicts")
        .max_height(table::HEIGHT)
        .min_scrolled_height(table::HEIGHT)
        .auto_shrink([false, false])
        .show_rows(ui, row_height, conflicts.len(), |ui, range| {
            for i in range {
                let k = conflicts[i];
                let item = &session.merge.items[k];
                let choice = session.choices.get(&k).copied().unwrap_or(Choice::KeepOurs);
                ui.horizontal(|ui| {
                    ui.set_min_height(row_height - 8.0);
                    // What, then the three versions on their own lines (long notes
                    // are cut; the whole text shows on hover).
                    ui.vertical(|ui| {
                        ui.set_width(640.0);
                        ui.label(egui::RichText::new(item_what(item, plan, lang)).strong());
                        for (label, value) in [
                            (&base_l, item.base.as_deref().unwrap_or("—")),
                            (&ours_l, item.ours.as_str()),
                            (&theirs_l, item.theirs.as_str()),
                        ] {
                            ui.add(egui::Label::new(format!("{label}: {value}")).truncate());
                        }
                    });
                    let mut chosen = choice;
                    ui.radio_value(&mut chosen, Choice::KeepOurs, keep.as_str());
                    ui.radio_value(&mut chosen, Choice::TakeTheirs, take.as_str());
                    if chosen != choice {
                        session.choices.insert(k, chosen);
                    }
                });
                ui.separator();
            }
        });
}
