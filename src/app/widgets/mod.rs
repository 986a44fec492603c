//! Inputs that speak Vietnamese: text normalized to NFC, numbers as planners type
//! them. Every input carries its label as its accessible name.
//!
//! Fields whose text must parse share one behaviour ([`typed_field`]): invalid text
//! is kept, marked and reported once; fields grow to fit their text.

pub mod date_field;
pub mod number_field;
pub mod search_combo;
pub mod text_field;
pub mod typed_field;

use crate::lang::Lang;
use eframe::egui;

fn lang_id() -> egui::Id {
    egui::Id::unique("ntm-widgets-lang")
}

/// Tell the widgets the window's language (once a frame), for their messages.
pub fn set_lang(ctx: &egui::Context, lang: Lang) {
    ctx.data_mut(|d| d.insert_temp(lang_id(), lang));
}

/// The window's language, for a widget's messages.
pub fn lang(ui: &egui::Ui) -> Lang {
    ui.data(|d| d.get_temp::<Lang>(lang_id()))
        .unwrap_or_default()
}
