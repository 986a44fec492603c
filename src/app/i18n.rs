//! UI strings: one catalogue per language (`assets/i18n/vi.ftl`, `en.ftl`), in a
//! small subset of Fluent syntax: `key = text`, `# comments`, and `{ $name }`
//! placeables. Vietnamese is the default; a key missing from a catalogue falls back to
//! the other language, then to the key itself (and a test fails).

use crate::lang::Lang;
use std::collections::HashMap;

const VI: &str = include_str!("../../assets/i18n/vi.ftl");
const EN: &str = include_str!("../../assets/i18n/en.ftl");

#[derive(Debug, Clone)]
pub struct I18n {
    vi: HashMap<String, String>,
    en: HashMap<String, String>,
}

/// Parse a catalogue; returns the entries and any malformed lines.
pub fn parse(text: &str) -> (HashMap<String, String>, Vec<String>) {
    let mut map = HashMap::new();
    let mut bad = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        match t.split_once(" = ").or_else(|| t.split_once('=')) {
            Some((k, v)) if !k.trim().is_empty() && !k.contains(' ') => {
                if map
                    .insert(k.trim().to_string(), v.trim().replace("\\n", "\n"))
                    .is_some()
                {
                    bad.push(format!("line {}: duplicate key {}", i + 1, k.trim()));
                }
            }
            _ => bad.push(format!("line {}: {t}", i + 1)),
        }
    }
    (map, bad)
}

impl Default for I18n {
    fn default() -> Self {
        I18n {
            vi: parse(VI).0,
            en: parse(EN).0,
        }
    }
}

impl I18n {
    pub fn get<'a>(&'a self, lang: Lang, key: &'a str) -> &'a str {
        let (first, second) = match lang {
            Lang::Vi => (&self.vi, &self.en),
            Lang::En => (&self.en, &self.vi),
        };
        first
            .get(key)
            .or_else(|| second.get(key))
            .map(String::as_str)
            .unwrap_or(key)
    }

    /// With `{ $name }` placeables filled in.
    pub fn fmt(&self, lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
        let mut s = self.get(lang, key).to_string();
        for (name, value) in args {
            s = s.replace(&format!("{{ ${name} }}"), value);
        }
        s
    }

    pub fn keys(&self, lang: Lang) -> Vec<&str> {
        let m = match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        };
        let mut k: Vec<&str> = m.keys().map(String::as_str).collect();
        k.sort();
        k
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogues_are_well_formed_and_have_the_same_keys() {
        for text in [VI, EN] {
            let (_, bad) = parse(text);
            assert!(bad.is_empty(), "{bad:?}");
        }
        let i = I18n::default();
        assert_eq!(i.keys(Lang::Vi), i.keys(Lang::En));
    }

    /// Every key the UI code asks for exists in both catalogues.
    #[test]
    fn every_key_used_in_the_ui_exists() {
        let i = I18n::default();
        let mut missing = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(&dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    let src = std::fs::read_to_string(&p).unwrap();
                    // Keys are written as tr!("key") or t("key") / fmt("key".
                    for pat in ["t(\"", "tf(\"", "key: \""] {
                        for (idx, _) in src.match_indices(pat) {
                            let rest = &src[idx + pat.len()..];
                            let Some(end) = rest.find('"') else { continue };
                            let key = &rest[..end];
                            if key
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                                && key.contains('-')
                            {
                                for lang in [Lang::Vi, Lang::En] {
                                    if i.get(lang, key) == key {
                                        missing.push(format!(
                                            "{}: {key} ({})",
                                            p.display(),
                                            lang.code()
                                        ));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        missing.sort();
        missing.dedup();
        assert!(
            missing.is_empty(),
            "missing catalogue keys:\n{}",
            missing.join("\n")
        );
    }
}
