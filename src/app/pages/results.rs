//! Results (kết quả thực hiện): the report's date and kind, what was achieved against
//! the targets in one summary, and the results that have no place in the matrix —
//! money mobilized per source, disbursements per project, each task's state, villages
//! recognized. The page exists once the plan records results (Edit → Record results).
//! Every change is one undoable edit.

use super::super::NtmApp;
use super::super::widgets::date_field::{DateOutcome, date_field};
use super::super::widgets::number_field::{NumberOutcome, number_input, optional_number_field};
use super::super::widgets::text_field::text_field;
use crate::document::Edit;
use crate::figures::results::ResultFigures;
use crate::i18n::Arg;
use crate::model::{
    Date, Disbursement, Mobilized, Plan, ReportKind, Results, TaskResult, TaskState,
};
use crate::numfmt;
use eframe::egui;
use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Summary,
    Funding,
    Projects,
    Tasks,
    Villages,
}

impl Tab {
    const ALL: [Tab; 5] = [
        Tab::Summary,
        Tab::Funding,
        Tab::Projects,
        Tab::Tasks,
        Tab::Villages,
    ];

    fn key(self) -> &'static str {
        match self {
            Tab::Summary => "results-tab-summary",
            Tab::Funding => "results-tab-funding",
            Tab::Projects => "results-tab-projects",
            Tab::Tasks => "results-tab-tasks",
            Tab::Villages => "results-tab-villages",
        }
    }
}

fn apply(app: &mut NtmApp, edit: Edit, group: Option<String>) {
    if let Some(d) = app.doc.as_mut() {
        d.apply(edit, group);
    }
}

/// The report a plan records results against: its own, or a year-end report for a
/// plan that has results but no report yet.
pub fn report_or_default(plan: &Plan) -> Results {
    plan.results.clone().unwrap_or_else(|| Results {
        date: ReportKind::YearEnd
            .usual_date(plan.header.year)
            .unwrap_or(Date {
                year: plan.header.year,
                month: 12,
                day: 31,
            }),
        kind: ReportKind::YearEnd,
        mobilized: Vec::new(),
        note: String::new(),
    })
}

pub fn page(app: &mut NtmApp, ui: &mut egui::Ui) {
    let Some((f, _)) = app.analysis() else { return };
    let f = f.clone();
    let Some(plan) = app.doc.as_ref().map(|d| d.plan.clone()) else {
        return;
    };
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    super::heading(ui, &t("page-results"));
    let Some(res) = f.results.clone() else {
        ui.label(t("results-none"));
        if ui.button(t("cmd-record-results")).clicked() {
            app.send(super::super::command::Command::RecordResults);
        }
        return;
    };
    report_bar(app, ui, &plan);
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        for tab in Tab::ALL {
            if ui
                .selectable_label(app.results_tab == tab, t(tab.key()))
                .clicked()
            {
                app.results_tab = tab;
            }
        }
    });
    ui.separator();
    match app.results_tab {
        Tab::Summary => summary(app, ui, &plan, &f, &res),
        Tab::Funding => funding(app, ui, &plan, &res),
        Tab::Projects => projects(app, ui, &plan),
        Tab::Tasks => tasks(app, ui, &plan),
        Tab::Villages => villages(app, ui, &plan),
    }
}

/// Date, kind and note of the report; removing every result.
fn report_bar(app: &mut NtmApp, ui: &mut egui::Ui, plan: &Plan) {
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let report = report_or_default(plan);
    ui.horizontal_wrapped(|ui| {
        match date_field(
            ui,
            "results-date",
            &t("field-results-date"),
            Some(report.date),
        ) {
            DateOutcome::Committed(Some(d)) => {
                let mut r = report.clone();
                r.date = d;
                apply(app, Edit::Results(Some(Box::new(r))), None);
            }
            DateOutcome::Committed(None) => {
                app.toasts.error(t("error-results-date-required"));
            }
            DateOutcome::Invalid(e) => app.toasts.error(e),
            DateOutcome::Unchanged => {}
        }
        let l = ui.label(t("field-results-kind"));
        let mut kind = report.kind;
        egui::ComboBox::from_id_salt("results-kind")
            .selected_text(t(kind.key()))
            .show_ui(ui, |ui| {
                for k in ReportKind::ALL {
                    ui.selectable_value(&mut kind, k, t(k.key()));
                }
            })
            .response
            .labelled_by(l.id);
        if kind != report.kind || plan.results.is_none() {
            let mut r = report.clone();
            if kind != report.kind {
                // The usual date of the other kind, for the plan year.
                if let Some(d) = kind.usual_date(plan.header.year) {
                    r.date = d;
                }
                r.kind = kind;
            }
            apply(app, Edit::Results(Some(Box::new(r))), None);
        }
        ui.separator();
        if ui
            .button(t("results-remove-all"))
            .on_hover_text(t("results-remove-all-hint"))
            .clicked()
        {
            apply(app, Edit::remove_results(plan), None);
        }
    });
    if let Some(ch) = text_field(ui, &t("field-results-note"), &report.note, false) {
        if ch.text != report.note {
            let mut r = report.clone();
            r.note = ch.text;
            apply(
                app,
                Edit::Results(Some(Box::new(r))),
                Some("results-note".into()),
            );
        }
        if ch.lost_focus
            && let Some(d) = app.doc.as_mut()
        {
            d.seal();
        }
    }
}

