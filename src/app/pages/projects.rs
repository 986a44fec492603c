//! Investment projects: a table (sort by column, filter by commune, component and
//! special mechanism, search by name, totals of what is shown) and an editor for
//! the selected project. Only the visible rows are laid out, so a national list of
//! tens of thousands of projects scrolls smoothly; the filtered, sorted order is
//! computed once per change of the plan or of the view.

use super::super::NtmApp;
use super::super::widgets::date_field::{DateOutcome, date_field};
use super::super::widgets::number_field::{NumberOutcome, number_field};
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

/// Column titles' keys, sort keys and widths.
const COLUMNS: [(&str, SortKey, f32); 8] = [
    ("col-project-name", SortKey::Name, 340.0),
    ("col-commune", SortKey::Commune, 120.0),
    ("col-component", SortKey::Component, 160.0),
    ("col-amount", SortKey::Amount, 100.0),
    ("col-special", SortKey::Special, 90.0),
    ("col-start", SortKey::Start, 90.0),
    ("col-end", SortKey::End, 90.0),
    ("col-status", SortKey::Status, 110.0),
];

pub fn page(app: &mut NtmApp, ui: &mut egui::Ui) {
    let Some(doc) = app.doc.as_ref() else { return };
    let rev = doc.revision();
    let rows = app.projects_view.rows(&doc.plan, rev);
    super::heading(ui, app.t("page-projects"));
    filters(app, ui);
    ui.add_space(6.0);
    table(app, ui, &rows);
    ui.add_space(4.0);
    totals(app, ui, &rows);
    ui.separator();
    editor(app, ui);
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
        .map(|c| (c.code.clone(), format!("{}. {}", c.code, c.name)))
        .collect();
    let (yes, no) = (app.t("yes").to_string(), app.t("no").to_string());
    let v = &mut app.projects_view;
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(app.i18n.get(app.prefs.lang, "filter-commune"));
        let shown = v
            .commune
            .as_ref()
            .and_then(|id| communes.iter().find(|(c, _)| c == id))
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| all.clone());
        egui::ComboBox::from_id_salt("projects_commune")
            .selected_text(shown)
            .height(400.0)
            .show_ui(ui, |ui| {
                changed |= ui.selectable_value(&mut v.commune, None, &all).changed();
                for (id, name) in &communes {
                    changed |= ui
                        .selectable_value(&mut v.commune, Some(id.clone()), name)
                        .changed();
                }
            })
            .response
            .labelled_by(l.id);
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

fn table(app: &mut NtmApp, ui: &mut egui::Ui, rows: &[usize]) {
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    // Header: click a title to sort by it; again to reverse.
    ui.horizontal(|ui| {
        ui.add_sized(
            [50.0, row_h],
            egui::Label::new(egui::RichText::new(app.t("col-no")).strong()),
        );
        for (key, sort, w) in COLUMNS {
            let mark = match (app.projects_view.sort == sort, app.projects_view.descending) {
                (true, false) => " ▲",
                (true, true) => " ▼",
                _ => "",
            };
            let title = format!("{}{mark}", app.t(key));
            if ui
                .add_sized(
                    [w, row_h],
                    egui::Button::new(egui::RichText::new(title).strong()).frame(false),
                )
                .clicked()
            {
                let v = &mut app.projects_view;
                if v.sort == sort {
                    v.descending = !v.descending;
                } else {
                    v.sort = sort;
                    v.descending = false;
                }
            }
        }
    });
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let selected = app.projects_view.selected.clone();
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
        .max_height((ui.available_height() * 0.55).max(200.0))
        .auto_shrink([false, true])
        .show_rows(ui, row_h, rows.len(), |ui, range| {
            for n in range {
                let Some(&i) = rows.get(n) else { continue };
                let p = &plan.projects[i];
                ui.horizontal(|ui| {
                    ui.add_sized([50.0, row_h], egui::Label::new(format!("{}", n + 1)));
                    let on = selected.as_deref() == Some(p.id.as_str());
                    let name =
                        egui::Button::selectable(on, egui::RichText::new(&p.name)).truncate();
                    if ui.add_sized([COLUMNS[0].2, row_h], name).clicked() {
                        clicked = Some(p.id.clone());
                    }
                    let cell = |ui: &mut egui::Ui, w: f32, text: String| {
                        ui.add_sized([w, row_h], egui::Label::new(text).truncate());
                    };
                    cell(
                        ui,
                        COLUMNS[1].2,
                        p.commune
                            .as_deref()
                            .map(|c| plan.unit_name(c).to_string())
                            .unwrap_or_default(),
                    );
                    cell(
                        ui,
                        COLUMNS[2].2,
                        p.component
                            .as_deref()
                            .map(|c| format!("{c}. {}", plan.component_name(c)))
                            .unwrap_or_default(),
                    );
                    cell(ui, COLUMNS[3].2, numfmt::decimal(p.total()));
                    cell(
                        ui,
                        COLUMNS[4].2,
                        if p.special_mechanism {
                            "✓".into()
                        } else {
                            String::new()
                        },
                    );
                    cell(
                        ui,
                        COLUMNS[5].2,
                        p.start.map(|d| d.vi()).unwrap_or_default(),
                    );
                    cell(ui, COLUMNS[6].2, p.end.map(|d| d.vi()).unwrap_or_default());
                    let key = status_key(p.status);
                    cell(
                        ui,
                        COLUMNS[7].2,
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
            ("shown", &numfmt::count(rows.len() as i64)),
            ("all", &numfmt::count(plan.projects.len() as i64)),
            ("amount", &numfmt::decimal(amount)),
            ("special", &numfmt::count(special as i64)),
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
        .map(|c| (c.code.clone(), format!("{}. {}", c.code, c.name)))
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
    ui.label(egui::RichText::new(app.tf("projects-editing", &[("id", &p.id)])).strong());
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
        let l = ui.label(app.t("field-project-commune"));
        let shown = p
            .commune
            .as_ref()
            .and_then(|id| communes.iter().find(|(c, _)| c == id))
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| none.clone());
        egui::ComboBox::from_id_salt("project_commune")
            .selected_text(shown)
            .height(400.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut new.commune, None, &none);
                for (id, name) in &communes {
                    ui.selectable_value(&mut new.commune, Some(id.clone()), name);
                }
            })
            .response
            .labelled_by(l.id);
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
