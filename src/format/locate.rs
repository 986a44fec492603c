//! Finding where a value stands in a plan file's text.
//!
//! Semantic problems are found on the parsed plan, which has no positions; this
//! module walks the RON text once (only when there is something to report) and
//! maps paths such as `plan.communes[3].baseline_unmet[1]` to line and column.
//! It also finds comments, which a save cannot keep.

use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok<'a> {
    Ident(&'a str),
    /// A string literal, quotes included.
    Str(&'a str),
    Punct(char),
}

struct Lexer<'a> {
    src: &'a str,
    i: usize,
    line: usize,
    col: usize,
    comments: Vec<Pos>,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self {
        Lexer {
            src,
            i: 0,
            line: 1,
            col: 1,
            comments: Vec::new(),
        }
    }

    fn peek_char(&self) -> Option<char> {
        self.src[self.i..].chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek_char()?;
        self.i += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn rest(&self) -> &'a str {
        &self.src[self.i..]
    }

    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            col: self.col,
        }
    }

    fn skip_trivia(&mut self) {
        loop {
            let r = self.rest();
            if r.starts_with("//") {
                self.comments.push(self.pos());
                while let Some(c) = self.peek_char() {
                    if c == '\n' {
                        break;
                    }
                    self.bump();
                }
            } else if r.starts_with("/*") {
                self.comments.push(self.pos());
                self.bump();
                self.bump();
                let mut depth = 1usize;
                while depth > 0 {
                    let r = self.rest();
                    if r.is_empty() {
                        return;
                    } else if r.starts_with("/*") {
                        depth += 1;
                        self.bump();
                        self.bump();
                    } else if r.starts_with("*/") {
                        depth -= 1;
                        self.bump();
                        self.bump();
                    } else {
                        self.bump();
                    }
                }
            } else if r.starts_with("#!") {
                // An attribute such as #![enable(implicit_some)].
                while let Some(c) = self.bump() {
                    if c == ']' {
                        break;
                    }
                }
            } else if let Some(c) = self.peek_char() {
                if c.is_whitespace() {
                    self.bump();
                } else {
                    return;
                }
            } else {
                return;
            }
        }
    }

    fn next(&mut self) -> Option<(Pos, Tok<'a>)> {
        self.skip_trivia();
        let start = self.pos();
        let begin = self.i;
        let c = self.peek_char()?;
        match c {
            '"' => {
                self.bump();
                while let Some(c) = self.bump() {
                    match c {
                        '\\' => {
                            self.bump();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
                Some((start, Tok::Str(&self.src[begin..self.i])))
            }
            '\'' => {
                self.bump();
                while let Some(c) = self.bump() {
                    match c {
                        '\\' => {
                            self.bump();
                        }
                        '\'' => break,
                        _ => {}
                    }
                }
                Some((start, Tok::Str(&self.src[begin..self.i])))
            }
            'r' if self.rest().starts_with("r\"") || self.rest().starts_with("r#") => {
                self.bump();
                let mut hashes = 0;
                while self.peek_char() == Some('#') {
                    self.bump();
                    hashes += 1;
                }
                self.bump(); // opening quote
                let closing: String = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                while !self.rest().is_empty() && !self.rest().starts_with(&closing) {
                    self.bump();
                }
                for _ in 0..closing.chars().count() {
                    self.bump();
                }
                Some((start, Tok::Str(&self.src[begin..self.i])))
            }
            '(' | ')' | '[' | ']' | '{' | '}' | ',' | ':' => {
                self.bump();
                Some((start, Tok::Punct(c)))
            }
            _ => {
                while let Some(c) = self.peek_char() {
                    if c.is_alphanumeric() || matches!(c, '_' | '.' | '+' | '-') {
                        self.bump();
                    } else {
                        break;
                    }
                }
                if self.i == begin {
                    self.bump();
                }
                Some((start, Tok::Ident(&self.src[begin..self.i])))
            }
        }
    }
}

/// The positions of every value in `src` whose path is in `wanted`
/// (paths like `plan.communes[3].id`; the root value's fields have no prefix).
pub fn locate(src: &str, wanted: &HashSet<String>) -> HashMap<String, Pos> {
    let mut toks = Vec::new();
    let mut lx = Lexer::new(src);
    while let Some(t) = lx.next() {
        toks.push(t);
    }
    let mut prefixes: HashSet<&str> = HashSet::new();
    for w in wanted {
        for (i, ch) in w.char_indices() {
            if ch == '.' || ch == '[' {
                prefixes.insert(&w[..i]);
            }
        }
        prefixes.insert(w.as_str());
    }
    let mut walker = Walker {
        toks: &toks,
        k: 0,
        wanted,
        prefixes: &prefixes,
        found: HashMap::new(),
        depth: 0,
    };
    walker.value(String::new());
    walker.found
}

/// The top-level `format` and `version` of a plan file, read from its first tokens
/// without parsing the rest (so a newer file is recognized even if the rest is not
/// readable by this version).
pub fn envelope(src: &str) -> (Option<String>, Option<String>) {
    let mut lx = Lexer::new(src);
    let (mut format, mut version) = (None, None);
    let mut depth = 0i32;
    let mut prev: Vec<Tok<'_>> = Vec::new();
    for _ in 0..400 {
        let Some((_, tok)) = lx.next() else { break };
        match tok {
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(')' | ']' | '}') => depth -= 1,
            _ => {}
        }
        if depth == 1
            && let [.., Tok::Ident(name), Tok::Punct(':')] = prev.as_slice()
        {
            match (*name, &tok) {
                ("format", Tok::Str(s)) => format = Some(s.trim_matches('"').to_string()),
                ("version", Tok::Ident(v)) => version = Some(v.to_string()),
                ("plan", _) => break,
                _ => {}
            }
        }
        if format.is_some() && version.is_some() {
            break;
        }
        prev.push(tok);
        if prev.len() > 2 {
            prev.remove(0);
        }
    }
    (format, version)
}

/// Where the comments in `src` start.
pub fn comments(src: &str) -> Vec<Pos> {
    let mut lx = Lexer::new(src);
    while lx.next().is_some() {}
    lx.comments
}

struct Walker<'t, 'a> {
    toks: &'t [(Pos, Tok<'a>)],
    k: usize,
    wanted: &'t HashSet<String>,
    prefixes: &'t HashSet<&'t str>,
    found: HashMap<String, Pos>,
    depth: usize,
}

