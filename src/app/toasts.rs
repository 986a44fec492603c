//! Short notices in the corner that fade after a few seconds.

use eframe::egui;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Error,
}

#[derive(Debug, Clone)]
pub struct Toast {
    pub level: Level,
    pub text: String,
    shown: Instant,
}

#[derive(Debug, Default)]
pub struct Toasts {
    items: Vec<Toast>,
}

const LIFETIME: Duration = Duration::from_secs(5);

impl Toasts {
    pub fn info(&mut self, text: impl Into<String>) {
        self.items.push(Toast {
            level: Level::Info,
            text: text.into(),
            shown: Instant::now(),
        });
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.items.push(Toast {
            level: Level::Error,
            text: text.into(),
            shown: Instant::now(),
        });
    }

    pub fn current(&self) -> impl Iterator<Item = &Toast> {
        self.items.iter()
    }

    pub fn show(&mut self, ctx: &egui::Context) {
        self.items
            .retain(|t| t.shown.elapsed() < LIFETIME * if t.level == Level::Error { 3 } else { 1 });
        if self.items.is_empty() {
            return;
        }
        egui::Area::new(egui::Id::unique("toasts"))
            .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -36.0))
            .order(egui::Order::Foreground)
            .show(ctx, |ui| {
                for t in &self.items {
                    let fill = match t.level {
                        Level::Info => ui.visuals().extreme_bg_color,
                        Level::Error => egui::Color32::from_rgb(160, 30, 30),
                    };
                    egui::Frame::popup(ui.style()).fill(fill).show(ui, |ui| {
                        ui.set_max_width(420.0);
                        let text = egui::RichText::new(&t.text);
                        ui.label(if t.level == Level::Error {
                            text.color(egui::Color32::WHITE)
                        } else {
                            text
                        });
                    });
                }
            });
        ctx.request_repaint_after(Duration::from_millis(500));
    }
}
