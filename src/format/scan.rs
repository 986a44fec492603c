//! One pass over a plan file's text before (and beside) the parser: how deep its
//! brackets nest, whether it holds control characters, and where its comments are.
//!
//! Hand-written because it must see the text the way a person does (raw control
//! characters, and the ones written as escapes inside strings such as `"\u{1b}"`),
//! with line and column, in one pass of a few milliseconds over a national plan.
//! It follows RON's lexical rules for strings, raw strings, characters and (nested)
//! block comments; anything else is structure.

use super::MAX_NESTING;
use super::locate::Pos;
use crate::i18n::Message;

/// What the scan found wrong, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanError {
    pub pos: Pos,
    pub message: Message,
}

/// What the scan found that is not wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scanned {
    /// The first few comments other than the program's own header line.
    pub comments: Vec<Pos>,
    /// How many such comments there are in all.
    pub comment_count: usize,
}

/// How many comment positions are kept (the notice names a few lines).
const KEPT_COMMENTS: usize = 5;

/// The name of a control character for a message: "ESC (U+001B)".
fn control_name(c: u32) -> String {
    let short = match c {
        0x00 => "NUL",
        0x07 => "BEL",
        0x08 => "BS",
        0x0B => "VT",
        0x0C => "FF",
        0x0D => "CR",
        0x1B => "ESC",
        0x7F => "DEL",
        _ => "",
    };
    if short.is_empty() {
        format!("U+{c:04X}")
    } else {
        format!("{short}, U+{c:04X}")
    }
}

fn forbidden(c: u32) -> bool {
    (c < 0x20 && c != 0x09 && c != 0x0A) || (0x7F..=0x9F).contains(&c)
}

/// Escaped CR inside a string (`"\r"`) is let through: earlier versions of the
/// program could write it from text pasted on Windows, and a file must not become
/// unreadable by an upgrade. Messages and the command line show it as `\r`.
fn forbidden_escape(c: u32) -> bool {
    forbidden(c) && c != 0x0D
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Code,
    Str,
    RawStr(usize),
    Char,
    LineComment,
    BlockComment(usize),
}

struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    /// Line and column of the current byte, counted when a place is reported (the
    /// scan itself only moves an index: keeping line and column at every byte took
    /// most of its time).
    fn pos(&self) -> Pos {
        pos_at(self.b, self.i)
    }

    fn bump(&mut self) {
        self.i += 1;
    }

    fn peek(&self, off: usize) -> Option<u8> {
        self.b.get(self.i + off).copied()
    }

    /// Step over the bytes this state has nothing to do with.
    fn skip_plain(&mut self, interesting: &[bool; 256]) {
        let rest = self.b.get(self.i..).unwrap_or_default();
        self.i += rest
            .iter()
            .position(|&c| interesting[usize::from(c)])
            .unwrap_or(rest.len());
    }
}

/// Line and column of byte `i` (columns count characters).
fn pos_at(b: &[u8], i: usize) -> Pos {
    let before = &b[..i.min(b.len())];
    let line = 1 + memchr::memchr_iter(b'\n', before).count();
    let start = memchr::memrchr(b'\n', before).map_or(0, |k| k + 1);
    let col = 1 + before[start..]
        .iter()
        .filter(|&&c| c & 0xC0 != 0x80)
        .count();
    Pos { line, col }
}

/// The bytes a state must look at: control characters (and 0xC2, the first byte of
/// a C1 control) everywhere, and the state's own delimiters.
const fn interesting(own: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 0x20 {
        t[c] = c != b'\t' as usize && c != b'\n' as usize;
        c += 1;
    }
    t[0x7F] = true;
    t[0xC2] = true;
    let mut k = 0;
    while k < own.len() {
        t[own[k] as usize] = true;
        k += 1;
    }
    t
}

static IN_CODE: [bool; 256] = interesting(b"([{)]}\"'/");
static IN_STR: [bool; 256] = interesting(b"\\\"");
static IN_CHAR: [bool; 256] = interesting(b"\\'");
static IN_RAW_STR: [bool; 256] = interesting(b"\"");
static IN_LINE_COMMENT: [bool; 256] = interesting(b"\n");
static IN_BLOCK_COMMENT: [bool; 256] = interesting(b"*/");

