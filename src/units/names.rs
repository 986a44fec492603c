//! How unit names are compared. Lists spell the same unit differently: with or
//! without its kind word ("Xã Tả Lèng", "xã Tả Lèng", "Tả Lèng"), composed or
//! decomposed, with the tone mark placed the old or the new way ("Thuỷ" / "Thủy",
//! "Khoá" / "Khóa"), or with a variant letter (the code list's "Ma Ly Pho" for the
//! resolution's "Ma Li Pho", "Kan Hồ" for "Can Hồ"). Three keys, strictest first:
//!
//! - [`exact_key`]: lower case, single spaces, no kind word, the tone mark of each
//!   syllable wherever it was placed — "Khoá" = "Khóa", but "Nậm Cha" and "Nậm Chà",
//!   "Văn Lang" and "Văn Lăng" (two communes of Thái Nguyên) stay apart;
//! - [`key`]: also without accents — "Pa Khóa" = "Pa Khoá", "Pa Ủ" = "Pa ủ";
//! - [`loose_key`]: also y = i and k = c — "Ma Li Pho" = "Ma Ly Pho", "Can Hồ" =
//!   "Kan Hồ". Used only to find near-duplicates and as a last resort in matching.

use super::UnitKind;
use crate::text;

/// The kind words a name may start with, in lower case. With their accents: "Xà Phìn"
/// and "Xà Hồ" are communes whose names start with "Xà", not "xã".
const KIND_WORDS: [(&str, UnitKind); 9] = [
    ("thị trấn ", UnitKind::Township),
    ("đặc khu ", UnitKind::SpecialZone),
    ("phường ", UnitKind::Ward),
    ("xã ", UnitKind::Commune),
    ("tt. ", UnitKind::Township),
    ("tt ", UnitKind::Township),
    ("p. ", UnitKind::Ward),
    ("commune ", UnitKind::Commune),
    ("ward ", UnitKind::Ward),
];

/// A name with single spaces, trimmed, in NFC.
pub fn clean(name: &str) -> String {
    text::nfc(name)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The kind word a name starts with, and the name without it:
/// "Xã Tả Lèng" → (Some(Commune), "Tả Lèng"). The case of the kind word does not
/// matter ("xã", "XÃ"). A name that is only a kind word keeps it.
pub fn split_kind(name: &str) -> (Option<UnitKind>, String) {
    let name = clean(name);
    let lower = name.to_lowercase();
    for (word, kind) in KIND_WORDS {
        if lower.starts_with(word) {
            let chars = word.chars().count();
            let rest: String = name.chars().skip(chars).collect();
            let rest = rest.trim().to_string();
            if !rest.is_empty() {
                return (Some(kind), rest);
            }
        }
    }
    (None, name)
}

/// Lower case, single spaces, without the kind word; each syllable's tone mark moved
/// to its end, so the old and new placements ("hoà" / "hòa", "thuỷ" / "thủy") agree
/// while every letter and tone still counts.
pub fn exact_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let lower = split_kind(name).1.to_lowercase();
    let mut out = String::with_capacity(lower.len() + 4);
    for (i, word) in lower.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut tone = None;
        let letters: String = word
            .nfd()
            .filter(|&c| {
                let is_tone =
                    matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}');
                if is_tone {
                    tone = Some(c);
                }
                !is_tone
            })
            .collect();
        out.extend(letters.nfc());
        if let Some(t) = tone {
            out.push(t);
        }
    }
    out
}

/// Without accents or case, without the kind word; punctuation around it dropped.
pub fn key(name: &str) -> String {
    let f = text::fold(&split_kind(name).1);
    f.trim_matches(|c: char| c == '.' || c == ',' || c.is_whitespace())
        .to_string()
}

/// [`key`] with the letters that the lists swap made one: y as i, k as c.
pub fn loose_key(name: &str) -> String {
    key(name)
        .chars()
        .map(|c| match c {
            'y' => 'i',
            'k' => 'c',
            c => c,
        })
        .collect()
}

