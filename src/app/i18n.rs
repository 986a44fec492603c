//! The window's handle on the catalogue of UI strings ([`crate::i18n`], Fluent): pages
//! take a copy to translate while they mutate the app.

use crate::i18n::{Arg, catalog};
use crate::lang::Lang;

/// Not `Copy`, so that a page's copy is visibly taken (`app.i18n.clone()`).
#[derive(Debug, Clone, Default)]
pub struct I18n;

impl I18n {
    /// The text of a message without arguments; the key itself when it is missing.
    pub fn get<'a>(&self, lang: Lang, key: &'a str) -> &'a str {
        catalog().get(lang, key)
    }

    /// With `{ $name }` placeables filled in: strings, or numbers (plural forms,
    /// Vietnamese digit grouping). Mixed kinds: pass [`Arg`] values.
    pub fn fmt<'v, A: Into<Arg<'v>> + Copy>(
        &self,
        lang: Lang,
        key: &str,
        args: &[(&str, A)],
    ) -> String {
        let args: Vec<(&str, Arg<'v>)> = args.iter().map(|(k, v)| (*k, (*v).into())).collect();
        catalog().format(lang, key, &args)
    }

    pub fn keys(&self, lang: Lang) -> Vec<&'static str> {
        catalog().keys(lang)
    }
}
