//! The running job: what it does, on which file, how far it is, and Cancel. Shown
//! over everything else while a job runs (it is not one of the [`super::Dialog`]s,
//! so an import preview stays open underneath while another sheet is read).

use super::super::NtmApp;
use super::super::command::Command;
use eframe::egui;

pub fn show(app: &mut NtmApp, ctx: &egui::Context) {
    let Some(job) = &app.job else { return };
    let title = app.t(job.title_key).to_string();
    let file = job.file.clone();
    let fraction = job.fraction();
    let cancelling = job.cancelled();
    let cancel = app
        .t(if cancelling {
            "job-cancelling"
        } else {
            "btn-cancel"
        })
        .to_string();
    let percent = format!("{:.0}%", (fraction * 100.0).clamp(0.0, 100.0));
    let bar_label = app.tf("job-progress", &[("percent", &percent)]);
    let (clicked, _esc) = super::modal(ctx, "job-progress", &title, |ui| {
        ui.label(file);
        ui.add_space(6.0);
        // The bar's text is also its accessible label.
        ui.add(
            egui::ProgressBar::new(fraction)
                .desired_width(420.0)
                .text(bar_label)
                .animate(!cancelling),
        );
        ui.add_space(8.0);
        ui.add_enabled(!cancelling, egui::Button::new(cancel))
            .clicked()
    });
    if clicked {
        app.send(Command::CancelJob);
    }
    // Keep the bar moving while the thread works.
    ctx.request_repaint_after(std::time::Duration::from_millis(50));
}
