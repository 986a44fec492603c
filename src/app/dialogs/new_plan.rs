//! File → New and the start page: a new plan for a criteria set (2026–2030 first), a
//! province (a shipped or imported unit register, or another province by name) and a
//! year. Every current xã of the province is ticked; wards and special zones are
//! listed unticked with the rule that says when they take part. The header the plan
//! will have is shown before it is made. "Tạo kế hoạch" sends the choices as one
//! command; the plan itself is built by [`crate::new_plan`].

use super::super::NtmApp;
use super::super::command::Command;
use super::super::widgets::number_field::{NumberOutcome, number_field};
use crate::criteria_sets;
use crate::model::CriteriaSet;
use crate::new_plan::{NewPlan, default_selection, header_texts};
use crate::units::store::{Available, Source};
use crate::units::{ProvinceKind, UnitKind};
use eframe::egui;
use rust_decimal::Decimal;
use std::collections::BTreeSet;

/// Which province: a register offered, or another one typed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Province {
    Register(usize),
    Other,
}

/// The dialog's choices.
#[derive(Debug, Clone)]
pub struct NewPlanForm {
    pub sets: Vec<(&'static str, CriteriaSet)>,
    pub set: usize,
    pub registers: Vec<Available>,
    /// Register files of the data folder that could not be read.
    /// Files of the register folder that could not be read (shown in the language of
    /// the moment).
    pub errors: Vec<std::sync::Arc<crate::units::store::RegisterFileError>>,
    pub province: Province,
    pub other_name: String,
    pub year: u16,
    /// Codes of the units ticked.
    pub include: BTreeSet<String>,
    pub group: Option<u8>,
}

/// The year a plan is usually written for now: next year from July on.
fn default_year() -> u16 {
    crate::model::date::today()
        .map(|d| if d.month >= 7 { d.year + 1 } else { d.year })
        .unwrap_or(2026)
}

impl NewPlanForm {
    /// The form for a set (short name), with the registers of the data folder, the open
    /// plan's province when it has a register, and the next plan year.
    pub fn new(app: &NtmApp, set: &str) -> NewPlanForm {
        let sets = criteria_sets::all();
        let set_index = sets.iter().position(|(n, _)| *n == set).unwrap_or(0);
        let (registers, errors) = crate::units::store::available(&app.dirs);
        let mut form = NewPlanForm {
            sets,
            set: set_index,
            registers,
            errors: errors.into_iter().map(std::sync::Arc::new).collect(),
            province: Province::Other,
            other_name: String::new(),
            year: default_year(),
            include: BTreeSet::new(),
            group: None,
        };
        let open = app.doc.as_ref().map(|d| &d.plan.header);
        let wanted = open.map(|h| crate::units::names::province_key(&h.province));
        let index = wanted
            .and_then(|k| {
                form.registers
                    .iter()
                    .position(|a| crate::units::names::province_key(&a.register.province) == k)
            })
            .or((!form.registers.is_empty()).then_some(0));
        if let Some(h) = open {
            form.year = h.year.saturating_add(1);
            form.other_name = h.province.clone();
        }
        match index {
            Some(i) => form.choose(Province::Register(i)),
            None => form.province = Province::Other,
        }
        form.clamp_year();
        form
    }

    fn set(&self) -> &CriteriaSet {
        &self.sets[self.set.min(self.sets.len().saturating_sub(1))].1
    }

    fn clamp_year(&mut self) {
        if !crate::model::date::YEARS.contains(&self.year) {
            self.year = default_year();
        }
    }

    /// Choose a province: its xã ticked, its wards not.
    pub fn choose(&mut self, p: Province) {
        self.include = match &p {
            Province::Register(i) => self
                .registers
                .get(*i)
                .map(|a| default_selection(&a.register).into_iter().collect())
                .unwrap_or_default(),
            Province::Other => BTreeSet::new(),
        };
        self.province = p;
    }

