//! A plain table for the dialogs' long lists (import changes, differences,
//! conflicts): a header, fixed column widths, long text cut with the whole text on
//! hover, and only the visible rows laid out, so 150.000 differences scroll as
//! smoothly as ten.

use eframe::egui;

/// Text that needs attention: unmatched rows, bad cells, conflicts.
pub const RED: egui::Color32 = egui::Color32::from_rgb(200, 40, 40);

pub struct Column {
    pub title: String,
    pub width: f32,
}

impl Column {
    pub fn new(title: impl Into<String>, width: f32) -> Column {
        Column {
            title: title.into(),
            width,
        }
    }
}

/// Height of the list area.
pub const HEIGHT: f32 = 300.0;

/// Draw `n` rows; `row(i)` gives the cells of row `i`. Returns the row clicked.
pub fn show(
    ui: &mut egui::Ui,
    id: &str,
    cols: &[Column],
    n: usize,
    row: impl Fn(usize) -> Vec<String>,
) -> Option<usize> {
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    ui.horizontal(|ui| {
        for c in cols {
            cell(
                ui,
                egui::RichText::new(&c.title).strong(),
                c.width,
                row_height,
            );
        }
    });
    ui.separator();
    let mut clicked = None;
    egui::ScrollArea::vertical()
        .id_salt(id)
        // A fixed height, so the dialog does not jump when a filter changes the count.
        .max_height(HEIGHT)
        .min_scrolled_height(HEIGHT)
        .auto_shrink([false, false])
        .show_rows(ui, row_height, n, |ui, range| {
            for i in range {
                let cells = row(i);
                // The hover tint goes under the text: reserve its place first.
                let tint = ui.painter().add(egui::Shape::Noop);
                let r = ui.horizontal(|ui| {
                    for (c, text) in cols.iter().zip(cells) {
                        cell(ui, egui::RichText::new(text), c.width, row_height);
                    }
                });
                let resp = ui.interact(
                    r.response.rect,
                    ui.scope_id().with((id, i)),
                    egui::Sense::click(),
                );
                if resp.hovered() {
                    let fill = ui.visuals().widgets.hovered.weak_bg_fill;
                    ui.painter()
                        .set(tint, egui::Shape::rect_filled(r.response.rect, 2.0, fill));
                }
                if resp.clicked() {
                    clicked = Some(i);
                }
            }
        });
    clicked
}

fn cell(ui: &mut egui::Ui, text: egui::RichText, width: f32, height: f32) {
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_size(egui::vec2(width, height));
            ui.set_max_width(width);
            ui.add(egui::Label::new(text).truncate());
        },
    );
}
