//! Investment projects: a table (sort by column, filter by commune, component and
//! special mechanism, search by name, totals of what is shown) and an editor for
//! the selected project. Only the visible rows are laid out, so a national list of
//! tens of thousands of projects scrolls smoothly; the filtered, sorted order is
//! computed once per change of the plan or of the view.

use super::super::NtmApp;
use super::super::widgets::date_field::{DateOutcome, date_field};
use super::super::widgets::number_field::{NumberOutcome, number_field};
use super::super::widgets::search_combo::{SearchCombo, search_combo};
use super::super::widgets::text_field::text_field;
use crate::document::Edit;
use crate::model::{Plan, Project, ProjectAmount, ProjectStatus};
use crate::numfmt;
use eframe::egui;
use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortKey {
    /// The plan's own order.
    #[default]
    Plan,
    Name,
    Commune,
    Component,
    Amount,
    Special,
    Start,
    End,
    Status,
}

#[derive(Debug, Default)]
pub struct ProjectsView {
    pub commune: Option<String>,
    pub component: Option<String>,
    pub special: Option<bool>,
    pub search: String,
    pub sort: SortKey,
    pub descending: bool,
    /// The selected project, by id.
    pub selected: Option<String>,
    cache: Option<(CacheKey, Vec<usize>)>,
    /// The amount column's width for a revision of the plan.
    amount_width: Option<(u64, f32)>,
    /// The editor's content height last frame (its panel is given this height).
    editor_height: Option<f32>,
}

type CacheKey = (
    u64,
    Option<String>,
    Option<String>,
    Option<bool>,
    String,
    SortKey,
    bool,
);

impl ProjectsView {
    fn key(&self, revision: u64) -> CacheKey {
        (
            revision,
            self.commune.clone(),
            self.component.clone(),
            self.special,
            self.search.clone(),
            self.sort,
            self.descending,
        )
    }

    /// Indexes of the projects shown, in the order shown.
    pub fn rows(&mut self, plan: &Plan, revision: u64) -> Vec<usize> {
        let key = self.key(revision);
        if let Some((k, rows)) = &self.cache
            && *k == key
        {
            return rows.clone();
        }
        let needle = crate::text::fold(&self.search);
        let mut rows: Vec<usize> = plan
            .projects
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                self.commune
                    .as_ref()
                    .is_none_or(|c| p.commune.as_ref() == Some(c))
            })
            .filter(|(_, p)| {
                self.component
                    .as_ref()
                    .is_none_or(|c| p.component.as_ref() == Some(c))
            })
            .filter(|(_, p)| self.special.is_none_or(|s| p.special_mechanism == s))
            .filter(|(_, p)| needle.is_empty() || crate::text::fold(&p.name).contains(&needle))
            .map(|(i, _)| i)
            .collect();
        let p = &plan.projects;
        match self.sort {
            SortKey::Plan => {}
            SortKey::Name => {
                let keys: std::collections::HashMap<usize, _> = rows
                    .iter()
                    .map(|&i| (i, crate::text::collation_key(&p[i].name)))
                    .collect();
                rows.sort_by(|a, b| keys[a].cmp(&keys[b]));
            }
            SortKey::Commune => {
                let name = |i: usize| {
                    p[i].commune
                        .as_deref()
                        .map(|c| crate::text::collation_key(plan.unit_name(c)))
                };
                let keys: std::collections::HashMap<usize, _> =
                    rows.iter().map(|&i| (i, name(i))).collect();
                rows.sort_by(|a, b| keys[a].cmp(&keys[b]));
            }
            SortKey::Component => rows.sort_by_key(|&i| {
                p[i].component
                    .as_ref()
                    .and_then(|c| plan.components.iter().position(|x| &x.code == c))
                    .unwrap_or(usize::MAX)
            }),
            SortKey::Amount => rows.sort_by_key(|&i| p[i].total()),
            SortKey::Special => rows.sort_by_key(|&i| p[i].special_mechanism),
            SortKey::Start => rows.sort_by_key(|&i| p[i].start),
            SortKey::End => rows.sort_by_key(|&i| p[i].end),
            SortKey::Status => rows.sort_by_key(|&i| status_rank(p[i].status)),
        }
        if self.descending {
            rows.reverse();
        }
        self.cache = Some((key, rows.clone()));
        rows
    }
}

