//! Tasks per agency (departments, commune committees, the Fatherland Front): a list
//! grouped by agency, filtered by agency, overdue open tasks in red; an editor for
//! the selected task (agency, text, deadline dd/mm/yyyy, related criteria and
//! communes, done). Every change is an edit of the plan, so undo covers it.
//!
//! The lists of criteria and communes are typed as text: what is known is applied,
//! an unknown item stays in the field, marked, and is named once — nothing typed is
//! thrown away.

use super::super::NtmApp;
use super::super::widgets::date_field::{DateOutcome, date_field};
use super::super::widgets::text_field::text_field;
use super::super::widgets::typed_field::{Outcome, Parsed, Spec, typed_field_parts};
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

/// The plan's agencies in the order they first appear (one heading each in the list).
fn agencies(plan: &Plan) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in &plan.tasks {
        if !out.contains(&t.agency) {
            out.push(t.agency.clone());
        }
    }
    out
}

/// Where a new task for `agency` goes: after that agency's last task, so the plan
/// (and its workbook) keeps each agency's tasks together; at the end for a new agency.
fn insert_at(plan: &Plan, agency: &str) -> usize {
    plan.tasks
        .iter()
        .rposition(|t| t.agency == agency)
        .map(|i| i + 1)
        .unwrap_or(plan.tasks.len())
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
        .filter(|a| !a.trim().is_empty())
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
            add_task(app);
        }
    });
}

/// A new task for the agency shown (the filter's, else the selected task's), placed
/// with that agency's tasks. Without either it has no agency yet: the field asks for
/// one (a placeholder is never stored as an agency).
fn add_task(app: &mut NtmApp) {
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let agency = app
        .tasks_view
        .agency
        .clone()
        .or_else(|| {
            app.tasks_view
                .selected
                .and_then(|i| plan.tasks.get(i))
                .map(|t| t.agency.clone())
        })
        .unwrap_or_default();
    let at = insert_at(plan, &agency);
    let task = Task {
        agency,
        text: app.t("tasks-new-text").to_string(),
        ..Task::default()
    };
    apply(app, Edit::InsertTask(at, Box::new(task)), None);
    app.tasks_view.selected = Some(at);
}