fn line(ui: &mut egui::Ui, label: String, value: String) {
    ui.label(label);
    ui.label(egui::RichText::new(value).strong());
    ui.end_row();
}

fn summary(
    app: &mut NtmApp,
    ui: &mut egui::Ui,
    plan: &Plan,
    f: &crate::figures::Figures,
    r: &ResultFigures,
) {
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let n = r.communes;
    let fixed = |d: Option<Decimal>| {
        d.map(|d| numfmt::fixed(crate::figures::round2(d), 2))
            .unwrap_or_else(|| "—".into())
    };
    egui::ScrollArea::vertical()
        .id_salt("results-summary")
        .show(ui, |ui| {
            egui::Grid::new("results-summary-grid")
                .num_columns(2)
                .striped(true)
                .spacing([24.0, 6.0])
                .show(ui, |ui| {
                    line(
                        ui,
                        t("results-reported"),
                        format!("{}/{n}", numfmt::count(r.reported as i64)),
                    );
                    line(
                        ui,
                        t("results-average"),
                        format!("{} → {}", fixed(f.average_target), fixed(r.average_result)),
                    );
                    let top = r.distribution.first();
                    line(
                        ui,
                        tr.fmt(
                            lang,
                            "results-full-set",
                            &[("n", Arg::from(plan.criteria_set.len()))],
                        ),
                        top.map(|b| format!("{} → {}", b.target, b.result))
                            .unwrap_or_default(),
                    );
                    line(
                        ui,
                        t("results-ntm"),
                        tr.fmt(
                            lang,
                            "results-planned-granted",
                            &[
                                ("planned", Arg::from(r.planned_ntm.len())),
                                ("granted", r.granted_ntm.len().into()),
                            ],
                        ),
                    );
                    line(
                        ui,
                        t("results-advanced"),
                        tr.fmt(
                            lang,
                            "results-planned-granted",
                            &[
                                ("planned", Arg::from(r.planned_advanced.len())),
                                ("granted", r.granted_advanced.len().into()),
                            ],
                        ),
                    );
                    line(
                        ui,
                        t("results-villages"),
                        format!(
                            "{} / {}",
                            r.villages_achieved
                                .map(|v| numfmt::count(v as i64))
                                .unwrap_or_else(|| "—".into()),
                            numfmt::count(r.villages_planned as i64)
                        ),
                    );
                    line(
                        ui,
                        t("results-mobilized"),
                        format!(
                            "{} / {} {}{}",
                            r.funding_mobilized
                                .map(numfmt::decimal)
                                .unwrap_or_else(|| "—".into()),
                            numfmt::decimal(r.funding_planned),
                            t("unit-million-vnd"),
                            r.mobilized_share()
                                .map(|s| format!(" ({})", numfmt::percent(s)))
                                .unwrap_or_default()
                        ),
                    );
                    line(
                        ui,
                        t("results-disbursed"),
                        format!(
                            "{} / {} {} · {}",
                            numfmt::decimal(r.disbursed),
                            numfmt::decimal(r.projects_amount),
                            t("unit-million-vnd"),
                            tr.fmt(
                                lang,
                                "results-projects-disbursing",
                                &[("n", Arg::from(r.projects_disbursing))]
                            )
                        ),
                    );
                    line(
                        ui,
                        t("results-tasks"),
                        tr.fmt(
                            lang,
                            "results-tasks-line",
                            &[
                                ("done", Arg::from(r.tasks_done)),
                                ("progress", r.tasks_in_progress.into()),
                                ("late", r.tasks_late.into()),
                                ("unreported", r.tasks_unreported.into()),
                            ],
                        ),
                    );
                });
            ui.add_space(10.0);
            ui.label(egui::RichText::new(t("results-by-criterion")).strong());
            egui::Grid::new("results-criteria")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for c in &r.per_criterion {
                        ui.label(format!(
                            "{}. {}",
                            c.code,
                            plan.criteria_set.criterion_name(&c.code, lang)
                        ));
                        ui.label(tr.fmt(
                            lang,
                            "results-criterion-line",
                            &[
                                ("target", Arg::from(c.target)),
                                ("result", c.result.into()),
                                ("n", n.into()),
                                ("unreported", (n - r.reported).into()),
                            ],
                        ));
                        ui.end_row();
                    }
                });
            if !r.not_granted.is_empty() {
                ui.add_space(10.0);
                ui.label(egui::RichText::new(t("results-not-granted")).strong());
                ui.label(r.not_granted.join(", "));
            }
        });
}