fn status_rank(s: ProjectStatus) -> u8 {
    match s {
        ProjectStatus::Planned => 0,
        ProjectStatus::InProgress => 1,
        ProjectStatus::Done => 2,
        ProjectStatus::Suspended => 3,
    }
}

pub const STATUSES: [ProjectStatus; 4] = [
    ProjectStatus::Planned,
    ProjectStatus::InProgress,
    ProjectStatus::Done,
    ProjectStatus::Suspended,
];

pub fn status_key(s: ProjectStatus) -> &'static str {
    match s {
        ProjectStatus::Planned => "status-planned",
        ProjectStatus::InProgress => "status-in-progress",
        ProjectStatus::Done => "status-done",
        ProjectStatus::Suspended => "status-suspended",
    }
}

/// Column titles' keys, sort keys, least widths and whether they hold numbers
/// (right-aligned). The name takes the width left over; the amount column is as
/// wide as the plan's largest amount.
const COLUMNS: [(&str, SortKey, f32, bool); 8] = [
    ("col-project-name", SortKey::Name, 260.0, false),
    ("col-commune", SortKey::Commune, 120.0, false),
    ("col-component", SortKey::Component, 160.0, false),
    ("col-amount", SortKey::Amount, 100.0, true),
    ("col-special", SortKey::Special, 70.0, false),
    ("col-start", SortKey::Start, 90.0, true),
    ("col-end", SortKey::End, 90.0, true),
    ("col-status", SortKey::Status, 110.0, false),
];
const NO_W: f32 = 50.0;

/// The widest amount of the plan's projects, as shown (the column never cuts one).
fn widest_amount(plan: &Plan) -> String {
    plan.projects
        .iter()
        .map(|p| numfmt::decimal(p.total()))
        .max_by_key(|s| s.chars().count())
        .unwrap_or_default()
}

/// A cell of the table: left- or right-aligned within its width.
fn cell<R>(
    ui: &mut egui::Ui,
    w: f32,
    h: f32,
    right: bool,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let layout = if right {
        egui::Layout::right_to_left(egui::Align::Center)
    } else {
        egui::Layout::left_to_right(egui::Align::Center)
    };
    ui.allocate_ui_with_layout(egui::vec2(w, h), layout, |ui| {
        ui.set_width(w);
        ui.set_height(h);
        add(ui)
    })
    .inner
}

pub fn page(app: &mut NtmApp, ui: &mut egui::Ui) {
    if app.doc.is_none() {
        return;
    }
    super::heading(ui, app.t("page-projects"));
    filters(app, ui);
    ui.add_space(6.0);
    // The editor below is as tall as its content (at most half the page, then it
    // scrolls); the table takes all the rest.
    // (A panel cannot grow to content inside a scroll area, so its content's height
    // is measured and the panel given that height.)
    let editor_max = (ui.available_height() * 0.6).max(160.0);
    let want = app.projects_view.editor_height.unwrap_or(80.0) + 18.0;
    egui::Panel::bottom("project-editor")
        .resizable(false)
        .exact_size(want.min(editor_max))
        .show(ui, |ui| {
            let out = egui::ScrollArea::vertical()
                .id_salt("project-editor-scroll")
                .auto_shrink([false, false])
                .show(ui, |ui| editor(app, ui));
            let h = out.content_size.y;
            if app.projects_view.editor_height != Some(h) {
                app.projects_view.editor_height = Some(h);
                ui.ctx().request_repaint();
            }
        });
    // The rows shown, after the editor's edits of this frame (it may remove a project).
    let Some(doc) = app.doc.as_ref() else { return };
    let rev = doc.revision();
    let rows = app.projects_view.rows(&doc.plan, rev);
    // What is left for the rows: the height less the header row and the totals line.
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    let gap = ui.spacing().item_spacing.y;
    let table_h = (ui.available_height() - 2.0 * (row_h + gap) - 4.0 - gap).max(row_h * 3.0);
    table(app, ui, &rows, table_h);
    ui.add_space(4.0);
    totals(app, ui, &rows);
}

