//! Long work (Excel export and import, loading a plan to compare or merge) on a
//! background thread, so the window keeps drawing, shows the progress and can
//! cancel. At most one job runs at a time; its outcome comes back to the window,
//! which acts on it in `command_handling`.

use crate::diff::Difference;
use crate::excel::{ExportError, ImportError, ImportOptions, ImportPreview};
use crate::i18n::Both;
use crate::merge::PlanMerge;
use crate::model::Plan;
use crate::progress::{Progress, SharedProgress};
use eframe::egui;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// What a finished job hands back.
#[derive(Debug)]
pub enum Outcome {
    Exported {
        path: PathBuf,
        result: Result<(), ExportError>,
    },
    Imported {
        path: PathBuf,
        /// The workbook's sheets (empty for a CSV file).
        sheets: Vec<String>,
        options: ImportOptions,
        /// The document's revision the preview was made against.
        revision: u64,
        result: Result<ImportPreview, ImportError>,
    },
    Compared {
        path: PathBuf,
        result: Result<Vec<Difference>, Both>,
    },
    Merged {
        path: PathBuf,
        base: Option<PathBuf>,
        revision: u64,
        /// The sending's manifest beside a work file, found but not used (unreadable,
        /// or of another sending): why, for the merge dialog.
        manifest_unused: Option<Both>,
        /// The submission's number of communes, and the merge worked out.
        result: Result<(usize, Box<PlanMerge>), Both>,
    },
    /// Work files and the manifest written for the communes.
    Sent {
        dir: PathBuf,
        result: Result<crate::rounds::send::Sent, crate::rounds::RoundError>,
    },
    /// The communes' returns gathered.
    Gathered {
        source: crate::app::dialogs::gather::Source,
        revision: u64,
        result: Result<Box<crate::rounds::Board>, crate::rounds::RoundError>,
    },
    /// A unit list read (File → Import unit list).
    UnitList {
        path: PathBuf,
        result: Result<crate::units::import::UnitList, crate::units::import::UnitImportError>,
    },
    /// The plan document (Word) was written, or not.
    Document {
        path: PathBuf,
        result: Result<(), crate::report::ReportError>,
    },
    /// The deck as a PDF was written, or not.
    DeckPdf {
        path: PathBuf,
        result: Result<(), crate::charts::pdf::PdfError>,
    },
    /// The thread ended without an answer (it panicked).
    Lost,
}

/// A job running on its thread.
pub struct Job {
    /// Catalogue key of what is being done ("job-export", …).
    pub title_key: &'static str,
    /// The file it works on, for the progress dialog.
    pub file: String,
    pub progress: Arc<SharedProgress>,
    rx: Receiver<Outcome>,
}

impl Job {
    /// Run `work` on a new thread; the window is woken when it ends.
    pub fn spawn<F>(title_key: &'static str, file: &Path, ctx: &egui::Context, work: F) -> Job
    where
        F: FnOnce(&dyn Progress) -> Outcome + Send + 'static,
    {
        let progress = Arc::new(SharedProgress::new());
        let (tx, rx) = channel();
        let p = Arc::clone(&progress);
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let outcome = work(p.as_ref());
            let _ = tx.send(outcome);
            ctx.request_repaint();
        });
        Job {
            title_key,
            file: file_name(file),
            progress,
            rx,
        }
    }

    /// The outcome, once the job ended.
    pub fn poll(&self) -> Option<Outcome> {
        match self.rx.try_recv() {
            Ok(o) => Some(o),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Outcome::Lost),
        }
    }

    pub fn cancel(&self) {
        self.progress.cancel();
    }

    pub fn cancelled(&self) -> bool {
        self.progress.cancelled()
    }

    pub fn fraction(&self) -> f32 {
        self.progress.fraction()
    }
}

/// A path's file name for dialogs and messages ("lai-chau-2025.xlsx").
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Load a plan for comparing or merging, reporting progress around the load.
/// The file to compare or merge with; why not, in both languages (the dialog shows
/// it in the language of the moment).
pub fn load_other(path: &Path, progress: &dyn Progress) -> Result<Plan, Both> {
    progress.report(0.05);
    let loaded = crate::format::load_file(path).map_err(|e| Both::of(|l| e.message(l)))?;
    progress.report(0.7);
    Ok(loaded.plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_hands_back_its_outcome_and_sees_cancel() {
        let ctx = egui::Context::default();
        let job = Job::spawn("job-compare", Path::new("/x/b.ntm"), &ctx, |p| {
            // Wait for the cancel, as a long export would between rows.
            while !p.cancelled() {
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            Outcome::Compared {
                path: PathBuf::from("/x/b.ntm"),
                result: Err(Both::same("cancelled")),
            }
        });
        assert_eq!(job.file, "b.ntm");
        assert!(job.poll().is_none());
        job.cancel();
        let outcome = loop {
            if let Some(o) = job.poll() {
                break o;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        };
        assert!(matches!(outcome, Outcome::Compared { result: Err(_), .. }));
    }

    #[test]
    fn a_failed_load_names_the_file_in_both_languages() {
        let err =
            load_other(Path::new("/no/such/plan.ntm"), &crate::progress::NoProgress).unwrap_err();
        for lang in [crate::lang::Lang::Vi, crate::lang::Lang::En] {
            assert!(err.text(lang).contains("plan.ntm"), "{err:?}");
        }
        assert!(err.vi.contains("không tìm thấy"), "{err:?}");
        assert!(err.en.contains("no such file"), "{err:?}");
    }
}