impl Walker<'_, '_> {
    fn peek(&self, off: usize) -> Option<&Tok<'_>> {
        self.toks.get(self.k + off).map(|t| &t.1)
    }

    fn value(&mut self, path: String) {
        if self.depth > 512 {
            return;
        }
        self.depth += 1;
        let Some((pos, tok)) = self.toks.get(self.k).cloned() else {
            self.depth -= 1;
            return;
        };
        if self.wanted.contains(&path) {
            self.found.entry(path.clone()).or_insert(pos);
        }
        // Skip the contents of values no wanted path lies in, but still walk them
        // structurally so the token index stays right.
        let interesting = path.is_empty() || self.prefixes.contains(path.as_str());
        match tok {
            Tok::Ident(_) => {
                self.k += 1;
                if self.peek(0) == Some(&Tok::Punct('(')) {
                    self.k += 1;
                    self.body(&path, ')', interesting);
                }
            }
            Tok::Punct('(') => {
                self.k += 1;
                self.body(&path, ')', interesting);
            }
            Tok::Punct('[') => {
                self.k += 1;
                self.body(&path, ']', interesting);
            }
            Tok::Punct('{') => {
                self.k += 1;
                self.body(&path, '}', interesting);
            }
            _ => self.k += 1,
        }
        self.depth -= 1;
    }

    fn body(&mut self, path: &str, close: char, interesting: bool) {
        let mut index = 0usize;
        loop {
            match self.peek(0) {
                None => return,
                Some(Tok::Punct(c)) if *c == close => {
                    self.k += 1;
                    return;
                }
                Some(Tok::Punct(',')) => {
                    self.k += 1;
                    continue;
                }
                Some(Tok::Punct(')' | ']' | '}')) => {
                    self.k += 1;
                    return;
                }
                _ => {}
            }
            let named = close == ')'
                && matches!(
                    (self.peek(0), self.peek(1)),
                    (Some(Tok::Ident(_)), Some(Tok::Punct(':')))
                );
            if named {
                let name = match self.peek(0) {
                    Some(Tok::Ident(n)) => n.to_string(),
                    _ => String::new(),
                };
                self.k += 2;
                let child = if !interesting {
                    String::from("\u{0}")
                } else if path.is_empty() {
                    name
                } else {
                    format!("{path}.{name}")
                };
                self.value(child);
            } else if close == '}' {
                // map entry: key ':' value
                self.value(String::from("\u{0}"));
                if self.peek(0) == Some(&Tok::Punct(':')) {
                    self.k += 1;
                }
                self.value(String::from("\u{0}"));
            } else {
                let child = if interesting {
                    format!("{path}[{index}]")
                } else {
                    String::from("\u{0}")
                };
                self.value(child);
                index += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_paths_and_comments() {
        let src = "#![enable(implicit_some)]\n// top\n(\n  format: \"x\",\n  plan: (\n    communes: [\n      (id: \"a\", baseline_unmet: [\"1\"]),\n      (id: \"b\", baseline_unmet: [\"2\", \"20\"]), /* c */\n    ],\n  ),\n)\n";
        let wanted: HashSet<String> = [
            "plan.communes[1].baseline_unmet[1]".to_string(),
            "plan.communes[0]".to_string(),
        ]
        .into();
        let found = locate(src, &wanted);
        assert_eq!(found["plan.communes[0]"], Pos { line: 7, col: 7 });
        assert_eq!(
            found["plan.communes[1].baseline_unmet[1]"],
            Pos { line: 8, col: 39 }
        );
        assert_eq!(
            comments(src),
            vec![Pos { line: 2, col: 1 }, Pos { line: 8, col: 47 }]
        );
        assert_eq!(envelope(src), (Some("x".to_string()), None));
        let v = "(\n  format: \"ntm-plan\",\n  version: 7,\n  plan: (junk ((( \n";
        assert_eq!(
            envelope(v),
            (Some("ntm-plan".to_string()), Some("7".to_string()))
        );
    }

    #[test]
    fn survives_garbage() {
        let wanted: HashSet<String> = ["a.b".to_string()].into();
        for src in [
            "(((((",
            ")))",
            "[a: (b: \"unterminated",
            "r#\"x",
            "/* open",
            "{:}",
        ] {
            let _ = locate(src, &wanted);
            let _ = comments(src);
        }
    }
}
