//! The board of a gathering ("Tổng hợp từ thư mục…"): every commune the plan was
//! sent to — returned or missing, its file and date, the number of changes, the
//! conflicts with what the province changed since sending, the checker's findings
//! on the submission — and the files refused, each with its reason. Clean returns
//! are accepted at once; conflicts are decided one by one or all at once; "Áp dụng"
//! applies every accepted return as one undo step.

use super::super::NtmApp;
use super::super::command::Command;
use super::merge::conflict_rows;
use super::table::{self, Column};
use crate::lang::Lang;
use crate::merge::{Choice, conflict_row};
use crate::rounds::gather::Status;
use crate::rounds::{Board, file_name};
use eframe::egui;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

/// Where the returns were gathered from, to gather again if the plan changes.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    Folder(PathBuf),
    Files(Vec<PathBuf>, PathBuf),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Detail {
    #[default]
    Changes,
    Conflicts,
    Findings,
    Ignored,
}

#[derive(Debug)]
pub struct GatherSession {
    pub source: Source,
    pub board: Board,
    /// The open document's revision the board was worked out against.
    pub revision: u64,
    /// The communes whose return is taken.
    pub accepted: HashSet<String>,
    /// Commune → conflict id → choice (ours when not chosen).
    pub choices: HashMap<String, HashMap<String, Choice>>,
    /// The line shown in detail.
    pub selected: Option<usize>,
    /// The refused file whose problems are shown in detail (instead of a line).
    pub refused_shown: Option<usize>,
    pub detail: Detail,
}

impl GatherSession {
    pub fn new(source: Source, board: Board, revision: u64) -> GatherSession {
        let accepted = board.clean().into_iter().collect();
        let selected = board.lines.iter().position(|l| {
            matches!(
                l.status,
                Status::Conflicts | Status::Refused | Status::Returned
            )
        });
        GatherSession {
            source,
            board,
            revision,
            accepted,
            choices: HashMap::new(),
            selected,
            refused_shown: None,
            detail: Detail::default(),
        }
    }

    /// Whether a line's return can be accepted.
    pub fn acceptable(&self, i: usize) -> bool {
        let l = &self.board.lines[i];
        matches!(l.status, Status::Returned | Status::Conflicts)
    }

    /// Every conflict of the accepted returns decided one way.
    pub fn decide_all(&mut self, c: Choice) {
        for l in &self.board.lines {
            if !self.accepted.contains(&l.commune) {
                continue;
            }
            if let Some(m) = self
                .board
                .line_return(&l.commune)
                .and_then(|r| r.merge.as_ref())
            {
                let mine = self.choices.entry(l.commune.clone()).or_default();
                for x in &m.conflicts {
                    mine.insert(x.id(), c);
                }
            }
        }
    }
}

fn status_color(s: Status) -> Option<egui::Color32> {
    match s {
        Status::Refused | Status::Conflicts => Some(table::RED),
        Status::Missing => Some(egui::Color32::from_rgb(170, 110, 0)),
        Status::Returned => Some(egui::Color32::from_rgb(20, 130, 60)),
        Status::Unchanged => None,
    }
}

