//! The bundled fonts as bytes, with no UI attached: the window (`app::fonts`) and the
//! chart export (`charts::png`, which rasterizes with no display) load the same files.
//!
//! Be Vietnam Pro is under the SIL OFL 1.1 (`assets/fonts/OFL.txt`); the symbols font
//! is a subset of DejaVu Sans (`assets/fonts/DejaVu-LICENSE.txt`).

pub const REGULAR: &[u8] = include_bytes!("../assets/fonts/BeVietnamPro-Regular.ttf");
pub const SEMIBOLD: &[u8] = include_bytes!("../assets/fonts/BeVietnamPro-SemiBold.ttf");
/// Arrows and marks the main font lacks (a subset of DejaVu Sans).
pub const SYMBOLS: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Symbols.ttf");

/// The family name of the main font, as written in SVG `font-family`.
pub const FAMILY: &str = "Be Vietnam Pro";
/// The family name of the symbols font.
pub const SYMBOLS_FAMILY: &str = "DejaVu Sans";
