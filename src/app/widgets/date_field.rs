//! A labelled date field in the Vietnamese form dd/mm/yyyy (zero padding optional,
//! as planners write 05/7/2022); empty means "no date". A date that does not exist
//! ("31/02/2025") is kept in the field and marked, with the reason in the window's
//! language (see [`super::typed_field`]).

use super::typed_field::{Outcome, Spec, typed_field};
use crate::model::Date;
use eframe::egui;

pub type DateOutcome = Outcome<Option<Date>>;

pub fn date_field(
    ui: &mut egui::Ui,
    id_salt: &str,
    label: &str,
    value: Option<Date>,
) -> DateOutcome {
    let lang = super::lang(ui);
    let l = ui.label(label);
    let id = ui.make_persistent_id(("date-field", id_salt));
    let shown = value.map(|d| d.vi()).unwrap_or_default();
    let spec = Spec {
        labelled_by: l.id,
        shown: &shown,
        min_width: 100.0,
        hint: "dd/mm/yyyy",
        right_align: false,
        grow: true,
    };
    typed_field(ui, id, spec, |text| {
        let t = text.trim();
        let d = if t.is_empty() {
            None
        } else {
            Some(Date::parse(t).map_err(|e| e.message(lang))?)
        };
        Ok((d != value).then_some(d))
    })
}
