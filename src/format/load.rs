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
    // (Within the size limit: read_bounded refuses more.)
    let text = super::decode::decode_owned(bytes)?;
    load_str(&text)
}

/// A file's bytes, refused before reading when it is larger than a plan can be
/// (and read only up to one byte past the limit, in case it grows meanwhile).
pub fn read_bounded(path: &Path) -> Result<Vec<u8>, LoadError> {
    let io = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = open_file(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
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

/// What a path names when it is not a file: a device, a pipe, a socket. Reading one
/// can wait for ever (a pipe nobody writes to) or never end (a device).
#[derive(Debug)]
pub struct NotAFile;

impl std::fmt::Display for NotAFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a file (a device, a pipe or a socket)")
    }
}

impl std::error::Error for NotAFile {}

/// Open a file to read, refusing a folder and what is not a file (see [`NotAFile`])
/// before opening it: opening a pipe for reading already waits for a writer. Every
/// file a user names is opened here (plans, workbooks, CSV, registers, crosswalks,
/// manifests, returns).
pub fn open_file(path: &Path) -> std::io::Result<std::fs::File> {
    fn kind(meta: &std::fs::Metadata) -> std::io::Result<()> {
        if meta.is_dir() {
            Err(std::io::Error::from(std::io::ErrorKind::IsADirectory))
        } else if !meta.is_file() {
            Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                NotAFile,
            ))
        } else {
            Ok(())
        }
    }
    kind(&std::fs::metadata(path)?)?;
    let file = std::fs::File::open(path)?;
    // What was opened, should the path have been changed in between.
    kind(&file.metadata()?)?;
    Ok(file)
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
        let nfc = is_nfc(text);
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

/// Whether the text is surely NFC (the quick check says yes), looking only at its
/// runs of non-ASCII characters: an ASCII character is NFC and starts no combining
/// sequence, so the quick check of the whole is yes exactly when it is yes for every
/// run between ASCII characters. Most of a plan file is ASCII (its layout and names
/// of fields), which this steps over eight bytes at a time; a run made only of
/// precomposed Latin and Vietnamese letters (each NFC and starting no sequence, see
/// [`precomposed_letter`]) is yes without the quick check's tables.
fn is_nfc(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(start) = next_non_ascii(b, i) {
        let end = b[start..]
            .iter()
            .position(|c| c.is_ascii())
            .map_or(b.len(), |k| start + k);
        // Both ends are at character boundaries: an ASCII byte, or the end.
        let run = text.get(start..end).unwrap_or_default();
        if !run.chars().all(precomposed_letter) && is_nfc_quick(run.chars()) != IsNormalized::Yes {
            return false;
        }
        i = end;
    }
    true
}

/// The first byte at or after `from` that is not ASCII.
fn next_non_ascii(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while i + 8 <= b.len() {
        let mut word = [0u8; 8];
        word.copy_from_slice(&b[i..i + 8]);
        if u64::from_ne_bytes(word) & 0x8080_8080_8080_8080 != 0 {
            break;
        }
        i += 8;
    }
    b.get(i..)?
        .iter()
        .position(|c| !c.is_ascii())
        .map(|k| i + k)
}

/// Latin-1 letters, Latin Extended-A, the Latin Extended-B letters up to ư, and
/// Latin Extended Additional's Vietnamese block (Ạ…ỹ): NFC and of combining class 0
/// (a unit test checks every one).
fn precomposed_letter(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{1B0}' | '\u{1EA0}'..='\u{1EF9}')
}

/// The scan of a text in the program's RON (a plan, a register, a crosswalk): control
/// characters and nesting refused with their place.
pub(crate) fn scan_text(text: &str) -> Result<scan::Scanned, LoadError> {
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
        // The program's own layout by the fast reader; anything else (and every
        // error, for its message) by `ron`.
        match super::fast::plan_file(text) {
            Ok(file) => file,
            Err(_) => ron_options().from_str(text).map_err(|e| syntax(text, e))?,
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_check_by_runs_agrees_with_the_whole() {
        let cases = [
            "",
            "Lai Châu",
            "Lai Cha\u{302}u",
            "a\u{301}",
            "\u{301}a",
            "Nậm Chà (\u{1ead}) x",
            "Nạ\u{302}m",
            "e\u{323}\u{302}",
            "e\u{302}\u{323}",
            "ồ ờ ở ỡ ợ",
            "한국어 ＡＢＣ",
            "\u{212b}ngström",
        ];
        for text in cases {
            let whole = is_nfc_quick(text.chars()) == IsNormalized::Yes;
            assert_eq!(is_nfc(text), whole, "{text:?}");
            let padded = format!("(name: \"{text}\", x: 1)");
            let whole = is_nfc_quick(padded.chars()) == IsNormalized::Yes;
            assert_eq!(is_nfc(&padded), whole, "{padded:?}");
        }
        assert!(!is_nfc("Cha\u{302}u"));
        assert!(!is_nfc(&format!("{}Cha\u{302}u", "x".repeat(37))));
    }

    #[test]
    fn precomposed_letters_are_nfc_and_start_no_sequence() {
        let letters = ('\u{C0}'..='\u{1B0}').chain('\u{1EA0}'..='\u{1EF9}');
        for c in letters {
            assert!(precomposed_letter(c));
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c}");
            assert_eq!(
                unicode_normalization::char::canonical_combining_class(c),
                0,
                "{c}"
            );
        }
    }
}