fn funding(app: &mut NtmApp, ui: &mut egui::Ui, plan: &Plan, r: &ResultFigures) {
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let report = report_or_default(plan);
    let mut new: Option<Vec<Mobilized>> = None;
    ui.label(t("results-funding-hint"));
    egui::ScrollArea::vertical()
        .id_salt("results-funding")
        .show(ui, |ui| {
            egui::Grid::new("results-funding-grid")
                .num_columns(4)
                .striped(true)
                .show(ui, |ui| {
                    ui.label(egui::RichText::new(t("col-source")).strong());
                    ui.label(egui::RichText::new(t("col-mobilized")).strong());
                    ui.label(egui::RichText::new(t("col-planned")).strong());
                    ui.label(egui::RichText::new(t("col-share")).strong());
                    ui.end_row();
                    for s in &r.funding {
                        let leaf = plan
                            .funding
                            .find(&s.id)
                            .is_some_and(|n| n.children.is_empty());
                        let name = format!(
                            "{}{}",
                            "    ".repeat(s.depth),
                            crate::charts::source_name(&s.name, s.kind, lang)
                        );
                        if leaf {
                            // The source's name labels the field; empty: not reported.
                            let current = report.mobilized(&s.id);
                            match optional_number_field(
                                ui,
                                &format!("mobilized-{}", s.id),
                                &name,
                                current,
                                110.0,
                                true,
                            ) {
                                NumberOutcome::Committed(v) => {
                                    let mut list = new.take().unwrap_or(report.mobilized.clone());
                                    list.retain(|m| m.source != s.id);
                                    if !v.is_zero() {
                                        list.push(Mobilized {
                                            source: s.id.clone(),
                                            amount: v,
                                        });
                                    }
                                    // In the tree's order, as files write it.
                                    let order: Vec<&str> =
                                        r.funding.iter().map(|x| x.id.as_str()).collect();
                                    list.sort_by_key(|m| order.iter().position(|o| *o == m.source));
                                    new = Some(list);
                                }
                                NumberOutcome::Invalid(e) => app.toasts.error(e),
                                NumberOutcome::Unchanged => {}
                            }
                        } else {
                            ui.label(egui::RichText::new(name).strong());
                            ui.label(
                                s.mobilized
                                    .map(numfmt::decimal)
                                    .unwrap_or_else(|| "—".into()),
                            );
                        }
                        ui.label(numfmt::decimal(s.planned));
                        let share = s
                            .mobilized
                            .filter(|_| s.planned > Decimal::ZERO)
                            .and_then(|m| m.checked_mul(Decimal::ONE_HUNDRED))
                            .and_then(|m| m.checked_div(s.planned))
                            .map(|p| numfmt::percent(crate::figures::round2(p)))
                            .unwrap_or_default();
                        ui.label(share);
                        ui.end_row();
                    }
                });
        });
    if let Some(list) = new {
        let mut r = report;
        r.mobilized = list;
        apply(app, Edit::Results(Some(Box::new(r))), None);
    }
}

