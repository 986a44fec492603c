//! Native file dialogs (rfd) on a background thread, so the window keeps drawing
//! while the dialog is open.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Open,
    SaveAs,
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
            let mut d = rfd::FileDialog::new()
                .set_title(&title)
                .add_filter(&filter_name, &[crate::format::EXTENSION]);
            if let Some(s) = &suggested {
                if let Some(dir) = s.parent().filter(|d| !d.as_os_str().is_empty()) {
                    d = d.set_directory(dir);
                }
                if let Some(name) = s.file_name() {
                    d = d.set_file_name(name.to_string_lossy());
                }
            }
            let result = match kind {
                Kind::Open => d.pick_file(),
                Kind::SaveAs => d.save_file().map(|p| {
                    if p.extension().is_none() {
                        p.with_extension(crate::format::EXTENSION)
                    } else {
                        p
                    }
                }),
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
