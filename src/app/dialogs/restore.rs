//! After a crash: recovery copies were found; restore or discard each.

use super::super::NtmApp;
use super::super::command::Command;
use crate::document::recovery::RecoveryEntry;
use eframe::egui;

pub fn show(app: &mut NtmApp, ctx: &egui::Context, entries: &[RecoveryEntry]) -> bool {
    let title = app.t("restore-title").to_string();
    let body = app.t("restore-body").to_string();
    let (restore, discard, later) = (
        app.t("btn-restore").to_string(),
        app.t("btn-discard").to_string(),
        app.t("btn-later").to_string(),
    );
    let untitled = app.t("untitled").to_string();
    let (answer, esc) = super::modal(ctx, "restore", &title, |ui| {
        ui.label(body);
        ui.add_space(8.0);
        let mut answer = None;
        for e in entries {
            ui.separator();
            let file = e
                .info
                .original
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| untitled.clone());
            ui.label(egui::RichText::new(&e.info.title).strong());
            ui.label(file);
            ui.horizontal(|ui| {
                if ui.button(&restore).clicked() {
                    answer = Some(Command::Restore(e.key.clone()));
                }
                if ui.button(&discard).clicked() {
                    answer = Some(Command::DiscardRecovery(e.key.clone()));
                }
            });
        }
        ui.separator();
        let later_clicked = ui.button(later).clicked();
        (answer, later_clicked)
    });
    let (choice, later_clicked) = answer;
    match choice {
        Some(Command::DiscardRecovery(key)) => {
            // Discarding one copy keeps the dialog open for the others.
            let left: Vec<RecoveryEntry> =
                entries.iter().filter(|e| e.key != key).cloned().collect();
            app.send(Command::DiscardRecovery(key));
            if left.is_empty() {
                return true;
            }
            app.dialog = Some(super::Dialog::Restore(left));
            false
        }
        Some(cmd) => {
            app.send(cmd);
            true
        }
        None => later_clicked || esc,
    }
}