fn projects(app: &mut NtmApp, ui: &mut egui::Ui, plan: &Plan) {
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let report = report_or_default(plan);
    if plan.projects.is_empty() {
        ui.label(t("results-no-projects"));
        return;
    }
    let mut edit: Option<(usize, crate::model::Project)> = None;
    egui::ScrollArea::vertical()
        .id_salt("results-projects")
        .show(ui, |ui| {
            egui::Grid::new("results-projects-grid")
                .num_columns(5)
                .striped(true)
                .show(ui, |ui| {
                    ui.label(egui::RichText::new(t("col-project")).strong());
                    ui.label(egui::RichText::new(t("col-amount")).strong());
                    ui.label(egui::RichText::new(t("col-disbursed")).strong());
                    ui.label(egui::RichText::new(t("col-disbursement")).strong());
                    ui.label("");
                    ui.end_row();
                    for (i, p) in plan.projects.iter().enumerate() {
                        let name: String = p.name.chars().take(60).collect();
                        let l = ui.label(format!("{} — {name}", p.id));
                        ui.label(numfmt::decimal(p.total()));
                        ui.label(
                            p.disbursed_total()
                                .map(numfmt::decimal)
                                .unwrap_or_else(|| "—".into()),
                        );
                        ui.vertical(|ui| {
                            for (k, d) in p.disbursed.iter().enumerate() {
                                ui.horizontal(|ui| {
                                    match number_input(
                                        ui,
                                        &format!("disbursed-{i}-{k}"),
                                        l.id,
                                        d.amount,
                                        90.0,
                                        true,
                                    ) {
                                        NumberOutcome::Committed(v) => {
                                            let mut q = p.clone();
                                            q.disbursed[k].amount = v;
                                            edit = Some((i, q));
                                        }
                                        NumberOutcome::Invalid(e) => app.toasts.error(e),
                                        NumberOutcome::Unchanged => {}
                                    }
                                    match date_field(
                                        ui,
                                        &format!("disbursed-date-{i}-{k}"),
                                        &t("field-date-short"),
                                        Some(d.date),
                                    ) {
                                        DateOutcome::Committed(Some(date)) => {
                                            let mut q = p.clone();
                                            q.disbursed[k].date = date;
                                            q.disbursed.sort_by_key(|x| x.date);
                                            edit = Some((i, q));
                                        }
                                        DateOutcome::Committed(None) => {
                                            app.toasts.error(t("error-date-required"));
                                        }
                                        DateOutcome::Invalid(e) => app.toasts.error(e),
                                        DateOutcome::Unchanged => {}
                                    }
                                    if ui
                                        .small_button("✕")
                                        .on_hover_text(t("btn-delete"))
                                        .clicked()
                                    {
                                        let mut q = p.clone();
                                        q.disbursed.remove(k);
                                        edit = Some((i, q));
                                    }
                                });
                            }
                        });
                        if ui.small_button(t("results-add-disbursement")).clicked() {
                            let mut q = p.clone();
                            q.disbursed.push(Disbursement {
                                amount: Decimal::ZERO,
                                date: report.date,
                                note: String::new(),
                            });
                            edit = Some((i, q));
                        }
                        ui.end_row();
                    }
                });
        });
    if let Some((i, p)) = edit {
        apply(app, Edit::Project(i, Box::new(p)), None);
    }
}