    /// Choose the register of a province by name (after an import).
    pub fn choose_province(&mut self, province: &str) {
        let k = crate::units::names::province_key(province);
        if let Some(i) = self
            .registers
            .iter()
            .rposition(|a| crate::units::names::province_key(&a.register.province) == k)
        {
            self.choose(Province::Register(i));
        }
    }

    /// The province's name and kind as chosen; None while none is named.
    fn province_named(&self) -> Option<(String, ProvinceKind)> {
        match &self.province {
            Province::Register(i) => self
                .registers
                .get(*i)
                .map(|a| (a.register.province.clone(), a.register.province_kind)),
            Province::Other => {
                let name = crate::text::nfc(self.other_name.trim());
                (!name.is_empty()).then(|| crate::units::names::split_province(&name))
            }
        }
    }

    /// What "Tạo kế hoạch" sends; None while no province is named.
    pub fn spec(&self) -> Option<NewPlan> {
        let set = self.set().clone();
        let mut spec = match &self.province {
            Province::Register(i) => {
                let r = self.registers.get(*i)?.register.clone();
                NewPlan::with_register(set, r, self.year)
            }
            Province::Other => {
                let name = crate::text::nfc(self.other_name.trim());
                if name.is_empty() {
                    return None;
                }
                NewPlan::without_register(set, &name, self.year)
            }
        };
        if spec.register.is_some() {
            spec.include = self.include.iter().cloned().collect();
        }
        spec.group = self.group.filter(|_| spec.set.uses_groups());
        Some(spec)
    }
}

/// A name in the window's language: the English one where the data has it.
fn named(lang: crate::lang::Lang, vi: &str, en: &str) -> String {
    match lang {
        crate::lang::Lang::En if !en.is_empty() => en.to_string(),
        _ => vi.to_string(),
    }
}

fn register_label(app: &NtmApp, a: &Available) -> String {
    let lang = app.lang();
    let what = a.register.describe(lang);
    let source = match a.source {
        Source::Bundled => app.t("new-plan-bundled").to_string(),
        Source::Imported(_) => app.t("new-plan-imported").to_string(),
    };
    format!("{} — {what} ({source})", a.register.title())
}

pub fn show(app: &mut NtmApp, ctx: &egui::Context) -> bool {
    let Some(mut form) = app.new_plan.take() else {
        return true;
    };
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let labels: Vec<String> = form
        .registers
        .iter()
        .map(|a| register_label(app, a))
        .collect();
    let mut send: Option<Command> = None;
    let mut cancel = false;
    let mut error: Option<String> = None;
    let (_, esc) = super::modal_sized(ctx, "new-plan", &t("new-plan-title"), 940.0, |ui| {
        egui::Grid::new("new-plan-choices")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                // The criteria set.
                let l = ui.label(t("new-plan-set"));
                let shown = named(lang, &form.set().name, &form.set().name_en);
                let mut set = form.set;
                egui::ComboBox::from_id_salt("new-plan-set")
                    .width(520.0)
                    .selected_text(shown)
                    .show_ui(ui, |ui| {
                        for (i, (_, s)) in form.sets.iter().enumerate() {
                            ui.selectable_value(&mut set, i, named(lang, &s.name, &s.name_en));
                        }
                    })
                    .response
                    .labelled_by(l.id);
                form.set = set;
                ui.end_row();

                // The province.
                let l = ui.label(t("new-plan-province"));
                ui.horizontal(|ui| {
                    let shown = match &form.province {
                        Province::Register(i) => labels.get(*i).cloned().unwrap_or_default(),
                        Province::Other => t("new-plan-other-province"),
                    };
                    let mut choice = form.province.clone();
                    egui::ComboBox::from_id_salt("new-plan-province")
                        .width(520.0)
                        .selected_text(shown)
                        .show_ui(ui, |ui| {
                            for (i, label) in labels.iter().enumerate() {
                                ui.selectable_value(&mut choice, Province::Register(i), label);
                            }
                            ui.selectable_value(
                                &mut choice,
                                Province::Other,
                                t("new-plan-other-province"),
                            );
                        })
                        .response
                        .labelled_by(l.id);
                    if choice != form.province {
                        form.choose(choice);
                    }
                    if ui.button(t("cmd-import-units")).clicked() {
                        send = Some(Command::ImportUnits);
                    }
                });
                ui.end_row();

                if form.province == Province::Other {
                    let l = ui.label(t("new-plan-province-name"));
                    ui.add(
                        egui::TextEdit::singleline(&mut form.other_name)
                            .desired_width(300.0)
                            .hint_text(t("new-plan-province-hint")),
                    )
                    .labelled_by(l.id);
                    ui.end_row();
                }

                // The year.
                ui.label("");
                ui.horizontal(|ui| {
                    match number_field(
                        ui,
                        "new-plan-year",
                        &t("new-plan-year"),
                        Decimal::from(form.year),
                        70.0,
                        false,
                    ) {
                        NumberOutcome::Committed(v) => match u16::try_from(v)
                            .ok()
                            .filter(|y| crate::model::date::YEARS.contains(y))
                        {
                            Some(y) => form.year = y,
                            None => {
                                error = Some(tr.fmt(
                                    lang,
                                    "error-year",
                                    &[("value", &crate::numfmt::decimal(v))],
                                ))
                            }
                        },
                        NumberOutcome::Invalid(e) => error = Some(e),
                        NumberOutcome::Unchanged => {}
                    }
                    let set = form.set();
                    if !(set.period_start..=set.period_end).contains(&form.year) {
                        ui.label(
                            egui::RichText::new(tr.fmt(
                                lang,
                                "new-plan-year-outside",
                                &[
                                    ("start", set.period_start.to_string().as_str()),
                                    ("end", set.period_end.to_string().as_str()),
                                ],
                            ))
                            .color(ui.visuals().warn_fg_color),
                        );
                    }
                });
                ui.end_row();

                // One group for every commune, or none yet.
                if form.set().uses_groups() {
                    let l = ui.label(t("new-plan-group"));
                    let groups = form.set().groups.clone();
                    let shown = form
                        .group
                        .and_then(|g| groups.iter().find(|x| x.number == g))
                        .map(|g| named(lang, &g.name, &g.name_en))
                        .unwrap_or_else(|| t("new-plan-group-none"));
                    let mut g = form.group;
                    egui::ComboBox::from_id_salt("new-plan-group")
                        .width(520.0)
                        .selected_text(shown)
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut g, None, t("new-plan-group-none"));
                            for grp in &groups {
                                ui.selectable_value(
                                    &mut g,
                                    Some(grp.number),
                                    named(lang, &grp.name, &grp.name_en),
                                );
                            }
                        })
                        .response
                        .labelled_by(l.id);
                    form.group = g;
                    ui.end_row();
                }
            });
        // A register of the data folder that cannot be used: what is wrong with it,
        // in a box of bounded height (a broken file may list a hundred problems).
        if !form.errors.is_empty() {
            let text = form
                .errors
                .iter()
                .map(|e| e.message(lang))
                .collect::<Vec<_>>()
                .join("\n");
            egui::ScrollArea::vertical()
                .id_salt("new-plan-register-errors")
                .max_height(120.0)
                .show(ui, |ui| {
                    ui.colored_label(ui.visuals().warn_fg_color, text);
                });
        }
        ui.add_space(6.0);
        units(ui, &mut form, &tr, lang);
        ui.add_space(6.0);
        // The header the plan will have.
        if let Some((province, kind)) = form.province_named() {
            let h = header_texts(&province, kind, form.year);
            ui.label(egui::RichText::new(t("new-plan-header")).strong());
            ui.label(format!("{}: {}", t("field-title"), h.title));
            ui.label(format!("{}: {}", t("field-issuing-body"), h.issuing_body));
            ui.add_space(6.0);
        }
        ui.separator();
        ui.horizontal(|ui| {
            let ready = form.province_named().is_some();
            let n = form.include.len();
            if ui
                .add_enabled(ready, egui::Button::new(t("new-plan-create")))
                .clicked()
                && let Some(spec) = form.spec()
            {
                send = Some(Command::CreatePlan(Box::new(spec)));
            }
            if ui.button(t("btn-cancel")).clicked() {
                cancel = true;
            }
            if form.province != Province::Other {
                ui.label(tr.fmt(lang, "new-plan-count", &[("n", n)]));
            }
        });
    });
    if let Some(e) = error {
        app.toasts.error(e);
    }
    let close = cancel || esc || matches!(send, Some(Command::CreatePlan(_)));
    if !close {
        app.new_plan = Some(form);
    }
    if let Some(cmd) = send {
        app.send(cmd);
    }
    close
}

