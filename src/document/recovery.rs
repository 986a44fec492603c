//! Recovery copies: while a plan has unsaved changes, a copy is written atomically
//! to the user's app-data folder every 30 seconds or so. After a crash or a kill the
//! next start offers to restore it; a clean save or a discard removes it.

use crate::format::save::write_atomic;
use crate::model::Plan;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How often a dirty document is copied.
pub const INTERVAL: Duration = Duration::from_secs(30);

/// A fresh key for a document's recovery copy.
pub fn new_key() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    let t = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    format!(
        "{t}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecoveryInfo {
    /// The file the plan belongs to, if it had one.
    pub original: Option<PathBuf>,
    /// Seconds since 1970 when the copy was written.
    pub written: u64,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RecoveryEntry {
    pub key: String,
    pub info: RecoveryInfo,
    pub plan_path: PathBuf,
}

#[derive(Debug, Clone)]
pub struct RecoveryStore {
    dir: PathBuf,
}

impl RecoveryStore {
    pub fn new(dir: PathBuf) -> RecoveryStore {
        RecoveryStore { dir }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Write (or replace) the copy for `key`. The plan is written even if it would not
    /// pass validation: a recovery copy never refuses work.
    pub fn write(&self, key: &str, plan: &Plan, original: Option<&Path>) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let text =
            crate::format::to_string(plan).map_err(|e| std::io::Error::other(e.to_string()))?;
        write_atomic(&self.plan_path(key), text.as_bytes())?;
        let info = RecoveryInfo {
            original: original.map(Path::to_path_buf),
            written: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0),
            title: plan.header.title.clone(),
        };
        let meta = serde_json::to_vec_pretty(&info).map_err(std::io::Error::other)?;
        write_atomic(&self.info_path(key), &meta)
    }

    pub fn remove(&self, key: &str) {
        let _ = std::fs::remove_file(self.plan_path(key));
        let _ = std::fs::remove_file(self.info_path(key));
    }

    /// Every recovery copy left in the folder, newest first.
    pub fn list(&self) -> Vec<RecoveryEntry> {
        let Ok(rd) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut out: Vec<RecoveryEntry> = rd
            .flatten()
            .filter_map(|e| {
                let p = e.path();
                if p.extension()? != "json" {
                    return None;
                }
                let key = p.file_stem()?.to_string_lossy().into_owned();
                let info: RecoveryInfo = serde_json::from_slice(&std::fs::read(&p).ok()?).ok()?;
                let plan_path = self.plan_path(&key);
                plan_path.exists().then_some(RecoveryEntry {
                    key,
                    info,
                    plan_path,
                })
            })
            .collect();
        out.sort_by_key(|e| std::cmp::Reverse(e.info.written));
        out
    }

    fn plan_path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.ntm"))
    }

    fn info_path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.json"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria_sets;

    #[test]
    fn write_list_restore_remove() {
        let tmp = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(tmp.path().join("recovery"));
        assert!(store.list().is_empty());
        let mut plan = Plan::new_empty(
            criteria_sets::by_name("2026-2030").unwrap(),
            "Hà Giang",
            2026,
        );
        plan.header.number = "chưa lưu".into();
        store
            .write("k1", &plan, Some(Path::new("/tmp/ha-giang.ntm")))
            .unwrap();
        store
            .write("k1", &plan, Some(Path::new("/tmp/ha-giang.ntm")))
            .unwrap();
        let list = store.list();
        assert_eq!(list.len(), 1);
        assert_eq!(
            list[0].info.original.as_deref(),
            Some(Path::new("/tmp/ha-giang.ntm"))
        );
        let back = crate::format::load_file(&list[0].plan_path).unwrap().plan;
        assert_eq!(back, plan);
        store.remove("k1");
        assert!(store.list().is_empty());
        assert_eq!(
            std::fs::read_dir(store.dir()).unwrap().count(),
            0,
            "nothing left behind"
        );
    }
}
