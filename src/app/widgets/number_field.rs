//! Labelled number fields that accept what planners type: "1.667.139" and "1667139"
//! are the same, "1,5" is one and a half. Amounts and years are never negative: "-500"
//! is refused like "abc", and both are kept in the field, marked, with the reason
//! (see [`super::typed_field`]). Numbers are right-aligned and the field grows with
//! them.

use super::typed_field::{Outcome, Spec, typed_field};
use eframe::egui;
use rust_decimal::Decimal;

pub type NumberOutcome = Outcome<Decimal>;

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
    input(ui, id_salt, l.id, Some(value), width, grouped)
}

/// The same for a value that may be absent: shown empty; clearing the field commits
/// zero, which the caller reads as "none".
pub fn optional_number_field(
    ui: &mut egui::Ui,
    id_salt: &str,
    label: &str,
    value: Option<Decimal>,
    width: f32,
    grouped: bool,
) -> NumberOutcome {
    let l = ui.label(label);
    input(ui, id_salt, l.id, value, width, grouped)
}

/// The field alone, named by a label shown elsewhere (a table's first column).
pub fn number_input(
    ui: &mut egui::Ui,
    id_salt: &str,
    labelled_by: egui::Id,
    value: Decimal,
    width: f32,
    grouped: bool,
) -> NumberOutcome {
    input(ui, id_salt, labelled_by, Some(value), width, grouped)
}

/// A year (1945–2100), required or optional (an empty optional field commits `None`).
pub fn year_field(
    ui: &mut egui::Ui,
    id_salt: &str,
    label: &str,
    value: Option<u16>,
    width: f32,
    required: bool,
) -> Outcome<Option<u16>> {
    let lang = super::lang(ui);
    let l = ui.label(label);
    let id = ui.make_persistent_id(("year-field", id_salt));
    let shown = value.map(|y| y.to_string()).unwrap_or_default();
    let spec = Spec {
        labelled_by: l.id,
        shown: &shown,
        min_width: width,
        hint: "",
        right_align: true,
        grow: true,
    };
    typed_field(ui, id, spec, |text| {
        let t = text.trim();
        if t.is_empty() {
            return if required {
                Err(crate::i18n::tr(lang, "number-empty"))
            } else {
                Ok((value.is_some()).then_some(None))
            };
        }
        let y = t
            .parse::<u16>()
            .ok()
            .filter(|y| crate::model::date::YEARS.contains(y))
            .ok_or_else(|| crate::i18n::tr_args(lang, "error-year", &[("value", t.into())]))?;
        Ok((Some(y) != value).then_some(Some(y)))
    })
}

fn input(
    ui: &mut egui::Ui,
    id_salt: &str,
    labelled_by: egui::Id,
    value: Option<Decimal>,
    width: f32,
    grouped: bool,
) -> NumberOutcome {
    let lang = super::lang(ui);
    let id = ui.make_persistent_id(("number-field", id_salt));
    let shown = match value {
        None => String::new(),
        Some(v) if grouped => crate::numfmt::decimal(v),
        Some(v) => v.normalize().to_string().replace('.', ","),
    };
    let spec = Spec {
        labelled_by,
        shown: &shown,
        min_width: width,
        hint: "",
        right_align: true,
        grow: true,
    };
    typed_field(ui, id, spec, |text| {
        let v = if text.trim().is_empty() {
            match value {
                // Nothing was there and nothing is typed.
                None => return Ok(None),
                Some(_) => Decimal::ZERO,
            }
        } else {
            crate::numfmt::parse(text).map_err(|e| e.message(lang))?
        };
        if v.is_sign_negative() && !v.is_zero() {
            return Err(crate::i18n::tr_args(
                lang,
                "number-negative",
                &[("text", text.trim().into())],
            ));
        }
        Ok((Some(v) != value).then_some(v))
    })
}