fn tasks(app: &mut NtmApp, ui: &mut egui::Ui, plan: &Plan) {
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    if plan.tasks.is_empty() {
        ui.label(t("results-no-tasks"));
        return;
    }
    let report = report_or_default(plan);
    let mut edit: Option<(usize, crate::model::Task, Option<String>)> = None;
    egui::ScrollArea::vertical()
        .id_salt("results-tasks")
        .show(ui, |ui| {
            egui::Grid::new("results-tasks-grid")
                .num_columns(5)
                .striped(true)
                .show(ui, |ui| {
                    ui.label(egui::RichText::new(t("col-task")).strong());
                    ui.label(egui::RichText::new(t("col-deadline")).strong());
                    ui.label(egui::RichText::new(t("col-state")).strong());
                    ui.label(egui::RichText::new(t("col-state-date")).strong());
                    ui.label(egui::RichText::new(t("col-state-note")).strong());
                    ui.end_row();
                    for (i, task) in plan.tasks.iter().enumerate() {
                        let text: String = task.text.chars().take(70).collect();
                        let more = if task.text.chars().count() > 70 {
                            "…"
                        } else {
                            ""
                        };
                        let l = ui
                            .label(format!("{}: {text}{more}", task.agency))
                            .on_hover_text(&task.text);
                        ui.label(task.deadline.map(|d| d.vi()).unwrap_or_default());
                        let state = task.result.as_ref().map(|r| r.state);
                        let mut chosen = state;
                        egui::ComboBox::from_id_salt(("task-state", i))
                            .selected_text(
                                chosen
                                    .map(|s| t(s.key()))
                                    .unwrap_or_else(|| t("task-state-unreported")),
                            )
                            .show_ui(ui, |ui| {
                                ui.selectable_value(&mut chosen, None, t("task-state-unreported"));
                                for s in TaskState::ALL {
                                    ui.selectable_value(&mut chosen, Some(s), t(s.key()));
                                }
                            })
                            .response
                            .labelled_by(l.id);
                        if chosen != state {
                            let mut q = task.clone();
                            q.result = chosen.map(|s| TaskResult {
                                state: s,
                                date: task
                                    .result
                                    .as_ref()
                                    .and_then(|r| r.date)
                                    .or((s == TaskState::Done).then_some(report.date)),
                                note: task
                                    .result
                                    .as_ref()
                                    .map(|r| r.note.clone())
                                    .unwrap_or_default(),
                            });
                            edit = Some((i, q, None));
                        }
                        match &task.result {
                            Some(r) => {
                                match date_field(ui, &format!("task-state-date-{i}"), "", r.date) {
                                    DateOutcome::Committed(d) => {
                                        let mut q = task.clone();
                                        if let Some(x) = q.result.as_mut() {
                                            x.date = d;
                                        }
                                        edit = Some((i, q, None));
                                    }
                                    DateOutcome::Invalid(e) => app.toasts.error(e),
                                    DateOutcome::Unchanged => {}
                                }
                                let mut note = r.note.clone();
                                let resp = ui
                                    .add(egui::TextEdit::singleline(&mut note).desired_width(220.0))
                                    .labelled_by(l.id);
                                if resp.changed() {
                                    let mut q = task.clone();
                                    if let Some(x) = q.result.as_mut() {
                                        x.note = crate::text::nfc(&note);
                                    }
                                    edit = Some((i, q, Some(format!("task-result-note-{i}"))));
                                }
                                if resp.lost_focus()
                                    && let Some(d) = app.doc.as_mut()
                                {
                                    d.seal();
                                }
                            }
                            None => {
                                ui.label("");
                                ui.label("");
                            }
                        }
                        ui.end_row();
                    }
                });
        });
    if let Some((i, task, group)) = edit {
        apply(app, Edit::Task(i, Box::new(task)), group);
    }
}

fn villages(app: &mut NtmApp, ui: &mut egui::Ui, plan: &Plan) {
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    if plan.villages.is_empty() {
        ui.label(t("villages-none"));
        return;
    }
    let mut edit = None;
    egui::Grid::new("results-villages")
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            ui.label(egui::RichText::new(t("col-unit")).strong());
            ui.label(egui::RichText::new(t("col-achieved")).strong());
            ui.label(egui::RichText::new(t("col-to-recognize")).strong());
            ui.end_row();
            for (i, v) in plan.villages.iter().enumerate() {
                // The unit's name labels the field (an empty field: not reported).
                let current = v.achieved.map(Decimal::from);
                match optional_number_field(
                    ui,
                    &format!("villages-achieved-{i}"),
                    plan.unit_name(&v.unit),
                    current,
                    70.0,
                    false,
                ) {
                    NumberOutcome::Committed(x) if x.is_zero() => edit = Some((i, None)),
                    NumberOutcome::Committed(x) => {
                        match u32::try_from(x).ok().filter(|_| x.fract().is_zero()) {
                            Some(n) => edit = Some((i, Some(n))),
                            None => app.toasts.error(tr.fmt(
                                lang,
                                "error-count",
                                &[("value", &x.to_string())],
                            )),
                        }
                    }
                    NumberOutcome::Invalid(e) => app.toasts.error(e),
                    NumberOutcome::Unchanged => {}
                }
                ui.label(v.to_recognize.to_string());
                ui.end_row();
            }
        });
    if let Some((i, n)) = edit {
        apply(app, Edit::VillagesAchieved(i, n), None);
    }
}
