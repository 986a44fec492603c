//! The overview: the plan's header (editable), key figures as cards, and the
//! checker's findings, live. Clicking a finding goes to the place it names.

use super::super::NtmApp;
use super::super::command::Command;
use super::super::widgets::date_field::DateOutcome;
use super::super::widgets::number_field::year_field;
use super::super::widgets::text_field::text_field;
use super::super::widgets::typed_field::Outcome;
use crate::check::{Place, Severity};
use crate::document::{Edit, HeaderField};
use crate::model::{Date, PlanKind};
use crate::numfmt;
use eframe::egui;

pub fn page(app: &mut NtmApp, ui: &mut egui::Ui) {
    egui::ScrollArea::vertical()
        .id_salt("overview")
        .show(ui, |ui| {
            cards(app, ui);
            ui.add_space(12.0);
            ui.columns(2, |cols| {
                header(app, &mut cols[0]);
                findings(app, &mut cols[1]);
            });
        });
}

fn apply(app: &mut NtmApp, edit: Edit, group: Option<&str>) {
    if let Some(d) = &mut app.doc {
        d.apply(edit, group.map(str::to_string));
    }
}

fn seal(app: &mut NtmApp) {
    if let Some(d) = &mut app.doc {
        d.seal();
    }
}

fn header(app: &mut NtmApp, ui: &mut egui::Ui) {
    let focus = matches!(app.focus, Some(Place::Header | Place::Goals));
    let frame = if focus {
        super::focus_frame(ui)
    } else {
        egui::Frame::new()
    };
    frame.show(ui, |ui| {
        super::heading(ui, app.t("overview-header"));
        let Some(plan) = app.doc.as_ref().map(|d| d.plan.clone()) else {
            return;
        };
        for f in HeaderField::ALL {
            let label = app.t(f.key()).to_string();
            let multiline = matches!(
                f,
                HeaderField::Title | HeaderField::Program | HeaderField::GoalsGeneral
            );
            if let Some(ch) = text_field(ui, &label, f.get(&plan), multiline) {
                if ch.text != f.get(&plan) {
                    // The title, issuing body, place and program follow the province.
                    let edit = if f == HeaderField::Province {
                        crate::new_plan::follow_edits(&plan, &ch.text, plan.header.year)
                    } else {
                        Edit::HeaderText(f, ch.text)
                    };
                    apply(app, edit, Some(f.key()));
                }
                if ch.lost_focus {
                    seal(app);
                }
            }
            ui.add_space(4.0);
        }
        ui.horizontal(|ui| {
            let label = app.t("field-year").to_string();
            match year_field(ui, "year", &label, Some(plan.header.year), 70.0, true) {
                // The title's "năm …" and the program follow the year.
                Outcome::Committed(Some(y)) => apply(
                    app,
                    crate::new_plan::follow_edits(&plan, &plan.header.province, y),
                    None,
                ),
                Outcome::Invalid(e) => app.toasts.error(e),
                Outcome::Committed(None) | Outcome::Unchanged => {}
            }
            ui.add_space(12.0);
            let kind_label = app.t("field-kind").to_string();
            let l = ui.label(kind_label);
            let names = [
                (PlanKind::Yearly, app.t("kind-yearly").to_string()),
                (PlanKind::Remediation, app.t("kind-remediation").to_string()),
            ];
            let current = names
                .iter()
                .find(|(k, _)| *k == plan.header.kind)
                .map(|(_, n)| n.clone())
                .unwrap_or_default();
            egui::ComboBox::from_id_salt("kind")
                .selected_text(current)
                .show_ui(ui, |ui| {
                    for (k, n) in &names {
                        if ui.selectable_label(*k == plan.header.kind, n).clicked()
                            && *k != plan.header.kind
                        {
                            apply(app, Edit::Kind(*k), None);
                        }
                    }
                })
                .response
                .labelled_by(l.id);
            ui.add_space(12.0);
            let mut draft = plan.header.draft;
            let draft_label = app.t("field-draft").to_string();
            if ui.checkbox(&mut draft, draft_label).changed() {
                apply(app, Edit::Draft(draft), None);
            }
        });
        ui.add_space(4.0);
        date_field(app, ui, plan.header.date);
        ui.add_space(4.0);
        let label = app.t("field-legal-bases").to_string();
        let joined = plan.header.legal_bases.join("\n");
        if let Some(ch) = text_field(ui, &label, &joined, true) {
            if ch.text != joined {
                let lines = ch.text.lines().map(str::to_string).collect();
                apply(app, Edit::LegalBases(lines), Some("field-legal-bases"));
            }
            if ch.lost_focus {
                seal(app);
            }
        }
        let label = app.t("field-targets").to_string();
        let joined = plan.goals.targets.join("\n");
        if let Some(ch) = text_field(ui, &label, &joined, true) {
            if ch.text != joined {
                let lines = ch.text.lines().map(str::to_string).collect();
                apply(app, Edit::Targets(lines), Some("field-targets"));
            }
            if ch.lost_focus {
                seal(app);
            }
        }
        signature_block(app, ui, &plan.header);
    });
}

