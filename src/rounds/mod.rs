//! Plans sent to every commune office and gathered back ("Gửi xã…", "Tổng hợp từ
//! thư mục…"), without the window:
//!
//! - [`send`]: one work file per commune into a folder — a `.ntm` with the
//!   commune's part of the plan (its record, villages, projects, own tasks, with the
//!   plan's header, criteria set and funding sources), or an `.xlsx` form
//!   ([`form`]) for an office without the program — and the [`manifest`] of what
//!   was sent;
//! - [`gather`]: every file in a folder read (a broken or foreign file does not
//!   stop the others), matched to its commune and to the manifest, checked, and
//!   three-way merged against exactly what was sent; the board of all communes,
//!   applied as one undoable edit;
//! - [`report`]: the consolidation report as a workbook.

pub mod form;
pub mod gather;
pub mod manifest;
pub mod report;
pub mod send;

pub use gather::{Board, Refusal, Return, Status, gather_dir, gather_files};
pub use manifest::{Form, MANIFEST_FILE, Manifest, SentCommune};
pub use send::{SendOptions, send};

use crate::i18n::Both;
use crate::lang::Lang;

#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum RoundError {
    /// A file or folder could not be read or made (the reason in both languages).
    #[error("{path}: {why}")]
    Io { path: String, why: Both },
    /// A file could not be written: the whole message (it names the file).
    #[error("{0}")]
    Write(Both),
    #[error("{path}: not a readable manifest of a sending: {why}")]
    Manifest { path: String, why: Both },
    #[error("{0}: the folder already has a sending; choose another folder or replace it")]
    AlreadySent(String),
    #[error("no commune chosen")]
    NoCommunes,
    #[error("the plan has no commune \"{0}\"")]
    UnknownCommune(String),
    #[error("{path}: {why}")]
    Form { path: String, why: Both },
    #[error("no manifest of a sending (_gui-xa.ron) in {0} or the folder above it")]
    NoManifest(String),
    #[error("cancelled")]
    Cancelled,
}

impl RoundError {
    /// A file or folder the system refused.
    pub(crate) fn io(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> RoundError {
        let path = path.display().to_string();
        move |e| RoundError::Io {
            path,
            why: Both::of(|lang| crate::format::io_reason(lang, &e)),
        }
    }

    /// A workbook that could not be made, named by the file it was for (the workbook
    /// writers make bytes and do not know it).
    pub(crate) fn for_file(self, path: &std::path::Path) -> RoundError {
        match self {
            RoundError::Form { why, .. } => RoundError::Form {
                path: path.display().to_string(),
                why,
            },
            e => e,
        }
    }

    /// A write that failed (atomic, so the file is as it was).
    pub(crate) fn write(e: crate::format::SaveError) -> RoundError {
        RoundError::Write(Both::of(|lang| e.message(lang)))
    }

    pub fn message(&self, lang: Lang) -> String {
        use crate::i18n::tr_args;
        match self {
            RoundError::Io { path, why } => tr_args(
                lang,
                "round-error-io",
                &[
                    ("path", path.as_str().into()),
                    ("error", why.text(lang).into()),
                ],
            ),
            RoundError::Write(why) => why.text(lang).to_string(),
            RoundError::Manifest { path, why } => tr_args(
                lang,
                "round-error-manifest",
                &[
                    ("path", path.as_str().into()),
                    ("error", why.text(lang).into()),
                ],
            ),
            RoundError::AlreadySent(p) => tr_args(
                lang,
                "round-error-already-sent",
                &[("path", p.as_str().into())],
            ),
            RoundError::NoCommunes => crate::i18n::tr(lang, "round-error-no-communes"),
            RoundError::UnknownCommune(c) => tr_args(
                lang,
                "round-error-unknown-commune",
                &[("id", c.as_str().into())],
            ),
            RoundError::Form { path, why } => tr_args(
                lang,
                "round-error-form",
                &[
                    ("path", path.as_str().into()),
                    ("error", why.text(lang).into()),
                ],
            ),
            RoundError::NoManifest(p) => tr_args(
                lang,
                "round-error-no-manifest",
                &[("path", p.as_str().into())],
            ),
            RoundError::Cancelled => crate::i18n::tr(lang, "toast-cancelled"),
        }
    }
}

/// A file's modification time as "dd/mm/yyyy hh:mm", in Vietnam's time (UTC+7,
/// no daylight saving), for the board.
pub fn file_time(path: &std::path::Path) -> Option<String> {
    let t = std::fs::metadata(path).ok()?.modified().ok()?;
    let secs = t.duration_since(std::time::UNIX_EPOCH).ok()?.as_secs() as i64 + 7 * 3600;
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = secs.div_euclid(86400) + 719_468;
    let rem = secs.rem_euclid(86400);
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Some(format!(
        "{d:02}/{m:02}/{y} {:02}:{:02}",
        rem / 3600,
        rem % 3600 / 60
    ))
}

/// A path's file name for the board and messages ("ta-leng.ntm").
pub fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// A file name from a commune's name: "Tả Lèng" → "ta-leng" (letters and digits
/// only, so it travels by email and opens on every system).
pub fn file_stem(name: &str) -> String {
    let folded = crate::text::fold(name);
    let mut out = String::with_capacity(folded.len().min(STEM_MAX + 1));
    for c in folded.chars() {
        if out.len() >= STEM_MAX {
            break;
        }
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "xa".into() } else { out }
}

/// The longest file stem made from a name: a commune's name can be any length, a
/// file name cannot (255 bytes on most systems, with the id and extension added).
const STEM_MAX: usize = 60;

#[cfg(test)]
mod tests {
    #[test]
    fn file_stems_are_plain() {
        assert_eq!(super::file_stem("Tả Lèng"), "ta-leng");
        assert_eq!(super::file_stem("Xã Đồng Văn (mới)"), "xa-dong-van-moi");
        assert_eq!(super::file_stem("***"), "xa");
        // A name of 42.000 letters makes a file name a system accepts.
        let long = super::file_stem(&"Dài ".repeat(14_000));
        assert!(
            long.len() <= super::STEM_MAX && long.starts_with("dai-dai"),
            "{long}"
        );
        assert!(!long.ends_with('-'));
    }
}
