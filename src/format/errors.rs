//! What can go wrong reading or writing a plan file, in words a planner can act on,
//! in Vietnamese and English: every error has `message(lang)`; `Display` is the
//! English text, for logs.
//!
//! Messages are bounded: a problem quotes at most [`crate::text::QUOTE_CHARS`]
//! characters of the file's text (control characters shown as escapes), and a plan
//! with many problems lists the first [`MAX_LISTED`] and counts the rest.

use super::locate::Pos;
use crate::i18n::{Message, tr, tr_args};
use crate::lang::Lang;
use std::fmt;
use std::path::{Path, PathBuf};

/// How many problems a load or save error lists; the rest are counted.
pub const MAX_LISTED: usize = 100;

/// One semantic problem in a plan that parsed: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Path of the offending value, e.g. `plan.communes[3].baseline_unmet[1]`.
    pub path: String,
    /// Line and column in the file, when it came from a file.
    pub pos: Option<Pos>,
    /// A readable name for where it is ("xã Tả Lèng"), when there is one (bounded).
    pub context: String,
    pub message: Message,
}

impl Problem {
    /// One line: place, path, name and what is wrong.
    pub fn text(&self, lang: Lang) -> String {
        let mut out = String::new();
        if let Some(p) = self.pos {
            out.push_str(&at(lang, p.line, p.col));
            out.push_str(": ");
        }
        out.push_str(&self.path);
        if !self.context.is_empty() {
            out.push_str(" (");
            out.push_str(&self.context);
            out.push(')');
        }
        out.push_str(": ");
        out.push_str(&self.message.text(lang));
        out
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// The problems of a plan: the first [`MAX_LISTED`], and how many more there are.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Problems {
    pub list: Vec<Problem>,
    /// Problems found beyond the listed ones.
    pub more: usize,
}

impl Problems {
    pub fn is_empty(&self) -> bool {
        self.list.is_empty() && self.more == 0
    }

    /// Every problem found, listed or not.
    pub fn total(&self) -> usize {
        self.list.len() + self.more
    }

    /// The problems one a line, with how many more were found.
    pub fn lines(&self, lang: Lang) -> String {
        let mut out: Vec<String> = self
            .list
            .iter()
            .map(|p| format!("  - {}", p.text(lang)))
            .collect();
        if self.more > 0 {
            out.push(format!(
                "  - {}",
                tr_args(lang, "load-problems-more", &[("n", self.more.into())])
            ));
        }
        out.join("\n")
    }
}

impl std::ops::Deref for Problems {
    type Target = [Problem];
    fn deref(&self) -> &[Problem] {
        &self.list
    }
}

/// "line 3, column 7" / "dòng 3, cột 7".
pub fn at(lang: Lang, line: usize, col: usize) -> String {
    tr_args(
        lang,
        "load-at",
        &[
            ("line", line.to_string().as_str().into()),
            ("col", col.to_string().as_str().into()),
        ],
    )
}

/// Why a file could not be read or written, from the system's error, in the
/// user's language (the system's own words follow in English, for support).
pub fn io_reason(lang: Lang, e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    if e.get_ref().is_some_and(|x| x.is::<super::NotAFile>()) {
        return tr(lang, "io-not-a-file");
    }
    let key = match e.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission-denied",
        K::IsADirectory => "io-is-a-directory",
        K::StorageFull => "io-storage-full",
        K::ReadOnlyFilesystem => "io-read-only-filesystem",
        K::QuotaExceeded => "io-quota-exceeded",
        K::FileTooLarge => "io-file-too-large",
        K::InvalidFilename => "io-invalid-filename",
        K::ResourceBusy => "io-busy",
        K::NotADirectory => "io-not-a-directory",
        K::CrossesDevices => "io-crosses-devices",
        K::InvalidData => "io-invalid-data",
        K::UnexpectedEof => "io-unexpected-eof",
        _ => "io-other",
    };
    let os = crate::text::shown_max(&e.to_string(), 200);
    tr_args(lang, key, &[("os", os.as_str().into())])
}

