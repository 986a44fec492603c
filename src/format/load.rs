//! Reading a plan file. Never panics, never hangs: every failure is a [`LoadError`]
//! that says where and what.

use super::decode::decode;
use super::locate::{self, Pos};
use super::{
    FORMAT_NAME, FORMAT_VERSION, LoadError, MAX_FILE_BYTES, MAX_NESTING, PlanFile, migrate,
    validate,
};
use crate::model::Plan;
use ron::extensions::Extensions;
use std::collections::HashSet;
use std::io::Read;
use std::path::Path;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// A plan read from a file, with anything the reader should know.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub plan: Plan,
    /// The format version the file was written in (older ones were migrated).
    pub version: u32,
    /// Things that did not stop the load but that the user should know
    /// (comments the next save will not keep, a migration that happened).
    pub notices: Vec<String>,
}

pub(crate) fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING)
}

pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    let io = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // Read at most one byte past the limit, in case the file grows while we read.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    load_bytes(&bytes)
}

pub fn load_bytes(bytes: &[u8]) -> Result<Loaded, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    let text = decode(bytes)?;
    load_str(&text)
}

/// Load from text that is already decoded. The text is normalized to NFC.
///
/// The NFC check and the comment scan run on a second thread while RON parses: on a
/// national plan they would otherwise add a fifth to the load time.
pub fn load_str(text: &str) -> Result<Loaded, LoadError> {
    let (parsed, side) = std::thread::scope(|scope| {
        let side = scope.spawn(|| {
            let nfc = is_nfc_quick(text.chars()) == IsNormalized::Yes;
            (nfc, if nfc { user_comments(text) } else { Vec::new() })
        });
        let parsed = parse(text);
        (parsed, side.join())
    });
    match side {
        Ok((true, comments)) => finish(text, parsed?, comments),
        // Not NFC (or the side thread failed): normalize and go again, in sequence.
        _ => {
            let normalized: String = text.nfc().collect();
            let parsed = parse(&normalized)?;
            let comments = user_comments(&normalized);
            finish(&normalized, parsed, comments)
        }
    }
}

