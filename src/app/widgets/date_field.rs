//! A labelled date field in the Vietnamese form dd/mm/yyyy (zero padding optional,
//! as planners write 05/7/2022). The text being typed lives in egui's memory until
//! Enter or leaving the field; empty means "no date".

use crate::model::Date;
use eframe::egui;

pub enum DateOutcome {
    Unchanged,
    Committed(Option<Date>),
    Invalid(String),
}

pub fn date_field(
    ui: &mut egui::Ui,
    id_salt: &str,
    label: &str,
    value: Option<Date>,
) -> DateOutcome {
    let l = ui.label(label);
    let id = ui.make_persistent_id(("date-field", id_salt));
    let shown = value.map(|d| d.vi()).unwrap_or_default();
    let mut buf: String = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| shown.clone());
    let resp = ui
        .add(
            egui::TextEdit::singleline(&mut buf)
                .desired_width(100.0)
                .hint_text("dd/mm/yyyy"),
        )
        .labelled_by(l.id);
    if resp.has_focus() || resp.changed() {
        ui.data_mut(|d| d.insert_temp(id, buf.clone()));
    }
    let commit =
        resp.lost_focus() || (resp.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)));
    if !commit {
        return DateOutcome::Unchanged;
    }
    ui.data_mut(|d| d.remove::<String>(id));
    let t = buf.trim();
    let parsed = if t.is_empty() {
        Ok(None)
    } else {
        Date::parse(t).map(Some)
    };
    match parsed {
        Ok(d) if d != value => DateOutcome::Committed(d),
        Ok(_) => DateOutcome::Unchanged,
        Err(e) => DateOutcome::Invalid(e),
    }
}
