//! File → Import unit list: a province's units since 1 July 2025 from a CSV or XLSX
//! file in the layout of the national table. Shows what the file holds (rows,
//! provinces, units), lets the user pick the province, lists its units with their old
//! units, and every row that could not be used with its line and reason. "Lưu danh
//! mục" keeps the province's register in the program's data folder, where the
//! new-plan dialog offers it.

use super::super::NtmApp;
use super::super::command::Command;
use super::table::{self, Column};
use crate::units::import::UnitList;
use eframe::egui;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Units,
    Problems,
}

#[derive(Debug)]
pub struct UnitListSession {
    pub path: PathBuf,
    pub result: Result<UnitList, String>,
    /// The province chosen (index into the list's provinces).
    pub province: usize,
    pub tab: Tab,
}

impl UnitListSession {
    /// A session; the province is the open plan's (or the new-plan dialog's) when the
    /// file has it, else the first.
    pub fn new(path: PathBuf, result: Result<UnitList, String>, wanted: Option<&str>) -> Self {
        let province = match (&result, wanted) {
            (Ok(list), Some(w)) => {
                let k = crate::units::names::province_key(w);
                list.provinces
                    .iter()
                    .position(|p| crate::units::names::province_key(&p.register.province) == k)
                    .unwrap_or(0)
            }
            _ => 0,
        };
        UnitListSession {
            path,
            result,
            province,
            tab: Tab::Units,
        }
    }
}

pub fn show(app: &mut NtmApp, ctx: &egui::Context) -> bool {
    let Some(session) = app.unit_list.as_ref() else {
        return true;
    };
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let file = super::super::jobs::file_name(&session.path);
    let title = tr.fmt(lang, "units-dialog-title", &[("file", file.as_str())]);
    let mut send: Option<Command> = None;
    let mut province = session.province;
    let mut tab = session.tab;
    let (_, esc) = super::modal_sized(ctx, "unit-list", &title, 960.0, |ui| {
        let list = match &session.result {
            Err(e) => {
                ui.colored_label(table::RED, e);
                ui.label(t("units-dialog-error-hint"));
                ui.add_space(8.0);
                if ui.button(t("btn-close")).clicked() {
                    send = Some(Command::CloseUnits);
                }
                return;
            }
            Ok(l) => l,
        };
        ui.label(egui::RichText::new(list.headline(lang)).strong());
        if list.provinces.is_empty() {
            ui.add_space(8.0);
            if ui.button(t("btn-close")).clicked() {
                send = Some(Command::CloseUnits);
            }
            return;
        }
        province = province.min(list.provinces.len() - 1);
        ui.horizontal(|ui| {
            let l = ui.label(t("new-plan-province"));
            let shown = list.provinces[province].register.title();
            egui::ComboBox::from_id_salt("units-province")
                .width(300.0)
                .height(420.0)
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    for (i, p) in list.provinces.iter().enumerate() {
                        ui.selectable_value(&mut province, i, p.register.title());
                    }
                })
                .response
                .labelled_by(l.id);
        });
        let chosen = &list.provinces[province];
        ui.label(chosen.register.describe(lang));
        for p in &chosen.problems {
            ui.colored_label(table::RED, p.message(lang));
        }
        ui.add_space(4.0);
        let refused = list.refused();
        ui.horizontal(|ui| {
            let units = tr.fmt(
                lang,
                "units-tab-units",
                &[("n", chosen.register.units.len())],
            );
            if ui.selectable_label(tab == Tab::Units, units).clicked() {
                tab = Tab::Units;
            }
            let mut text = egui::RichText::new(tr.fmt(
                lang,
                "units-tab-problems",
                &[("n", list.problems.len())],
            ));
            if refused > 0 {
                text = text.color(table::RED);
            }
            if ui.selectable_label(tab == Tab::Problems, text).clicked() {
                tab = Tab::Problems;
            }
        });
        ui.separator();
        match tab {
            Tab::Units => {
                let cols = [
                    Column::new(t("new-plan-col-code"), 70.0),
                    Column::new(t("col-commune"), 230.0),
                    Column::new(t("new-plan-col-old"), 620.0),
                ];
                let r = &chosen.register;
                table::show(ui, "units-units", &cols, r.units.len(), |i| {
                    let u = &r.units[i];
                    vec![
                        u.code.clone(),
                        u.kind.with_name(&u.name),
                        u.describe_old(lang),
                    ]
                });
            }
            Tab::Problems => {
                let cols = [
                    Column::new(t("col-row"), 70.0),
                    Column::new(t("col-in-sheet"), 260.0),
                    Column::new(t("col-reason"), 590.0),
                ];
                table::show(ui, "units-problems", &cols, list.problems.len(), |i| {
                    let p = &list.problems[i];
                    vec![p.line.to_string(), p.text.clone(), p.reason.message(lang)]
                });
            }
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let keep = tr.fmt(
                lang,
                "units-keep",
                &[("province", chosen.register.title().as_str())],
            );
            if ui
                .add_enabled(chosen.problems.is_empty(), egui::Button::new(keep))
                .clicked()
            {
                send = Some(Command::KeepUnits(province));
            }
            if ui.button(t("btn-cancel")).clicked() {
                send = Some(Command::CloseUnits);
            }
        });
    });
    if let Some(s) = app.unit_list.as_mut() {
        s.province = province;
        s.tab = tab;
    }
    if esc && send.is_none() {
        send = Some(Command::CloseUnits);
    }
    if let Some(cmd) = send {
        app.send(cmd);
    }
    false
}