/// The province's units: every xã ticked, wards and special zones unticked with the
/// rule for them.
fn units(
    ui: &mut egui::Ui,
    form: &mut NewPlanForm,
    tr: &super::super::i18n::I18n,
    lang: crate::lang::Lang,
) {
    let t = |k: &str| tr.get(lang, k).to_string();
    let Province::Register(i) = form.province else {
        ui.label(egui::RichText::new(t("new-plan-no-register")).weak());
        return;
    };
    let Some(a) = form.registers.get(i) else {
        return;
    };
    let r = &a.register;
    let mut line = tr.fmt(
        lang,
        "new-plan-register",
        &[
            ("date", r.effective.vi().as_str()),
            ("what", r.describe(lang).as_str()),
        ],
    );
    if !r.resolution.is_empty() {
        line.push_str(&format!(" — {}", r.resolution));
    }
    ui.add(egui::Label::new(egui::RichText::new(line).weak()).wrap());
    ui.horizontal(|ui| {
        if ui.button(t("new-plan-tick-communes")).clicked() {
            form.include = default_selection(r).into_iter().collect();
        }
        if ui.button(t("new-plan-tick-none")).clicked() {
            form.include.clear();
        }
    });
    // Wards and special zones first, with the rule for them, then the xã.
    let row =
        |u: &crate::units::Unit| (u.code.clone(), u.name.clone(), u.kind, u.describe_old(lang));
    let wards: Vec<_> = r
        .units
        .iter()
        .filter(|u| u.kind != UnitKind::Commune)
        .map(row)
        .collect();
    let communes: Vec<_> = r
        .units
        .iter()
        .filter(|u| u.kind == UnitKind::Commune)
        .map(row)
        .collect();
    let warn = ui.visuals().warn_fg_color;
    egui::ScrollArea::vertical()
        .id_salt("new-plan-units")
        .max_height(320.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for (heading, list) in [("new-plan-wards", wards), ("new-plan-communes", communes)] {
                if list.is_empty() {
                    continue;
                }
                ui.label(egui::RichText::new(tr.fmt(lang, heading, &[("n", list.len())])).strong());
                if heading == "new-plan-wards" {
                    ui.add(
                        egui::Label::new(egui::RichText::new(t("new-plan-ward-rule")).color(warn))
                            .wrap(),
                    );
                }
                egui::Grid::new(("new-plan-units-grid", heading))
                    .num_columns(3)
                    .striped(true)
                    .spacing([14.0, 4.0])
                    .min_col_width(70.0)
                    .show(ui, |ui| {
                        ui.scope(|ui| {
                            ui.set_min_width(210.0);
                            ui.label("");
                        });
                        ui.label(egui::RichText::new(t("new-plan-col-code")).strong());
                        ui.label(egui::RichText::new(t("new-plan-col-old")).strong());
                        ui.end_row();
                        for (code, name, kind, old) in list {
                            let mut on = form.include.contains(&code);
                            let label = kind.with_name(&name);
                            // One width for the name column in both lists, so they align.
                            let resp = ui
                                .scope(|ui| {
                                    ui.set_min_width(210.0);
                                    ui.checkbox(&mut on, label)
                                })
                                .inner;
                            if resp.changed() {
                                if on {
                                    form.include.insert(code.clone());
                                } else {
                                    form.include.remove(&code);
                                }
                            }
                            ui.label(&code);
                            ui.add(egui::Label::new(egui::RichText::new(old)).wrap());
                            ui.end_row();
                        }
                    });
                ui.add_space(6.0);
            }
        });
}
