//! The plan's criteria set as the plan embeds it: its decision, period, commune groups,
//! the levels it grants, the province's completion conditions and the program's
//! targets, its criteria with their indicators and per-group thresholds — and, in
//! its own colour, what in it could not be confirmed. A province fills the indicator
//! list in from a spreadsheet ("Nhập chỉ tiêu từ tệp…"), previewed here before it
//! replaces the list in one undoable edit.

use super::super::super::NtmApp;
use super::super::super::command::Command;
use crate::excel::indicators::IndicatorPreview;
use crate::lang::Lang;
use eframe::egui;

/// An indicator list read from a file, waiting to be accepted.
#[derive(Debug, Clone)]
pub struct IndicatorImport {
    pub file: String,
    pub revision: u64,
    pub preview: IndicatorPreview,
}

fn named(lang: Lang, vi: &str, en: &str) -> String {
    match lang {
        Lang::En if !en.is_empty() => en.to_string(),
        _ => vi.to_string(),
    }
}

pub fn view(app: &mut NtmApp, ui: &mut egui::Ui) {
    let Some(set) = app.doc.as_ref().map(|d| d.plan.criteria_set.clone()) else {
        return;
    };
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let warn = ui.visuals().warn_fg_color;
    let mut send = None;
    egui::ScrollArea::vertical()
        .id_salt("set-view")
        .show(ui, |ui| {
            ui.label(egui::RichText::new(named(lang, &set.name, &set.name_en)).strong());
            ui.label(&set.legal_basis);
            ui.label(tr.fmt(
                lang,
                "set-period",
                &[
                    ("start", set.period_start.to_string().as_str()),
                    ("end", set.period_end.to_string().as_str()),
                ],
            ));
            if !set.levels.is_empty() {
                let levels: Vec<&str> = set.levels.iter().map(|l| l.vi()).collect();
                ui.label(tr.fmt(
                    lang,
                    "set-levels",
                    &[("levels", levels.join(", ").as_str())],
                ));
            }
            for g in &set.groups {
                ui.label(named(lang, &g.name, &g.name_en));
            }
            if let Some(c) = &set.province_completion {
                ui.add(
                    egui::Label::new(
                        tr.fmt(
                            lang,
                            "set-completion",
                            &[
                                ("ntm", c.ntm_percent.to_string().as_str()),
                                ("modern", c.modern_percent.to_string().as_str()),
                                (
                                    "wards",
                                    c.ward_criteria_percent
                                        .map(|p| p.to_string())
                                        .unwrap_or_else(|| "—".into())
                                        .as_str(),
                                ),
                                ("basis", c.basis.as_str()),
                            ],
                        ),
                    )
                    .wrap(),
                );
            }
            if let Some(p) = &set.program_targets {
                ui.label(tr.fmt(
                    lang,
                    "set-targets",
                    &[
                        ("year", p.year.to_string().as_str()),
                        ("ntm", p.ntm_percent.to_string().as_str()),
                        ("modern", p.modern_percent.to_string().as_str()),
                        ("basis", p.basis.as_str()),
                    ],
                ));
            }
            // What is not confirmed, never hidden.
            if !set.unconfirmed.is_empty() {
                ui.add_space(8.0);
                ui.label(
                    egui::RichText::new(t("set-unconfirmed"))
                        .strong()
                        .color(warn),
                );
                for u in &set.unconfirmed {
                    ui.add(
                        egui::Label::new(egui::RichText::new(format!("• {u}")).color(warn)).wrap(),
                    );
                }
            }
            ui.add_space(8.0);
            // Criteria and their indicators.
            ui.horizontal(|ui| {
                ui.label(
                    egui::RichText::new(tr.fmt(
                        lang,
                        "set-indicators",
                        &[("n", set.indicator_list.len())],
                    ))
                    .strong(),
                );
                if ui.button(t("set-import-indicators")).clicked() {
                    send = Some(Command::ImportIndicators);
                }
            });
            if set.indicator_list.is_empty() {
                ui.colored_label(warn, t("set-no-indicators"));
            }
            let groups: Vec<u8> = set.groups.iter().map(|g| g.number).collect();
            egui::Grid::new("set-criteria")
                .striped(true)
                .num_columns(2 + groups.len().max(1))
                .spacing([14.0, 4.0])
                .show(ui, |ui| {
                    ui.label(egui::RichText::new(t("col-criteria")).strong());
                    ui.label(egui::RichText::new(t("set-col-indicator")).strong());
                    if groups.is_empty() {
                        ui.label(egui::RichText::new(t("set-col-threshold")).strong());
                    }
                    for g in &groups {
                        ui.label(egui::RichText::new(format!("{} {g}", t("col-group"))).strong());
                    }
                    ui.end_row();
                    for c in &set.criteria {
                        let mine: Vec<_> = set
                            .indicator_list
                            .iter()
                            .filter(|i| i.criterion == c.code)
                            .collect();
                        let label = format!("{}. {}", c.code, named(lang, &c.name, &c.name_en));
                        if mine.is_empty() {
                            ui.label(label);
                            ui.label(egui::RichText::new("—").weak());
                            ui.end_row();
                            continue;
                        }
                        for (k, i) in mine.iter().enumerate() {
                            ui.label(if k == 0 { label.clone() } else { String::new() });
                            ui.add(egui::Label::new(format!("{} {}", i.code, i.name)).wrap());
                            if groups.is_empty() {
                                ui.label(i.threshold(None).unwrap_or("—"));
                            }
                            for g in &groups {
                                ui.label(i.threshold(Some(*g)).unwrap_or("—"));
                            }
                            ui.end_row();
                        }
                    }
                });
            preview(app, ui, &tr, lang, &mut send);
        });
    if let Some(cmd) = send {
        app.send(cmd);
    }
}

/// The indicator list read from a file, before it replaces the set's.
fn preview(
    app: &NtmApp,
    ui: &mut egui::Ui,
    tr: &super::super::super::i18n::I18n,
    lang: Lang,
    send: &mut Option<Command>,
) {
    let Some(imp) = &app.indicator_import else {
        return;
    };
    let t = |k: &str| tr.get(lang, k).to_string();
    ui.add_space(10.0);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(
            egui::RichText::new(tr.fmt(lang, "set-import-title", &[("file", imp.file.as_str())]))
                .strong(),
        );
        ui.label(imp.preview.summary(lang));
        for p in &imp.preview.problems {
            ui.colored_label(
                super::super::super::dialogs::table::RED,
                format!(
                    "{} {}: \"{}\": {}",
                    t("col-row"),
                    p.line,
                    p.text,
                    p.reason.message(lang)
                ),
            );
        }
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    !imp.preview.indicators.is_empty(),
                    egui::Button::new(t("set-import-accept")),
                )
                .clicked()
            {
                *send = Some(Command::ImportIndicatorsAccept);
            }
            if ui.button(t("btn-cancel")).clicked() {
                *send = Some(Command::CloseIndicators);
            }
        });
    });
}
