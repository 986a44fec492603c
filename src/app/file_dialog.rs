//! Native file dialogs (rfd) on a background thread, so the window keeps drawing
//! while the dialog is open.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

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
    /// The folder to send the communes' work files into.
    SendFolder,
    /// The folder of the communes' returns.
    GatherFolder,
    /// Where to write the consolidation report of a gathering.
    GatherReport,
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
            Kind::ExportXlsx | Kind::GatherReport => &["xlsx"],
            Kind::SendFolder | Kind::GatherFolder => &[""],
            Kind::Import => &["xlsx", "csv", "txt"],
        }
    }

    /// Whether the dialog picks a folder.
    pub fn picks_folder(self) -> bool {
        matches!(self, Kind::SendFolder | Kind::GatherFolder)
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
    rx: Receiver<Option<PathBuf>>,
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
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut d = rfd::FileDialog::new().set_title(&title);
            if !kind.picks_folder() {
                d = d.add_filter(&filter_name, kind.extensions());
            }
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
            let result = if kind.picks_folder() {
                d.pick_folder()
            } else if kind.picks_existing() {
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
            let _ = tx.send(result);
            ctx.request_repaint();
        });
        Pending { kind, rx }
    }

    /// Some(result) once the dialog closed (None inside: cancelled).
    pub fn poll(&self) -> Option<Option<PathBuf>> {
        match self.rx.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(None),
        }
    }
}
