//! The manifest of a sending: which plan was sent (its identity and the plan
//! itself, as sent), when, and which file went to which commune. Written beside
//! the work files as `_gui-xa.ron`; gathering reads it to merge every return
//! against exactly what was sent.

use super::RoundError;
use crate::i18n::{Both, tr_args};
use crate::model::{Date, Plan};
use serde::{Deserialize, Serialize};
use std::io::Read;
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
                why: Both::same(e.to_string()),
            })?;
        Ok(format!(
            "#![enable(implicit_some)]\n// NTM Planner: what was sent to the communes (Gửi xã). Keep this file beside the work files.\n{body}\n"
        ))
    }

    /// Write the manifest into a folder (atomically).
    pub fn save(&self, dir: &Path) -> Result<PathBuf, RoundError> {
        let path = dir.join(MANIFEST_FILE);
        let text = self.to_text()?;
        crate::format::save::write_atomic_located(&path, text.as_bytes())
            .map_err(RoundError::write)?;
        Ok(path)
    }

    pub fn load(path: &Path) -> Result<Manifest, RoundError> {
        let bad = |why: Both| RoundError::Manifest {
            path: path.display().to_string(),
            why,
        };
        let size = std::fs::metadata(path).map_err(RoundError::io(path))?.len();
        if size > MAX_BYTES {
            return Err(bad(Both::of(|lang| {
                tr_args(
                    lang,
                    "round-manifest-too-large",
                    &[("size", size.into()), ("limit", MAX_BYTES.into())],
                )
            })));
        }
        // Read no more than the limit, whatever the size said a moment ago.
        let mut bytes = Vec::new();
        crate::format::open_file(path)
            .and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes))
            .map_err(RoundError::io(path))?;
        if bytes.len() as u64 > MAX_BYTES {
            return Err(bad(Both::of(|lang| {
                tr_args(
                    lang,
                    "round-manifest-too-large",
                    &[("size", bytes.len().into()), ("limit", MAX_BYTES.into())],
                )
            })));
        }
        let text = crate::format::decode_text(&bytes).map_err(|e| match e {
            // Named as what it is, not as "not a plan file".
            crate::format::LoadError::NotText { what } => bad(Both::of(|lang| {
                tr_args(
                    lang,
                    "round-manifest-not-text",
                    &[("what", what.text(lang).as_str().into())],
                )
            })),
            e => bad(Both::of(|l| e.message(l))),
        })?;
        let text = crate::text::nfc(&text);
        crate::format::load::scan_text(&text).map_err(|e| bad(Both::of(|l| e.message(l))))?;
        // What kind of file and which version, from its first lines: a newer manifest
        // (or a plan given as one) is told as such even where its body does not read.
        let (format, version) = crate::format::locate::envelope(&text);
        if let Some(found) = format.filter(|f| f != FORMAT) {
            return Err(bad(other_format(&found)));
        }
        if let Some(found) = version
            .and_then(|v| v.parse::<u64>().ok())
            .filter(|&v| v > u64::from(VERSION))
        {
            return Err(bad(newer(found)));
        }
        let file: ManifestFile = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(&text)
            .map_err(|e| {
                let e = crate::format::syntax::syntax(&text, e);
                bad(Both::of(|l| e.message(l)))
            })?;
        if file.format != FORMAT {
            return Err(bad(other_format(&file.format)));
        }
        if file.version > VERSION {
            return Err(bad(newer(u64::from(file.version))));
        }
        // The plan as sent is the common version every return is merged against: it
        // keeps the rules of a plan file, and the list names its communes once each.
        let mut problems = crate::format::validate::problems(&file.manifest.plan);
        if !problems.is_empty() {
            for p in problems.list.iter_mut() {
                p.path = format!("manifest.{}", p.path);
            }
            crate::format::load::locate_problems(&text, &mut problems.list);
            return Err(bad(Both::of(|lang| {
                let n = problems.total();
                let head = tr_args(lang, "round-manifest-plan-invalid", &[("n", n.into())]);
                format!("{head}\n{}", problems.lines(lang))
            })));
        }
        if let Some(why) = file.manifest.list_problem() {
            return Err(bad(why));
        }
        Ok(file.manifest)
    }

    /// A commune of the list that is not in the plan sent, or listed twice.
    fn list_problem(&self) -> Option<Both> {
        let in_plan: std::collections::HashSet<&str> =
            self.plan.communes.iter().map(|c| c.id.as_str()).collect();
        let mut seen = std::collections::HashSet::new();
        for c in &self.communes {
            let key = if !in_plan.contains(c.id.as_str()) {
                "round-manifest-unknown-commune"
            } else if !seen.insert(c.id.as_str()) {
                "round-manifest-commune-twice"
            } else {
                continue;
            };
            let id = crate::text::shown(&c.id);
            return Some(Both::of(|lang| {
                tr_args(lang, key, &[("id", id.as_str().into())])
            }));
        }
        None
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

fn other_format(found: &str) -> Both {
    let found = crate::text::shown(found);
    Both::of(|lang| {
        tr_args(
            lang,
            "round-manifest-format",
            &[
                ("found", found.as_str().into()),
                ("expected", FORMAT.into()),
            ],
        )
    })
}

fn newer(found: u64) -> Both {
    Both::of(|lang| {
        tr_args(
            lang,
            "round-manifest-newer",
            &[
                ("found", found.to_string().as_str().into()),
                ("supported", VERSION.to_string().as_str().into()),
            ],
        )
    })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    /// A manifest in a folder of returns comes from anywhere: each way it can be wrong
    /// is said in both languages with its place, never in the libraries' English.
    #[test]
    fn a_bad_manifest_says_why_in_both_languages() {
        let tmp = tempfile::tempdir().unwrap();
        let cases: [(&str, &[u8], &str, &str); 6] = [
            ("empty", b"  \n", "Tệp trống", "empty"),
            (
                "truncated",
                b"(format: \"ntm-send-manifest\", version: 1, manifest: (",
                "dòng 1",
                "line 1",
            ),
            (
                "control",
                b"(format: \"ntm-send-\x1b[2Kmanifest\")",
                "ký tự điều khiển",
                "control character",
            ),
            (
                "other",
                // Told by its first lines, though its body would not read either.
                b"(format: \"ntm-plan\", version: 1, manifest: ())",
                "định dạng \"ntm-plan\"",
                "the format is \"ntm-plan\"",
            ),
            (
                "newer",
                b"(format: \"ntm-send-manifest\", version: 9, manifest: (a_field_of_version_9: 1))",
                "phiên bản 9",
                "version 9",
            ),
            (
                "bytes",
                &[0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0],
                "sổ tính",
                "workbook",
            ),
        ];
        for (name, bytes, vi, en) in cases {
            let path = tmp.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            let e = Manifest::load(&path).unwrap_err();
            let (got_vi, got_en) = (e.message(Lang::Vi), e.message(Lang::En));
            assert!(
                got_vi.contains("không phải danh sách gửi xã"),
                "{name}: {got_vi}"
            );
            assert!(got_vi.contains(vi), "{name}: {got_vi}");
            assert!(
                got_en.contains("is not a readable list"),
                "{name}: {got_en}"
            );
            assert!(got_en.contains(en), "{name}: {got_en}");
        }
        let missing = Manifest::load(&tmp.path().join("missing")).unwrap_err();
        assert!(
            missing.message(Lang::Vi).contains("không tìm thấy"),
            "{missing:?}"
        );
    }
}
