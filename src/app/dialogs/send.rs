//! File → Gửi xã…: which communes get a work file, and how — a plan file for an
//! office with the program, an Excel form for one without. "Chọn thư mục và gửi…"
//! asks for the folder; the files and the manifest are written in the background.

use super::super::NtmApp;
use super::super::command::Command;
use crate::model::Plan;
use crate::rounds::Form;
use eframe::egui;

#[derive(Debug, Clone)]
pub struct SendSession {
    /// Every commune of the plan: id, name, whether it is sent to, and how.
    pub communes: Vec<(String, String, bool, Form)>,
    /// Replace an earlier sending in the folder chosen.
    pub replace: bool,
}

impl SendSession {
    pub fn new(plan: &Plan) -> SendSession {
        SendSession {
            communes: plan
                .communes
                .iter()
                .map(|c| (c.id.clone(), c.name.clone(), true, Form::Ntm))
                .collect(),
            replace: false,
        }
    }

    pub fn chosen(&self) -> Vec<(String, Form)> {
        self.communes
            .iter()
            .filter(|c| c.2)
            .map(|c| (c.0.clone(), c.3))
            .collect()
    }
}

pub fn show(app: &mut NtmApp, ctx: &egui::Context) -> bool {
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let Some(session) = app.send_to.as_mut() else {
        return true;
    };
    let mut send = None;
    let title = t("send-title");
    let (_, esc) = super::modal_sized(ctx, "send", &title, 760.0, |ui| {
        ui.label(t("send-intro"));
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button(t("send-all")).clicked() {
                session.communes.iter_mut().for_each(|c| c.2 = true);
            }
            if ui.button(t("send-none")).clicked() {
                session.communes.iter_mut().for_each(|c| c.2 = false);
            }
            if ui.button(t("send-all-ntm")).clicked() {
                session.communes.iter_mut().for_each(|c| c.3 = Form::Ntm);
            }
            if ui.button(t("send-all-xlsx")).clicked() {
                session.communes.iter_mut().for_each(|c| c.3 = Form::Xlsx);
            }
        });
        ui.separator();
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 10.0;
        let (ntm, xlsx) = (t("send-form-ntm"), t("send-form-xlsx"));
        egui::ScrollArea::vertical()
            .id_salt("send-communes")
            .max_height(super::table::HEIGHT)
            .min_scrolled_height(super::table::HEIGHT)
            .auto_shrink([false, false])
            .show_rows(ui, row_height, session.communes.len(), |ui, range| {
                for i in range {
                    let (_, name, on, form) = &mut session.communes[i];
                    ui.horizontal(|ui| {
                        ui.allocate_ui_with_layout(
                            egui::vec2(300.0, row_height),
                            egui::Layout::left_to_right(egui::Align::Center),
                            |ui| {
                                ui.set_min_width(300.0);
                                ui.checkbox(on, name.as_str());
                            },
                        );
                        let enabled = *on;
                        ui.add_enabled_ui(enabled, |ui| {
                            // Each radio is named with its commune for screen readers
                            // and tests ("Bản Bo: Phiếu Excel (.xlsx)").
                            for (value, text) in [(Form::Ntm, &ntm), (Form::Xlsx, &xlsx)] {
                                let chosen = *form == value;
                                let r = ui.radio_value(form, value, text.as_str());
                                let label = format!("{name}: {text}");
                                r.widget_info(|| {
                                    egui::WidgetInfo::selected(
                                        egui::Role::RadioButton,
                                        enabled,
                                        chosen,
                                        &label,
                                    )
                                });
                            }
                        });
                    });
                }
            });
        ui.separator();
        let chosen = session.chosen();
        let n_xlsx = chosen.iter().filter(|c| c.1 == Form::Xlsx).count();
        ui.label(tr.fmt(
            lang,
            "send-summary",
            &[
                ("n", crate::i18n::Arg::from(chosen.len())),
                ("xlsx", crate::i18n::Arg::from(n_xlsx)),
            ],
        ));
        ui.checkbox(&mut session.replace, t("send-replace"));
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(!chosen.is_empty(), egui::Button::new(t("send-go")))
                .clicked()
            {
                send = Some(Command::SendChooseFolder);
            }
            if ui.button(t("btn-cancel")).clicked() {
                send = Some(Command::CloseSend);
            }
        });
    });
    if esc && send.is_none() {
        send = Some(Command::CloseSend);
    }
    if let Some(cmd) = send {
        app.send(cmd);
    }
    false
}
