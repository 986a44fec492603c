//! Vietnamese text: NFC normalization and accent-insensitive keys for search and
//! name matching ("muong te" finds "Mường Tè"; "Thủy" and "Thuỷ" match).

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// The text in NFC (composed) form.
pub fn nfc(s: &str) -> String {
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        s.to_string()
    } else {
        s.nfc().collect()
    }
}

/// Whether a character is a control character a plan's text may not hold: C0 controls
/// other than tab and line feed, DEL, and the C1 controls. (ESC can rewrite a terminal;
/// CR and NUL can hide or fake a line of output.)
pub fn is_forbidden_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || ('\u{80}'..='\u{9f}').contains(&c)
}

/// Typed, pasted or imported text as the plan keeps it: NFC, without the control
/// characters of [`is_forbidden_control`]. Windows line ends become line feeds; the
/// controls that end a line or a page (CR, VT, FF, NEL) become spaces, so words stay
/// apart; the others are dropped.
pub fn clean(s: &str) -> String {
    // Printable ASCII (most cells: numbers, marks) needs nothing.
    if s.bytes()
        .all(|b| (0x20..0x7f).contains(&b) || b == b'\n' || b == b'\t')
    {
        return s.to_string();
    }
    if !s.chars().any(is_forbidden_control) {
        return nfc(s);
    }
    let s = s.replace("\r\n", "\n");
    let kept: String = s
        .chars()
        .filter_map(|c| match c {
            '\r' | '\u{0b}' | '\u{0c}' | '\u{85}' => Some(' '),
            c if is_forbidden_control(c) => None,
            c => Some(c),
        })
        .collect();
    nfc(&kept)
}

/// How many characters of someone's text a message quotes.
pub const QUOTE_CHARS: usize = 80;

/// Text from a file as a message quotes it: every control character visible as an
/// escape (`\n`, `\u{1b}`), so a name cannot erase or fake a line on a terminal, and
/// at most [`QUOTE_CHARS`] characters, so a message stays short whatever the file
/// holds.
pub fn shown(s: &str) -> String {
    shown_max(s, QUOTE_CHARS)
}

/// [`shown`] with another length.
pub fn shown_max(s: &str, max_chars: usize) -> String {
    let mut out = String::with_capacity(s.len().min(max_chars.saturating_mul(4)) + 8);
    for (n, c) in s.chars().enumerate() {
        if n == max_chars {
            out.push('…');
            break;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || is_bidi_control(c) => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32))
            }
            c => out.push(c),
        }
    }
    out
}

/// Characters that reorder how a line is displayed (bidirectional overrides and
/// isolates): shown as escapes in messages.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A line for a terminal: every control character but the line's own ends and tabs
/// escaped. The command line prints every text that holds data through this.
pub fn terminal_line(s: &str) -> String {
    if !s
        .chars()
        .any(|c| (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c))
    {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || is_bidi_control(c) => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32))
            }
            c => out.push(c),
        }
    }
    out
}

/// A search key: lower case, no tone or vowel marks, "đ" as "d", single spaces.
///
/// Each character is decomposed by itself (no iterator over the whole text): the
/// checker folds every commune name of a national plan, and this is several times
/// faster than `nfd()`. The result is that of [`fold_nfd`] — decomposition
/// differs from it only in the order of non-starting characters, and those are
/// combining marks, which are dropped; should a kept character not start (ccc ≠ 0),
/// the text is folded through `nfd()` instead.
pub fn fold(s: &str) -> String {
    let mut out = Folded::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.take(c);
        } else {
            unicode_normalization::char::decompose_canonical(c, |d| out.take(d));
        }
    }
    if out.reorderable {
        fold_nfd(s)
    } else {
        out.text
    }
}

/// [`fold`] through the whole text's canonical decomposition (`nfd()`).
fn fold_nfd(s: &str) -> String {
    let mut out = Folded::with_capacity(s.len());
    s.nfd().for_each(|c| out.take(c));
    out.text
}

/// A folded text being built from decomposed characters.
struct Folded {
    text: String,
    space: bool,
    /// A kept character that does not start a sequence (its order may differ
    /// between decomposing one character at a time and the whole text).
    reorderable: bool,
}

impl Folded {
    fn with_capacity(n: usize) -> Self {
        Folded {
            text: String::with_capacity(n),
            space: false,
            reorderable: false,
        }
    }

    fn take(&mut self, c: char) {
        if is_combining_mark(c) {
            return;
        }
        if !c.is_ascii() && unicode_normalization::char::canonical_combining_class(c) != 0 {
            self.reorderable = true;
        }
        let c = match c {
            'đ' | 'Đ' => 'd',
            c => c,
        };
        if c.is_whitespace() {
            self.space = !self.text.is_empty();
            return;
        }
        if self.space {
            self.text.push(' ');
            self.space = false;
        }
        if c.is_ascii() {
            self.text.push(c.to_ascii_lowercase());
        } else {
            self.text.extend(c.to_lowercase());
        }
    }
}

/// Whether `haystack` contains `needle`, ignoring case and accents.
pub fn contains_folded(haystack: &str, needle: &str) -> bool {
    fold(haystack).contains(&fold(needle))
}