fn filters(app: &mut NtmApp, ui: &mut egui::Ui) {
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let all = app.t("filter-all").to_string();
    // Only communes and components that have projects, in the plan's order.
    let communes: Vec<(String, String)> = {
        let used: std::collections::HashSet<&str> = plan
            .projects
            .iter()
            .filter_map(|p| p.commune.as_deref())
            .collect();
        plan.communes
            .iter()
            .filter(|c| used.contains(c.id.as_str()))
            .map(|c| (c.id.clone(), c.name.clone()))
            .collect()
    };
    let components: Vec<(String, String)> = plan
        .components
        .iter()
        .map(|c| {
            (
                c.code.clone(),
                format!("{}. {}", c.code, c.name_in(app.lang())),
            )
        })
        .collect();
    let (yes, no) = (app.t("yes").to_string(), app.t("no").to_string());
    let v = &mut app.projects_view;
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        let spec = SearchCombo {
            label: app.i18n.get(app.prefs.lang, "filter-commune"),
            search_label: app.i18n.get(app.prefs.lang, "search-commune"),
            none: Some(&all),
            more_hint: app.i18n.get(app.prefs.lang, "search-more"),
            width: 180.0,
        };
        if let Some(c) = search_combo(
            ui,
            "projects_commune",
            spec,
            v.commune.as_deref(),
            &communes,
        ) {
            v.commune = c;
            changed = true;
        }
        let l = ui.label(app.i18n.get(app.prefs.lang, "filter-component"));
        let shown = v
            .component
            .as_ref()
            .and_then(|id| components.iter().find(|(c, _)| c == id))
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| all.clone());
        egui::ComboBox::from_id_salt("projects_component")
            .selected_text(shown)
            .width(220.0)
            .show_ui(ui, |ui| {
                changed |= ui.selectable_value(&mut v.component, None, &all).changed();
                for (code, name) in &components {
                    changed |= ui
                        .selectable_value(&mut v.component, Some(code.clone()), name)
                        .changed();
                }
            })
            .response
            .labelled_by(l.id);
        let l = ui.label(app.i18n.get(app.prefs.lang, "filter-special"));
        let shown = match v.special {
            None => all.clone(),
            Some(true) => yes.clone(),
            Some(false) => no.clone(),
        };
        egui::ComboBox::from_id_salt("projects_special")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                changed |= ui.selectable_value(&mut v.special, None, &all).changed();
                changed |= ui
                    .selectable_value(&mut v.special, Some(true), &yes)
                    .changed();
                changed |= ui
                    .selectable_value(&mut v.special, Some(false), &no)
                    .changed();
            })
            .response
            .labelled_by(l.id);
        let l = ui.label(app.i18n.get(app.prefs.lang, "filter-search"));
        changed |= ui
            .add(egui::TextEdit::singleline(&mut v.search).desired_width(180.0))
            .labelled_by(l.id)
            .changed();
    });
    let _ = changed;
}

