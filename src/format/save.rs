//! Writing a plan file: deterministic text, atomic replacement, a backup of the
//! previous file.
//!
//! The new text goes to a temporary file beside the target, is flushed and synced,
//! the previous file is copied to its backup, and the temporary file is renamed over
//! the target. At every moment the target holds either the old plan or the new one.

use super::{FORMAT_NAME, FORMAT_VERSION, SaveError, WriteStep, validate};
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
///
/// The text is checked as the loader checks a file (no control characters, nesting)
/// as well as the plan: the program never writes a file it would itself refuse.
pub fn save_file(plan: &Plan, path: &Path) -> Result<(), SaveError> {
    let problems = validate::problems(plan);
    if !problems.is_empty() {
        return Err(SaveError::Invalid(problems));
    }
    let text = to_string(plan)?;
    let header_comment = HEADER.lines().nth(1).unwrap_or_default();
    if let Err(e) = super::scan::scan(&text, header_comment) {
        return Err(SaveError::Invalid(super::Problems {
            list: vec![super::Problem {
                path: format!("{}:{}", e.pos.line, e.pos.col),
                pos: None,
                context: String::new(),
                message: e.message,
            }],
            more: 0,
        }));
    }
    let pending = PendingSave::prepare(path, text.as_bytes())?;
    pending.commit()
}

/// Write a file the user chose as the output of an export (a workbook, a picture, a
/// document): refused over any of `inputs` (the plan it is made from) and over a
/// read-only file; the file it replaces is kept as its backup (`NAME.bak.xlsx`).
pub fn write_export(path: &Path, bytes: &[u8], inputs: &[&Path]) -> Result<(), SaveError> {
    refuse_inputs(path, inputs)?;
    let pending = PendingSave::prepare(path, bytes)?;
    pending.commit()
}

/// Refuse to write `path` when it is one of `inputs` (the same file by another name
/// too: a link, another spelling of the folder, a hard link).
pub fn refuse_inputs(path: &Path, inputs: &[&Path]) -> Result<(), SaveError> {
    for input in inputs {
        if same_file(path, input) {
            return Err(SaveError::SameAsInput {
                path: path.to_path_buf(),
            });
        }
    }
    Ok(())
}

/// Whether two paths name the same existing file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    if a == b {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (fs::metadata(a), fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    matches!((fs::canonicalize(a), fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
}

/// Write bytes atomically (temporary file beside, flush, sync, rename), with no
/// backup: for the program's own files (recovery copies, preferences).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_located(path, bytes).map_err(|e| std::io::Error::other(e.to_string()))
}

/// [`write_atomic`] with the step that failed and the system's reason kept apart, for
/// a message in the user's language.
pub fn write_atomic_located(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    PendingSave::prepare(path, bytes)?.commit_without_backup()
}

/// Where a write to `target` really goes: through symbolic links to the file they
/// point at, so a link stays a link and its file is the one updated.
fn resolve_links(target: &Path) -> Result<PathBuf, SaveError> {
    let mut p = target.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let link = fs::read_link(&p).map_err(SaveError::io(target, WriteStep::Link))?;
                p = if link.is_absolute() {
                    link
                } else {
                    p.parent().unwrap_or_else(|| Path::new(".")).join(link)
                };
            }
            _ => return Ok(p),
        }
    }
    Err(SaveError::Io {
        path: target.to_path_buf(),
        step: WriteStep::Link,
        source: std::io::Error::other("too many levels of symbolic links"),
    })
}

/// The temporary files of writes to `name` in `dir` that were cut off (the program
/// was killed, the machine lost power) by a process that is gone: removed before the
/// next write, so they never pile up.
fn remove_stale_temps(dir: &Path, name: &str) {
    let prefix = format!(".{name}.");
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let me = std::process::id();
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(file) = file.to_str() else { continue };
        let Some(rest) = file.strip_prefix(&prefix) else {
            continue;
        };
        if !rest.ends_with(".tmp") {
            continue;
        }
        let Some((pid, _)) = rest.split_once('-') else {
            continue;
        };
        let Ok(pid) = pid.parse::<u32>() else {
            continue;
        };
        if pid == me || process_alive(pid, &entry.path()) {
            continue;
        }
        let _ = fs::remove_file(entry.path());
    }
}

