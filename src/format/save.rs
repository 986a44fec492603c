//! Writing a plan file: deterministic text, atomic replacement, a backup of the
//! previous file.
//!
//! The new text goes to a temporary file beside the target, is flushed and synced,
//! the previous file is copied to its backup, and the temporary file is renamed over
//! the target. At every moment the target holds either the old plan or the new one.

use super::{FORMAT_NAME, FORMAT_VERSION, SaveError, validate};
use crate::model::Plan;
use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The first lines of every saved plan: the RON extension that lets optional values be
/// written plainly (`year: 2019`, not `year: Some(2019)`), and a pointer to the format doc.
pub const HEADER: &str =
    "#![enable(implicit_some)]\n// NTM Planner plan file. Format: docs/file-format.md\n";

/// The plan as file text. Deterministic: the same plan always gives the same bytes.
pub fn to_string(plan: &Plan) -> Result<String, SaveError> {
    let file = PlanFileRef {
        format: FORMAT_NAME,
        version: FORMAT_VERSION,
        plan,
    };
    let config = PrettyConfig::new()
        .indentor("    ".to_string())
        .new_line("\n".to_string())
        .struct_names(false)
        .separate_tuple_members(false)
        .compact_arrays(false)
        .depth_limit(4);
    let body = ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .to_string_pretty(&file, config)
        .map_err(|e| SaveError::Serialize(e.to_string()))?;
    let mut out = String::with_capacity(body.len() + HEADER.len() + 1);
    out.push_str(HEADER);
    out.push_str(&body);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Ok(out)
}

/// The borrowed twin of [`super::PlanFile`], so saving needs no copy of the plan.
#[derive(serde::Serialize)]
struct PlanFileRef<'a> {
    format: &'a str,
    version: u32,
    plan: &'a Plan,
}

/// Where the previous version of `path` is kept: `plan.ntm` → `plan.bak.ntm`.
pub fn backup_path(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = path
        .extension()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| super::EXTENSION.to_string());
    path.with_file_name(format!("{stem}.bak.{ext}"))
}

/// Validate, then write atomically, keeping the previous file as a backup.
pub fn save_file(plan: &Plan, path: &Path) -> Result<(), SaveError> {
    let problems = validate::problems(plan);
    if !problems.is_empty() {
        return Err(SaveError::Invalid(problems));
    }
    let text = to_string(plan)?;
    let pending = PendingSave::prepare(path, text.as_bytes())?;
    pending.commit()
}

/// Write bytes atomically (temporary file beside, flush, sync, rename), with no
/// backup: for recovery copies and preferences.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let pending =
        PendingSave::prepare(path, bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
    pending
        .commit_without_backup()
        .map_err(|e| std::io::Error::other(e.to_string()))
}

/// A save whose new content is written and synced beside the target but not yet
/// in place. Dropping it without [`PendingSave::commit`] removes the temporary file
/// and leaves the target untouched.
pub struct PendingSave {
    target: PathBuf,
    temp: PathBuf,
    committed: bool,
}

impl PendingSave {
    pub fn prepare(target: &Path, bytes: &[u8]) -> Result<PendingSave, SaveError> {
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = target
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "plan".into());
        let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let pending = PendingSave {
            target: target.to_path_buf(),
            temp,
            committed: false,
        };
        let mut f = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&pending.temp)
            .map_err(SaveError::io(target, "cannot create a file in its folder"))?;
        f.write_all(bytes)
            .map_err(SaveError::io(target, "writing failed (is the disk full?)"))?;
        f.flush().map_err(SaveError::io(target, "writing failed"))?;
        f.sync_all()
            .map_err(SaveError::io(target, "cannot flush the file to disk"))?;
        Ok(pending)
    }

    pub fn temp_path(&self) -> &Path {
        &self.temp
    }

    /// Replace the target without keeping a backup of it.
    pub fn commit_without_backup(mut self) -> Result<(), SaveError> {
        fs::rename(&self.temp, &self.target)
            .map_err(SaveError::io(&self.target, "cannot replace the file"))?;
        self.committed = true;
        sync_dir(&self.target);
        Ok(())
    }

    pub fn commit(mut self) -> Result<(), SaveError> {
        if self.target.exists() {
            // Refuse to replace a read-only file: rename would succeed on Unix and
            // silently defeat the user's protection.
            let meta = fs::metadata(&self.target)
                .map_err(SaveError::io(&self.target, "cannot read the existing file"))?;
            if meta.permissions().readonly() {
                return Err(SaveError::Io {
                    path: self.target.clone(),
                    what: "the file is read-only",
                    source: std::io::Error::new(
                        std::io::ErrorKind::PermissionDenied,
                        "read-only file",
                    ),
                });
            }
            let backup = backup_path(&self.target);
            let backup_temp = self.temp.with_extension("bak.tmp");
            let _ = fs::remove_file(&backup_temp);
            // A hard link keeps the old file as the backup at no cost; where the file
            // system has none (FAT on a USB stick), copy it.
            if fs::hard_link(&self.target, &backup_temp).is_err() {
                fs::copy(&self.target, &backup_temp)
                    .map_err(SaveError::io(&self.target, "cannot write the backup copy"))?;
                if let Ok(f) = File::open(&backup_temp) {
                    let _ = f.sync_all();
                }
            }
            fs::rename(&backup_temp, &backup).map_err(|e| {
                let _ = fs::remove_file(&backup_temp);
                SaveError::Io {
                    path: backup.clone(),
                    what: "cannot write the backup copy",
                    source: e,
                }
            })?;
        }
        fs::rename(&self.temp, &self.target)
            .map_err(SaveError::io(&self.target, "cannot replace the file"))?;
        self.committed = true;
        sync_dir(&self.target);
        Ok(())
    }
}

impl Drop for PendingSave {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_file(&self.temp);
        }
    }
}

#[cfg(unix)]
fn sync_dir(path: &Path) {
    if let Some(dir) = path.parent()
        && let Ok(d) = File::open(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        })
    {
        let _ = d.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_dir(_path: &Path) {}
