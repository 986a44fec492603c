//! Short notices in the corner that go after a few seconds. A message already shown
//! is not shown twice: saying it again only keeps it up a little longer.

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

/// How long a notice stays: long enough to read a sentence, short enough not to
/// sit over the work.
const INFO_LIFETIME: Duration = Duration::from_secs(4);
const ERROR_LIFETIME: Duration = Duration::from_secs(7);

impl Level {
    fn lifetime(self) -> Duration {
        match self {
            Level::Info => INFO_LIFETIME,
            Level::Error => ERROR_LIFETIME,
        }
    }
}

impl Toasts {
    pub fn info(&mut self, text: impl Into<String>) {
        self.push(Level::Info, text.into());
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.push(Level::Error, text.into());
    }

    fn push(&mut self, level: Level, text: String) {
        if let Some(t) = self
            .items
            .iter_mut()
            .find(|t| t.level == level && t.text == text)
        {
            t.shown = Instant::now();
            return;
        }
        self.items.push(Toast {
            level,
            text,
            shown: Instant::now(),
        });
    }

    pub fn current(&self) -> impl Iterator<Item = &Toast> {
        self.items.iter()
    }

    pub fn show(&mut self, ctx: &egui::Context) {
        self.items
            .retain(|t| t.shown.elapsed() < t.level.lifetime());
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_message_is_shown_once_and_not_for_long() {
        let mut t = Toasts::default();
        t.error("“-500”: số không được âm.");
        t.error("“-500”: số không được âm.");
        t.info("“-500”: số không được âm.");
        assert_eq!(t.current().count(), 2, "once per level");
        assert!(ERROR_LIFETIME <= Duration::from_secs(8));
        assert!(INFO_LIFETIME <= Duration::from_secs(5));
    }
}
