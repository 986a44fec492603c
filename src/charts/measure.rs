//! Text widths from the bundled fonts' own metrics, so the SVG layout knows how
//! wide a label will be when it is drawn (wrapping long component names, keeping
//! value labels inside the picture). Kerning is ignored: widths are a few per cent
//! generous at most, which only adds a little slack.

use crate::fonts_data;
use skrifa::charmap::Charmap;
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider};
use std::sync::OnceLock;

/// Advance widths per 1 px of font size, for the characters of one face: a table
/// for the characters of Vietnamese and Latin text (taken once from the fonts), the
/// fonts themselves for the rest. Looking every letter up in the font's tables took a
/// fifth of the time of drawing a plan's charts.
struct Face {
    fonts: Vec<(Charmap<'static>, GlyphMetrics<'static>)>,
    /// U+0000..U+0250 (ASCII, Latin-1, Latin Extended-A and -B).
    latin: Vec<f32>,
    /// The Vietnamese block of Latin Extended Additional, U+1EA0..=U+1EF9.
    vietnamese: Vec<f32>,
}

const LATIN_END: u32 = 0x250;
const VIETNAMESE: std::ops::RangeInclusive<u32> = 0x1EA0..=0x1EF9;

impl Face {
    fn new(bytes: &'static [u8]) -> Face {
        let fonts: Vec<_> = [
            FontRef::new(bytes).ok(),
            FontRef::new(fonts_data::SYMBOLS).ok(),
        ]
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f.charmap(),
                f.glyph_metrics(Size::new(1.0), LocationRef::default()),
            )
        })
        .collect();
        let table = |range: std::ops::Range<u32>| -> Vec<f32> {
            range
                .map(|u| char::from_u32(u).map_or(0.56, |c| looked_up(&fonts, c)))
                .collect()
        };
        Face {
            latin: table(0..LATIN_END),
            vietnamese: table(*VIETNAMESE.start()..*VIETNAMESE.end() + 1),
            fonts,
        }
    }

    fn advance(&self, c: char) -> f32 {
        let u = c as u32;
        let from_table = if u < LATIN_END {
            self.latin.get(u as usize)
        } else if VIETNAMESE.contains(&u) {
            self.vietnamese.get((u - VIETNAMESE.start()) as usize)
        } else {
            None
        };
        match from_table {
            Some(&w) => w,
            None => self.looked_up(c),
        }
    }

    /// The advance from the fonts: the face's own, else the symbols font's.
    fn looked_up(&self, c: char) -> f32 {
        looked_up(&self.fonts, c)
    }
}

/// The advance of `c` in the first of `fonts` that has it.
fn looked_up(fonts: &[(Charmap<'static>, GlyphMetrics<'static>)], c: char) -> f32 {
    for (charmap, metrics) in fonts {
        if let Some(g) = charmap.map(c)
            && let Some(w) = metrics.advance_width(g)
        {
            return w;
        }
    }
    // Unknown to both fonts: about the width of a digit.
    0.56
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

/// `text` cut to fit `max` px, ending in "…": the longest start of it (its trailing
/// spaces trimmed) that fits with the "…". Widths add up character by character, so
/// one pass over the text's widths finds it (measuring every shorter start again took
/// minutes for a name of 30.000 letters).
pub fn ellipsize(text: &str, size: f32, bold: bool, max: f32) -> String {
    if width(text, size, bold) <= max {
        return text.to_string();
    }
    let f = face(bold);
    let ellipsis = f.advance('…');
    let chars: Vec<char> = text.chars().collect();
    // The width of the start kept so far, and of that start without its trailing
    // spaces (what is shown before the "…"), summed left to right as `width` sums.
    let (mut sum, mut trimmed) = (0.0f32, 0.0f32);
    let mut best = 0; // characters of the longest start that fits (trailing spaces trimmed)
    for (n, &c) in chars.iter().enumerate().take(chars.len().saturating_sub(1)) {
        sum += f.advance(c);
        if !c.is_whitespace() {
            trimmed = sum;
        }
        // The start of n + 1 characters, trimmed, with the "…"; widths only grow
        // with the start, so the first that does not fit ends the search.
        if (trimmed + ellipsis) * size > max {
            break;
        }
        best = n + 1;
    }
    let kept: String = chars[..best].iter().collect();
    kept.trim_end().to_string() + "…"
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

    /// The one-pass shortening gives what shortening one letter at a time gives.
    #[test]
    fn shortening_in_one_pass_is_shortening_letter_by_letter() {
        fn by_letters(text: &str, size: f32, bold: bool, max: f32) -> String {
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
        let texts = [
            "Hành chính công, chuyển đổi số, tiếp cận pháp luật, bình đẳng giới",
            "Giao thông",
            "a  b   c    d",
            "Nguồn vốn   ",
            "   ",
            "",
            "→→→ Mường Nhé",
            "Ngân sách trung ương (vốn đầu tư phát triển)",
        ];
        for text in texts {
            for bold in [false, true] {
                for max in [0.0, 5.0, 12.0, 30.0, 80.0, 150.0, 400.0] {
                    assert_eq!(
                        ellipsize(text, 20.0, bold, max),
                        by_letters(text, 20.0, bold, max),
                        "{text:?} {bold} {max}"
                    );
                }
            }
        }
        // A name of 30.000 letters is shortened in one pass.
        let long = "Dài ".repeat(7_500);
        let short = ellipsize(&long, 20.0, false, 300.0);
        assert!(short.ends_with('…') && width(&short, 20.0, false) <= 300.0);
    }

    /// The table gives what the fonts give, for every character it holds.
    #[test]
    fn the_table_of_widths_is_the_fonts_widths() {
        for bold in [false, true] {
            let f = face(bold);
            let chars = (0..LATIN_END)
                .chain(VIETNAMESE)
                .chain([0x2026, 0x2192, 0x4E00]);
            for c in chars.filter_map(char::from_u32) {
                assert_eq!(f.advance(c), f.looked_up(c), "{c:?} bold {bold}");
            }
            assert!(f.advance('ệ') > 0.3 && f.advance('M') > f.advance('i'));
        }
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
