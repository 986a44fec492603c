//! The bundled font (Be Vietnam Pro, SIL OFL 1.1, `assets/fonts/OFL.txt`), first in
//! every family: egui's default fonts have no precomposed Vietnamese letters. egui's
//! A subset of DejaVu Sans follows it for arrows and marks (→ ✓ ✗ ●); egui's own
//! fonts stay behind both.

use eframe::egui::{self, FontData, FontDefinitions, FontFamily};
use std::sync::Arc;

pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/BeVietnamPro-Regular.ttf");
pub const SEMIBOLD: &[u8] = include_bytes!("../../assets/fonts/BeVietnamPro-SemiBold.ttf");
/// Arrows and marks the main font lacks (a subset of DejaVu Sans).
pub const SYMBOLS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Symbols.ttf");

/// The name of the bold family, for headings and figures.
pub const BOLD: &str = "bold";

pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "be-vietnam-pro".into(),
        Arc::new(FontData::from_static(REGULAR)),
    );
    fonts.font_data.insert(
        "be-vietnam-pro-semibold".into(),
        Arc::new(FontData::from_static(SEMIBOLD)),
    );
    fonts
        .font_data
        .insert("symbols".into(), Arc::new(FontData::from_static(SYMBOLS)));
    let fallbacks: Vec<String> = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let list = fonts.families.entry(family).or_default();
        list.insert(0, "be-vietnam-pro".into());
        list.insert(1, "symbols".into());
    }
    let mut bold = vec![
        "be-vietnam-pro-semibold".to_string(),
        "be-vietnam-pro".to_string(),
        "symbols".to_string(),
    ];
    bold.extend(fallbacks);
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    fonts
}

pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}

pub fn bold(size: f32) -> egui::FontId {
    egui::FontId::new(size, FontFamily::Name(BOLD.into()))
}