pub fn show(app: &mut NtmApp, ctx: &egui::Context) -> bool {
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let Some(session) = app.gather.as_mut() else {
        return true;
    };
    let n = |x: usize| crate::i18n::Arg::from(x);
    let mut send = None;
    let place = match &session.source {
        Source::Folder(p) => p.display().to_string(),
        Source::Files(f, _) => tr.fmt(lang, "gather-dropped", &[("n", n(f.len()))]),
    };
    let title = tr.fmt(lang, "gather-title", &[("place", place.as_str())]);
    // The lists share what the window's height leaves, so the buttons stay on screen.
    let spare = (ctx.content_rect().height() - 470.0).max(200.0);
    let heights = Heights {
        lines: (spare * 0.55).clamp(110.0, 320.0),
        detail: (spare * 0.45).clamp(90.0, 220.0),
    };
    // Only Esc or Close leave the board: a stray click beside it must not drop the
    // decisions made on it.
    let esc = ctx.input(|i| i.key_pressed(egui::Key::Escape));
    let _ = super::modal_sized(ctx, "gather", &title, 1240.0, |ui| {
        let b = &session.board;
        let m = &b.manifest;
        let (date, file) = (m.sent.vi(), file_name(&b.manifest_path));
        ui.label(tr.fmt(
            lang,
            "gather-sending",
            &[
                ("title", m.title.as_str()),
                ("date", &date),
                ("file", &file),
            ],
        ));
        ui.label(
            egui::RichText::new(tr.fmt(
                lang,
                "gather-counts",
                &[
                    ("n", n(b.lines.len())),
                    ("returned", n(b.count(Status::Returned))),
                    ("conflicts", n(b.count(Status::Conflicts))),
                    ("unchanged", n(b.count(Status::Unchanged))),
                    ("missing", n(b.count(Status::Missing))),
                    ("refused", n(b.count(Status::Refused) + b.refused.len())),
                ],
            ))
            .strong(),
        );
        ui.add_space(4.0);
        lines_table(ui, &t, session, heights.lines);
        ui.add_space(4.0);
        detail(ui, &t, &tr, session, lang, heights.detail);
        let b = &session.board;
        if !b.refused.is_empty() {
            ui.add_space(4.0);
            ui.label(
                egui::RichText::new(tr.fmt(
                    lang,
                    "gather-refused-files",
                    &[("n", n(b.refused.len()))],
                ))
                .strong()
                .color(table::RED),
            );
            let mut shown = None;
            egui::ScrollArea::vertical()
                .id_salt("gather-refused")
                .max_height(54.0)
                .show(ui, |ui| {
                    for (i, (f, why)) in b.refused.iter().enumerate() {
                        let text = format!("{}: {}", file_name(f), why.message(lang));
                        if why.details(lang).is_none() {
                            ui.add(egui::Label::new(text).truncate());
                            continue;
                        }
                        // A file of many problems: its list in the detail, on a click.
                        let on = session.refused_shown == Some(i);
                        let link = ui
                            .add(egui::Button::selectable(on, text).truncate())
                            .on_hover_text(t("gather-refused-show-problems"));
                        if link.clicked() {
                            shown = Some(i);
                        }
                    }
                });
            if let Some(i) = shown {
                session.refused_shown = Some(i);
                session.selected = None;
            }
        }
        ui.separator();
        ui.horizontal_wrapped(|ui| {
            if ui.button(t("gather-accept-clean")).clicked() {
                session.accepted.extend(session.board.clean());
            }
            if ui.button(t("gather-accept-none")).clicked() {
                session.accepted.clear();
            }
            if ui.button(t("gather-keep-all")).clicked() {
                session.decide_all(Choice::KeepOurs);
            }
            if ui.button(t("gather-take-all")).clicked() {
                session.decide_all(Choice::TakeTheirs);
            }
            if ui.button(t("gather-report")).clicked() {
                send = Some(Command::GatherReport);
            }
        });
        ui.add_space(4.0);
        let taken = session.accepted.len();
        ui.horizontal(|ui| {
            let label = tr.fmt(lang, "gather-apply", &[("n", n(taken))]);
            if ui
                .add_enabled(taken > 0, egui::Button::new(label))
                .clicked()
            {
                send = Some(Command::GatherAccept);
            }
            if ui.button(t("btn-close")).clicked() {
                send = Some(Command::CloseGather);
            }
        });
    });
    if esc && send.is_none() {
        send = Some(Command::CloseGather);
    }
    if let Some(cmd) = send {
        app.send(cmd);
    }
    false
}

/// Heights of the board's two lists.
struct Heights {
    lines: f32,
    detail: f32,
}

