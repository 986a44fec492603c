//! Native file dialogs (rfd) on a background thread, so the window keeps drawing
//! while the dialog is open.
//!
//! A dialog that cannot open (no desktop portal and no zenity on Linux — as under
//! Xvfb —, a broken shell on Windows) comes back like a cancelled one. To tell them
//! apart, rfd's own error reports are listened to (it logs them through `log`), and
//! an answer faster than anyone can cancel counts as a failure too; the window then
//! says so and offers to type the path.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// What a dialog answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Picked(PathBuf),
    Cancelled,
    /// The dialog could not be shown; the reason, as rfd gave it when it did.
    Failed(String),
}

/// No one cancels a file dialog this fast: a "cancel" sooner is a dialog that
/// never opened.
const TOO_FAST: Duration = Duration::from_millis(150);

/// rfd's error messages, counted, with the last one.
struct RfdErrors {
    count: AtomicU64,
    last: Mutex<String>,
}

fn rfd_errors() -> &'static RfdErrors {
    static E: OnceLock<RfdErrors> = OnceLock::new();
    E.get_or_init(|| RfdErrors {
        count: AtomicU64::new(0),
        last: Mutex::new(String::new()),
    })
}

/// Receives rfd's log records (the rest of the program logs nothing through `log`);
/// everything else is ignored, as it was before.
struct Listener;

impl log::Log for Listener {
    fn enabled(&self, m: &log::Metadata) -> bool {
        m.level() <= log::Level::Error && m.target().starts_with("rfd")
    }

    fn log(&self, r: &log::Record) {
        if self.enabled(r.metadata()) {
            let e = rfd_errors();
            if let Ok(mut l) = e.last.lock() {
                *l = r.args().to_string();
            }
            e.count.fetch_add(1, Ordering::SeqCst);
        }
    }

    fn flush(&self) {}
}

fn listen() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        static L: Listener = Listener;
        if log::set_logger(&L).is_ok() {
            log::set_max_level(log::LevelFilter::Error);
        }
    });
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Open,
    SaveAs,
    /// Where to write an exported chart picture.
    ExportPng,
    ExportSvg,
    /// Where to write the plan as an Excel workbook.
    ExportXlsx,
    /// A workbook or CSV file to import criteria from.
    Import,
    /// Another version of the plan to compare with.
    Compare,
    /// A submitted plan to merge.
    Merge,
    /// The common version for a merge.
    MergeBase,
}

impl Kind {
    /// The file extension the dialog adds when the user typed none.
    pub fn extension(self) -> &'static str {
        self.extensions()[0]
    }

    /// The extensions the dialog filters on.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Kind::Open | Kind::SaveAs | Kind::Compare | Kind::Merge | Kind::MergeBase => {
                &[crate::format::EXTENSION]
            }
            Kind::ExportPng => &["png"],
            Kind::ExportSvg => &["svg"],
            Kind::ExportXlsx => &["xlsx"],
            Kind::Import => &["xlsx", "csv", "txt"],
        }
    }

    /// Whether the dialog picks an existing file (else it asks where to write).
    pub fn picks_existing(self) -> bool {
        matches!(
            self,
            Kind::Open | Kind::Import | Kind::Compare | Kind::Merge | Kind::MergeBase
        )
    }
}

pub struct Pending {
    pub kind: Kind,
    /// Where the dialog was asked to start (the proposal of the typed-path dialog).
    pub suggested: Option<PathBuf>,
    rx: Receiver<Answer>,
}

impl Pending {
    /// Show the dialog; `title` and `filter_name` are already translated.
    pub fn start(
        kind: Kind,
        title: String,
        filter_name: String,
        suggested: Option<PathBuf>,
        ctx: eframe::egui::Context,
    ) -> Pending {
        listen();
        let (tx, rx) = channel();
        let proposal = suggested.clone();
        std::thread::spawn(move || {
            let started = Instant::now();
            let errors_before = rfd_errors().count.load(Ordering::SeqCst);
            let mut d = rfd::FileDialog::new()
                .set_title(&title)
                .add_filter(&filter_name, kind.extensions());
            if let Some(s) = suggested.as_ref().filter(|s| s.is_dir()) {
                // A folder to start in (import, compare, merge: beside the plan).
                d = d.set_directory(s);
            } else if let Some(s) = &suggested {
                if let Some(dir) = s.parent().filter(|d| !d.as_os_str().is_empty()) {
                    d = d.set_directory(dir);
                }
                if let Some(name) = s.file_name() {
                    d = d.set_file_name(name.to_string_lossy());
                }
            }
            let result = if kind.picks_existing() {
                d.pick_file()
            } else {
                d.save_file().map(|p| {
                    if p.extension().is_none() {
                        p.with_extension(kind.extension())
                    } else {
                        p
                    }
                })
            };
            let failed = rfd_errors().count.load(Ordering::SeqCst) != errors_before;
            let answer = match result {
                Some(p) => Answer::Picked(p),
                None if failed => Answer::Failed(
                    rfd_errors()
                        .last
                        .lock()
                        .map(|l| l.clone())
                        .unwrap_or_default(),
                ),
                None if started.elapsed() < TOO_FAST => Answer::Failed(String::new()),
                None => Answer::Cancelled,
            };
            let _ = tx.send(answer);
            ctx.request_repaint();
        });
        Pending {
            kind,
            suggested: proposal,
            rx,
        }
    }

    /// The answer once the dialog closed.
    pub fn poll(&self) -> Option<Answer> {
        match self.rx.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Answer::Failed(String::new())),
        }
    }
}
