//! The `.ntm` plan file: RON, UTF-8, with a format name and version at the top.
//! See `docs/file-format.md`.
//!
//! - [`load`]: bytes → plan, with every problem located by line and column.
//! - [`save`]: plan → text (deterministic) → atomic write with a backup.

mod decode;
mod errors;
pub mod fast;
pub mod load;
pub mod locate;
mod migrate;
pub mod save;
pub(crate) mod scan;
pub(crate) mod syntax;
pub mod validate;

pub use decode::{decode as decode_text, sniff};
pub use errors::{
    LoadError, MAX_LISTED, Problem, Problems, SaveError, WriteStep, file_unreadable, io_reason,
    problem_list,
};
pub use load::{Loaded, NotAFile, load_bytes, load_file, load_str, open_file, read_bounded};
pub use save::{backup_path, save_file, to_string};

/// The format name written at the top of every plan file.
pub const FORMAT_NAME: &str = "ntm-plan";
/// The format version this build writes. Files with a newer version are refused;
/// older ones are migrated on load.
pub const FORMAT_VERSION: u32 = 3;
/// The file extension, without the dot.
pub const EXTENSION: &str = "ntm";
/// Files larger than this are refused (a national plan is a few MiB).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Brackets nested deeper than this are refused (a plan nests about 30 deep at most,
/// with its funding tree at its deepest).
pub const MAX_NESTING: usize = 64;
/// The funding tree may not be deeper than this.
pub const MAX_FUNDING_DEPTH: usize = 12;

use crate::model::Plan;
use serde::{Deserialize, Serialize};

/// What a plan file holds at its top level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanFile {
    pub format: String,
    pub version: u32,
    pub plan: Plan,
}
