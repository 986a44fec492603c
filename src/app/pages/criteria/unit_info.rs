//! In the commune panel: the commune's unit (kind, code, and from the plan's unit
//! register the old units it was formed from), and the check that refuses a name
//! another commune already has, or nearly has.

use crate::lang::Lang;
use crate::model::{Commune, Plan};
use crate::units::{UnitKind, names};
use eframe::egui;

/// The name of another commune that `candidate` (commune `i` renamed) would clash
/// with: the same name, or the same but for accents or y/i, k/c — unless the unit codes
/// say they are two units.
pub fn clash(plan: &Plan, i: usize, candidate: &Commune) -> Option<String> {
    let kind = |c: &Commune| c.kind.unwrap_or(UnitKind::Commune);
    let key = names::loose_key(&candidate.name);
    plan.communes
        .iter()
        .enumerate()
        .filter(|(j, _)| *j != i)
        .map(|(_, c)| c)
        .find(|c| {
            kind(c) == kind(candidate)
                && names::loose_key(&c.name) == key
                && !matches!((&c.code, &candidate.code), (Some(a), Some(b)) if a != b)
        })
        .map(|c| c.name.clone())
}

/// "Phường · mã 03388 · hình thành từ: …".
pub fn show(ui: &mut egui::Ui, plan: &Plan, c: &Commune, lang: Lang) {
    let mut parts = Vec::new();
    if let Some(k) = c.kind.filter(|k| *k != UnitKind::Commune) {
        parts.push(crate::i18n::tr(lang, k.key()));
    }
    if let Some(code) = &c.code {
        parts.push(format!(
            "{} {code}",
            crate::i18n::tr(lang, "new-plan-col-code")
        ));
    }
    if !parts.is_empty() {
        ui.label(egui::RichText::new(parts.join(" · ")));
    }
    let unit = c
        .code
        .as_deref()
        .and_then(|code| plan.register.as_ref()?.unit(code));
    if let Some(u) = unit
        && !u.formed_from.is_empty()
    {
        let text = if u.unchanged {
            crate::i18n::tr(lang, "unit-unchanged")
        } else {
            format!(
                "{}: {}",
                crate::i18n::tr(lang, "new-plan-col-old"),
                u.describe_old(lang)
            )
        };
        ui.add(egui::Label::new(egui::RichText::new(text).weak()).wrap());
    }
}
