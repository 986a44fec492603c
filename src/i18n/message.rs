//! A message made now and shown later, in the language of whoever reads it: a catalogue
//! key with its arguments, owned, so it can live inside an error value (a load error
//! that the window shows in Vietnamese and a log prints in English).

use super::{Arg, tr_args};
use crate::lang::Lang;
use std::fmt;

/// An argument of a [`Message`]: text, or a number (plural forms, digit grouping).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Str(String),
    Int(i64),
    /// Another message, shown in the same language (a part of a sentence).
    Msg(Box<Message>),
}

impl From<Message> for Value {
    fn from(m: Message) -> Self {
        Value::Msg(Box::new(m))
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Str(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Str(s)
    }
}

impl From<&String> for Value {
    fn from(s: &String) -> Self {
        Value::Str(s.clone())
    }
}

macro_rules! int_values {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Self {
                Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_values!(usize, u64, u32, u16, u8, i64, i32);

/// A catalogue key and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, Value)>,
}

/// Marks a [`Message`] carried inside a serde error's text (serde's custom errors are
/// strings): private-use characters no plan text is expected to hold. A text that
/// does not decode is shown as it is.
const START: char = '\u{E000}';
const ARG: char = '\u{E001}';
const EQ: char = '\u{E002}';

impl Message {
    pub fn new(key: &'static str) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    /// The same message with one more argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Value>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The message's text in a language.
    pub fn text(&self, lang: Lang) -> String {
        let nested: Vec<Option<String>> = self
            .args
            .iter()
            .map(|(_, v)| match v {
                Value::Msg(m) => Some(m.text(lang)),
                _ => None,
            })
            .collect();
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .zip(&nested)
            .map(|((n, v), text)| {
                (
                    *n,
                    match (v, text) {
                        (_, Some(t)) => Arg::Str(t.as_str()),
                        (Value::Str(s), _) => Arg::Str(s.as_str()),
                        (Value::Int(i), _) => Arg::Int(*i),
                        (Value::Msg(_), None) => Arg::Str(""),
                    },
                )
            })
            .collect();
        tr_args(lang, self.key, &args)
    }

    /// The message as a string that [`Message::decode`] turns back into it: for a serde
    /// `Error::custom`, which only carries text.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        out.push(START);
        out.push_str(self.key);
        for (name, value) in &self.args {
            out.push(ARG);
            out.push_str(name);
            out.push(EQ);
            match value {
                Value::Str(s) => {
                    out.push('s');
                    out.push_str(s);
                }
                Value::Int(i) => {
                    out.push('i');
                    out.push_str(&i.to_string());
                }
                // Not used inside serde errors; carried as its English text.
                Value::Msg(m) => {
                    out.push('s');
                    out.push_str(&m.text(Lang::En));
                }
            }
        }
        out
    }

    /// A message encoded by [`Message::encode`], if `text` is one and its key is in
    /// the catalogue.
    pub fn decode(text: &str) -> Option<Message> {
        let body = text.strip_prefix(START)?;
        let mut parts = body.split(ARG);
        let key = parts.next()?;
        let key = super::catalog().static_key(key)?;
        let mut msg = Message::new(key);
        for part in parts {
            let (name, value) = part.split_once(EQ)?;
            let name = STATIC_ARG_NAMES.iter().find(|n| **n == name)?;
            let value = if let Some(s) = value.strip_prefix('s') {
                Value::Str(s.to_string())
            } else {
                Value::Int(value.strip_prefix('i')?.parse().ok()?)
            };
            msg.args.push((name, value));
        }
        Some(msg)
    }
}

/// The argument names an encoded message may use (they must be `'static`).
const STATIC_ARG_NAMES: &[&str] = &[
    "value", "digits", "decimals", "max", "text", "whole", "n", "what", "found", "expected",
    "field", "name", "line", "col", "limit", "size", "code", "year", "from", "to", "month", "day",
];

impl fmt::Display for Message {
    /// English, for logs and `Display` of error types; people see [`Message::text`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_survives_encoding() {
        let m = Message::new("load-empty")
            .arg("value", "1e30")
            .arg("n", 3usize);
        assert_eq!(Message::decode(&m.encode()), Some(m));
        assert_eq!(Message::decode("plain text"), None);
        assert_eq!(Message::decode("\u{E000}no-such-key"), None);
    }
}

/// A text already made in both languages: for an error value that must stay
/// cloneable and comparable (a refusal on the board of returns, kept and shown
/// later in the language of the moment) but comes from an error that is neither (a
/// load or import error with the system's I/O error inside).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Both {
    pub vi: String,
    pub en: String,
}

impl Both {
    /// The text in each language, from a function of the language.
    pub fn of(text: impl Fn(Lang) -> String) -> Both {
        Both {
            vi: text(Lang::Vi),
            en: text(Lang::En),
        }
    }

    /// The same text in both (a library's own words, a name).
    pub fn same(text: impl Into<String>) -> Both {
        let text = text.into();
        Both {
            vi: text.clone(),
            en: text,
        }
    }

    pub fn text(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

impl fmt::Display for Both {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}
