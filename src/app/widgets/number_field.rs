//! A labelled number field that accepts what planners type: "1.667.139" and
//! "1667139" are the same, "1,5" is one and a half. The text being typed lives in
//! egui's memory until Enter or leaving the field; a value that does not parse is
//! shown in red with the reason, and nothing is changed.

use eframe::egui;
use rust_decimal::Decimal;

pub enum NumberOutcome {
    Unchanged,
    Committed(Decimal),
    Invalid(String),
}

/// `grouped`: show thousands separators (amounts); years and codes are shown plain.
pub fn number_field(
    ui: &mut egui::Ui,
    id_salt: &str,
    label: &str,
    value: Decimal,
    width: f32,
    grouped: bool,
) -> NumberOutcome {
    let l = ui.label(label);
    let id = ui.make_persistent_id(("number-field", id_salt));
    let shown = if grouped {
        crate::numfmt::decimal(value)
    } else {
        value.normalize().to_string().replace('.', ",")
    };
    let mut buf: String = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| shown.clone());
    let error: Option<String> = ui
        .data(|d| d.get_temp::<Option<String>>(id.with("error")))
        .flatten();
    let mut edit = egui::TextEdit::singleline(&mut buf).desired_width(width);
    if error.is_some() {
        edit = edit.text_color(egui::Color32::from_rgb(200, 40, 40));
    }
    let resp = ui.add(edit).labelled_by(l.id);
    let resp = match &error {
        Some(e) => resp.on_hover_text(e),
        None => resp,
    };
    if resp.has_focus() || resp.changed() {
        ui.data_mut(|d| d.insert_temp(id, buf.clone()));
    }
    let commit =
        resp.lost_focus() || (resp.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)));
    if !commit {
        return NumberOutcome::Unchanged;
    }
    match crate::numfmt::parse(&buf) {
        Ok(v) => {
            ui.data_mut(|d| {
                d.remove::<String>(id);
                d.remove::<Option<String>>(id.with("error"));
            });
            if v == value {
                NumberOutcome::Unchanged
            } else {
                NumberOutcome::Committed(v)
            }
        }
        Err(e) => {
            ui.data_mut(|d| d.insert_temp(id.with("error"), Some(e.clone())));
            NumberOutcome::Invalid(e)
        }
    }
}
