//! The RON parser's errors in the planner's words, in both languages, with the line
//! and a caret under the column.

use super::LoadError;
use super::locate::Pos;
use crate::i18n::Message;
use crate::text::shown;

/// A located syntax error from the RON parser.
pub(crate) fn syntax(text: &str, e: ron::error::SpannedError) -> LoadError {
    let Pos { line, col } = Pos {
        line: e.span.start.line,
        col: e.span.start.col,
    };
    let mut message = ron_message(&e.code);
    let truncated = !matches!(e.code, ron::Error::Eof | ron::Error::Message(_))
        && e.span.end.line.max(line) >= text.lines().count()
        && !text.trim_end().ends_with(')');
    if truncated {
        message = Message::new("syntax-then-truncated").arg("inner", message);
    }
    LoadError::Syntax {
        line,
        col,
        message,
        excerpt: excerpt(text, line, col),
    }
}

/// The offending line with a caret under the column; a window of the line around
/// the column, so the caret is always shown; control characters as escapes.
pub(crate) fn excerpt(text: &str, line: usize, col: usize) -> String {
    let Some(l) = text.lines().nth(line.saturating_sub(1)) else {
        return String::new();
    };
    let skip = col.saturating_sub(1).saturating_sub(80);
    let lead = if skip > 0 { "…" } else { "" };
    let chars: Vec<char> = l.chars().skip(skip).take(161).collect();
    let tail = if chars.len() > 160 { "…" } else { "" };
    let shown_chars = &chars[..chars.len().min(160)];
    let caret_at = (col.saturating_sub(1) - skip).min(shown_chars.len());
    let mut body = String::new();
    let mut pad: String = lead.chars().map(|_| ' ').collect();
    for (k, &c) in shown_chars.iter().enumerate() {
        let piece = if c.is_control() && c != '\t' {
            format!("\\u{{{:x}}}", c as u32)
        } else {
            c.to_string()
        };
        if k < caret_at {
            for p in piece.chars() {
                pad.push(if p == '\t' { '\t' } else { ' ' });
            }
        }
        body.push_str(&piece);
    }
    format!("  {lead}{body}{tail}\n  {pad}^")
}

/// What serde's "expected …" texts mean, for the messages (the rest are shown as
/// they are).
fn expected_key(expected: &str) -> Option<&'static str> {
    Some(match expected {
        "a string" | "a borrowed string" | "string" => "syntax-kind-string",
        "u8" | "u16" | "u32" | "u64" | "usize" | "i64" | "i32" => "syntax-kind-whole-number",
        "a boolean" => "syntax-kind-boolean",
        "a sequence" => "syntax-kind-list",
        "option" => "syntax-kind-option",
        e if e.starts_with("struct ") => "syntax-kind-record",
        e if e.starts_with("an amount") => "syntax-kind-amount",
        e if e.starts_with("enum ") => "syntax-kind-choice",
        _ => return None,
    })
}

fn kind(expected: &str) -> Message {
    match expected_key(expected) {
        Some(k) => Message::new(k),
        None => Message::new("syntax-kind-other").arg("text", shown(expected)),
    }
}

fn alternatives(list: &[&str]) -> String {
    let mut out: Vec<String> = list.iter().take(20).map(|s| format!("`{s}`")).collect();
    if list.len() > 20 {
        out.push("…".into());
    }
    out.join(", ")
}

/// A message for each kind of RON error.
pub(crate) fn ron_message(e: &ron::Error) -> Message {
    use ron::Error as E;
    match e {
        E::Message(s) => {
            Message::decode(s).unwrap_or_else(|| Message::new("syntax-other").arg("text", shown(s)))
        }
        E::Eof => Message::new("syntax-eof"),
        E::ExceededRecursionLimit => Message::new("syntax-too-deep").arg("max", super::MAX_NESTING),
        E::ExpectedComma => Message::new("syntax-expected-comma"),
        E::ExpectedArray => Message::new("syntax-expected-open").arg("open", "["),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            Message::new("syntax-expected-open").arg("open", "(")
        }
        E::ExpectedMap => Message::new("syntax-expected-open").arg("open", "{"),
        E::ExpectedArrayEnd => Message::new("syntax-expected-close").arg("close", "]"),
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => {
            Message::new("syntax-expected-close").arg("close", ")")
        }
        E::ExpectedMapEnd => Message::new("syntax-expected-close").arg("close", "}"),
        E::ExpectedMapColon => Message::new("syntax-expected-colon"),
        E::ExpectedString | E::ExpectedByteString => {
            Message::new("syntax-expected-kind").arg("what", Message::new("syntax-kind-string"))
        }
        E::ExpectedStringEnd => Message::new("syntax-unterminated-string"),
        E::ExpectedInteger | E::InvalidIntegerDigit { .. } | E::UnderscoreAtBeginning => {
            Message::new("syntax-expected-kind")
                .arg("what", Message::new("syntax-kind-whole-number"))
        }
        E::ExpectedFloat | E::FloatUnderscore => {
            Message::new("syntax-expected-kind").arg("what", Message::new("syntax-kind-number"))
        }
        E::ExpectedBoolean => {
            Message::new("syntax-expected-kind").arg("what", Message::new("syntax-kind-boolean"))
        }
        E::ExpectedIdentifier | E::InvalidIdentifier(_) | E::SuggestRawIdentifier(_) => {
            Message::new("syntax-expected-kind").arg("what", Message::new("syntax-kind-name"))
        }
        E::ExpectedOption => {
            Message::new("syntax-expected-kind").arg("what", Message::new("syntax-kind-option"))
        }
        E::ExpectedUnit => {
            Message::new("syntax-expected-kind").arg("what", Message::new("syntax-kind-unit"))
        }
        E::IntegerOutOfBounds => Message::new("syntax-integer-out-of-bounds"),
        E::InvalidEscape(s) => Message::new("syntax-invalid-escape").arg("text", *s),
        E::UnexpectedChar(c) => {
            Message::new("syntax-unexpected-char").arg("text", shown(&c.to_string()))
        }
        E::TrailingCharacters => Message::new("syntax-trailing"),
        E::UnclosedBlockComment | E::UnclosedLineComment => Message::new("syntax-unclosed-comment"),
        E::Utf8Error(_) => Message::new("encoding-not-utf8").arg("byte", "?"),
        E::InvalidValueForType { expected, found } => Message::new("syntax-wrong-type")
            .arg("found", shown(found))
            .arg("expected", kind(expected)),
        E::ExpectedDifferentLength { expected, found } => Message::new("syntax-wrong-length")
            .arg("expected", shown(expected))
            .arg("n", *found),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => Message::new("syntax-unknown-variant")
            .arg("found", shown(found))
            .arg("outer", outer.as_deref().map(shown).unwrap_or_default())
            .arg("expected", alternatives(expected)),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => Message::new("syntax-unknown-field")
            .arg("found", shown(found))
            .arg("outer", outer.as_deref().map(shown).unwrap_or_default())
            .arg("expected", alternatives(expected)),
        E::MissingStructField { field, outer } => Message::new("syntax-missing-field")
            .arg("field", *field)
            .arg("outer", outer.as_deref().map(shown).unwrap_or_default()),
        E::DuplicateStructField { field, outer } => Message::new("syntax-duplicate-field")
            .arg("field", *field)
            .arg("outer", outer.as_deref().map(shown).unwrap_or_default()),
        E::ExpectedDifferentStructName { expected, found } => Message::new("syntax-struct-name")
            .arg("expected", *expected)
            .arg("found", shown(found)),
        other => Message::new("syntax-other").arg("text", shown(&other.to_string())),
    }
}
