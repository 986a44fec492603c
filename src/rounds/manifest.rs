//! The manifest of a sending: which plan was sent (its identity and the plan
//! itself, as sent), when, and which file went to which commune. Written beside
//! the work files as `_gui-xa.ron`; gathering reads it to merge every return
//! against exactly what was sent.

use super::RoundError;
use crate::model::{Date, Plan};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The manifest's file name in the sending's folder.
pub const MANIFEST_FILE: &str = "_gui-xa.ron";
pub const FORMAT: &str = "ntm-send-manifest";
pub const VERSION: u32 = 1;

/// How a commune's work file was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Form {
    /// A plan file, for an office with NTM Planner.
    Ntm,
    /// A workbook form, for an office without it.
    Xlsx,
}

impl Form {
    pub fn extension(self) -> &'static str {
        match self {
            Form::Ntm => "ntm",
            Form::Xlsx => "xlsx",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentCommune {
    /// The commune's id in the plan.
    pub id: String,
    pub name: String,
    /// The work file's name in the folder.
    pub file: String,
    pub form: Form,
    /// Fingerprint of the commune's part as sent.
    pub fingerprint: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The sending's identity, also written in every work file.
    pub round: String,
    pub sent: Date,
    pub province: String,
    pub year: u16,
    pub title: String,
    /// The plan's criteria set (id).
    pub criteria_set: String,
    /// Fingerprint of the plan as sent (of its file text): the revision sent.
    pub revision: String,
    /// The file the plan was sent from, for the reader.
    #[serde(default)]
    pub plan_file: String,
    pub communes: Vec<SentCommune>,
    /// The plan as sent: the common version every return is merged against.
    pub plan: Plan,
}

#[derive(Serialize, Deserialize)]
struct ManifestFile {
    format: String,
    version: u32,
    manifest: Manifest,
}

/// A manifest is a plan and a list: a national one stays far below this.
const MAX_BYTES: u64 = 4 * crate::format::MAX_FILE_BYTES;

impl Manifest {
    pub fn commune(&self, id: &str) -> Option<&SentCommune> {
        self.communes.iter().find(|c| c.id == id)
    }

    pub fn to_text(&self) -> Result<String, RoundError> {
        let file = ManifestFile {
            format: FORMAT.into(),
            version: VERSION,
            manifest: self.clone(),
        };
        let config = ron::ser::PrettyConfig::new()
            .indentor("  ".to_string())
            .new_line("\n".to_string())
            .depth_limit(3);
        let body = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .to_string_pretty(&file, config)
            .map_err(|e| RoundError::Manifest {
                path: String::new(),
                message: e.to_string(),
            })?;
        Ok(format!(
            "#![enable(implicit_some)]\n// NTM Planner: what was sent to the communes (Gửi xã). Keep this file beside the work files.\n{body}\n"
        ))
    }

    /// Write the manifest into a folder (atomically).
    pub fn save(&self, dir: &Path) -> Result<PathBuf, RoundError> {
        let path = dir.join(MANIFEST_FILE);
        let text = self.to_text()?;
        crate::format::save::write_atomic(&path, text.as_bytes()).map_err(|e| RoundError::Io {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        Ok(path)
    }

    pub fn load(path: &Path) -> Result<Manifest, RoundError> {
        let bad = |message: String| RoundError::Manifest {
            path: path.display().to_string(),
            message,
        };
        let size = std::fs::metadata(path)
            .map_err(|e| RoundError::Io {
                path: path.display().to_string(),
                message: e.to_string(),
            })?
            .len();
        if size > MAX_BYTES {
            return Err(bad(format!("{size} bytes")));
        }
        let bytes = std::fs::read(path).map_err(|e| RoundError::Io {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        let text = crate::format::decode_text(&bytes).map_err(|e| bad(e.to_string()))?;
        let file: ManifestFile = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(&text)
            .map_err(|e| bad(e.to_string()))?;
        if file.format != FORMAT {
            return Err(bad(format!("format \"{}\"", file.format)));
        }
        if file.version > VERSION {
            return Err(bad(format!("version {}", file.version)));
        }
        Ok(file.manifest)
    }

    /// The manifest for a folder of returns: in the folder, or in the folder above
    /// (returns saved into a sub-folder of the sending's folder).
    pub fn find(dir: &Path) -> Option<PathBuf> {
        [Some(dir), dir.parent()]
            .into_iter()
            .flatten()
            .map(|d| d.join(MANIFEST_FILE))
            .find(|p| p.is_file())
    }
}

/// A short fingerprint of text (FNV-1a, 64 bits, as hex). It only tells versions
/// apart; nothing here needs a cryptographic hash, so it is the few lines below
/// rather than a dependency.
pub fn fingerprint(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Fingerprint of a plan: of its file text, which is deterministic.
pub fn plan_fingerprint(plan: &Plan) -> String {
    fingerprint(&crate::format::save::to_string(plan).unwrap_or_default())
}
