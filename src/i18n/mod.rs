//! Every text a user can see, in Vietnamese and English.
//!
//! The catalogues are `assets/i18n/vi.ftl` and `en.ftl`, in [Fluent] syntax, read with the
//! Fluent crates (`fluent-bundle`): plural categories and selectors come from the Unicode
//! plural rules of each language (English "1 conflict / 2 conflicts"; Vietnamese has one
//! form), and numbers handed in as numbers are printed the Vietnamese way (4.503.481;
//! 17,33) in both languages, like every other figure of the program.
//!
//! Vietnamese is the default. A key missing from one catalogue falls back to the other
//! language, then to the key itself (and the catalogue tests fail).
//!
//! No egui here: the window, the command line and the library's error messages all read
//! the same catalogue.
//!
//! [Fluent]: https://projectfluent.org/

mod message;

pub use message::{Both, Message, Value};

use crate::lang::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

pub(crate) const VI_FTL: &str = include_str!("../../assets/i18n/vi.ftl");
pub(crate) const EN_FTL: &str = include_str!("../../assets/i18n/en.ftl");

type Bundle = FluentBundle<FluentResource>;

/// One language's catalogue: the Fluent bundle, and every message that takes no
/// arguments formatted once (so a lookup is a map access and can lend `&str`).
struct Language {
    bundle: Bundle,
    plain: HashMap<String, String>,
}

/// Both catalogues, parsed once per process.
pub struct Catalog {
    vi: Language,
    en: Language,
}

/// A value for a placeable: text, or a number (which selects plural forms and is printed
/// with Vietnamese digit grouping). Years and codes are text: pass them as strings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arg<'a> {
    Str(&'a str),
    Int(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s.as_str())
    }
}

impl<'a> From<&&'a str> for Arg<'a> {
    fn from(s: &&'a str) -> Self {
        Arg::Str(s)
    }
}

macro_rules! int_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_args!(usize, u64, u32, u16, u8, i64, i32);

/// Problems in a catalogue's Fluent syntax (for the tests).
pub fn syntax_errors(text: &str) -> Vec<String> {
    match FluentResource::try_new(text.to_string()) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors.iter().map(|e| format!("{e:?}")).collect(),
    }
}

/// Prints numbers handed to a message the Vietnamese way, whatever the language: the
/// program's figures look the same on every screen and paper (4.503.481; 17,33).
fn format_number(
    value: &FluentValue,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(vietnamese_number(n)),
        _ => None,
    }
}

fn vietnamese_number(n: &FluentNumber) -> String {
    let v = n.value;
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        let i = v as i64;
        if n.options.use_grouping {
            crate::numfmt::count(i)
        } else {
            i.to_string()
        }
    } else {
        // Non-integers only reach messages as display values; two decimals, comma mark.
        let d = rust_decimal::Decimal::from_f64_retain(v).unwrap_or_default();
        crate::numfmt::fixed(d, 2)
    }
}

impl Language {
    fn new(code: &str, text: &str) -> Language {
        let lang: LanguageIdentifier = code.parse().unwrap_or_default();
        // The catalogues are the program's own files (tested); a malformed entry is
        // skipped here and reported by the tests rather than stopping the program.
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let ids: Vec<String> = resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) if m.value.is_some() => {
                    Some(m.id.name.to_string())
                }
                _ => None,
            })
            .collect();
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        // No Unicode isolation marks around placeables: the texts are all left-to-right,
        // and the marks would end up in files and on the terminal.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(format_number));
        if let Err(errors) = bundle.add_resource(resource) {
            debug_assert!(errors.is_empty(), "{errors:?}");
        }
        let mut plain = HashMap::with_capacity(ids.len());
        for id in ids {
            if let Some(text) = format(&bundle, &id, None) {
                plain.insert(id, text);
            }
        }
        Language { bundle, plain }
    }
}

fn format(bundle: &Bundle, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let msg = bundle.get_message(key)?;
    let pattern = msg.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

impl Catalog {
    fn load() -> Catalog {
        Catalog {
            vi: Language::new("vi", VI_FTL),
            en: Language::new("en", EN_FTL),
        }
    }

    fn languages(&self, lang: Lang) -> [&Language; 2] {
        match lang {
            Lang::Vi => [&self.vi, &self.en],
            Lang::En => [&self.en, &self.vi],
        }
    }

    /// The text of a message without arguments; the key itself when no catalogue has it.
    pub fn get<'a>(&'a self, lang: Lang, key: &'a str) -> &'a str {
        self.languages(lang)
            .into_iter()
            .find_map(|l| l.plain.get(key))
            .map(String::as_str)
            .unwrap_or(key)
    }

    /// The text of a message with its placeables filled in.
    pub fn format<'a>(&self, lang: Lang, key: &str, args: &[(&str, Arg<'a>)]) -> String {
        let mut fa = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            match *value {
                Arg::Str(s) => fa.set(*name, FluentValue::from(s)),
                Arg::Int(n) => fa.set(*name, FluentValue::from(n)),
            }
        }
        self.languages(lang)
            .into_iter()
            .find_map(|l| format(&l.bundle, key, Some(&fa)))
            .unwrap_or_else(|| key.to_string())
    }

    /// The catalogue's own copy of a key, which lives as long as the program: for a
    /// [`Message`] decoded from text.
    pub fn static_key(&'static self, key: &str) -> Option<&'static str> {
        self.vi
            .plain
            .get_key_value(key)
            .or_else(|| self.en.plain.get_key_value(key))
            .map(|(k, _)| k.as_str())
    }

    /// Whether the catalogue of a language has a message.
    pub fn has(&self, lang: Lang, key: &str) -> bool {
        self.languages(lang)[0].bundle.has_message(key)
    }

    /// Every message key of a language, sorted.
    pub fn keys(&self, lang: Lang) -> Vec<&str> {
        let mut k: Vec<&str> = self.languages(lang)[0]
            .plain
            .keys()
            .map(String::as_str)
            .collect();
        k.sort_unstable();
        k
    }
}

/// The catalogue, parsed on first use.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(Catalog::load)
}

/// The text of a message without arguments.
pub fn tr(lang: Lang, key: &str) -> String {
    catalog().get(lang, key).to_string()
}

/// The text of a message with arguments: `tr_args(lang, "conflicts", &[("n", 3.into())])`.
pub fn tr_args(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    catalog().format(lang, key, args)
}

#[cfg(test)]
mod tests;
