//! Dialogs, one file each. At most one is open; [`show`] draws it and acts on the
//! answer by enqueuing commands.

mod about;
pub mod carry;
mod changed_on_disk;
pub mod commune_list;
pub mod compare;
mod error;
mod format_doc;
pub mod gather;
pub mod import_preview;
pub mod merge;
pub mod new_plan;
pub mod progress;
mod restore;
pub mod send;
pub mod table;
pub mod type_path;
pub mod unit_list;
mod unsaved;

use super::NtmApp;
use super::command::Command;
use crate::document::recovery::RecoveryEntry;
use eframe::egui;

#[derive(Debug, Clone)]
pub enum Dialog {
    /// Save / Don't save / Cancel before running the command.
    Unsaved(Box<Command>),
    /// The file changed on disk since it was opened: overwrite, save as, or reload.
    ChangedOnDisk,
    Error {
        title: String,
        message: String,
    },
    /// Recovery copies left by a crash.
    Restore(Vec<RecoveryEntry>),
    About,
    FormatDoc,
    /// The import preview (its state is `NtmApp::import`).
    Import,
    /// The compare view (`NtmApp::compare`).
    Compare,
    /// The merge of a submission (`NtmApp::merge`).
    Merge,
    /// "Gửi xã…" (`NtmApp::send_to`).
    Send,
    /// The board of returns gathered (`NtmApp::gather`).
    Gather,
    /// Next year's plan from this one (`NtmApp::carry`).
    Carry,
    /// The system's file dialog could not open: type the path instead.
    TypePath {
        kind: super::file_dialog::Kind,
        /// The path being typed (starts as the proposal).
        text: String,
        /// Why the system dialog failed, as it said (may be empty).
        reason: String,
        /// Why the typed path cannot be used, once tried.
        error: Option<String>,
    },
    /// A new plan for a province and a year (`NtmApp::new_plan`).
    NewPlan,
    /// A unit list read from a file (`NtmApp::unit_list`).
    UnitList,
    /// A commune list to add or update communes (`NtmApp::commune_list`).
    CommuneList,
}

pub fn show(app: &mut NtmApp, ctx: &egui::Context) {
    let Some(dialog) = app.dialog.clone() else {
        return;
    };
    let close = match dialog {
        Dialog::Unsaved(then) => unsaved::show(app, ctx, *then),
        Dialog::ChangedOnDisk => changed_on_disk::show(app, ctx),
        Dialog::Error { title, message } => error::show(app, ctx, &title, &message),
        Dialog::Restore(entries) => restore::show(app, ctx, &entries),
        Dialog::About => about::show(app, ctx),
        Dialog::FormatDoc => format_doc::show(app, ctx),
        Dialog::Import => import_preview::show(app, ctx),
        Dialog::Compare => compare::show(app, ctx),
        Dialog::Merge => merge::show(app, ctx),
        Dialog::Send => send::show(app, ctx),
        Dialog::Gather => gather::show(app, ctx),
        Dialog::Carry => carry::show(app, ctx),
        Dialog::TypePath {
            kind,
            text,
            reason,
            error,
        } => type_path::show(app, ctx, kind, text, &reason, error),
        Dialog::NewPlan => new_plan::show(app, ctx),
        Dialog::UnitList => unit_list::show(app, ctx),
        Dialog::CommuneList => commune_list::show(app, ctx),
    };
    if close {
        app.dialog = None;
    }
}

/// A modal with a title; returns what the body returns, and whether Esc was pressed.
fn modal<R>(
    ctx: &egui::Context,
    id: &str,
    title: &str,
    body: impl FnOnce(&mut egui::Ui) -> R,
) -> (R, bool) {
    modal_sized(ctx, id, title, 560.0, body)
}

/// A modal as wide as `width` (previews and lists), never wider than the window.
fn modal_sized<R>(
    ctx: &egui::Context,
    id: &str,
    title: &str,
    width: f32,
    body: impl FnOnce(&mut egui::Ui) -> R,
) -> (R, bool) {
    let width = width.min(ctx.content_rect().width() - 48.0).max(320.0);
    let resp = egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.set_max_width(width);
        ui.label(egui::RichText::new(title).font(super::fonts::bold(18.0)));
        ui.add_space(8.0);
        body(ui)
    });
    let esc = resp.should_close();
    (resp.inner, esc)
}