/// Scan the text. `header_comment` is the program's own comment line, which is not
/// counted as a user comment when it stands at the start of line 2.
pub fn scan(text: &str, header_comment: &str) -> Result<Scanned, ScanError> {
    let mut cur = Cursor {
        b: text.as_bytes(),
        i: 0,
    };
    let mut state = State::Code;
    let mut depth = 0usize;
    let mut out = Scanned::default();
    let header_at = text
        .find('\n')
        .map(|n| n + 1)
        .filter(|&n| text[n..].starts_with(header_comment) && !header_comment.is_empty());
    loop {
        cur.skip_plain(match state {
            State::Code => &IN_CODE,
            State::Str => &IN_STR,
            State::Char => &IN_CHAR,
            State::RawStr(_) => &IN_RAW_STR,
            State::LineComment => &IN_LINE_COMMENT,
            State::BlockComment(_) => &IN_BLOCK_COMMENT,
        });
        let Some(c) = cur.peek(0) else { break };
        // Control characters, wherever they stand (C1 controls are U+0080–U+009F,
        // two bytes in UTF-8: C2 80–C2 9F).
        if (c < 0x20 && c != b'\n' && c != b'\t') || c == 0x7F {
            return Err(control_error(cur.pos(), c as u32, false));
        }
        if c == 0xC2 && matches!(cur.peek(1), Some(0x80..=0x9F)) {
            let code = cur.peek(1).unwrap_or(0x80) as u32;
            return Err(control_error(cur.pos(), code, false));
        }
        match state {
            State::Code => match c {
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Err(ScanError {
                            pos: cur.pos(),
                            message: Message::new("syntax-too-deep").arg("max", MAX_NESTING),
                        });
                    }
                    cur.bump();
                }
                b')' | b']' | b'}' => {
                    depth = depth.saturating_sub(1);
                    cur.bump();
                }
                b'"' => {
                    // A raw string is told by what stands before its quote (`r"`,
                    // `r#"`, `br"`), so that the scan need not stop at every r and b.
                    state = match raw_before(cur.b, cur.i) {
                        Some(hashes) => State::RawStr(hashes),
                        None => State::Str,
                    };
                    cur.bump();
                }
                b'\'' => {
                    state = State::Char;
                    cur.bump();
                }
                b'/' if matches!(cur.peek(1), Some(b'/' | b'*')) => {
                    let own_header = header_at == Some(cur.i);
                    if !own_header {
                        if out.comments.len() < KEPT_COMMENTS {
                            out.comments.push(cur.pos());
                        }
                        out.comment_count += 1;
                    }
                    state = if cur.peek(1) == Some(b'/') {
                        State::LineComment
                    } else {
                        State::BlockComment(1)
                    };
                    cur.bump();
                    cur.bump();
                }
                _ => cur.bump(),
            },
            State::Str | State::Char => match c {
                b'\\' => {
                    let at = cur.i;
                    cur.bump();
                    if let Some(code) = escape(&mut cur)
                        && forbidden_escape(code)
                    {
                        return Err(control_error(pos_at(cur.b, at), code, true));
                    }
                }
                b'"' if state == State::Str => {
                    state = State::Code;
                    cur.bump();
                }
                b'\'' if state == State::Char => {
                    state = State::Code;
                    cur.bump();
                }
                _ => cur.bump(),
            },
            State::RawStr(hashes) => {
                cur.bump();
                if c == b'"' && (0..hashes).all(|k| cur.peek(k) == Some(b'#')) {
                    for _ in 0..hashes {
                        cur.bump();
                    }
                    state = State::Code;
                }
            }
            State::LineComment => {
                if c == b'\n' {
                    state = State::Code;
                }
                cur.bump();
            }
            State::BlockComment(d) => {
                if c == b'*' && cur.peek(1) == Some(b'/') {
                    cur.bump();
                    cur.bump();
                    state = if d == 1 {
                        State::Code
                    } else {
                        State::BlockComment(d - 1)
                    };
                } else if c == b'/' && cur.peek(1) == Some(b'*') {
                    cur.bump();
                    cur.bump();
                    state = State::BlockComment(d + 1);
                } else {
                    cur.bump();
                }
            }
        }
    }
    Ok(out)
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Whether the quote at `quote` opens a raw string (`r"`, `r#…"`, `br"`, the `r`
/// starting a word), and with how many hashes.
fn raw_before(b: &[u8], quote: usize) -> Option<usize> {
    let mut k = quote;
    while k > 0 && b[k - 1] == b'#' {
        k -= 1;
    }
    let hashes = quote - k;
    if k == 0 || b[k - 1] != b'r' {
        return None;
    }
    k -= 1;
    if k > 0 && b[k - 1] == b'b' {
        k -= 1;
    }
    (k == 0 || !is_ident_byte(b[k - 1])).then_some(hashes)
}

/// Read an escape after its backslash; the character it stands for when it is one
/// this scan cares about.
fn escape(cur: &mut Cursor) -> Option<u32> {
    let c = cur.peek(0)?;
    cur.bump();
    match c {
        b'0' => Some(0),
        b'r' => Some(0x0D),
        b'x' => {
            let mut v = 0u32;
            for _ in 0..2 {
                let d = (cur.peek(0)? as char).to_digit(16)?;
                cur.bump();
                v = v * 16 + d;
            }
            // \xC2\x80 … \xC2\x9F: a C1 control written as UTF-8 bytes.
            if v == 0xC2 && cur.peek(0) == Some(b'\\') && cur.peek(1) == Some(b'x') {
                let hi = (cur.peek(2)? as char).to_digit(16)?;
                let lo = (cur.peek(3)? as char).to_digit(16)?;
                let second = hi * 16 + lo;
                if (0x80..=0x9F).contains(&second) {
                    return Some(second);
                }
            }
            Some(v)
        }
        b'u' => {
            if cur.peek(0) != Some(b'{') {
                return None;
            }
            cur.bump();
            let mut v = 0u32;
            for _ in 0..6 {
                match cur.peek(0) {
                    Some(b'}') => break,
                    Some(h) => {
                        let d = (h as char).to_digit(16)?;
                        cur.bump();
                        v = v * 16 + d;
                    }
                    None => return None,
                }
            }
            Some(v)
        }
        _ => None,
    }
}

fn control_error(pos: Pos, code: u32, escaped: bool) -> ScanError {
    ScanError {
        pos,
        message: Message::new(if escaped {
            "text-control-escape"
        } else {
            "text-control-character"
        })
        .arg("name", control_name(code)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "// NTM Planner plan file.";

    fn err(text: &str) -> (Pos, &'static str) {
        let e = scan(text, HEADER).unwrap_err();
        (e.pos, e.message.key)
    }

    #[test]
    fn finds_control_characters_raw_and_escaped() {
        assert_eq!(
            err("(a: \"x\u{1b}[2K\")"),
            (Pos { line: 1, col: 7 }, "text-control-character")
        );
        assert_eq!(
            err("(\n  a: \"Nà \\u{1b}\")"),
            (Pos { line: 2, col: 10 }, "text-control-escape")
        );
        assert_eq!(err("(a: \"\\0\")").1, "text-control-escape");
        assert_eq!(err("(a: \"\\x1B\")").1, "text-control-escape");
        assert_eq!(err("(a: \"\\xC2\\x85\")").1, "text-control-escape");
        assert_eq!(err("(a: \"\u{85}\")").1, "text-control-character");
        assert_eq!(err("(a: 1)\0").1, "text-control-character");
        // Tab, line feed, escaped CR and ordinary escapes are fine.
        assert!(scan("(a: \"x\\ty\\n\\r\\\"\\u{1ea1}\")\t\n", HEADER).is_ok());
        // Inside a comment a control character is still one.
        assert_eq!(err("// \u{7}\n(a: 1)").1, "text-control-character");
    }

    #[test]
    fn measures_nesting_by_brackets() {
        let ok = format!("{}{}", "[".repeat(MAX_NESTING), "]".repeat(MAX_NESTING));
        assert!(scan(&ok, HEADER).is_ok());
        let deep = format!(
            "{}{}",
            "(".repeat(MAX_NESTING + 1),
            ")".repeat(MAX_NESTING + 1)
        );
        assert_eq!(
            err(&deep),
            (
                Pos {
                    line: 1,
                    col: MAX_NESTING + 1
                },
                "syntax-too-deep"
            )
        );
        // Brackets in strings, raw strings and comments do not count.
        let quoted = format!(
            "(a: \"{0}\", b: r#\"{0}\"#, /* {0} */ c: '(') // {0}",
            "(".repeat(100)
        );
        assert!(scan(&quoted, HEADER).is_ok(), "{:?}", scan(&quoted, HEADER));
    }

    #[test]
    fn counts_comments_but_the_programs_own() {
        let text = format!(
            "#![enable(implicit_some)]\n{HEADER} x\n(\n // one\n a: 1, /* two /* nested */ */\n)\n"
        );
        let s = scan(&text, HEADER).unwrap();
        assert_eq!(s.comment_count, 2);
        assert_eq!(
            s.comments,
            vec![Pos { line: 4, col: 2 }, Pos { line: 5, col: 8 }]
        );
        let many = "// c\n".repeat(1000);
        let s = scan(&many, HEADER).unwrap();
        assert_eq!((s.comment_count, s.comments.len()), (1000, 5));
    }

    #[test]
    fn places_count_lines_and_characters() {
        let text = "(\n  tên: \"Nậm Chà\",\n  b: \"ố ồ\u{7}\")";
        let e = scan(text, HEADER).unwrap_err();
        assert_eq!(e.pos, Pos { line: 3, col: 10 });
        assert_eq!(pos_at(text.as_bytes(), 0), Pos { line: 1, col: 1 });
        assert_eq!(
            pos_at(text.as_bytes(), text.len()),
            Pos { line: 3, col: 13 }
        );
        // A control character after a long plain run, in every state.
        let run = "ạ".repeat(10_000);
        for wrap in [
            "\"{}\u{1b}\"",
            "r#\"{}\u{1b}\"#",
            "// {}\u{1b}\n",
            "/* {}\u{1b} */",
            "{}\u{1b}",
        ] {
            let text = format!("(a: 1)\n{}", wrap.replace("{}", &run));
            let e = scan(&text, HEADER).unwrap_err();
            let col = wrap.find("{}").map_or(0, |k| wrap[..k].chars().count()) + 10_001;
            assert_eq!(e.pos, Pos { line: 2, col }, "{wrap}");
        }
    }
}
