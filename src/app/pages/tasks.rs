//! Tasks per agency (departments, commune committees, the Fatherland Front): a list
//! grouped by agency, filtered by agency, overdue open tasks in red; an editor for
//! the selected task (agency, text, deadline dd/mm/yyyy, related criteria and
//! communes, done). Every change is an edit of the plan, so undo covers it.

use super::super::NtmApp;
use super::super::widgets::date_field::{DateOutcome, date_field};
use super::super::widgets::text_field::text_field;
use crate::check::Place;
use crate::document::Edit;
use crate::model::{Plan, Task, TaskStatus};
use eframe::egui;

const RED: egui::Color32 = egui::Color32::from_rgb(200, 40, 40);

/// Agencies offered besides the plan's own: the usual ones of an NTM plan.
const USUAL_AGENCIES: [&str; 4] = [
    "Sở Nông nghiệp và Môi trường",
    "Sở Tài chính",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Ủy ban nhân dân các xã",
];

#[derive(Debug, Default)]
pub struct TasksView {
    /// Show only this agency's tasks.
    pub agency: Option<String>,
    /// The selected task, by index.
    pub selected: Option<usize>,
}

pub fn page(app: &mut NtmApp, ui: &mut egui::Ui) {
    let focus = app.focus.clone();
    let scroll = std::mem::take(&mut app.focus_scroll);
    if let Some(Place::Task(k)) = &focus
        && scroll
    {
        app.tasks_view.selected = Some(*k);
        app.tasks_view.agency = None;
    }
    super::heading(ui, app.t("page-tasks"));
    toolbar(app, ui);
    ui.add_space(6.0);
    let avail = ui.available_height();
    ui.columns(2, |cols| {
        egui::ScrollArea::vertical()
            .id_salt("tasks")
            .max_height(avail)
            .show(&mut cols[0], |ui| list(app, ui, &focus, scroll));
        egui::ScrollArea::vertical()
            .id_salt("task_editor")
            .max_height(avail)
            .show(&mut cols[1], |ui| editor(app, ui));
    });
}

fn agencies(plan: &Plan) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in &plan.tasks {
        if !out.contains(&t.agency) {
            out.push(t.agency.clone());
        }
    }
    out
}

fn apply(app: &mut NtmApp, edit: Edit, group: Option<String>) {
    if let Some(d) = &mut app.doc {
        d.apply(edit, group);
    }
}

fn toolbar(app: &mut NtmApp, ui: &mut egui::Ui) {
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let list: Vec<(String, usize)> = agencies(plan)
        .into_iter()
        .map(|a| {
            let n = plan.tasks.iter().filter(|t| t.agency == a).count();
            (a, n)
        })
        .collect();
    let all = app.t("filter-all").to_string();
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(app.i18n.get(app.prefs.lang, "filter-agency"));
        let shown = app.tasks_view.agency.clone().unwrap_or_else(|| all.clone());
        let v = &mut app.tasks_view;
        egui::ComboBox::from_id_salt("tasks_agency")
            .selected_text(shown)
            .width(360.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut v.agency, None, &all);
                for (a, n) in &list {
                    ui.selectable_value(&mut v.agency, Some(a.clone()), format!("{a} ({n})"));
                }
            })
            .response
            .labelled_by(l.id);
        if ui.button(app.t("tasks-add")).clicked() {
            let agency = app
                .tasks_view
                .agency
                .clone()
                .unwrap_or_else(|| app.t("tasks-new-agency").to_string());
            let task = Task {
                agency,
                text: app.t("tasks-new-text").to_string(),
                ..Task::default()
            };
            let at = app.doc.as_ref().map(|d| d.plan.tasks.len()).unwrap_or(0);
            apply(app, Edit::InsertTask(at, Box::new(task)), None);
            app.tasks_view.selected = Some(at);
        }
    });
}