/// Why a file of another kind than a plan (a unit register, a criteria crosswalk)
/// could not be read: the system's refusal as it is (it names the file); a file that
/// is not text named as what it is (`not_text_key`, with `file` and `what`); else the
/// loader's located reason after the file (`unreadable_key`, with `file` and `why`).
pub fn file_unreadable(
    lang: Lang,
    path: &Path,
    error: &LoadError,
    not_text_key: &str,
    unreadable_key: &str,
) -> String {
    let file = path_arg(path);
    match error {
        LoadError::Io { .. } => error.message(lang),
        LoadError::NotText { what } => tr_args(
            lang,
            not_text_key,
            &[
                ("file", file.as_str().into()),
                ("what", what.text(lang).as_str().into()),
            ],
        ),
        _ => tr_args(
            lang,
            unreadable_key,
            &[
                ("file", file.as_str().into()),
                ("why", error.message(lang).as_str().into()),
            ],
        ),
    }
}

/// A heading (`key`, with `file` and `n`) over the first [`MAX_LISTED`] problems of a
/// file, one a line, and how many more there are.
pub fn problem_list(lang: Lang, key: &str, path: &Path, problems: &[String]) -> String {
    let file = path_arg(path);
    let mut lines = vec![tr_args(
        lang,
        key,
        &[("file", file.as_str().into()), ("n", problems.len().into())],
    )];
    lines.extend(problems.iter().take(MAX_LISTED).map(|p| format!("  - {p}")));
    if problems.len() > MAX_LISTED {
        lines.push(format!(
            "  - {}",
            tr_args(
                lang,
                "load-problems-more",
                &[("n", (problems.len() - MAX_LISTED).into())]
            )
        ));
    }
    lines.join("\n")
}

fn path_arg(path: &Path) -> String {
    crate::text::shown_max(&path.display().to_string(), 400)
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}", self.message(Lang::En))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}", self.message(Lang::En))]
    TooLarge { size: u64, limit: u64 },
    /// Nothing but whitespace or a byte-order mark.
    #[error("{}", self.message(Lang::En))]
    Empty,
    /// The bytes are not text this program reads; where, when it is known.
    #[error("{}", self.message(Lang::En))]
    Encoding { pos: Option<Pos>, message: Message },
    /// Not a plan at all: a workbook, a zip, a picture, a PDF.
    #[error("{}", self.message(Lang::En))]
    NotText { what: Message },
    #[error("{}", self.message(Lang::En))]
    Syntax {
        line: usize,
        col: usize,
        message: Message,
        /// The offending line with a caret under the column.
        excerpt: String,
    },
    #[error("{}", self.message(Lang::En))]
    NotAPlan(Message),
    #[error("{}", self.message(Lang::En))]
    NewerVersion { found: u32, supported: u32 },
    #[error("{}", self.message(Lang::En))]
    Migration { from: u32, message: Message },
    #[error("{}", self.message(Lang::En))]
    Invalid(Problems),
}

impl LoadError {
    /// The error in a language, every line of it.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LoadError::Io { path, source } => tr_args(
                lang,
                "load-io",
                &[
                    ("path", path_arg(path).as_str().into()),
                    ("reason", io_reason(lang, source).as_str().into()),
                ],
            ),
            LoadError::TooLarge { size, limit } => tr_args(
                lang,
                "load-too-large",
                &[("size", (*size).into()), ("limit", (*limit).into())],
            ),
            LoadError::Empty => tr(lang, "load-empty"),
            LoadError::Encoding { pos, message } => match pos {
                Some(p) => format!("{}: {}", at(lang, p.line, p.col), message.text(lang)),
                None => message.text(lang),
            },
            LoadError::NotText { what } => tr_args(
                lang,
                "load-not-text",
                &[("what", what.text(lang).as_str().into())],
            ),
            LoadError::Syntax {
                line,
                col,
                message,
                excerpt,
            } => {
                let head = format!("{}: {}", at(lang, *line, *col), message.text(lang));
                if excerpt.is_empty() {
                    head
                } else {
                    format!("{head}\n{excerpt}")
                }
            }
            LoadError::NotAPlan(m) => tr_args(
                lang,
                "load-not-a-plan",
                &[("why", m.text(lang).as_str().into())],
            ),
            LoadError::NewerVersion { found, supported } => tr_args(
                lang,
                "load-newer-version",
                &[
                    ("found", found.to_string().as_str().into()),
                    ("supported", supported.to_string().as_str().into()),
                ],
            ),
            LoadError::Migration { from, message } => tr_args(
                lang,
                "load-migration",
                &[
                    ("from", from.to_string().as_str().into()),
                    ("why", message.text(lang).as_str().into()),
                ],
            ),
            LoadError::Invalid(problems) => format!(
                "{}\n{}",
                tr_args(lang, "load-problems", &[("n", problems.total().into())]),
                problems.lines(lang)
            ),
        }
    }
}

