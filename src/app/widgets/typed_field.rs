//! The one behaviour of every field whose text must parse (numbers, years, dates,
//! lists of criteria and communes): what the user types is kept while they type and
//! applied on Enter or on leaving the field. Text that does not parse is **kept**
//! (never reverted or emptied), **marked** (red text and frame, the reason on hover
//! and as the field's accessible description, `invalid` for screen readers) and
//! **reported once**: the caller gets [`Outcome::Invalid`] only for a new mistake,
//! not again for the same text. A field grows with its text, so a number is never
//! cut off.
//!
//! The draft lives in egui's memory beside the field; it is dropped when the value
//! underneath changes (undo, another edit), so a field never hides the plan's value
//! behind stale text.

use eframe::egui;

/// What a field's frame did.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome<T> {
    Unchanged,
    /// The user committed text that parsed to a new value.
    Committed(T),
    /// The user committed text that does not parse: the reason, once per mistake.
    Invalid(String),
}

/// What committed text reads as.
#[derive(Debug, Clone, PartialEq)]
pub enum Parsed<T> {
    /// A new value, or `None`: nothing to change.
    Value(Option<T>),
    /// Refused as a whole: the reason.
    Refused(String),
    /// Partly usable (a list with one unknown item): `value` is applied, the typed
    /// text stays in the field marked with `reason`; `shown` is how the field would
    /// show `value`, so the draft survives the change it made.
    Partly {
        value: T,
        shown: String,
        reason: String,
    },
}

impl<T> From<Result<Option<T>, String>> for Parsed<T> {
    fn from(r: Result<Option<T>, String>) -> Self {
        match r {
            Ok(v) => Parsed::Value(v),
            Err(e) => Parsed::Refused(e),
        }
    }
}

/// A field's look and its parse.
pub struct Spec<'a> {
    /// Who names the field (its label), for accessibility and tests.
    pub labelled_by: egui::Id,
    /// The value as shown when nobody is typing.
    pub shown: &'a str,
    /// The least width; the field grows to fit longer text.
    pub min_width: f32,
    pub hint: &'a str,
    /// Numbers are right-aligned, text left.
    pub right_align: bool,
    /// Grow with the text (numbers: never cut one). Long text (lists) keeps its
    /// width and scrolls within the field instead.
    pub grow: bool,
}

#[derive(Debug, Clone, Default)]
struct Draft {
    text: String,
    /// The value shown when the draft began: a different value now means the plan
    /// changed underneath and the draft is stale.
    base: String,
    /// The reason the text was refused, while it is shown unchanged.
    error: Option<String>,
}

const RED: egui::Color32 = egui::Color32::from_rgb(200, 40, 40);

/// Show the field. `parse` reads committed text: `Ok(Some(v))` a new value,
/// `Ok(None)` nothing to change, `Err(reason)` refused.
pub fn typed_field<T>(
    ui: &mut egui::Ui,
    id: egui::Id,
    spec: Spec<'_>,
    parse: impl FnOnce(&str) -> Result<Option<T>, String>,
) -> Outcome<T> {
    typed_field_parts(ui, id, spec, |t| parse(t).into())
}

