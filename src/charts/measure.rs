//! Text widths from the bundled fonts' own metrics, so the SVG layout knows how
//! wide a label will be when it is drawn (wrapping long component names, keeping
//! value labels inside the picture). Kerning is ignored: widths are a few per cent
//! generous at most, which only adds a little slack.

use crate::fonts_data;
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};
use std::sync::OnceLock;

/// Advance widths per 1 px of font size, for the characters of one face.
struct Face {
    font: Option<FontRef<'static>>,
    symbols: Option<FontRef<'static>>,
}

impl Face {
    fn new(bytes: &'static [u8]) -> Face {
        Face {
            font: FontRef::new(bytes).ok(),
            symbols: FontRef::new(fonts_data::SYMBOLS).ok(),
        }
    }

    fn advance(&self, c: char) -> f32 {
        for f in [&self.font, &self.symbols].into_iter().flatten() {
            if let Some(g) = f.charmap().map(c) {
                let m = f.glyph_metrics(Size::new(1.0), LocationRef::default());
                if let Some(w) = m.advance_width(g) {
                    return w;
                }
            }
        }
        // Unknown to both fonts: about the width of a digit.
        0.56
    }
}

fn face(bold: bool) -> &'static Face {
    static REGULAR: OnceLock<Face> = OnceLock::new();
    static BOLD: OnceLock<Face> = OnceLock::new();
    if bold {
        BOLD.get_or_init(|| Face::new(fonts_data::SEMIBOLD))
    } else {
        REGULAR.get_or_init(|| Face::new(fonts_data::REGULAR))
    }
}

/// The width of `text` at `size` px.
pub fn width(text: &str, size: f32, bold: bool) -> f32 {
    let f = face(bold);
    text.chars().map(|c| f.advance(c)).sum::<f32>() * size
}

/// Break `text` into lines no wider than `max` at `size` px, at spaces; at most
/// `max_lines` lines, the last one shortened with "…" when the text does not fit.
pub fn wrap(text: &str, size: f32, bold: bool, max: f32, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let candidate = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if width(&candidate, size, bold) <= max || current.is_empty() {
            current = candidate;
        } else {
            lines.push(std::mem::take(&mut current));
            current = word.to_string();
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines.max(1) {
        let rest = lines.split_off(max_lines.max(1) - 1).join(" ");
        lines.push(rest);
    }
    if let Some(last) = lines.last_mut()
        && width(last, size, bold) > max
    {
        *last = ellipsize(last, size, bold, max);
    }
    for l in lines.iter_mut() {
        if width(l, size, bold) > max {
            *l = ellipsize(l, size, bold, max);
        }
    }
    lines
}

/// `text` cut to fit `max` px, ending in "…".
pub fn ellipsize(text: &str, size: f32, bold: bool, max: f32) -> String {
    if width(text, size, bold) <= max {
        return text.to_string();
    }
    let mut chars: Vec<char> = text.chars().collect();
    while !chars.is_empty() {
        chars.pop();
        let t: String = chars.iter().collect::<String>().trim_end().to_string() + "…";
        if width(&t, size, bold) <= max {
            return t;
        }
    }
    "…".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font() {
        let w = width("4.503.481", 20.0, false);
        assert!(w > 60.0 && w < 120.0, "{w}");
        assert!(width("Tổng nguồn vốn", 20.0, true) > width("Tổng nguồn vốn", 20.0, false));
        assert_eq!(width("", 20.0, false), 0.0);
        assert!(
            width("→", 20.0, false) > 0.0,
            "the arrow comes from the symbols font"
        );
    }

    #[test]
    fn long_names_wrap_and_shorten() {
        let name = "Hành chính công, chuyển đổi số, tiếp cận pháp luật, bình đẳng giới";
        let lines = wrap(name, 20.0, false, 300.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| width(l, 20.0, false) <= 300.0));
        assert!(lines[1].ends_with('…'));
        assert_eq!(wrap("Giao thông", 20.0, false, 300.0, 2), ["Giao thông"]);
    }
}
