//! What can go wrong reading or writing a plan file, in words a planner can act on.

use super::locate::Pos;
use std::fmt;
use std::path::PathBuf;
use thiserror::Error;

/// One semantic problem in a plan that parsed: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Path of the offending value, e.g. `plan.communes[3].baseline_unmet[1]`.
    pub path: String,
    /// Line and column in the file, when it came from a file.
    pub pos: Option<Pos>,
    /// A readable name for where it is ("xã Tả Lèng"), when there is one.
    pub context: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = self.pos {
            write!(f, "line {}, column {}: ", p.line, p.col)?;
        }
        if self.context.is_empty() {
            write!(f, "{}: {}", self.path, self.message)
        } else {
            write!(f, "{} ({}): {}", self.path, self.context, self.message)
        }
    }
}

#[derive(Debug, Error)]
pub enum LoadError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the file is {size} bytes; plan files over {limit} bytes are refused")]
    TooLarge { size: u64, limit: u64 },
    #[error("the file is empty")]
    Empty,
    #[error("{0}")]
    Encoding(String),
    #[error("line {line}, column {col}: {message}\n{excerpt}")]
    Syntax {
        line: usize,
        col: usize,
        message: String,
        /// The offending line with a caret under the column.
        excerpt: String,
    },
    #[error("this is not an NTM plan file: {0}")]
    NotAPlan(String),
    #[error(
        "this plan was written in file format version {found}, newer than this program's version {supported}; update NTM Planner to open it"
    )]
    NewerVersion { found: u32, supported: u32 },
    #[error("cannot upgrade this plan from format version {from}: {message}")]
    Migration { from: u32, message: String },
    #[error("{} problem(s) in the plan:\n{}", .0.len(), .0.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<Problem>),
}

#[derive(Debug, Error)]
pub enum SaveError {
    #[error("the plan cannot be saved as it is:\n{}", .0.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<Problem>),
    #[error("cannot write the plan: {0}")]
    Serialize(String),
    #[error("cannot save to {path}: {what}: {source}")]
    Io {
        path: PathBuf,
        what: &'static str,
        #[source]
        source: std::io::Error,
    },
}

impl SaveError {
    pub(crate) fn io(
        path: &std::path::Path,
        what: &'static str,
    ) -> impl FnOnce(std::io::Error) -> SaveError {
        let path = path.to_path_buf();
        move |source| SaveError::Io { path, what, source }
    }
}