/// The step of a write that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteStep {
    /// Creating the temporary file beside the target.
    Create,
    /// Writing the bytes (a full disk).
    Write,
    /// Flushing them to the disk.
    Sync,
    /// Reading the file being replaced (its permissions, for the backup).
    ReadExisting,
    /// Keeping the previous file as the backup.
    Backup,
    /// Putting the new file in place.
    Replace,
    /// Finding where a link points.
    Link,
}

impl WriteStep {
    fn key(self) -> &'static str {
        match self {
            WriteStep::Create => "save-step-create",
            WriteStep::Write => "save-step-write",
            WriteStep::Sync => "save-step-sync",
            WriteStep::ReadExisting => "save-step-read-existing",
            WriteStep::Backup => "save-step-backup",
            WriteStep::Replace => "save-step-replace",
            WriteStep::Link => "save-step-link",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The plan would not load back: the program never writes a file it would refuse.
    #[error("{}", self.message(Lang::En))]
    Invalid(Problems),
    #[error("{}", self.message(Lang::En))]
    Serialize(String),
    #[error("{}", self.message(Lang::En))]
    Io {
        path: PathBuf,
        step: WriteStep,
        #[source]
        source: std::io::Error,
    },
    /// The target is read-only: the user protected it.
    #[error("{}", self.message(Lang::En))]
    ReadOnly { path: PathBuf },
    /// The target is the file the output is made from (an export over its own plan).
    #[error("{}", self.message(Lang::En))]
    SameAsInput { path: PathBuf },
    /// The target is a folder or another kind of thing than a file.
    #[error("{}", self.message(Lang::En))]
    NotAFile { path: PathBuf },
    /// A new plan has no file yet.
    #[error("{}", self.message(Lang::En))]
    NoPath,
}

impl SaveError {
    pub(crate) fn io(path: &Path, step: WriteStep) -> impl FnOnce(std::io::Error) -> SaveError {
        let path = path.to_path_buf();
        move |source| SaveError::Io { path, step, source }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            SaveError::Invalid(problems) => format!(
                "{}\n{}",
                tr_args(lang, "save-invalid", &[("n", problems.total().into())]),
                problems.lines(lang)
            ),
            SaveError::Serialize(e) => tr_args(
                lang,
                "save-serialize",
                &[("why", crate::text::shown_max(e, 400).as_str().into())],
            ),
            SaveError::Io { path, step, source } => tr_args(
                lang,
                "save-io",
                &[
                    ("path", path_arg(path).as_str().into()),
                    ("step", tr(lang, step.key()).as_str().into()),
                    ("reason", io_reason(lang, source).as_str().into()),
                ],
            ),
            SaveError::ReadOnly { path } => tr_args(
                lang,
                "save-read-only",
                &[("path", path_arg(path).as_str().into())],
            ),
            SaveError::SameAsInput { path } => tr_args(
                lang,
                "save-same-as-input",
                &[("path", path_arg(path).as_str().into())],
            ),
            SaveError::NotAFile { path } => tr_args(
                lang,
                "save-not-a-file",
                &[("path", path_arg(path).as_str().into())],
            ),
            SaveError::NoPath => tr(lang, "save-no-path"),
        }
    }
}
