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

/// A search key: lower case, no tone or vowel marks, "đ" as "d", single spaces.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        let c = match c {
            'đ' | 'Đ' => 'd',
            c => c,
        };
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
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