/// Whether the process behind `/proc/PID` started more than a second after `temp`
/// was last written (so it cannot be the writer). False when anything is unknown.
fn linux_started_after(proc_dir: &Path, temp: &Path) -> bool {
    let since_boot = || -> Option<f64> {
        let stat = fs::read_to_string(proc_dir.join("stat")).ok()?;
        // Field 22 (starttime, in clock ticks since boot) counts from the field after
        // the command name, which may hold spaces and parentheses: split after the last ')'.
        let after = stat.rsplit_once(')')?.1;
        let ticks: f64 = after.split_whitespace().nth(19)?.parse().ok()?;
        // USER_HZ is 100 on every Linux the program runs on.
        Some(ticks / 100.0)
    };
    let boot = || -> Option<f64> {
        let stat = fs::read_to_string("/proc/stat").ok()?;
        stat.lines()
            .find_map(|l| l.strip_prefix("btime "))?
            .trim()
            .parse()
            .ok()
    };
    let written = || -> Option<f64> {
        let t = fs::metadata(temp).ok()?.modified().ok()?;
        Some(t.duration_since(std::time::UNIX_EPOCH).ok()?.as_secs_f64())
    };
    match (since_boot(), boot(), written()) {
        (Some(s), Some(b), Some(w)) => b + s > w + 1.0,
        _ => false,
    }
}

/// Whether the process that owns a temporary file may still be writing it.
fn process_alive(pid: u32, temp: &Path) -> bool {
    if cfg!(target_os = "linux") && Path::new("/proc/self").exists() {
        let proc_dir = Path::new("/proc").join(pid.to_string());
        if !proc_dir.exists() {
            return false;
        }
        // Process ids are reused (32.768 of them on many systems): a process that
        // started after the file was last written is not the one that wrote it.
        return !linux_started_after(&proc_dir, temp);
    }
    if cfg!(windows) {
        // Windows does not let a file open in another process be removed: trying is
        // the test (the caller removes it when this says no).
        return false;
    }
    // Elsewhere: a temporary file untouched for an hour is left over.
    let old = fs::metadata(temp)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age > std::time::Duration::from_secs(3600));
    !old
}

/// A save whose new content is written and synced beside the target but not yet
/// in place. Dropping it without [`PendingSave::commit`] removes the temporary file
/// and leaves the target untouched.
pub struct PendingSave {
    /// The path the caller named (for messages).
    target: PathBuf,
    /// The file written: the target, or the file its links lead to.
    real: PathBuf,
    temp: PathBuf,
    committed: bool,
}