/// One line per commune: accept box, name, status, file, date, counts.
fn lines_table(ui: &mut egui::Ui, t: &dyn Fn(&str) -> String, s: &mut GatherSession, height: f32) {
    let cols = [
        Column::new(t("gather-col-accept"), 60.0),
        Column::new(t("report-col-commune"), 180.0),
        Column::new(t("report-col-status"), 300.0),
        Column::new(t("report-col-file"), 200.0),
        Column::new(t("report-col-date"), 140.0),
        Column::new(t("report-col-changes"), 90.0),
        Column::new(t("report-col-conflicts"), 90.0),
        Column::new(t("report-col-findings"), 90.0),
    ];
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    ui.horizontal(|ui| {
        for c in &cols {
            cell(
                ui,
                egui::RichText::new(&c.title).strong(),
                c.width,
                row_height,
            );
        }
    });
    ui.separator();
    let mut clicked = None;
    egui::ScrollArea::vertical()
        .id_salt("gather-lines")
        .max_height(height)
        .min_scrolled_height(height)
        .auto_shrink([false, false])
        .show_rows(ui, row_height, s.board.lines.len(), |ui, range| {
            for i in range {
                let acceptable = s.acceptable(i);
                let l = &s.board.lines[i];
                let ret = l.ret.map(|k| &s.board.returns[k]);
                let selected = s.selected == Some(i);
                let tint = ui.painter().add(egui::Shape::Noop);
                let commune = l.commune.clone();
                let mut on = s.accepted.contains(&commune);
                let r = ui.horizontal(|ui| {
                    ui.allocate_ui_with_layout(
                        egui::vec2(cols[0].width, row_height),
                        egui::Layout::left_to_right(egui::Align::Center),
                        |ui| {
                            ui.set_min_size(egui::vec2(cols[0].width, row_height));
                            let label = format!("{} {}", t("gather-col-accept"), l.name);
                            let resp =
                                ui.add_enabled(acceptable, egui::Checkbox::without_text(&mut on));
                            resp.widget_info(|| {
                                egui::WidgetInfo::selected(
                                    egui::Role::CheckBox,
                                    acceptable,
                                    on,
                                    &label,
                                )
                            });
                        },
                    );
                    cell(ui, egui::RichText::new(&l.name), cols[1].width, row_height);
                    // Changes in the shared parts are not taken; the status says there
                    // are some (the row's "outside" tab lists them).
                    let ignored = ret.map_or(0, |r| r.ignored.len());
                    let status = if ignored > 0 && ret.is_some_and(|r| r.refused.is_none()) {
                        format!(
                            "{} (+{ignored} {})",
                            t(l.status.key()),
                            t("gather-status-ignored")
                        )
                    } else {
                        t(l.status.key())
                    };
                    let mut st = egui::RichText::new(status);
                    if let Some(c) = status_color(l.status) {
                        st = st.color(c);
                    }
                    cell(ui, st, cols[2].width, row_height);
                    let (file, date, ch, cf, fi) = match ret {
                        Some(r) => (
                            r.file_name(),
                            r.modified.clone().unwrap_or_default(),
                            r.changes.len().to_string(),
                            r.conflicts().to_string(),
                            r.findings.len().to_string(),
                        ),
                        None => (
                            "—".into(),
                            String::new(),
                            String::new(),
                            String::new(),
                            String::new(),
                        ),
                    };
                    cell(ui, egui::RichText::new(file), cols[3].width, row_height);
                    cell(ui, egui::RichText::new(date), cols[4].width, row_height);
                    cell(ui, egui::RichText::new(ch), cols[5].width, row_height);
                    cell(ui, egui::RichText::new(cf), cols[6].width, row_height);
                    cell(ui, egui::RichText::new(fi), cols[7].width, row_height);
                });
                if on != s.accepted.contains(&commune) {
                    if on {
                        s.accepted.insert(commune);
                    } else {
                        s.accepted.remove(&commune);
                    }
                }
                // The row is clickable beside its accept box (which keeps its own clicks).
                let mut hit = r.response.rect;
                hit.min.x += cols[0].width;
                let resp = ui.interact(
                    hit,
                    ui.scope_id().with(("gather-line", i)),
                    egui::Sense::click(),
                );
                if selected || resp.hovered() {
                    let fill = if selected {
                        ui.visuals().selection.bg_fill.gamma_multiply(0.35)
                    } else {
                        ui.visuals().widgets.hovered.weak_bg_fill
                    };
                    ui.painter()
                        .set(tint, egui::Shape::rect_filled(r.response.rect, 2.0, fill));
                }
                if resp.clicked() {
                    clicked = Some(i);
                }
            }
        });
    if let Some(i) = clicked {
        s.selected = Some(i);
        s.refused_shown = None;
    }
}

fn cell(ui: &mut egui::Ui, text: egui::RichText, width: f32, height: f32) {
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_size(egui::vec2(width, height));
            ui.set_max_width(width);
            ui.add(egui::Label::new(text).truncate());
        },
    );
}