fn list(app: &mut NtmApp, ui: &mut egui::Ui, focus: &Option<Place>, scroll: bool) {
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let today = today();
    if plan.tasks.is_empty() {
        ui.label(app.t("tasks-none"));
    }
    let filter = app.tasks_view.agency.clone();
    let selected = app.tasks_view.selected;
    let mut clicked = None;
    let mut agency = "";
    for (i, task) in plan.tasks.iter().enumerate() {
        if filter.as_ref().is_some_and(|a| *a != task.agency) {
            continue;
        }
        if task.agency != agency {
            agency = &task.agency;
            ui.add_space(8.0);
            ui.label(egui::RichText::new(agency).font(super::super::fonts::bold(17.0)));
        }
        let overdue =
            task.status == TaskStatus::Open && task.deadline.is_some_and(|d| Some(d) < today);
        let hl = matches!(focus, Some(Place::Task(k)) if *k == i);
        let body = |ui: &mut egui::Ui| {
            ui.horizontal_wrapped(|ui| {
                let deadline = task
                    .deadline
                    .map(|d| d.vi())
                    .unwrap_or_else(|| app.t("tasks-no-deadline").to_string());
                let mut rt =
                    egui::RichText::new(format!("{}: {deadline}", app.t("col-deadline"))).strong();
                if overdue {
                    rt = rt.color(RED);
                }
                ui.label(rt);
                if overdue {
                    ui.label(egui::RichText::new(app.t("tasks-overdue")).color(RED));
                }
                if task.status == TaskStatus::Done {
                    ui.label(app.t("tasks-done"));
                }
                if !task.criteria.is_empty() {
                    ui.label(format!(
                        "{} {}",
                        app.t("col-criteria"),
                        task.criteria.join(", ")
                    ));
                }
                if !task.communes.is_empty() {
                    let names: Vec<&str> =
                        task.communes.iter().map(|c| plan.unit_name(c)).collect();
                    ui.label(format!("{}: {}", app.t("col-communes"), names.join(", ")));
                }
            });
            let text = if overdue {
                egui::RichText::new(&task.text).color(RED)
            } else {
                egui::RichText::new(&task.text)
            };
            ui.add(egui::Button::selectable(selected == Some(i), text).wrap())
        };
        let r = if hl {
            super::focus_frame(ui).show(ui, body)
        } else {
            ui.scope(body)
        };
        if r.inner.clicked() {
            clicked = Some(i);
        }
        if hl && scroll {
            r.response.scroll_to_me(Some(egui::Align::Center));
        }
        ui.add_space(4.0);
    }
    if let Some(i) = clicked {
        app.tasks_view.selected = Some(i);
    }
}

/// A list typed as text ("2, 5, 17"; "Tả Lèng, Bản Bo"), applied on Enter or leaving.
fn list_field(ui: &mut egui::Ui, id_salt: &str, label: &str, shown: &str) -> Option<String> {
    let l = ui.label(label);
    let id = ui.make_persistent_id(("list-field", id_salt));
    let mut buf: String = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| shown.to_string());
    let resp = ui
        .add(egui::TextEdit::singleline(&mut buf).desired_width(f32::INFINITY))
        .labelled_by(l.id);
    if resp.has_focus() || resp.changed() {
        ui.data_mut(|d| d.insert_temp(id, buf.clone()));
    }
    let commit =
        resp.lost_focus() || (resp.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)));
    if !commit {
        return None;
    }
    ui.data_mut(|d| d.remove::<String>(id));
    (buf.trim() != shown.trim()).then(|| crate::text::nfc(&buf))
}