/// A sort key following Vietnamese alphabetical order (a ă â b c d đ e ê … o ô ơ … u ư …),
/// with tones as the tie-breaker (ngang, huyền, hỏi, ngã, sắc, nặng).
pub fn collation_key(s: &str) -> (Vec<u32>, Vec<u8>) {
    const ORDER: [char; 29] = [
        'a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'ô',
        'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'x', 'y',
    ];
    let mut letters: Vec<char> = Vec::new();
    let mut tones: Vec<u8> = Vec::new();
    for ch in s.to_lowercase().nfd() {
        match ch {
            '\u{0306}' | '\u{0302}' | '\u{031B}' => {
                if let Some(last) = letters.last_mut() {
                    *last = match (*last, ch) {
                        ('a', '\u{0306}') => 'ă',
                        ('a', '\u{0302}') => 'â',
                        ('e', '\u{0302}') => 'ê',
                        ('o', '\u{0302}') => 'ô',
                        ('o', '\u{031B}') => 'ơ',
                        ('u', '\u{031B}') => 'ư',
                        (prev, _) => prev,
                    };
                }
            }
            '\u{0300}' | '\u{0309}' | '\u{0303}' | '\u{0301}' | '\u{0323}' => {
                let tone = match ch {
                    '\u{0300}' => 1,
                    '\u{0309}' => 2,
                    '\u{0303}' => 3,
                    '\u{0301}' => 4,
                    _ => 5,
                };
                if let Some(last) = tones.last_mut() {
                    *last = tone;
                }
            }
            c if is_combining_mark(c) => {}
            c => {
                letters.push(c);
                tones.push(0);
            }
        }
    }
    let primary = letters
        .iter()
        .map(|&c| match ORDER.iter().position(|&o| o == c) {
            Some(i) => 0x1000 + i as u32,
            None if (c as u32) < 0x80 => c as u32,
            None => 0x10000 + c as u32,
        })
        .collect();
    (primary, tones)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_by_character_is_fold_of_the_decomposed_text() {
        // Every character of the first planes by itself, beside a letter, and after a
        // combining mark.
        for c in (0u32..0x3000)
            .chain(0xAC00..0xAC40)
            .chain(0xFB00..0xFB50)
            .filter_map(char::from_u32)
        {
            for s in [
                format!("{c}"),
                format!("a{c}b"),
                format!("a\u{301}{c}\u{323}"),
            ] {
                assert_eq!(fold(&s), fold_nfd(&s), "{s:?}");
            }
        }
        // Names with marks in every order and odd spacing.
        let pool: Vec<char> = "aăâeêioôơuưyđĐ ÀẢÃÁẠằẳẵắặ\u{300}\u{301}\u{303}\u{309}\u{323}\u{302}\u{306}\u{31b}\u{5b0}\u{5b1}\u{e48}\t\u{a0}"
            .chars()
            .collect();
        let mut seed: u64 = 7;
        for _ in 0..20_000 {
            let mut s = String::new();
            for _ in 0..(seed % 9) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push(pool[(seed >> 33) as usize % pool.len()]);
            }
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            assert_eq!(fold(&s), fold_nfd(&s), "{s:?}");
        }
    }

    #[test]
    fn folds_for_search() {
        assert_eq!(fold("Mường Tè"), "muong te");
        assert_eq!(fold("  ĐỒNG   Văn "), "dong van");
        assert!(contains_folded("Xã Mường Tè", "muong te"));
        assert_eq!(fold("Thủy"), fold("Thuỷ"));
        assert_eq!(fold("hóa"), fold("hoá"));
        let nfd: String = "Mường".nfd().collect();
        assert_eq!(nfc(&nfd), "Mường");
    }

    #[test]
    fn quotes_are_short_and_show_control_characters() {
        assert_eq!(shown("Tả Lèng"), "Tả Lèng");
        assert_eq!(shown("a\u{1b}[2Kb\rc\nd\0"), "a\\u{1b}[2Kb\\rc\\nd\\u{0}");
        let long = "x".repeat(100_000);
        assert_eq!(shown(&long).chars().count(), QUOTE_CHARS + 1);
        assert_eq!(clean("Nà\u{1b}[2K Tấu\r\n"), "Nà[2K Tấu\n");
        assert_eq!(clean("Thanh\u{85}Nưa\rX"), "Thanh Nưa X");
        assert_eq!(terminal_line("ok\nfake\u{1b}[1A"), "ok\nfake\\u{1b}[1A");
        assert_eq!(terminal_line("a\tb\r"), "a\tb\\r");
        assert!(is_forbidden_control('\u{85}'));
        assert!(!is_forbidden_control('\t'));
    }

    #[test]
    fn sorts_in_vietnamese_order() {
        let mut names = vec![
            "Ơ", "Đông", "Dương", "Ân", "An", "Ăn", "Bình", "Ô", "O", "Uyên", "Ưng",
        ];
        names.sort_by_key(|n| collation_key(n));
        assert_eq!(
            names,
            vec![
                "An", "Ăn", "Ân", "Bình", "Dương", "Đông", "O", "Ô", "Ơ", "Uyên", "Ưng"
            ]
        );
        let mut tones = vec!["má", "mà", "ma", "mạ", "mả", "mã"];
        tones.sort_by_key(|n| collation_key(n));
        assert_eq!(tones, vec!["ma", "mà", "mả", "mã", "má", "mạ"]);
    }
}