impl PendingSave {
    pub fn prepare(target: &Path, bytes: &[u8]) -> Result<PendingSave, SaveError> {
        let real = resolve_links(target)?;
        if let Ok(meta) = fs::metadata(&real)
            && !meta.is_file()
        {
            return Err(SaveError::NotAFile {
                path: target.to_path_buf(),
            });
        }
        let dir = match real.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = real
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "plan".into());
        remove_stale_temps(&dir, &name);
        static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let temp = dir.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
        let mut pending = PendingSave {
            target: target.to_path_buf(),
            real,
            temp,
            committed: false,
        };
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&pending.temp)
            .map_err(SaveError::io(target, WriteStep::Create))?;
        let written = f
            .write_all(bytes)
            .and_then(|()| f.flush())
            .map_err(SaveError::io(target, WriteStep::Write));
        if let Err(e) = written {
            drop(f);
            pending.discard();
            return Err(e);
        }
        if let Err(e) = f.sync_all() {
            drop(f);
            pending.discard();
            return Err(SaveError::Io {
                path: target.to_path_buf(),
                step: WriteStep::Sync,
                source: e,
            });
        }
        Ok(pending)
    }

    fn discard(&mut self) {
        let _ = fs::remove_file(&self.temp);
        self.committed = true;
    }

    pub fn temp_path(&self) -> &Path {
        &self.temp
    }

    /// Refuse to replace a read-only file: rename would succeed on Unix and silently
    /// defeat the user's protection.
    fn refuse_read_only(&self) -> Result<bool, SaveError> {
        match fs::metadata(&self.real) {
            Ok(meta) if meta.permissions().readonly() => Err(SaveError::ReadOnly {
                path: self.target.clone(),
            }),
            Ok(_) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(SaveError::Io {
                path: self.target.clone(),
                step: WriteStep::ReadExisting,
                source: e,
            }),
        }
    }

    /// Replace the target without keeping a backup of it.
    pub fn commit_without_backup(mut self) -> Result<(), SaveError> {
        self.refuse_read_only()?;
        fs::rename(&self.temp, &self.real)
            .map_err(SaveError::io(&self.target, WriteStep::Replace))?;
        self.committed = true;
        sync_dir(&self.real);
        Ok(())
    }

    /// Replace the target, keeping the file it replaces as its backup.
    pub fn commit(mut self) -> Result<(), SaveError> {
        if self.refuse_read_only()? {
            let backup = backup_path(&self.real);
            let backup_temp = self.temp.with_extension("bak.tmp");
            let _ = fs::remove_file(&backup_temp);
            // A hard link keeps the old file as the backup at no cost; where the file
            // system has none (FAT on a USB stick), copy it.
            if fs::hard_link(&self.real, &backup_temp).is_err() {
                fs::copy(&self.real, &backup_temp).map_err(|e| {
                    let _ = fs::remove_file(&backup_temp);
                    SaveError::Io {
                        path: self.target.clone(),
                        step: WriteStep::Backup,
                        source: e,
                    }
                })?;
                if let Ok(f) = File::open(&backup_temp) {
                    let _ = f.sync_all();
                }
            }
            fs::rename(&backup_temp, &backup).map_err(|e| {
                let _ = fs::remove_file(&backup_temp);
                SaveError::Io {
                    path: backup.clone(),
                    step: WriteStep::Backup,
                    source: e,
                }
            })?;
            // When the backup already is the same file as the target (a save killed
            // between its two renames leaves them hard-linked), rename does nothing
            // and reports success (POSIX): the link made for the backup stays behind.
            let _ = fs::remove_file(&backup_temp);
        }
        fs::rename(&self.temp, &self.real)
            .map_err(SaveError::io(&self.target, WriteStep::Replace))?;
        self.committed = true;
        sync_dir(&self.real);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A save killed between its two renames leaves the backup and the target as
    /// two names of one file; the next save must not leave its backup link behind.
    #[test]
    fn a_backup_that_is_the_target_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("plan.ntm");
        fs::write(&real, b"old").unwrap();
        fs::hard_link(&real, backup_path(&real)).unwrap();
        PendingSave::prepare(&real, b"new")
            .and_then(PendingSave::commit)
            .unwrap();
        let left: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
        assert_eq!(fs::read(&real).unwrap(), b"new");
        assert_eq!(fs::read(backup_path(&real)).unwrap(), b"old");
    }

    /// A reused process id: the process now behind it started after the temporary
    /// file was written, so the file is not its own.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_process_that_started_after_the_write_is_not_the_writer() {
        let dir = tempfile::tempdir().unwrap();
        let temp = dir.path().join(".plan.ntm.1-1.tmp");
        fs::write(&temp, b"x").unwrap();
        let me = Path::new("/proc/self");
        // This process started before the file was written: it may be the writer.
        assert!(!linux_started_after(me, &temp));
        // A file last written long before this process started cannot be its own.
        let old = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
        File::options()
            .write(true)
            .open(&temp)
            .unwrap()
            .set_modified(old)
            .unwrap();
        assert!(linux_started_after(me, &temp));
    }
}
