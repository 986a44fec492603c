//! Reading a plan file. Never panics, never hangs: every failure is a [`LoadError`]
//! that says where and what.

use super::decode::decode;
use super::locate::{self, Pos};
use super::scan;
use super::syntax::syntax;
use super::{
    FORMAT_NAME, FORMAT_VERSION, LoadError, MAX_FILE_BYTES, MAX_NESTING, PlanFile, migrate,
    validate,
};
use crate::i18n::Message;
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
    pub notices: Vec<Message>,
}

pub(crate) fn ron_options() -> ron::Options {
    // The text's own nesting is bounded by the scan (brackets, MAX_NESTING); RON counts
    // a level for every value it enters (a record, its list, an option), so its limit
    // is higher, and only guards the parser's stack.
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING * 3)
}

pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    let bytes = read_bounded(path)?;
    load_bytes(&bytes)
}

/// A file's bytes, refused before reading when it is larger than a plan can be
/// (and read only up to one byte past the limit, in case it grows meanwhile).
pub fn read_bounded(path: &Path) -> Result<Vec<u8>, LoadError> {
    let io = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if meta.is_dir() {
        return Err(io(std::io::Error::from(std::io::ErrorKind::IsADirectory)));
    }
    let size = meta.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(bytes)
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
/// The NFC check and the scan (nesting, control characters, comments) run on a second
/// thread while RON parses: on a national plan they would otherwise add a third to
/// the load time.
pub fn load_str(text: &str) -> Result<Loaded, LoadError> {
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size: text.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    let side_work = |text: &str| {
        let nfc = is_nfc_quick(text.chars()) == IsNormalized::Yes;
        (nfc, scan_text(text))
    };
    let (parsed, side) = std::thread::scope(|scope| {
        let handle = scope.spawn(|| side_work(text));
        let parsed = parse(text);
        (parsed, handle.join())
    });
    let (nfc, scanned) = match side {
        Ok(s) => s,
        // The side thread could not run: do its work here.
        Err(_) => side_work(text),
    };
    let scanned = scanned?;
    if nfc {
        finish(text, parsed?, scanned)
    } else {
        // Not NFC: normalize and go again, in sequence.
        let normalized: String = text.nfc().collect();
        let scanned = scan_text(&normalized)?;
        let parsed = parse(&normalized)?;
        finish(&normalized, parsed, scanned)
    }
}

fn scan_text(text: &str) -> Result<scan::Scanned, LoadError> {
    let header_comment = super::save::HEADER.lines().nth(1).unwrap_or_default();
    scan::scan(text, header_comment).map_err(|e| LoadError::Syntax {
        line: e.pos.line,
        col: e.pos.col,
        message: e.message,
        excerpt: super::syntax::excerpt(text, e.pos.line, e.pos.col),
    })
}

/// Envelope, version, and the RON parse (or a migration).
fn parse(text: &str) -> Result<(PlanFile, u32), LoadError> {
    let (format, version) = locate::envelope(text);
    match format.as_deref() {
        Some(FORMAT_NAME) => {}
        Some(other) => {
            return Err(LoadError::NotAPlan(
                Message::new("load-format-other")
                    .arg("found", crate::text::shown(other))
                    .arg("expected", FORMAT_NAME),
            ));
        }
        None => {
            // Not recognizably ours; if it is not even RON, the syntax error is more
            // useful. Read without building anything (bounded memory).
            if let Err(e) = ron_options().from_str::<serde::de::IgnoredAny>(text) {
                return Err(syntax(text, e));
            }
            return Err(LoadError::NotAPlan(
                Message::new("load-no-format").arg("expected", FORMAT_NAME),
            ));
        }
    }
    let version = match version {
        None => return Err(LoadError::NotAPlan(Message::new("load-no-version"))),
        Some(v) => v.parse::<u32>().map_err(|_| {
            LoadError::NotAPlan(
                Message::new("load-version-not-number").arg("found", crate::text::shown(&v)),
            )
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
    scanned: scan::Scanned,
) -> Result<Loaded, LoadError> {
    let mut notices = Vec::new();
    if version < FORMAT_VERSION {
        notices.push(
            Message::new("notice-migrated")
                .arg("from", version.to_string())
                .arg("to", FORMAT_VERSION.to_string()),
        );
    }
    let mut problems = validate::problems(&file.plan);
    if !problems.is_empty() {
        locate_problems(text, &mut problems.list);
        return Err(LoadError::Invalid(problems));
    }
    if scanned.comment_count > 0 {
        let lines: Vec<String> = scanned
            .comments
            .iter()
            .map(|p| p.line.to_string())
            .collect();
        let more = if scanned.comment_count > lines.len() {
            ", …"
        } else {
            ""
        };
        notices.push(
            Message::new("notice-comments")
                .arg("n", scanned.comment_count)
                .arg("lines", format!("{}{more}", lines.join(", "))),
        );
    }
    Ok(Loaded {
        plan: file.plan,
        version,
        notices,
    })
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