fn split(text: &str) -> Vec<String> {
    text.split([',', ';'])
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn editor(app: &mut NtmApp, ui: &mut egui::Ui) {
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let Some(i) = app.tasks_view.selected.filter(|i| *i < plan.tasks.len()) else {
        ui.label(app.t("tasks-select-hint"));
        return;
    };
    let task = plan.tasks[i].clone();
    let mut known = agencies(plan);
    for a in USUAL_AGENCIES {
        if !known.iter().any(|k| k == a) {
            known.push(a.to_string());
        }
    }
    let commune_names: Vec<(String, String)> = plan
        .communes
        .iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect();
    let set = plan.criteria_set.clone();
    let mut new = task.clone();
    let mut group = None;
    ui.label(egui::RichText::new(app.t("tasks-editing")).strong());
    let label = app.t("field-agency").to_string();
    if let Some(ch) = text_field(ui, &label, &task.agency, false) {
        new.agency = ch.text;
        group = Some(format!("task-agency-{i}"));
        if ch.lost_focus
            && let Some(d) = &mut app.doc
        {
            d.seal();
        }
    }
    ui.horizontal(|ui| {
        let l = ui.label(app.t("tasks-pick-agency"));
        egui::ComboBox::from_id_salt("task_agency_pick")
            .selected_text("…")
            .width(320.0)
            .show_ui(ui, |ui| {
                for a in &known {
                    if ui.selectable_label(*a == task.agency, a).clicked() {
                        new.agency = a.clone();
                    }
                }
            })
            .response
            .labelled_by(l.id);
    });
    let label = app.t("field-task-text").to_string();
    if let Some(ch) = text_field(ui, &label, &task.text, true) {
        new.text = ch.text;
        group = Some(format!("task-text-{i}"));
        if ch.lost_focus
            && let Some(d) = &mut app.doc
        {
            d.seal();
        }
    }
    ui.horizontal(|ui| {
        let label = app.t("col-deadline").to_string();
        match date_field(ui, &format!("task-deadline-{i}"), &label, task.deadline) {
            DateOutcome::Committed(d) => new.deadline = d,
            DateOutcome::Invalid(e) => app.toasts.error(e),
            DateOutcome::Unchanged => {}
        }
        ui.add_space(12.0);
        let mut done = task.status == TaskStatus::Done;
        if ui.checkbox(&mut done, app.t("field-task-done")).changed() {
            new.status = if done {
                TaskStatus::Done
            } else {
                TaskStatus::Open
            };
        }
    });
    let label = app.t("field-task-criteria").to_string();
    if let Some(text) = list_field(
        ui,
        &format!("task-criteria-{i}"),
        &label,
        &task.criteria.join(", "),
    ) {
        let codes = split(&text);
        match codes.iter().find(|c| set.criterion(c).is_none()) {
            Some(bad) => {
                let msg = app.tf("tasks-unknown-criterion", &[("code", bad)]);
                app.toasts.error(msg);
            }
            None => {
                let mut unique: Vec<String> = Vec::new();
                for c in codes {
                    if !unique.contains(&c) {
                        unique.push(c);
                    }
                }
                new.criteria = unique;
            }
        }
    }
    let shown: Vec<String> = task
        .communes
        .iter()
        .map(|id| {
            commune_names
                .iter()
                .find(|(c, _)| c == id)
                .map(|(_, n)| n.clone())
                .unwrap_or_else(|| id.clone())
        })
        .collect();
    let label = app.t("field-task-communes").to_string();
    if let Some(text) = list_field(ui, &format!("task-communes-{i}"), &label, &shown.join(", ")) {
        let mut ids = Vec::new();
        let mut unknown = None;
        for name in split(&text) {
            let key = crate::text::fold(&name);
            match commune_names
                .iter()
                .find(|(id, n)| crate::text::fold(n) == key || *id == name)
            {
                Some((id, _)) if !ids.contains(id) => ids.push(id.clone()),
                Some(_) => {}
                None => unknown = Some(name),
            }
        }
        match unknown {
            Some(name) => {
                let msg = app.tf("tasks-unknown-commune", &[("name", &name)]);
                app.toasts.error(msg);
            }
            None => new.communes = ids,
        }
    }
    ui.add_space(8.0);
    if ui.button(app.t("tasks-remove")).clicked() {
        apply(app, Edit::RemoveTask(i), None);
        app.tasks_view.selected = None;
        return;
    }
    if new != task && !new.agency.trim().is_empty() {
        apply(app, Edit::Task(i, Box::new(new)), group);
    }
}

pub fn today() -> Option<crate::model::Date> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs() as i64;
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = secs / 86400 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as u16;
    Some(crate::model::Date {
        year: y,
        month: m,
        day: d,
    })
}
