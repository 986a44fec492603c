//! Every action of the window, as one enum: menus, the toolbar, keyboard shortcuts
//! and the start page only enqueue these; `command_handling` carries them out.

use crate::check::Place;
use crate::lang::Lang;
use eframe::egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    Overview,
    Communes,
    Funding,
    Tasks,
}

impl Page {
    pub const ALL: [Page; 4] = [Page::Overview, Page::Communes, Page::Funding, Page::Tasks];

    pub fn key(self) -> &'static str {
        match self {
            Page::Overview => "page-overview",
            Page::Communes => "page-communes",
            Page::Funding => "page-funding",
            Page::Tasks => "page-tasks",
        }
    }
}

/// A bundled sample plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample {
    pub key: &'static str,
    pub file_name: &'static str,
    pub text: &'static str,
}

pub const SAMPLES: [Sample; 2] = [
    Sample {
        key: "sample-lai-chau",
        file_name: "lai-chau-2025.ntm",
        text: include_str!("../../assets/samples/lai-chau-2025.ntm"),
    },
    Sample {
        key: "sample-lang-son",
        file_name: "lang-son-2023.ntm",
        text: include_str!("../../assets/samples/lang-son-2023.ntm"),
    },
];

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// New plan from a bundled criteria set (short name), after asking about unsaved work.
    New(&'static str),
    /// Show the native Open dialog.
    Open,
    OpenPath(PathBuf),
    OpenSample(usize),
    Save,
    /// Show the native Save As dialog.
    SaveAs,
    SaveAsPath(PathBuf),
    /// Save even though the file changed on disk.
    SaveOverwrite,
    Reload,
    Close,
    Quit,
    Undo,
    Redo,
    ShowPage(Page),
    SetLang(Lang),
    ToggleTheme,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    About,
    FormatDoc,
    /// Go to the place a finding names.
    GoTo(Place),
    /// Restore a recovery copy (by key), or discard it.
    Restore(String),
    DiscardRecovery(String),
    /// Run the inner command without asking about unsaved changes (the user chose
    /// "Don't save").
    Discarding(Box<Command>),
}

impl Command {
    /// The catalogue key of the command's label, for commands that appear in menus.
    pub fn label_key(&self) -> &'static str {
        match self {
            Command::New(_) => "cmd-new",
            Command::Open => "cmd-open",
            Command::Save => "cmd-save",
            Command::SaveAs => "cmd-save-as",
            Command::Reload => "cmd-reload",
            Command::Close => "cmd-close",
            Command::Quit => "cmd-quit",
            Command::Undo => "cmd-undo",
            Command::Redo => "cmd-redo",
            Command::ToggleTheme => "cmd-theme",
            Command::ZoomIn => "cmd-zoom-in",
            Command::ZoomOut => "cmd-zoom-out",
            Command::ZoomReset => "cmd-zoom-reset",
            Command::About => "cmd-about",
            Command::FormatDoc => "cmd-format-doc",
            Command::ShowPage(p) => p.key(),
            Command::SetLang(Lang::Vi) => "lang-vi",
            Command::SetLang(Lang::En) => "lang-en",
            _ => "cmd-other",
        }
    }

    /// Keyboard shortcuts; the first is shown in menus.
    pub fn shortcuts(&self) -> Vec<KeyboardShortcut> {
        let ctrl = Modifiers::COMMAND;
        let ctrl_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        match self {
            Command::New(_) => vec![KeyboardShortcut::new(ctrl, Key::N)],
            Command::Open => vec![KeyboardShortcut::new(ctrl, Key::O)],
            Command::Save => vec![KeyboardShortcut::new(ctrl, Key::S)],
            Command::SaveAs => vec![KeyboardShortcut::new(ctrl_shift, Key::S)],
            Command::Close => vec![KeyboardShortcut::new(ctrl, Key::W)],
            Command::Quit => vec![KeyboardShortcut::new(ctrl, Key::Q)],
            Command::Undo => vec![KeyboardShortcut::new(ctrl, Key::Z)],
            Command::Redo => vec![
                KeyboardShortcut::new(ctrl, Key::Y),
                KeyboardShortcut::new(ctrl_shift, Key::Z),
            ],
            Command::ZoomIn => vec![
                KeyboardShortcut::new(ctrl, Key::Plus),
                KeyboardShortcut::new(ctrl, Key::Equals),
            ],
            Command::ZoomOut => vec![KeyboardShortcut::new(ctrl, Key::Minus)],
            Command::ZoomReset => vec![KeyboardShortcut::new(ctrl, Key::Num0)],
            _ => Vec::new(),
        }
    }

    /// Commands reachable by a shortcut, in the order they are checked (longer
    /// modifier sets first, so Ctrl+Shift+S is not taken for Ctrl+S).
    pub fn with_shortcuts() -> Vec<Command> {
        vec![
            Command::SaveAs,
            Command::Redo,
            Command::New(crate::criteria_sets::names()[0]),
            Command::Open,
            Command::Save,
            Command::Close,
            Command::Quit,
            Command::Undo,
            Command::ZoomIn,
            Command::ZoomOut,
            Command::ZoomReset,
        ]
    }

    /// Whether the command would drop the open document.
    pub fn replaces_document(&self) -> bool {
        matches!(
            self,
            Command::New(_)
                | Command::Open
                | Command::OpenPath(_)
                | Command::OpenSample(_)
                | Command::Close
                | Command::Quit
                | Command::Reload
                | Command::Restore(_)
        )
    }

    /// Commands that act on text-editing keys: left to a focused text field.
    pub fn yields_to_text_field(&self) -> bool {
        matches!(self, Command::Undo | Command::Redo)
    }
}
