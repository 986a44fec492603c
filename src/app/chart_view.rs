//! Drawing a [`ChartSpec`] on screen with egui_plot: the same categories, values,
//! printed labels, legend names and palette as the exported SVG/PNG
//! ([`crate::charts::svg`]), laid out the same way (category labels beside or
//! above their bars, each value printed at its bar's end, the donut's legend with
//! values and shares). `scale` enlarges the text for the presentation deck.
//!
//! The chart, with its title, sits on a white card whatever the window's theme, so
//! its dark text reads in the dark theme too. Type sizes follow the room each row
//! gets: a category's label is the largest text after the title and the headline,
//! then the values, then the axis; grid lines run through the bars only, never
//! through a label.

use crate::charts::palette::{self, Rgb};
use crate::charts::{Bars, ChartBody, ChartSpec, Donut, Single, svg, tick_label};
use eframe::egui::{self, Align2, Color32, FontId, RichText, Stroke};
use egui_plot::{
    AxisHints, Bar, BarChart, GridMark, Line, Plot, PlotPoint, PlotPoints, Polygon, Text,
};

pub fn color(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

/// The chart's title, subtitle and headline figure.
pub fn header(ui: &mut egui::Ui, spec: &ChartSpec, scale: f32) {
    ui.horizontal_top(|ui| {
        let right_w = (ui.available_width() * 0.4).max(200.0);
        let left_w = (ui.available_width() - right_w - 16.0).max(200.0);
        ui.vertical(|ui| {
            ui.set_width(left_w);
            ui.label(
                RichText::new(&spec.title)
                    .font(super::fonts::bold(22.0 * scale))
                    .color(color(palette::TEXT)),
            );
            ui.label(
                RichText::new(&spec.subtitle)
                    .size(13.0 * scale)
                    .color(color(palette::MUTED)),
            );
        });
        ui.with_layout(egui::Layout::top_down(egui::Align::Max), |ui| {
            ui.label(
                RichText::new(&spec.headline)
                    .font(super::fonts::bold(30.0 * scale))
                    .color(color(palette::BLUE)),
            );
            if !spec.headline_caption.is_empty() {
                ui.label(
                    RichText::new(&spec.headline_caption)
                        .size(12.0 * scale)
                        .color(color(palette::MUTED)),
                );
            }
        });
    });
}

/// The whole chart — title, headline and body — on a white card (as in the export),
/// `height` points tall in all.
pub fn card(ui: &mut egui::Ui, spec: &ChartSpec, id: &str, scale: f32, height: f32) {
    egui::Frame::new()
        .fill(color(palette::BACKGROUND))
        .inner_margin(12.0 * scale)
        .corner_radius(4.0)
        .show(ui, |ui| {
            // The chart always reads dark on white, whatever the window's theme.
            ui.visuals_mut().override_text_color = Some(color(palette::TEXT));
            let top = ui.cursor().min.y;
            header(ui, spec, scale);
            ui.add_space(8.0 * scale);
            let used = ui.cursor().min.y - top;
            let h = (height - used - 24.0 * scale).max(200.0);
            body_inner(ui, spec, id, scale, h);
        });
}

/// The chart body in the space left, on a white card (as in the export).
pub fn body(ui: &mut egui::Ui, spec: &ChartSpec, id: &str, scale: f32, height: f32) {
    egui::Frame::new()
        .fill(color(palette::BACKGROUND))
        .inner_margin(8.0)
        .corner_radius(4.0)
        .show(ui, |ui| {
            // The chart always reads dark on white, whatever the window's theme.
            ui.visuals_mut().override_text_color = Some(color(palette::TEXT));
            body_inner(ui, spec, id, scale, height);
        });
}

fn body_inner(ui: &mut egui::Ui, spec: &ChartSpec, id: &str, scale: f32, height: f32) {
    match &spec.body {
        ChartBody::Bars(b) => bars(ui, b, id, scale, height),
        ChartBody::Donut(d) => donut(ui, d, id, scale, height),
        ChartBody::Single(one) => single(ui, one, scale, height),
        ChartBody::NoData(msg) => {
            ui.set_min_height(height.min(240.0));
            ui.centered_and_justified(|ui| {
                ui.label(
                    RichText::new(msg)
                        .size(18.0 * scale)
                        .color(color(palette::MUTED)),
                );
            });
        }
    }
}

/// A chart of one category: its name and figure, large, centred.
fn single(ui: &mut egui::Ui, one: &Single, scale: f32, height: f32) {
    ui.allocate_ui_with_layout(
        egui::vec2(ui.available_width(), height),
        egui::Layout::top_down(egui::Align::Center),
        |ui| {
            ui.set_min_height(height);
            ui.add_space((height - 120.0 * scale).max(0.0) / 2.0);
            ui.horizontal(|ui| {
                let w = ui.available_width();
                let text_w =
                    crate::charts::measure::width(&one.category, 22.0 * scale, false).min(w * 0.8);
                ui.add_space(((w - text_w) / 2.0 - 30.0 * scale).max(0.0));
                legend_item(ui, &one.category, one.color, scale * 1.5);
            });
            ui.add_space(12.0 * scale);
            ui.label(
                RichText::new(&one.value)
                    .font(super::fonts::bold(40.0 * scale))
                    .color(color(palette::BLUE)),
            );
        },
    );
}

fn legend_item(ui: &mut egui::Ui, name: &str, c: Rgb, scale: f32) {
    let size = 14.0 * scale;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    ui.painter().rect(
        rect,
        2.0,
        color(c),
        Stroke::new(1.0, color(c.darker(0.3))),
        egui::StrokeKind::Inside,
    );
    ui.label(
        RichText::new(name)
            .size(14.0 * scale)
            .color(color(palette::TEXT)),
    );
}

fn bars(ui: &mut egui::Ui, b: &Bars, id: &str, scale: f32, height: f32) {
    let mut height = height;
    if b.series.len() > 1 {
        height -= 20.0 * scale + ui.spacing().item_spacing.y;
        let row = egui::vec2(ui.available_width(), 20.0 * scale);
        ui.allocate_ui_with_layout(
            row,
            egui::Layout::right_to_left(egui::Align::Center),
            |ui| {
                for s in b.series.iter().rev() {
                    ui.add_space(12.0);
                    // Right to left: the name first, then its swatch.
                    ui.label(
                        RichText::new(&s.name)
                            .size(14.0 * scale)
                            .color(color(palette::TEXT)),
                    );
                    let size = 14.0 * scale;
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
                    let c = s.color();
                    ui.painter().rect(
                        rect,
                        2.0,
                        color(c),
                        Stroke::new(1.0, color(c.darker(0.3))),
                        egui::StrokeKind::Inside,
                    );
                }
            },
        );
    }
    let n = b.categories.len().max(1);
    let k = b.series.len().max(1);
    let (ticks, end) = svg::axis(b);
    let step = if ticks.len() > 1 {
        ticks[1] - ticks[0]
    } else {
        end
    };
    let side_labels = n > 8;
    let (row_h, band) = if side_labels { (1.0, 0.8) } else { (1.5, 0.8) };
    // Type sizes from the room a row gets on screen: the category's label is the
    // largest text of the body, values next, the axis last.
    let unit_px = (height - 40.0 * scale) / (n as f32 * row_h as f32 + 0.5);
    let mut cat_size = if side_labels {
        (unit_px * 0.5).clamp(12.0, 30.0)
    } else {
        (unit_px * 0.36).clamp(13.0, 32.0)
    };
    // Room right of the bars for the widest value label, and (side labels) left of
    // zero for the widest category label, measured with the font egui draws them
    // in, turned into plot units for the width the plot gets.
    let avail = ui.available_width().max(200.0) as f64;
    let label_px = |texts: &mut dyn Iterator<Item = &String>, size: f32, bold: bool| {
        texts
            .map(|t| crate::charts::measure::width(t, size, bold))
            .fold(0.0_f32, f32::max) as f64
            + 24.0
    };
    // Side labels take at most 40% of the width: if the longest would need more,
    // every label gets smaller rather than one being cut.
    let left_px = if side_labels {
        let need = label_px(&mut b.categories.iter(), cat_size, false);
        if need > avail * 0.4 {
            cat_size = (cat_size * (avail * 0.4 / need) as f32).max(10.0);
        }
        label_px(&mut b.categories.iter(), cat_size, false).min(avail * 0.4)
    } else {
        0.0
    };
    let bar_px = unit_px * band as f32 / k as f32;
    let value_size = (bar_px * 0.8).clamp(10.0, cat_size.max(10.0)).min(cat_size);
    let tick_size = (cat_size * 0.8).clamp(10.0, 20.0);
    let right_px = label_px(
        &mut b.series.iter().flat_map(|s| s.labels.iter()),
        value_size,
        true,
    )
    .min(avail * 0.4);
    let units_per_px = end / (avail - left_px - right_px).max(avail * 0.2);
    let left = left_px * units_per_px;
    let right = right_px * units_per_px;
    let bar_w = band / k as f64;
    let x_axis = AxisHints::new_x()
        .formatter(|mark, _| {
            if mark.value >= 0.0 {
                tick_label(mark.value)
            } else {
                String::new()
            }
        })
        .label(
            RichText::new(b.value_axis.clone())
                .size(tick_size)
                .color(color(palette::MUTED)),
        )
        .tick_label_font(FontId::proportional(tick_size))
        .tick_label_color(color(palette::MUTED));
    let grid = ticks.clone();
    let plot = Plot::new(("chart", id))
        .height(height)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .custom_x_axes(vec![x_axis])
        .show_axes([true, false])
        // The grid is drawn below, through the bars only.
        .show_grid([false, false])
        .show_background(false)
        .include_x(-left)
        .include_x(end + right)
        .include_y(0.3)
        .include_y(-(n as f64) * row_h)
        .set_margin_fraction(egui::vec2(0.0, 0.02))
        .x_grid_spacer(move |_| {
            grid.iter()
                .map(|v| GridMark {
                    value: *v,
                    step_size: step,
                })
                .collect()
        })
        .label_formatter(|_| None)
        .show_x(false)
        .show_y(false);
    plot.show(ui, |p| {
        for (i, cat) in b.categories.iter().enumerate() {
            let row_top = -(i as f64) * row_h;
            // Bars: centred in the row (side labels) or below the label (labels above).
            let bars_top = if side_labels {
                row_top - (row_h - band) / 2.0
            } else {
                row_top - 0.5
            };
            // Grid lines through this row's bars, not through its label.
            let (g0, g1) = if side_labels {
                (row_top, row_top - row_h)
            } else {
                (bars_top + 0.04, bars_top - band - 0.04)
            };
            for t in &ticks {
                p.line(
                    Line::new("grid", PlotPoints::new(vec![[*t, g0], [*t, g1]]))
                        .color(color(palette::GRID))
                        .width(1.0)
                        .allow_hover(false),
                );
            }
            let label = RichText::new(cat)
                .size(cat_size)
                .color(color(palette::TEXT));
            if side_labels {
                let y = row_top - row_h / 2.0;
                p.text(
                    Text::new(cat.clone(), PlotPoint::new(-end * 0.015, y), label)
                        .anchor(Align2::RIGHT_CENTER)
                        .allow_hover(false),
                );
            } else {
                p.text(
                    Text::new(cat.clone(), PlotPoint::new(0.0, row_top - 0.05), label)
                        .anchor(Align2::LEFT_TOP)
                        .allow_hover(false),
                );
            }
            for (j, s) in b.series.iter().enumerate() {
                let v = s.values.get(i).copied().unwrap_or(0.0).max(0.0);
                let c = s.colors.get(i).copied().unwrap_or(s.color());
                let y = bars_top - bar_w * (j as f64 + 0.5);
                let bar = Bar::new(y, v)
                    .width(bar_w * 0.88)
                    .fill(color(c))
                    .stroke(Stroke::new(1.0, color(c.darker(0.3))));
                p.bar_chart(
                    BarChart::new(format!("{}-{i}", s.name), vec![bar])
                        .horizontal()
                        .allow_hover(false),
                );
                if let Some(l) = s.labels.get(i).filter(|l| !l.is_empty()) {
                    let text = RichText::new(l)
                        .size(value_size)
                        .strong()
                        .color(color(palette::TEXT));
                    p.text(
                        Text::new(
                            format!("{}-label-{i}", s.name),
                            PlotPoint::new(v + end * 0.01, y),
                            text,
                        )
                        .anchor(Align2::LEFT_CENTER)
                        .allow_hover(false),
                    );
                }
            }
        }
    });
}

/// Points of an annulus sector, clockwise from the top, `a0`..`a1` in radians.
fn sector(r: f64, ri: f64, a0: f64, a1: f64) -> Vec<[f64; 2]> {
    let steps = (((a1 - a0) / std::f64::consts::TAU) * 180.0)
        .ceil()
        .max(2.0) as usize;
    let mut pts = Vec::with_capacity(2 * steps + 2);
    for s in 0..=steps {
        let a = a0 + (a1 - a0) * s as f64 / steps as f64;
        pts.push([r * a.sin(), r * a.cos()]);
    }
    for s in (0..=steps).rev() {
        let a = a0 + (a1 - a0) * s as f64 / steps as f64;
        pts.push([ri * a.sin(), ri * a.cos()]);
    }
    pts
}

fn donut(ui: &mut egui::Ui, d: &Donut, id: &str, scale: f32, height: f32) {
    let total: f64 = d.slices.iter().map(|s| s.value.max(0.0)).sum();
    ui.horizontal(|ui| {
        let side = height.min(ui.available_width() * 0.5);
        let plot = Plot::new(("donut", id))
            .width(side)
            .height(side)
            .data_aspect(1.0)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .allow_double_click_reset(false)
            .show_axes(false)
            .show_grid(false)
            .show_background(false)
            .include_x(-1.05)
            .include_x(1.05)
            .include_y(-1.05)
            .include_y(1.05)
            .label_formatter(|_| None)
            .show_x(false)
            .show_y(false);
        plot.show(ui, |p| {
            let mut a = 0.0;
            for s in &d.slices {
                let frac = if total > 0.0 {
                    s.value.max(0.0) / total
                } else {
                    0.0
                };
                if frac <= 0.0 {
                    continue;
                }
                let a1 = a + frac * std::f64::consts::TAU;
                // A polygon fills convex shapes reliably: split the wedge in slivers.
                let parts = ((a1 - a) / 0.15).ceil().max(1.0) as usize;
                for k in 0..parts {
                    let b0 = a + (a1 - a) * k as f64 / parts as f64;
                    let b1 = a + (a1 - a) * (k + 1) as f64 / parts as f64;
                    p.polygon(
                        Polygon::new(s.name.clone(), PlotPoints::new(sector(1.0, 0.58, b0, b1)))
                            .fill_color(color(s.color))
                            .stroke(Stroke::new(1.5, color(s.color)))
                            .allow_hover(false),
                    );
                }
                // White separators between wedges.
                let edge = vec![[0.58 * a.sin(), 0.58 * a.cos()], [a.sin(), a.cos()]];
                p.line(
                    egui_plot::Line::new("edge", PlotPoints::new(edge))
                        .color(Color32::WHITE)
                        .width(2.0)
                        .allow_hover(false),
                );
                if frac >= 0.04 {
                    let mid = (a + a1) / 2.0;
                    let text = RichText::new(&s.share_label)
                        .size(14.0 * scale)
                        .strong()
                        .color(color(palette::text_on(s.color)));
                    p.text(
                        Text::new(
                            format!("share-{}", s.name),
                            PlotPoint::new(0.79 * mid.sin(), 0.79 * mid.cos()),
                            text,
                        )
                        .allow_hover(false),
                    );
                }
                a = a1;
            }
            p.text(
                Text::new(
                    "center",
                    PlotPoint::new(0.0, 0.06),
                    RichText::new(&d.center)
                        .size(22.0 * scale)
                        .strong()
                        .color(color(palette::TEXT)),
                )
                .allow_hover(false),
            );
            p.text(
                Text::new(
                    "center-caption",
                    PlotPoint::new(0.0, -0.14),
                    RichText::new(&d.center_caption)
                        .size(12.0 * scale)
                        .color(color(palette::MUTED)),
                )
                .allow_hover(false),
            );
        });
        ui.add_space(24.0 * scale);
        ui.vertical(|ui| {
            ui.add_space((height - d.slices.len() as f32 * 48.0 * scale).max(0.0) / 2.0);
            for s in &d.slices {
                ui.horizontal(|ui| legend_item(ui, &s.name, s.color, scale));
                ui.horizontal(|ui| {
                    ui.add_space(14.0 * scale + ui.spacing().item_spacing.x);
                    ui.label(
                        RichText::new(format!("{} · {}", s.value_label, s.share_label))
                            .size(14.0 * scale)
                            .strong()
                            .color(color(palette::TEXT)),
                    );
                });
                ui.add_space(6.0 * scale);
            }
        });
    });
}