fn list(app: &mut NtmApp, ui: &mut egui::Ui, focus: &Option<Place>, scroll: bool) {
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let today = crate::model::date::today();
    if plan.tasks.is_empty() {
        ui.label(app.t("tasks-none"));
    }
    let filter = app.tasks_view.agency.clone();
    let selected = app.tasks_view.selected;
    let mut clicked = None;
    // One heading per agency with all its tasks under it, whatever order the plan
    // lists them in.
    for agency in agencies(plan) {
        if filter.as_ref().is_some_and(|a| *a != agency) {
            continue;
        }
        ui.add_space(8.0);
        let heading = if agency.trim().is_empty() {
            egui::RichText::new(app.t("tasks-no-agency")).italics()
        } else {
            egui::RichText::new(&agency)
        };
        ui.label(heading.font(super::super::fonts::bold(17.0)));
        for (i, task) in plan.tasks.iter().enumerate() {
            if task.agency != agency {
                continue;
            }
            let overdue = task.is_overdue(today);
            let hl = matches!(focus, Some(Place::Task(k)) if *k == i);
            let body = |ui: &mut egui::Ui| {
                ui.horizontal_wrapped(|ui| {
                    let deadline = task
                        .deadline
                        .map(|d| d.vi())
                        .unwrap_or_else(|| app.t("tasks-no-deadline").to_string());
                    let mut rt =
                        egui::RichText::new(format!("{}: {deadline}", app.t("col-deadline")))
                            .strong();
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
                    if let Some(y) = task.carried_from {
                        ui.label(
                            egui::RichText::new(
                                app.tf("carried-from", &[("year", y.to_string().as_str())]),
                            )
                            .italics(),
                        );
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
                // Red marks an overdue task, except on the selection's colour, where
                // it would not read (the "overdue" note above still says so).
                let text = if overdue && selected != Some(i) {
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
    }
    if let Some(i) = clicked {
        app.tasks_view.selected = Some(i);
    }
}

/// Items typed as a list ("2, 5, 17"; "Tả Lèng, Bản Bo"), split on commas and
/// semicolons.
fn split(text: &str) -> Vec<String> {
    text.split([',', ';'])
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// A typed list read against what the plan knows: the known items' keys (each once,
/// in the order typed) and the items it does not know, as typed.
pub fn read_list(text: &str, find: impl Fn(&str) -> Option<String>) -> (Vec<String>, Vec<String>) {
    let mut keys: Vec<String> = Vec::new();
    let mut unknown = Vec::new();
    for item in split(&crate::text::nfc(text)) {
        match find(&item) {
            Some(k) if !keys.contains(&k) => keys.push(k),
            Some(_) => {}
            None => unknown.push(item),
        }
    }
    (keys, unknown)
}

/// A list field of the task editor: the known items are applied, unknown ones stay
/// in the field, marked, and are named once (`message` builds the note from them).
/// Returns the new keys and the note to show, when the field was committed.
fn list_field(
    ui: &mut egui::Ui,
    id_salt: &str,
    label: &str,
    keys: &[String],
    show: impl Fn(&[String]) -> String,
    find: impl Fn(&str) -> Option<String>,
    message: impl Fn(&[String]) -> String,
) -> Option<(Vec<String>, Option<String>)> {
    let l = ui.label(label);
    let id = ui.make_persistent_id(("list-field", id_salt));
    let shown = show(keys);
    let spec = Spec {
        labelled_by: l.id,
        shown: &shown,
        min_width: ui.available_width(),
        hint: "",
        right_align: false,
        grow: false,
    };
    let outcome = typed_field_parts(ui, id, spec, |text| {
        let (found, unknown) = read_list(text, &find);
        if unknown.is_empty() {
            return Parsed::Value((found != keys).then_some((found, None)));
        }
        let note = message(&unknown);
        Parsed::Partly {
            shown: show(&found),
            value: (found, Some(note.clone())),
            reason: note,
        }
    });
    match outcome {
        Outcome::Committed(v) => Some(v),
        Outcome::Invalid(note) => Some((keys.to_vec(), Some(note))),
        Outcome::Unchanged => None,
    }
}

/// “99”, “100” — the unknown items as the note names them.
fn quoted(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("“{i}”"))
        .collect::<Vec<_>>()
        .join(", ")
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
    let mut known: Vec<String> = agencies(plan)
        .into_iter()
        .filter(|a| !a.trim().is_empty())
        .collect();
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
    let lang = app.lang();
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
    let committed = list_field(
        ui,
        &format!("task-criteria-{i}"),
        &label,
        &task.criteria,
        |codes| codes.join(", "),
        |item| {
            let code = item.trim_end_matches('.');
            set.criterion(code).map(|c| c.code.clone())
        },
        |unknown| {
            crate::i18n::tr_args(
                lang,
                "tasks-unknown-criteria",
                &[
                    ("n", unknown.len().into()),
                    ("list", (&quoted(unknown)).into()),
                ],
            )
        },
    );
    if let Some((codes, note)) = committed {
        new.criteria = codes;
        if let Some(n) = note {
            app.toasts.error(n);
        }
    }
    let name_of = |id: &String| {
        commune_names
            .iter()
            .find(|(c, _)| c == id)
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| id.clone())
    };
    let label = app.t("field-task-communes").to_string();
    let committed = list_field(
        ui,
        &format!("task-communes-{i}"),
        &label,
        &task.communes,
        |ids| ids.iter().map(name_of).collect::<Vec<_>>().join(", "),
        |item| {
            let key = crate::text::fold(item);
            commune_names
                .iter()
                .find(|(id, n)| crate::text::fold(n) == key || id == item)
                .map(|(id, _)| id.clone())
        },
        |unknown| {
            crate::i18n::tr_args(
                lang,
                "tasks-unknown-communes",
                &[
                    ("n", unknown.len().into()),
                    ("list", (&quoted(unknown)).into()),
                ],
            )
        },
    );
    if let Some((ids, note)) = committed {
        new.communes = ids;
        if let Some(n) = note {
            app.toasts.error(n);
        }
    }
    ui.add_space(8.0);
    if ui.button(app.t("tasks-remove")).clicked() {
        apply(app, Edit::RemoveTask(i), None);
        app.tasks_view.selected = None;
        return;
    }
    if new != task {
        apply(app, Edit::Task(i, Box::new(new)), group);
    }
}

#[cfg(test)]
mod tests {
    use super::read_list;

    #[test]
    fn a_list_keeps_what_it_knows_and_names_the_rest() {
        let known = ["10", "11", "12"];
        let find = |s: &str| known.contains(&s).then(|| s.to_string());
        assert_eq!(
            read_list("10, 11, 99", find),
            (vec!["10".into(), "11".into()], vec!["99".into()])
        );
        assert_eq!(
            read_list("11; 10, 11,, ", find),
            (vec!["11".into(), "10".into()], vec![])
        );
        assert_eq!(read_list("", find), (vec![], vec![]));
    }
}