/// The selected commune's return: its changes, conflicts (decided here), the
/// checker's findings, what it changed outside its part; or why it is refused.
fn detail(
    ui: &mut egui::Ui,
    t: &dyn Fn(&str) -> String,
    tr: &crate::app::i18n::I18n,
    s: &mut GatherSession,
    lang: Lang,
    height: f32,
) {
    if let Some((f, why)) = s.refused_shown.and_then(|i| s.board.refused.get(i)) {
        ui.label(egui::RichText::new(file_name(f)).strong());
        ui.label(egui::RichText::new(why.message(lang)).color(table::RED));
        if let Some(all) = why.details(lang) {
            egui::ScrollArea::vertical()
                .id_salt("gather-refused-problems")
                .max_height(height)
                .min_scrolled_height(height)
                .auto_shrink([false, false])
                .show(ui, |ui| ui.label(all));
        }
        return;
    }
    let Some(i) = s.selected else {
        ui.label(egui::RichText::new(t("gather-select-hint")).weak());
        return;
    };
    let l = s.board.lines[i].clone();
    ui.label(
        egui::RichText::new(tr.fmt(lang, "gather-detail", &[("name", l.name.as_str())])).strong(),
    );
    let Some(ret) = l.ret.map(|k| s.board.returns[k].clone()) else {
        ui.label(t("gather-detail-missing"));
        return;
    };
    if ret.by_name {
        ui.label(egui::RichText::new(t("gather-by-name")).weak());
    }
    if let Some(why) = &ret.refused {
        ui.label(egui::RichText::new(why.message(lang)).color(table::RED));
        return;
    }
    for p in &ret.form_problems {
        ui.label(egui::RichText::new(p.text(lang)).color(table::RED));
    }
    let n = |x: usize| crate::i18n::Arg::from(x);
    ui.horizontal(|ui| {
        for (d, key, count) in [
            (Detail::Changes, "gather-tab-changes", ret.changes.len()),
            (Detail::Conflicts, "gather-tab-conflicts", ret.conflicts()),
            (Detail::Findings, "gather-tab-findings", ret.findings.len()),
            (Detail::Ignored, "gather-tab-ignored", ret.ignored.len()),
        ] {
            if d == Detail::Ignored && count == 0 {
                continue;
            }
            let mut text = egui::RichText::new(tr.fmt(lang, key, &[("n", n(count))]));
            if d == Detail::Conflicts && count > 0 {
                text = text.color(table::RED).strong();
            }
            if ui.selectable_label(s.detail == d, text).clicked() {
                s.detail = d;
            }
        }
    });
    let cols = [
        Column::new(t("col-difference"), 560.0),
        Column::new(t("report-col-sent"), 300.0),
        Column::new(t("report-col-returned"), 300.0),
    ];
    match s.detail {
        Detail::Changes | Detail::Ignored => {
            let list = if s.detail == Detail::Changes {
                &ret.changes
            } else {
                &ret.ignored
            };
            let rows: Vec<crate::diff::Row> = list.iter().map(|d| d.row(lang)).collect();
            small_table(ui, "gather-changes", &cols, &rows, height);
        }
        Detail::Findings => {
            egui::ScrollArea::vertical()
                .id_salt("gather-findings")
                .max_height(height)
                .min_scrolled_height(height)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    if ret.findings.is_empty() {
                        ui.label(t("gather-no-findings"));
                    }
                    for f in &ret.findings {
                        ui.label(f.message(lang));
                    }
                });
        }
        Detail::Conflicts => {
            let Some(m) = &ret.merge else { return };
            let ids: Vec<String> = m.conflicts.iter().map(|c| c.id()).collect();
            let rows: Vec<[String; 4]> =
                m.conflicts.iter().map(|c| conflict_row(c, lang)).collect();
            let empty = HashMap::new();
            let mine = s.choices.get(&l.commune).unwrap_or(&empty);
            let mut chosen = Vec::new();
            conflict_rows(
                ui,
                t,
                "gather-conflicts",
                &ids,
                &rows,
                mine,
                &mut chosen,
                height,
            );
            if !chosen.is_empty() {
                let entry = s.choices.entry(l.commune.clone()).or_default();
                for (id, c) in chosen {
                    entry.insert(id, c);
                }
            }
        }
    }
}

fn small_table(
    ui: &mut egui::Ui,
    id: &str,
    cols: &[Column],
    rows: &[crate::diff::Row],
    height: f32,
) {
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    ui.horizontal(|ui| {
        for c in cols {
            cell(
                ui,
                egui::RichText::new(&c.title).strong(),
                c.width,
                row_height,
            );
        }
    });
    egui::ScrollArea::vertical()
        .id_salt(id)
        .max_height(height)
        .min_scrolled_height(height)
        .auto_shrink([false, false])
        .show_rows(ui, row_height, rows.len(), |ui, range| {
            for r in &rows[range] {
                ui.horizontal(|ui| {
                    for (c, text) in cols.iter().zip([&r.what, &r.a, &r.b]) {
                        cell(ui, egui::RichText::new(text.as_str()), c.width, row_height);
                    }
                });
            }
        });
}