fn table(app: &mut NtmApp, ui: &mut egui::Ui, rows: &[usize], height: f32) {
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let rev = app.doc.as_ref().map(|d| d.revision()).unwrap_or_default();
    // Column widths: the amount column fits the largest amount (measured once per
    // change of the plan), the name column takes what is left.
    let font = egui::TextStyle::Body.resolve(ui.style());
    let amount_w = match app.projects_view.amount_width {
        Some((r, w)) if r == rev => w,
        _ => {
            let text = widest_amount(plan);
            let w = ui.fonts_mut(|f| {
                f.layout_no_wrap(text, font.clone(), egui::Color32::WHITE)
                    .size()
                    .x
            });
            app.projects_view.amount_width = Some((rev, w));
            w
        }
    };
    let spacing = ui.spacing().item_spacing.x;
    // Every column at least as wide as its title (with room for the sort mark).
    let mut widths: Vec<f32> = COLUMNS
        .iter()
        .map(|(key, _, w, _)| {
            let title = format!("{} ▼", app.t(key));
            let tw = ui.fonts_mut(|f| {
                f.layout_no_wrap(title, font.clone(), egui::Color32::WHITE)
                    .size()
                    .x
            });
            w.max(tw + 12.0)
        })
        .collect();
    widths[3] = widths[3].max(amount_w + 16.0);
    let fixed: f32 = widths[1..].iter().sum::<f32>() + NO_W + spacing * 9.0 + 16.0;
    widths[0] = (ui.available_width() - fixed).max(COLUMNS[0].2);
    // Header: click a title to sort by it; again to reverse.
    ui.horizontal(|ui| {
        cell(ui, NO_W, row_h, true, |ui| {
            ui.label(egui::RichText::new(app.t("col-no")).strong())
        });
        for ((key, sort, _, right), w) in COLUMNS.iter().zip(&widths) {
            let mark = match (
                app.projects_view.sort == *sort,
                app.projects_view.descending,
            ) {
                (true, false) => " ▲",
                (true, true) => " ▼",
                _ => "",
            };
            let title = format!("{}{mark}", app.t(key));
            let clicked = cell(ui, *w, row_h, *right, |ui| {
                ui.add(egui::Button::new(egui::RichText::new(title).strong()).frame(false))
                    .clicked()
            });
            if clicked {
                let v = &mut app.projects_view;
                if v.sort == *sort {
                    v.descending = !v.descending;
                } else {
                    v.sort = *sort;
                    v.descending = false;
                }
            }
        }
    });
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let selected = app.projects_view.selected.clone();
    let lang = app.lang();
    let mut clicked: Option<String> = None;
    let texts: Vec<(String, String)> = STATUSES
        .iter()
        .map(|s| {
            (
                status_key(*s).to_string(),
                app.t(status_key(*s)).to_string(),
            )
        })
        .collect();
    egui::ScrollArea::vertical()
        .id_salt("projects_table")
        .max_height(height)
        .auto_shrink([false, false])
        .show_rows(ui, row_h, rows.len(), |ui, range| {
            for n in range {
                let Some(&i) = rows.get(n) else { continue };
                let p = &plan.projects[i];
                ui.horizontal(|ui| {
                    cell(ui, NO_W, row_h, true, |ui| {
                        ui.label(numfmt::count(n as i64 + 1))
                    });
                    let on = selected.as_deref() == Some(p.id.as_str());
                    // Left-aligned; a long name is cut with "…" and shown whole on
                    // hover. A click selects the project.
                    let r = cell(ui, widths[0], row_h, false, |ui| {
                        let rect = ui.max_rect();
                        if on {
                            ui.painter()
                                .rect_filled(rect, 3.0, ui.visuals().selection.bg_fill);
                        }
                        let text = if on {
                            egui::RichText::new(&p.name).color(ui.visuals().selection.stroke.color)
                        } else {
                            egui::RichText::new(&p.name)
                        };
                        ui.add(
                            egui::Label::new(text)
                                .truncate()
                                .sense(egui::Sense::click()),
                        )
                    });
                    if r.clicked() {
                        clicked = Some(p.id.clone());
                    }
                    let text = |ui: &mut egui::Ui, k: usize, t: String| {
                        let right = COLUMNS[k].3;
                        cell(ui, widths[k], row_h, right, |ui| {
                            if right {
                                // Numbers are never cut.
                                ui.label(t);
                            } else {
                                ui.add(egui::Label::new(t).truncate());
                            }
                        });
                    };
                    text(
                        ui,
                        1,
                        p.commune
                            .as_deref()
                            .map(|c| plan.unit_name(c).to_string())
                            .unwrap_or_default(),
                    );
                    text(
                        ui,
                        2,
                        p.component
                            .as_deref()
                            .map(|c| {
                                let name = plan
                                    .components
                                    .iter()
                                    .find(|x| x.code == c)
                                    .map(|x| x.name_in(lang))
                                    .unwrap_or(c);
                                format!("{c}. {name}")
                            })
                            .unwrap_or_default(),
                    );
                    text(ui, 3, numfmt::decimal(p.total()));
                    text(
                        ui,
                        4,
                        if p.special_mechanism {
                            "✓".into()
                        } else {
                            String::new()
                        },
                    );
                    text(ui, 5, p.start.map(|d| d.vi()).unwrap_or_default());
                    text(ui, 6, p.end.map(|d| d.vi()).unwrap_or_default());
                    let key = status_key(p.status);
                    text(
                        ui,
                        7,
                        texts
                            .iter()
                            .find(|(k, _)| k == key)
                            .map(|(_, t)| t.clone())
                            .unwrap_or_default(),
                    );
                });
            }
        });
    if let Some(id) = clicked {
        app.projects_view.selected = Some(id);
    }
}