/// A district's key without "huyện", "thành phố", "thị xã", "quận":
/// "Huyện Tam Đường" = "Tam Đường" = "tam duong".
pub fn district_key(name: &str) -> String {
    let f = text::fold(&clean(name));
    for p in ["huyen ", "thanh pho ", "thi xa ", "quan ", "tp. ", "tp "] {
        if let Some(rest) = f.strip_prefix(p) {
            return rest.trim().to_string();
        }
    }
    f
}

/// A province's name without "tỉnh" or "thành phố", and which it was:
/// "Thành phố Hà Nội" → ("Hà Nội", City).
pub fn split_province(name: &str) -> (String, super::ProvinceKind) {
    let name = clean(name);
    let folded = text::fold(&name);
    for (p, kind) in [
        ("tinh ", super::ProvinceKind::Province),
        ("thanh pho ", super::ProvinceKind::City),
        ("tp. ", super::ProvinceKind::City),
        ("tp ", super::ProvinceKind::City),
    ] {
        if folded.starts_with(p) && folded.len() > p.len() {
            let rest: String = name.chars().skip(p.chars().count()).collect();
            return (rest.trim().to_string(), kind);
        }
    }
    (name, super::ProvinceKind::Province)
}

/// A province's key: "Tỉnh Lai Châu" = "Lai Châu" = "lai chau".
pub fn province_key(name: &str) -> String {
    text::fold(&split_province(name).0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_words_accents_and_variants() {
        assert_eq!(
            split_kind("Xã Tả Lèng"),
            (Some(UnitKind::Commune), "Tả Lèng".into())
        );
        assert_eq!(
            split_kind("  xã   Bắc Sơn "),
            (Some(UnitKind::Commune), "Bắc Sơn".into())
        );
        assert_eq!(
            split_kind("Thị trấn NT Thái Bình"),
            (Some(UnitKind::Township), "NT Thái Bình".into())
        );
        assert_eq!(
            split_kind("Đặc khu Kiên Hải"),
            (Some(UnitKind::SpecialZone), "Kiên Hải".into())
        );
        assert_eq!(
            split_kind("Phường Đoàn Kết"),
            (Some(UnitKind::Ward), "Đoàn Kết".into())
        );
        // A commune named like a kind word is not cut to nothing; "Xà" is not "xã".
        assert_eq!(split_kind("Xã"), (None, "Xã".into()));
        assert_eq!(split_kind("Xà Phìn"), (None, "Xà Phìn".into()));
        // Decomposed text (as in the national table) is read like composed text.
        let nfd: String =
            unicode_normalization::UnicodeNormalization::nfd("Xã Trung Giã").collect();
        assert_eq!(
            split_kind(&nfd),
            (Some(UnitKind::Commune), "Trung Giã".into())
        );

        assert_ne!(exact_key("Nậm Cha"), exact_key("Nậm Chà"));
        assert_ne!(exact_key("Văn Lang"), exact_key("Văn Lăng"));
        assert_eq!(exact_key("Pa Khóa"), exact_key("Pa Khoá"));
        assert_eq!(exact_key("Thủy Sơn"), exact_key("xã Thuỷ Sơn"));
        assert_eq!(key("Văn Lang"), key("Văn Lăng"));
        assert_eq!(key("Nậm Cha"), key("Nậm Chà"));
        assert_eq!(key("Pa Khóa"), key("xã Pa Khoá"));
        assert_eq!(key("Pa Ủ"), key("Pa ủ"));
        assert_eq!(key("Đồng Ý"), key("Đồng ý"));
        assert_eq!(key("Ta Gia"), key("Tà Gia"));
        assert_eq!(key("Pa Vệ Sủ"), key("Pa Vệ Sử"));
        assert_ne!(key("Ma Li Pho"), key("Ma Ly Pho"));
        assert_eq!(loose_key("Ma Li Pho"), loose_key("Ma Ly Pho"));
        assert_eq!(loose_key("Can Hồ"), loose_key("Kan Hồ"));
        assert_eq!(district_key("Huyện Tam Đường"), district_key("Tam Đường"));
        assert_eq!(
            district_key("Thành phố Lai Châu"),
            district_key("TP Lai Châu")
        );
        assert_eq!(province_key("Tỉnh Lai Châu"), "lai chau");
        assert_eq!(
            split_province("Thành phố Hà Nội"),
            ("Hà Nội".into(), crate::units::ProvinceKind::City)
        );
    }
}