/// The same, for text that may be partly usable ([`Parsed::Partly`]): the usable
/// part is committed at once and the rest stays in the field, marked.
pub fn typed_field_parts<T>(
    ui: &mut egui::Ui,
    id: egui::Id,
    spec: Spec<'_>,
    parse: impl FnOnce(&str) -> Parsed<T>,
) -> Outcome<T> {
    let mut draft: Option<Draft> = ui.data(|d| d.get_temp::<Draft>(id));
    let focused = ui.memory(|m| m.has_focus(id.with("edit")));
    if draft.as_ref().is_some_and(|d| d.base != spec.shown) && !focused {
        // The value changed underneath (undo, another edit): show the new value.
        draft = None;
        ui.data_mut(|d| d.remove::<Draft>(id));
    }
    let mut buf = draft
        .as_ref()
        .map(|d| d.text.clone())
        .unwrap_or_else(|| spec.shown.to_string());
    let error = draft.as_ref().and_then(|d| d.error.clone());

    let resp = ui
        .scope(|ui| {
            if error.is_some() {
                let w = &mut ui.visuals_mut().widgets;
                for s in [&mut w.inactive, &mut w.hovered, &mut w.active] {
                    s.bg_stroke = egui::Stroke::new(1.5, RED);
                }
                ui.visuals_mut().selection.stroke = egui::Stroke::new(1.5, RED);
            }
            let mut edit = egui::TextEdit::singleline(&mut buf)
                .id(id.with("edit"))
                .desired_width(spec.min_width)
                .clip_text(!spec.grow)
                .hint_text(spec.hint);
            if spec.right_align {
                edit = edit.align(egui::Align2::RIGHT_CENTER);
            }
            if error.is_some() {
                edit = edit.text_color(RED);
            }
            ui.add(edit).labelled_by(spec.labelled_by)
        })
        .inner;
    if let Some(e) = &error {
        ui.ctx().accesskit_node_builder(resp.id, |node| {
            node.set_invalid(egui::accesskit::Invalid::True);
            node.set_description(e.clone());
        });
    }
    let resp = match &error {
        Some(e) => resp.on_hover_text(e),
        None => resp,
    };

    if resp.has_focus() || resp.changed() {
        let base = draft
            .as_ref()
            .map(|d| d.base.clone())
            .unwrap_or_else(|| spec.shown.to_string());
        // Typing clears the mark; the text is judged again when committed.
        let error = if resp.changed() { None } else { error.clone() };
        ui.data_mut(|d| {
            d.insert_temp(
                id,
                Draft {
                    text: buf.clone(),
                    base,
                    error,
                },
            )
        });
    }
    let commit =
        resp.lost_focus() || (resp.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)));
    if !commit {
        return Outcome::Unchanged;
    }
    let current: Option<Draft> = ui.data(|d| d.get_temp::<Draft>(id));
    if buf.trim() == spec.shown.trim() {
        ui.data_mut(|d| d.remove::<Draft>(id));
        return Outcome::Unchanged;
    }
    let already = |reason: &str| {
        current
            .as_ref()
            .is_some_and(|d| d.text == buf && d.error.as_deref() == Some(reason))
    };
    match parse(&buf) {
        Parsed::Value(v) => {
            ui.data_mut(|d| d.remove::<Draft>(id));
            match v {
                Some(v) => Outcome::Committed(v),
                None => Outcome::Unchanged,
            }
        }
        Parsed::Refused(reason) => {
            let repeat = already(&reason);
            let base = current
                .as_ref()
                .map(|c| c.base.clone())
                .unwrap_or_else(|| spec.shown.to_string());
            keep(ui, id, &buf, base, reason.clone());
            if repeat {
                Outcome::Unchanged
            } else {
                Outcome::Invalid(reason)
            }
        }
        Parsed::Partly {
            value,
            shown,
            reason,
        } => {
            let repeat = already(&reason);
            keep(ui, id, &buf, shown, reason);
            if repeat {
                Outcome::Unchanged
            } else {
                Outcome::Committed(value)
            }
        }
    }
}

/// Keep refused text in the field, marked with the reason.
fn keep(ui: &egui::Ui, id: egui::Id, text: &str, base: String, reason: String) {
    ui.data_mut(|d| {
        d.insert_temp(
            id,
            Draft {
                text: text.to_string(),
                base,
                error: Some(reason),
            },
        )
    });
}

/// The refusal a field shows now, if any (for tests and the status of a form).
pub fn error_of(ctx: &egui::Context, id: egui::Id) -> Option<String> {
    ctx.data(|d| d.get_temp::<Draft>(id)).and_then(|d| d.error)
}