/// "Nơi nhận" and the signature block, as the Word document prints them.
fn signature_block(app: &mut NtmApp, ui: &mut egui::Ui, h: &crate::model::Header) {
    let lines = |text: &str| -> Vec<String> {
        text.lines()
            .map(str::trim_end)
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect()
    };
    let label = app.t("field-recipients").to_string();
    let joined = h.recipients.join("\n");
    if let Some(ch) = text_field(ui, &label, &joined, true) {
        if ch.text != joined {
            apply(
                app,
                Edit::Recipients(lines(&ch.text)),
                Some("field-recipients"),
            );
        }
        if ch.lost_focus {
            seal(app);
        }
    }
    let label = app.t("field-signature-titles").to_string();
    let joined = h.signature.titles.join("\n");
    if let Some(ch) = text_field(ui, &label, &joined, true) {
        if ch.text != joined {
            let sig = crate::model::Signature {
                titles: lines(&ch.text),
                name: h.signature.name.clone(),
            };
            apply(app, Edit::Signature(sig), Some("field-signature-titles"));
        }
        if ch.lost_focus {
            seal(app);
        }
    }
    let label = app.t("field-signature-name").to_string();
    if let Some(ch) = text_field(ui, &label, &h.signature.name, false) {
        if ch.text != h.signature.name {
            let sig = crate::model::Signature {
                titles: h.signature.titles.clone(),
                name: ch.text.trim().to_string(),
            };
            apply(app, Edit::Signature(sig), Some("field-signature-name"));
        }
        if ch.lost_focus {
            seal(app);
        }
    }
}

/// The issue date as dd/mm/yyyy; committed on Enter or leaving the field.
fn date_field(app: &mut NtmApp, ui: &mut egui::Ui, date: Option<Date>) {
    ui.horizontal(|ui| {
        let label = app.t("field-date").to_string();
        match super::super::widgets::date_field::date_field(ui, "header-date", &label, date) {
            DateOutcome::Committed(d) => apply(app, Edit::Date(d), None),
            DateOutcome::Invalid(e) => app.toasts.error(e),
            DateOutcome::Unchanged => {}
        }
    });
}

fn card(ui: &mut egui::Ui, title: &str, value: &str, detail: &str) {
    egui::Frame::group(ui.style())
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_min_width(190.0);
            ui.vertical(|ui| {
                ui.label(egui::RichText::new(title).weak());
                ui.label(egui::RichText::new(value).font(super::super::fonts::bold(26.0)));
                ui.label(egui::RichText::new(detail).weak());
            });
        });
}

fn cards(app: &mut NtmApp, ui: &mut egui::Ui) {
    let Some(plan_title) = app.doc.as_ref().map(|d| d.plan.header.title.clone()) else {
        return;
    };
    let year = app
        .doc
        .as_ref()
        .map(|d| d.plan.header.year)
        .unwrap_or_default();
    ui.label(egui::RichText::new(plan_title).font(super::super::fonts::bold(20.0)));
    ui.add_space(6.0);
    let Some((f, _)) = app.analysis() else { return };
    let f = f.clone();
    let n = f.communes;
    let texts = [
        (
            app.t("card-recognized").to_string(),
            format!("{} → {}", f.recognized, f.recognized_after),
            app.tf(
                "card-recognized-detail",
                &[
                    ("awaiting", crate::i18n::Arg::from(f.awaiting.len())),
                    ("new", crate::i18n::Arg::from(f.to_recognize.len())),
                    ("year", crate::i18n::Arg::from(&year.to_string())),
                    ("communes", crate::i18n::Arg::from(n)),
                ],
            ),
        ),
        (
            app.t("card-average").to_string(),
            match (f.average_baseline, f.average_target) {
                (Some(a), Some(b)) => format!("{} → {}", numfmt::fixed(a, 2), numfmt::fixed(b, 2)),
                _ => "—".into(),
            },
            app.tf("card-average-detail", &[("criteria", f.criteria_in_set)]),
        ),
        (
            app.t("card-funding").to_string(),
            numfmt::decimal(f.total_funding),
            app.t("unit-million-vnd").to_string(),
        ),
        (
            app.t("card-projects").to_string(),
            numfmt::count(f.projects as i64),
            app.tf("card-projects-detail", &[("special", f.special_projects)]),
        ),
        (
            app.t("card-villages").to_string(),
            numfmt::count(f.villages_to_recognize as i64),
            app.t("card-villages-detail").to_string(),
        ),
    ];
    // The province's completion of the NTM task (Phụ lục III), where the set has it.
    let completion = f.completion.as_ref().map(|c| {
        let lines = c.describe(year, f.criteria_in_set, app.lang());
        (
            app.t("completion-title").to_string(),
            format!("{}/{}", c.ntm_after, c.communes),
            lines,
        )
    });
    ui.horizontal_wrapped(|ui| {
        for (t, v, d) in &texts {
            card(ui, t, v, d);
        }
    });
    if let Some((title, value, lines)) = &completion {
        ui.add_space(6.0);
        egui::Frame::group(ui.style())
            .inner_margin(10.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    ui.vertical(|ui| {
                        ui.label(egui::RichText::new(title));
                        ui.label(egui::RichText::new(value).font(super::super::fonts::bold(26.0)));
                    });
                    ui.add_space(16.0);
                    ui.vertical(|ui| {
                        for l in lines {
                            ui.add(egui::Label::new(l).wrap());
                        }
                    });
                });
            });
    }
}

fn findings(app: &mut NtmApp, ui: &mut egui::Ui) {
    super::heading(ui, app.t("overview-findings"));
    let lang = app.lang();
    let Some((_, list)) = app.analysis() else {
        return;
    };
    let list = list.to_vec();
    if list.is_empty() {
        ui.label(app.t("findings-none"));
        return;
    }
    let err_label = app.t("severity-error").to_string();
    let warn_label = app.t("severity-warning").to_string();
    for f in &list {
        let (tag, color) = match f.severity {
            Severity::Error => (&err_label, egui::Color32::from_rgb(200, 40, 40)),
            Severity::Warning => (&warn_label, egui::Color32::from_rgb(200, 120, 0)),
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(tag).color(color).strong());
            if ui.link(f.message(lang)).clicked() {
                app.send(Command::GoTo(f.place.clone()));
            }
        });
        ui.add_space(2.0);
    }
}
