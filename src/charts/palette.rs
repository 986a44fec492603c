//! The one palette of every chart, on screen and in export: the Okabe–Ito colours,
//! which stay distinguishable for the common kinds of colour blindness, ordered so
//! the first ones also survive a washed-out projector (the light sky blue and yellow
//! come last), with near-black text on white.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// "#0072b2", for SVG.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG), 0 black … 1 white.
    pub fn luminance(self) -> f64 {
        fn lin(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// The same colour darkened by `factor` (0 = unchanged, 1 = black), for outlines.
    pub fn darker(self, factor: f64) -> Rgb {
        let f = (1.0 - factor).clamp(0.0, 1.0);
        let d = |c: u8| (f64::from(c) * f).round() as u8;
        Rgb(d(self.0), d(self.1), d(self.2))
    }
}

pub const BLUE: Rgb = Rgb(0, 114, 178);
pub const ORANGE: Rgb = Rgb(230, 159, 0);
pub const GREEN: Rgb = Rgb(0, 158, 115);
pub const VERMILLION: Rgb = Rgb(213, 94, 0);
pub const PURPLE: Rgb = Rgb(204, 121, 167);
pub const SKY: Rgb = Rgb(86, 180, 233);
pub const YELLOW: Rgb = Rgb(240, 228, 66);
pub const BLACK: Rgb = Rgb(0, 0, 0);

/// Categories (sources, components) in this order.
pub const CATEGORICAL: [Rgb; 8] = [BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, YELLOW, BLACK];

/// The baseline ("năm gốc") and target ("mục tiêu") of a comparison.
pub const BASELINE: Rgb = ORANGE;
pub const TARGET: Rgb = BLUE;
/// The result ("kết quả") set against a target.
pub const RESULT: Rgb = GREEN;

/// Text, secondary text, grid lines and the background.
pub const TEXT: Rgb = Rgb(20, 20, 20);
pub const MUTED: Rgb = Rgb(70, 70, 70);
pub const GRID: Rgb = Rgb(205, 205, 205);
pub const BACKGROUND: Rgb = Rgb(255, 255, 255);

/// The colour of the `i`-th category (cycling after eight).
pub fn categorical(i: usize) -> Rgb {
    CATEGORICAL[i % CATEGORICAL.len()]
}

/// Text colour readable on a fill: white on dark colours, near-black on light ones
/// (whichever has the higher contrast ratio).
pub fn text_on(fill: Rgb) -> Rgb {
    let l = fill.luminance();
    let white = 1.05 / (l + 0.05);
    let black = (l + 0.05) / (TEXT.luminance() + 0.05);
    if white >= black { BACKGROUND } else { TEXT }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_palette_is_distinct_and_text_stays_readable() {
        for (i, a) in CATEGORICAL.iter().enumerate() {
            for b in &CATEGORICAL[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert_ne!(BASELINE, TARGET);
        // The series colours contrast with each other in lightness too (a washed-out
        // projector keeps lightness differences better than hue).
        assert!((BASELINE.luminance() - TARGET.luminance()).abs() > 0.2);
        assert_eq!(text_on(BLUE), BACKGROUND);
        assert_eq!(text_on(YELLOW), TEXT);
        assert_eq!(BLUE.hex(), "#0072b2");
        for c in CATEGORICAL {
            let t = text_on(c);
            let (hi, lo) = if t.luminance() > c.luminance() {
                (t.luminance(), c.luminance())
            } else {
                (c.luminance(), t.luminance())
            };
            assert!((hi + 0.05) / (lo + 0.05) >= 3.0, "{c:?}");
        }
    }
}