fn totals(app: &mut NtmApp, ui: &mut egui::Ui, rows: &[usize]) {
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let amount: Decimal = rows.iter().map(|&i| plan.projects[i].total()).sum();
    let special = rows
        .iter()
        .filter(|&&i| plan.projects[i].special_mechanism)
        .count();
    let text = app.tf(
        "projects-totals",
        &[
            ("shown", crate::i18n::Arg::from(rows.len())),
            ("all", crate::i18n::Arg::from(plan.projects.len())),
            ("amount", crate::i18n::Arg::from(&numfmt::decimal(amount))),
            ("special", crate::i18n::Arg::from(special)),
        ],
    );
    ui.label(egui::RichText::new(text).strong());
}

fn apply(app: &mut NtmApp, edit: Edit, group: Option<String>) {
    if let Some(d) = &mut app.doc {
        d.apply(edit, group);
    }
}

fn new_id(plan: &Plan) -> String {
    let ids: std::collections::HashSet<&str> =
        plan.projects.iter().map(|p| p.id.as_str()).collect();
    (plan.projects.len() + 1..)
        .map(|k| format!("DA-{k:03}"))
        .find(|c| !ids.contains(c.as_str()))
        .unwrap_or_default()
}

fn editor(app: &mut NtmApp, ui: &mut egui::Ui) {
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let index = app
        .projects_view
        .selected
        .as_ref()
        .and_then(|id| plan.projects.iter().position(|p| &p.id == id));
    ui.horizontal(|ui| {
        if ui.button(app.t("projects-add")).clicked() {
            let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
                return;
            };
            let p = Project {
                id: new_id(plan),
                name: app.t("projects-new-name").to_string(),
                ..Project::default()
            };
            let id = p.id.clone();
            let at = plan.projects.len();
            apply(app, Edit::InsertProject(at, Box::new(p)), None);
            // Show it: clear the filters that would hide it.
            app.projects_view = ProjectsView {
                selected: Some(id),
                ..ProjectsView::default()
            };
        }
        if let Some(i) = index
            && ui.button(app.t("projects-remove")).clicked()
        {
            apply(app, Edit::RemoveProject(i), None);
            app.projects_view.selected = None;
        }
    });
    let Some(i) = index else {
        ui.label(app.t("projects-select-hint"));
        return;
    };
    let Some(p) = app
        .doc
        .as_ref()
        .and_then(|d| d.plan.projects.get(i))
        .cloned()
    else {
        return;
    };
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let communes: Vec<(String, String)> = plan
        .communes
        .iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect();
    let components: Vec<(String, String)> = plan
        .components
        .iter()
        .map(|c| {
            (
                c.code.clone(),
                format!("{}. {}", c.code, c.name_in(app.lang())),
            )
        })
        .collect();
    let sources: Vec<(String, String, bool)> = plan
        .funding
        .walk()
        .into_iter()
        .map(|(depth, n)| {
            (
                n.id.clone(),
                format!("{}{}", "  ".repeat(depth), n.name),
                n.children.is_empty(),
            )
        })
        .collect();
    let none = app.t("none").to_string();
    let mut new = p.clone();
    let mut group: Option<String> = None;
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(app.tf("projects-editing", &[("id", &p.id)])).strong());
        if let Some(y) = p.carried_from {
            ui.label(
                egui::RichText::new(app.tf("carried-from", &[("year", y.to_string().as_str())]))
                    .italics(),
            );
        }
    });
    let label = app.t("field-project-name").to_string();
    if let Some(ch) = text_field(ui, &label, &p.name, false) {
        new.name = ch.text;
        group = Some(format!("project-name-{}", p.id));
        if ch.lost_focus
            && let Some(d) = &mut app.doc
        {
            d.seal();
        }
    }
    ui.horizontal_wrapped(|ui| {
        let spec = SearchCombo {
            label: app.t("field-project-commune"),
            search_label: app.t("search-commune"),
            none: Some(&none),
            more_hint: app.t("search-more"),
            width: 200.0,
        };
        if let Some(c) = search_combo(ui, "project_commune", spec, p.commune.as_deref(), &communes)
        {
            new.commune = c;
        }
        let l = ui.label(app.t("field-project-component"));
        let shown = p
            .component
            .as_ref()
            .and_then(|id| components.iter().find(|(c, _)| c == id))
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| none.clone());
        egui::ComboBox::from_id_salt("project_component")
            .selected_text(shown)
            .width(260.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut new.component, None, &none);
                for (code, name) in &components {
                    ui.selectable_value(&mut new.component, Some(code.clone()), name);
                }
            })
            .response
            .labelled_by(l.id);
        ui.checkbox(&mut new.special_mechanism, app.t("field-special-mechanism"));
        let l = ui.label(app.t("field-project-status"));
        egui::ComboBox::from_id_salt("project_status")
            .selected_text(app.t(status_key(p.status)))
            .show_ui(ui, |ui| {
                for s in STATUSES {
                    ui.selectable_value(&mut new.status, s, app.t(status_key(s)));
                }
            })
            .response
            .labelled_by(l.id);
    });
    ui.horizontal(|ui| {
        for (which, label_key) in [(0, "field-project-start"), (1, "field-project-end")] {
            let label = app.t(label_key).to_string();
            let value = if which == 0 { p.start } else { p.end };
            match date_field(ui, &format!("project-{which}-{}", p.id), &label, value) {
                DateOutcome::Committed(d) => {
                    if which == 0 {
                        new.start = d;
                    } else {
                        new.end = d;
                    }
                }
                DateOutcome::Invalid(e) => app.toasts.error(e),
                DateOutcome::Unchanged => {}
            }
            ui.add_space(12.0);
        }
    });
    // Amounts by source.
    ui.label(egui::RichText::new(app.t("projects-amounts")).strong());
    let mut remove: Option<usize> = None;
    for (k, a) in p.amounts.iter().enumerate() {
        ui.horizontal(|ui| {
            let name = sources
                .iter()
                .find(|(id, _, _)| *id == a.source)
                .map(|(_, n, _)| n.trim().to_string())
                .unwrap_or_else(|| a.source.clone());
            let label = app.tf("field-project-amount", &[("source", &name)]);
            match number_field(
                ui,
                &format!("project-amount-{}-{k}", p.id),
                &label,
                a.amount,
                120.0,
                true,
            ) {
                NumberOutcome::Committed(v) => new.amounts[k].amount = v,
                NumberOutcome::Invalid(e) => app.toasts.error(e),
                NumberOutcome::Unchanged => {}
            }
            if ui
                .button(app.t("projects-amount-remove"))
                .on_hover_text(name)
                .clicked()
            {
                remove = Some(k);
            }
        });
    }
    if let Some(k) = remove {
        new.amounts.remove(k);
    }
    ui.horizontal(|ui| {
        let l = ui.label(app.t("projects-amount-add"));
        egui::ComboBox::from_id_salt("project_add_source")
            .selected_text("…")
            .height(300.0)
            .show_ui(ui, |ui| {
                for (id, name, leaf) in &sources {
                    if !p.amounts.iter().any(|a| &a.source == id)
                        && ui
                            .add_enabled(*leaf, egui::Button::selectable(false, name))
                            .clicked()
                    {
                        new.amounts.push(ProjectAmount {
                            source: id.clone(),
                            amount: Decimal::ZERO,
                        });
                    }
                }
            })
            .response
            .labelled_by(l.id);
        ui.label(
            egui::RichText::new(app.tf(
                "projects-total",
                &[("amount", &numfmt::decimal(new.total()))],
            ))
            .strong(),
        );
    });
    if let (Some(s), Some(e)) = (new.start, new.end)
        && e < s
        && (new.start != p.start || new.end != p.end)
    {
        let msg = app.tf(
            "projects-end-before-start",
            &[("start", &s.vi()), ("end", &e.vi())],
        );
        app.toasts.error(msg);
        return;
    }
    if new != p {
        apply(app, Edit::Project(i, Box::new(new)), group);
    }
}
