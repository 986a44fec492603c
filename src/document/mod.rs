//! An open plan: the plan, where it lives on disk, its undo history and whether it
//! has unsaved changes. No UI here: the window sends [`Edit`]s, and
//! [`Document::apply`] is the one place a plan changes.

pub mod edit;
pub mod history;
pub mod recovery;
pub mod stamp;

pub use edit::{CellChange, Edit, HeaderField};
pub use history::History;
pub use stamp::DiskStamp;

use crate::format::{self, LoadError, SaveError};
use crate::model::Plan;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub struct Document {
    pub plan: Plan,
    /// Where it was opened from or last saved to; None for a new plan.
    pub path: Option<PathBuf>,
    history: History,
    /// What the file on disk looked like when we last read or wrote it.
    disk: Option<DiskStamp>,
    /// Things the loader said (comments not kept, a migration).
    pub notices: Vec<crate::i18n::Message>,
    /// Key of this document's recovery copy.
    pub recovery_key: String,
    /// Bumped on every change, so views can cache figures.
    revision: u64,
}

impl Document {
    pub fn new(plan: Plan) -> Document {
        Document {
            plan,
            path: None,
            history: History::default(),
            disk: None,
            notices: Vec::new(),
            recovery_key: recovery::new_key(),
            revision: 0,
        }
    }

    pub fn open(path: &Path) -> Result<Document, LoadError> {
        // Refused by its size before it is read: a huge file costs no memory.
        let bytes = format::read_bounded(path)?;
        let loaded = format::load_bytes(&bytes)?;
        let mut doc = Document::new(loaded.plan);
        doc.path = Some(path.to_path_buf());
        doc.disk = Some(DiskStamp::of_bytes(path, &bytes));
        doc.notices = loaded.notices;
        Ok(doc)
    }

    /// Apply an edit and record it for undo. Edits with the same `group` that follow
    /// each other closely (typing in one field) undo as one step.
    pub fn apply(&mut self, edit: Edit, group: Option<String>) {
        let label = edit.label();
        let inverse = edit.apply(&mut self.plan);
        self.history.record(inverse, label, group);
        self.revision += 1;
    }

    /// Apply an edit as one step of its own, named by `label` (a catalogue key) in
    /// the undo menu: an accepted import or a merge.
    pub fn apply_labelled(&mut self, edit: Edit, label: &str) {
        self.history.seal();
        let inverse = edit.apply(&mut self.plan);
        self.history.record(inverse, label.to_string(), None);
        self.history.seal();
        self.revision += 1;
    }

    /// Close the current undo group, so the next edit starts a new step
    /// (a text field lost focus, say).
    pub fn seal(&mut self) {
        self.history.seal();
    }

    pub fn undo(&mut self) -> bool {
        let done = self.history.undo(&mut self.plan);
        if done {
            self.revision += 1;
        }
        done
    }

    pub fn redo(&mut self) -> bool {
        let done = self.history.redo(&mut self.plan);
        if done {
            self.revision += 1;
        }
        done
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// The file name shown in the title bar.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string()),
            None => format!("{} {}", self.plan.header.province, self.plan.header.year)
                .trim()
                .to_string(),
        }
    }

    /// Whether the file on disk changed since we last read or wrote it.
    pub fn changed_on_disk(&self) -> bool {
        match (&self.path, &self.disk) {
            (Some(p), Some(stamp)) => stamp.differs_from_disk(p),
            _ => false,
        }
    }

    /// Save to the document's own path. On failure nothing changes: the document
    /// stays dirty and the file on disk is as it was.
    pub fn save(&mut self) -> Result<(), SaveError> {
        let Some(path) = self.path.clone() else {
            return Err(SaveError::NoPath);
        };
        self.save_as(&path)
    }

    pub fn save_as(&mut self, path: &Path) -> Result<(), SaveError> {
        format::save_file(&self.plan, path)?;
        self.path = Some(path.to_path_buf());
        self.disk = DiskStamp::of_file(path);
        self.history.mark_saved();
        self.notices.clear();
        Ok(())
    }

    /// Read the file again, dropping unsaved changes (undoable history is cleared).
    pub fn reload(&mut self) -> Result<(), LoadError> {
        let Some(path) = self.path.clone() else {
            return Ok(());
        };
        let fresh = Document::open(&path)?;
        let key = std::mem::take(&mut self.recovery_key);
        *self = fresh;
        self.recovery_key = key;
        self.revision += 1;
        Ok(())
    }

    /// The user chose to drop the unsaved changes (the document is about to be closed).
    pub fn mark_discarded(&mut self) {
        self.history.mark_saved();
    }

    /// Mark a document restored from a recovery copy: it is unsaved work.
    pub fn mark_restored(&mut self) {
        self.history.mark_unsaved();
    }
}
