//! Every action of the window, as one enum: menus, the toolbar, keyboard shortcuts
//! and the start page only enqueue these; `command_handling` carries them out.

use crate::charts::{ChartKind, ExportFormat};
use crate::check::Place;
use crate::lang::Lang;
use crate::matrix::Layer;
use eframe::egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    Overview,
    Communes,
    Funding,
    Projects,
    Tasks,
    Charts,
    /// Results against the targets; shown once the plan records results.
    Results,
}

impl Page {
    pub const ALL: [Page; 7] = [
        Page::Overview,
        Page::Communes,
        Page::Funding,
        Page::Projects,
        Page::Tasks,
        Page::Results,
        Page::Charts,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Page::Overview => "page-overview",
            Page::Communes => "page-communes",
            Page::Funding => "page-funding",
            Page::Projects => "page-projects",
            Page::Tasks => "page-tasks",
            Page::Charts => "page-charts",
            Page::Results => "page-results",
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

pub const SAMPLES: [Sample; 3] = [
    // The newest first: a plan on the units since 1 July 2025 and the 2026–2030 set.
    Sample {
        key: "sample-lai-chau-2027",
        file_name: "lai-chau-2027.ntm",
        text: include_str!("../../assets/samples/lai-chau-2027.ntm"),
    },
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
    /// The new-plan dialog, with a bundled criteria set (short name) chosen.
    New(&'static str),
    /// Make the plan the new-plan dialog chose (after asking about unsaved work).
    CreatePlan(Box<crate::new_plan::NewPlan>),
    /// Ask for a unit list (CSV or XLSX) to keep a province's register from.
    ImportUnits,
    /// Read a unit list and show its provinces.
    ImportUnitsFrom(PathBuf),
    /// Keep the register of a province of the unit list (its index).
    KeepUnits(usize),
    CloseUnits,
    /// Ask for a commune list (CSV or XLSX) to add communes or set their groups.
    ImportCommunes,
    /// Read a commune list and show what it would do.
    ImportCommunesFrom(PathBuf),
    /// Apply the previewed commune list (one undo step).
    ImportCommunesAccept,
    CloseCommunes,
    /// Ask for a spreadsheet with the criteria set's indicators and thresholds.
    ImportIndicators,
    ImportIndicatorsFrom(PathBuf),
    /// Replace the set's indicator list with the one read (one undo step).
    ImportIndicatorsAccept,
    CloseIndicators,
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
    /// Enter the full-screen presentation deck (F5).
    Present,
    /// Leave the presentation deck (Esc).
    EndPresentation,
    /// Ask where to export a chart (native dialog), then export it.
    ExportChart(ChartKind, ExportFormat, (u32, u32)),
    /// Export a chart to a file.
    ExportChartTo(ChartKind, ExportFormat, (u32, u32), PathBuf),
    /// Copy a chart as a picture to the clipboard.
    CopyChart(ChartKind, (u32, u32)),
    /// Ask where to write the plan as an Excel workbook (native dialog), then export.
    ExportWorkbook,
    /// Export the workbook to a file, on a background thread with progress.
    ExportWorkbookTo(PathBuf),
    /// Ask where to write the plan document (Word), then write it in the background.
    ExportDocument,
    ExportDocumentTo(PathBuf),
    /// Ask where to write the presentation deck as a PDF, then write it in the
    /// background.
    ExportDeckPdf,
    ExportDeckPdfTo(PathBuf),
    /// Ask for a workbook or CSV file with a commune × criteria sheet.
    Import,
    /// Read the file and show what importing it would change.
    ImportFrom(PathBuf),
    /// Read the import file again: another sheet, or unlabelled columns as another layer.
    ImportReread {
        sheet: Option<String>,
        layer: Layer,
    },
    /// Apply the previewed import (one undo step).
    ImportAccept,
    CloseImport,
    /// Ask for another version of the plan and show the differences.
    Compare,
    CompareWith(PathBuf),
    /// Ask for a submitted plan to take into the open one.
    MergeSubmission,
    MergeFrom(PathBuf),
    /// Ask for the common version the two plans started from.
    MergeChooseBase,
    /// Work the merge out again with (or without) a common version.
    MergeBase(Option<PathBuf>),
    /// Apply the merge with the user's choices (one undo step).
    MergeAccept,
    CloseMerge,
    /// "Gửi xã…": choose the communes and how each gets its work file.
    SendToCommunes,
    /// Ask for the folder to send into (native dialog).
    SendChooseFolder,
    /// Write the work files and the manifest into a folder, as the send dialog says.
    SendTo(PathBuf),
    CloseSend,
    /// "Tổng hợp từ thư mục…": ask for the folder of returns.
    Gather,
    /// Gather every file of a folder.
    GatherFrom(PathBuf),
    /// Gather these files (dropped on the window).
    GatherFiles(Vec<PathBuf>),
    /// Apply the accepted returns (one undo step).
    GatherAccept,
    /// Ask where to write the consolidation report, then write it.
    GatherReport,
    GatherReportTo(PathBuf),
    CloseGather,
    /// Start recording results (a year-end report for the plan year) and show them.
    RecordResults,
    /// Propose next year's plan from the open one, in a dialog.
    CarryForward,
    /// Open the proposed plan as a new document (after asking about unsaved work).
    CarryAccept,
    CloseCarry,
    /// Stop the running export, import or load.
    CancelJob,
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
            Command::Present => "cmd-present",
            Command::ExportWorkbook => "cmd-export-xlsx",
            Command::ExportDocument => "cmd-export-docx",
            Command::ExportDeckPdf => "cmd-export-pdf",
            Command::Import => "cmd-import",
            Command::ImportUnits => "cmd-import-units",
            Command::ImportCommunes => "cmd-import-communes",
            Command::Compare => "cmd-compare",
            Command::MergeSubmission => "cmd-merge",
            Command::SendToCommunes => "cmd-send",
            Command::Gather => "cmd-gather",
            Command::RecordResults => "cmd-record-results",
            Command::CarryForward => "cmd-carry",
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
            Command::Present => vec![KeyboardShortcut::new(Modifiers::NONE, Key::F5)],
            Command::ExportWorkbook => vec![KeyboardShortcut::new(ctrl, Key::E)],
            Command::Import => vec![KeyboardShortcut::new(ctrl, Key::I)],
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
            Command::Present,
            Command::ExportWorkbook,
            Command::Import,
        ]
    }

    /// Whether the command would drop the open document.
    pub fn replaces_document(&self) -> bool {
        matches!(
            self,
            Command::CreatePlan(_)
                | Command::Open
                | Command::OpenPath(_)
                | Command::OpenSample(_)
                | Command::Close
                | Command::Quit
                | Command::Reload
                | Command::Restore(_)
                | Command::CarryAccept
        )
    }

    /// Commands that act on text-editing keys: left to a focused text field.
    pub fn yields_to_text_field(&self) -> bool {
        matches!(self, Command::Undo | Command::Redo)
    }
}
