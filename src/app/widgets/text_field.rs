//! A labelled text field bound to a string of the plan. Typed or pasted text is
//! normalized to NFC; the caller turns a change into an edit. Works with Unikey and
//! EVKey (Backspace presses then the finished letter, all ordinary key events) and
//! with IME composition (Microsoft's Vietnamese keyboard), which egui's TextEdit
//! handles.

use eframe::egui;

pub struct Changed {
    pub text: String,
    /// The field lost focus this frame (close the undo group).
    pub lost_focus: bool,
}

/// Show `label` and a field holding `value`. Returns the new text when it changed,
/// or the lost-focus event.
pub fn text_field(ui: &mut egui::Ui, label: &str, value: &str, multiline: bool) -> Option<Changed> {
    let l = ui.label(label);
    let mut buf = value.to_string();
    let edit = if multiline {
        egui::TextEdit::multiline(&mut buf)
            .desired_rows(3)
            .desired_width(f32::INFINITY)
    } else {
        egui::TextEdit::singleline(&mut buf).desired_width(f32::INFINITY)
    };
    let resp = ui.add(edit).labelled_by(l.id);
    let lost_focus = resp.lost_focus();
    if resp.changed() {
        let text = crate::text::nfc(&buf);
        return Some(Changed { text, lost_focus });
    }
    lost_focus.then(|| Changed {
        text: value.to_string(),
        lost_focus,
    })
}