/// Envelope, version, and the RON parse (or a migration).
fn parse(text: &str) -> Result<(PlanFile, u32), LoadError> {
    let (format, version) = locate::envelope(text);
    match format.as_deref() {
        Some(FORMAT_NAME) => {}
        Some(other) => {
            return Err(LoadError::NotAPlan(format!(
                "its format is \"{other}\", expected \"{FORMAT_NAME}\""
            )));
        }
        None => {
            // Not recognizably ours; if it is not even RON, the syntax error is more useful.
            if let Err(e) = ron_options().from_str::<ron::Value>(text) {
                return Err(syntax(text, e));
            }
            return Err(LoadError::NotAPlan(format!(
                "there is no `format: \"{FORMAT_NAME}\"` at the top of the file"
            )));
        }
    }
    let version = match version {
        None => {
            return Err(LoadError::NotAPlan(
                "the file has no `version:` after its format name".into(),
            ));
        }
        Some(v) => v.parse::<u32>().map_err(|_| {
            LoadError::NotAPlan(format!("its version \"{v}\" is not a whole number"))
        })?,
    };
    if version > FORMAT_VERSION {
        return Err(LoadError::NewerVersion {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    let file = if version < FORMAT_VERSION {
        migrate::upgrade(text, version)?
    } else {
        ron_options().from_str(text).map_err(|e| syntax(text, e))?
    };
    Ok((file, version))
}

fn finish(
    text: &str,
    (file, version): (PlanFile, u32),
    comments: Vec<Pos>,
) -> Result<Loaded, LoadError> {
    let mut notices = Vec::new();
    if version < FORMAT_VERSION {
        notices.push(format!(
            "the plan was written in file format version {version}; it will be saved in version {FORMAT_VERSION}"
        ));
    }
    let mut problems = validate::problems(&file.plan);
    if !problems.is_empty() {
        locate_problems(text, &mut problems);
        return Err(LoadError::Invalid(problems));
    }
    if !comments.is_empty() {
        let lines: Vec<String> = comments
            .iter()
            .take(5)
            .map(|p| p.line.to_string())
            .collect();
        notices.push(format!(
            "the file has {} comment(s) (line {}{}); comments are not kept when the plan is saved — put remarks in a note field",
            comments.len(),
            lines.join(", "),
            if comments.len() > 5 { ", …" } else { "" }
        ));
    }
    Ok(Loaded {
        plan: file.plan,
        version,
        notices,
    })
}

/// Comments other than the header line the program writes itself.
fn user_comments(text: &str) -> Vec<Pos> {
    if !may_have_comments(text) {
        return Vec::new();
    }
    let header_comment = super::save::HEADER.lines().nth(1).unwrap_or_default();
    locate::comments(text)
        .into_iter()
        .filter(|p| !(p.col == 1 && text.lines().nth(p.line - 1) == Some(header_comment)))
        .collect()
}

/// A fast byte scan: false when the text certainly has no comment besides the
/// program's own header line. Raw strings make it give up and say "maybe".
fn may_have_comments(text: &str) -> bool {
    let header = super::save::HEADER;
    let body = text.strip_prefix(header).unwrap_or(text);
    let b = body.as_bytes();
    let mut in_string = false;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' if in_string => i += 1,
            b'"' => in_string = !in_string,
            b'/' if !in_string && matches!(b.get(i + 1), Some(b'/' | b'*')) => return true,
            b'r' if !in_string && matches!(b.get(i + 1), Some(b'#' | b'"')) => return true,
            _ => {}
        }
        i += 1;
    }
    false
}

/// Fill in line and column for problems found on the parsed plan.
pub(crate) fn locate_problems(text: &str, problems: &mut [super::Problem]) {
    let wanted: HashSet<String> = problems.iter().map(|p| p.path.clone()).collect();
    let found = locate::locate(text, &wanted);
    for p in problems.iter_mut() {
        // The value itself, or failing that the nearest enclosing value that exists
        // in the text (a field left out takes its default).
        let mut path = p.path.as_str();
        loop {
            if let Some(pos) = found.get(path) {
                p.pos = Some(*pos);
                break;
            }
            match path.rfind(['.', '[']) {
                Some(i) => path = &path[..i],
                None => break,
            }
        }
    }
    problems.sort_by_key(|p| {
        p.pos.unwrap_or(Pos {
            line: usize::MAX,
            col: 0,
        })
    });
}

pub(super) fn syntax(text: &str, e: ron::error::SpannedError) -> LoadError {
    let Pos { line, col } = Pos {
        line: e.span.start.line,
        col: e.span.start.col,
    };
    let message = match &e.code {
        ron::Error::ExceededRecursionLimit => {
            format!(
                "the file is nested more than {MAX_NESTING} levels deep; plan files are never this deep"
            )
        }
        ron::Error::Eof => {
            "the file ends too early: it may be truncated (a bracket or quote is not closed)"
                .to_string()
        }
        other => {
            let at_end = e.span.end.line.max(line) >= text.lines().count()
                && !text.trim_end().ends_with(')');
            if at_end {
                format!("{other} — the file ends here: it may be truncated")
            } else {
                other.to_string()
            }
        }
    };
    let excerpt = match text.lines().nth(line.saturating_sub(1)) {
        Some(l) => {
            // A window of the line around the column, so the caret is always shown.
            let skip = col.saturating_sub(1).saturating_sub(80);
            let lead = if skip > 0 { "…" } else { "" };
            let shown: String = l.chars().skip(skip).take(160).collect();
            let caret_at =
                (col.saturating_sub(1) - skip).min(shown.chars().count()) + lead.chars().count();
            let pad: String = lead
                .chars()
                .chain(shown.chars())
                .take(caret_at)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            format!("  {lead}{shown}\n  {pad}^")
        }
        None => String::new(),
    };
    LoadError::Syntax {
        line,
        col,
        message,
        excerpt,
    }
}
