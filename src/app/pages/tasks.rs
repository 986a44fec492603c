//! Tasks per agency with their deadlines; overdue open tasks stand out.

use super::super::NtmApp;
use crate::check::Place;
use crate::model::TaskStatus;
use eframe::egui;

pub fn page(app: &mut NtmApp, ui: &mut egui::Ui) {
    let lang = app.lang();
    let focus = app.focus.clone();
    let scroll = std::mem::take(&mut app.focus_scroll);
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let t = |k: &str| app.i18n.get(lang, k).to_string();
    let today = today();
    egui::ScrollArea::vertical()
        .id_salt("tasks")
        .show(ui, |ui| {
            super::heading(ui, &t("page-tasks"));
            if plan.tasks.is_empty() {
                ui.label(t("tasks-none"));
            }
            let mut agency = "";
            for (i, task) in plan.tasks.iter().enumerate() {
                if task.agency != agency {
                    agency = &task.agency;
                    ui.add_space(8.0);
                    ui.label(egui::RichText::new(agency).font(super::super::fonts::bold(17.0)));
                }
                let overdue = task.status == TaskStatus::Open
                    && task.deadline.is_some_and(|d| Some(d) < today);
                let hl = matches!(&focus, Some(Place::Task(k)) if *k == i);
                let body = |ui: &mut egui::Ui| {
                    ui.horizontal_wrapped(|ui| {
                        let deadline = task
                            .deadline
                            .map(|d| d.vi())
                            .unwrap_or_else(|| t("tasks-no-deadline"));
                        let mut rt =
                            egui::RichText::new(format!("{}: {deadline}", t("col-deadline")))
                                .strong();
                        if overdue {
                            rt = rt.color(egui::Color32::from_rgb(200, 40, 40));
                        }
                        ui.label(rt);
                        if overdue {
                            ui.label(
                                egui::RichText::new(t("tasks-overdue"))
                                    .color(egui::Color32::from_rgb(200, 40, 40)),
                            );
                        }
                        if task.status == TaskStatus::Done {
                            ui.label(t("tasks-done"));
                        }
                        if !task.criteria.is_empty() {
                            ui.label(format!(
                                "{} {}",
                                t("col-criteria"),
                                task.criteria.join(", ")
                            ));
                        }
                        if !task.communes.is_empty() {
                            let names: Vec<&str> =
                                task.communes.iter().map(|c| plan.unit_name(c)).collect();
                            ui.label(format!("{}: {}", t("col-communes"), names.join(", ")));
                        }
                    });
                    ui.label(&task.text);
                };
                let r = if hl {
                    super::focus_frame(ui).show(ui, body).response
                } else {
                    ui.scope(body).response
                };
                if hl && scroll {
                    r.scroll_to_me(Some(egui::Align::Center));
                }
                ui.add_space(4.0);
            }
        });
}

fn today() -> Option<crate::model::Date> {
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
