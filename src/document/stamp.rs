//! What a file looked like when we last read or wrote it, to notice another
//! program (or another office's copy) saving over it.

use std::hash::{DefaultHasher, Hasher};
use std::path::Path;
use std::time::SystemTime;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiskStamp {
    pub len: u64,
    pub modified: Option<SystemTime>,
    pub hash: u64,
}

fn hash(bytes: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    h.write(bytes);
    h.finish()
}

impl DiskStamp {
    pub fn of_bytes(path: &Path, bytes: &[u8]) -> DiskStamp {
        let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        DiskStamp {
            len: bytes.len() as u64,
            modified,
            hash: hash(bytes),
        }
    }

    pub fn of_file(path: &Path) -> Option<DiskStamp> {
        let bytes = read(path).ok()?;
        Some(DiskStamp::of_bytes(path, &bytes))
    }

    /// True when the file now differs in content (a touched but identical file does
    /// not count), or is gone.
    pub fn differs_from_disk(&self, path: &Path) -> bool {
        let Ok(meta) = std::fs::metadata(path) else {
            return true;
        };
        if meta.len() != self.len {
            // Another length is another content: no need to read it (it may be huge).
            return true;
        }
        if meta.modified().ok() == self.modified {
            return false;
        }
        match read(path) {
            Ok(bytes) => bytes.len() as u64 != self.len || hash(&bytes) != self.hash,
            Err(_) => true,
        }
    }
}

/// The file's bytes (a path that has become a pipe or a device is not read: it could
/// wait for ever).
fn read(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    crate::format::open_file(path)?.read_to_end(&mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_rewritten_with_other_content_differs_and_a_touched_one_does_not() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("plan.ntm");
        std::fs::write(&p, b"(version: 1)").unwrap();
        let stamp = DiskStamp::of_file(&p).unwrap();
        assert!(!stamp.differs_from_disk(&p));

        // The same bytes written again (a new modification time): not a change.
        std::fs::write(&p, b"(version: 1)").unwrap();
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
        std::fs::File::options()
            .write(true)
            .open(&p)
            .unwrap()
            .set_modified(later)
            .unwrap();
        assert!(!stamp.differs_from_disk(&p));

        // Same length, other bytes: read and compared.
        std::fs::write(&p, b"(version: 2)").unwrap();
        assert!(stamp.differs_from_disk(&p));

        // Another length: a change, told from the length alone.
        std::fs::write(&p, b"(version: 1, more: ())").unwrap();
        assert!(stamp.differs_from_disk(&p));

        std::fs::remove_file(&p).unwrap();
        assert!(stamp.differs_from_disk(&p));
    }

    #[cfg(unix)]
    #[test]
    fn a_file_replaced_by_a_pipe_of_the_same_length_is_a_change_not_a_wait() {
        // A fifo has length 0: a stamp of an empty file meets it with the same length
        // and another time, and must not wait on it for ever.
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("plan.ntm");
        std::fs::write(&p, b"").unwrap();
        let stamp = DiskStamp::of_file(&p).unwrap();
        std::fs::remove_file(&p).unwrap();
        let made = std::process::Command::new("mkfifo").arg(&p).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo (coreutils)");
        assert!(stamp.differs_from_disk(&p));
    }
}
