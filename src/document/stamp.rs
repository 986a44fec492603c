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
        if meta.len() == self.len && meta.modified().ok() == self.modified {
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
