//! A [`ChartSpec`] as SVG text, laid out for a slide: title and headline figure at
//! the top, the chart below, every value and share printed on it.
//!
//! The layout works in a 1920-unit-wide coordinate system whose height follows the
//! asked aspect ratio; the `width`/`height` attributes carry the asked pixel size, so
//! a 3840×2160 picture is the 1920×1080 one at twice the resolution. Text is set in
//! the bundled Be Vietnam Pro (the symbols font behind it for arrows), measured with
//! the fonts' own metrics so nothing runs off the picture.

use super::measure::{ellipsize, width, wrap};
use super::palette::{self, Rgb};
use super::{Bars, ChartBody, ChartSpec, Donut, Single, tick_label, ticks};
use crate::fonts_data;
use std::fmt::Write;

/// The layout's width in SVG units.
pub const LAYOUT_WIDTH: f32 = 1920.0;
const MARGIN: f32 = 64.0;

struct Doc {
    out: String,
    w: f32,
}

#[derive(Clone, Copy)]
enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Escape text for XML.
pub fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            '\'' => s.push_str("&apos;"),
            c if (c as u32) < 0x20 && c != '\t' => s.push(' '),
            c => s.push(c),
        }
    }
    s
}

impl Doc {
    #[allow(clippy::too_many_arguments)]
    fn text(
        &mut self,
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        color: Rgb,
        anchor: Anchor,
        text: &str,
    ) {
        let _ = writeln!(
            self.out,
            r#"<text x="{x:.1}" y="{y:.1}" font-size="{size:.1}" font-weight="{}" fill="{}" text-anchor="{}">{}</text>"#,
            if bold { 600 } else { 400 },
            color.hex(),
            anchor.svg(),
            escape(text)
        );
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Rgb, stroke: Option<Rgb>) {
        let stroke = match stroke {
            Some(s) => format!(r#" stroke="{}" stroke-width="1.5""#, s.hex()),
            None => String::new(),
        };
        let _ = writeln!(
            self.out,
            r#"<rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}" fill="{}"{stroke}/>"#,
            fill.hex()
        );
    }

    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, color: Rgb, w: f32) {
        let _ = writeln!(
            self.out,
            r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke="{}" stroke-width="{w:.1}"/>"#,
            color.hex()
        );
    }
}

/// Render `spec` as an SVG document of `width`×`height` pixels.
pub fn render(spec: &ChartSpec, width_px: u32, height_px: u32) -> String {
    let width_px = width_px.max(1);
    let height_px = height_px.max(1);
    let w = LAYOUT_WIDTH;
    let h = (LAYOUT_WIDTH * height_px as f32 / width_px as f32).clamp(400.0, 8000.0);
    let mut d = Doc {
        out: String::new(),
        w,
    };
    let _ = writeln!(
        d.out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width_px}" height="{height_px}" viewBox="0 0 {w:.0} {h:.0}" font-family="'{}', '{}', sans-serif">"#,
        fonts_data::FAMILY,
        fonts_data::SYMBOLS_FAMILY
    );
    let _ = writeln!(d.out, "<title>{}</title>", escape(&spec.title));
    d.rect(0.0, 0.0, w, h, palette::BACKGROUND, None);
    let body_top = header(&mut d, spec);
    let body_bottom = h - MARGIN;
    match &spec.body {
        ChartBody::Bars(b) => bars(&mut d, b, body_top, body_bottom),
        ChartBody::Donut(donut) => donut_chart(&mut d, donut, body_top, body_bottom),
        ChartBody::Single(one) => single(&mut d, one, body_top, body_bottom),
        ChartBody::NoData(message) => {
            let y = (body_top + body_bottom) / 2.0;
            d.text(
                w / 2.0,
                y,
                40.0,
                false,
                palette::MUTED,
                Anchor::Middle,
                message,
            );
        }
    }
    d.out.push_str("</svg>\n");
    d.out
}

/// Title, subtitle, headline figure; returns where the body starts.
fn header(d: &mut Doc, spec: &ChartSpec) -> f32 {
    let (title_size, sub_size, head_size, cap_size) = (46.0, 26.0, 64.0, 24.0);
    let inner = d.w - 2.0 * MARGIN;
    let head_w = width(&spec.headline, head_size, true).min(inner * 0.45);
    let cap_lines = wrap(&spec.headline_caption, cap_size, false, inner * 0.4, 2);
    let cap_w = cap_lines
        .iter()
        .map(|l| width(l, cap_size, false))
        .fold(0.0, f32::max);
    let right_w = head_w.max(cap_w);
    let title_w = (inner - right_w - 48.0).max(inner * 0.4);
    let mut y = MARGIN + title_size * 0.9;
    for line in wrap(&spec.title, title_size, true, title_w, 2) {
        d.text(
            MARGIN,
            y,
            title_size,
            true,
            palette::TEXT,
            Anchor::Start,
            &line,
        );
        y += title_size * 1.2;
    }
    y += sub_size * 0.2;
    let sub = ellipsize(&spec.subtitle, sub_size, false, title_w);
    d.text(
        MARGIN,
        y,
        sub_size,
        false,
        palette::MUTED,
        Anchor::Start,
        &sub,
    );
    let left_bottom = y + sub_size * 0.5;

    let x = d.w - MARGIN;
    let mut ry = MARGIN + head_size * 0.85;
    let headline = ellipsize(&spec.headline, head_size, true, inner * 0.45);
    d.text(
        x,
        ry,
        head_size,
        true,
        palette::BLUE,
        Anchor::End,
        &headline,
    );
    ry += head_size * 0.3 + cap_size;
    for l in &cap_lines {
        d.text(x, ry, cap_size, false, palette::MUTED, Anchor::End, l);
        ry += cap_size * 1.25;
    }
    let bottom = left_bottom.max(ry - cap_size * 0.6) + 20.0;
    d.line(MARGIN, bottom, d.w - MARGIN, bottom, palette::GRID, 2.0);
    bottom + 28.0
}

/// A chart of one category: its name and its figure, large, with its colour.
fn single(d: &mut Doc, one: &Single, top: f32, bottom: f32) {
    let inner = d.w - 2.0 * MARGIN;
    let cat_size = 40.0;
    let mut value_size = 88.0;
    while value_size > 24.0 && width(&one.value, value_size, true) > inner {
        value_size -= 4.0;
    }
    let lines = wrap(&one.category, cat_size, false, inner - 80.0, 2);
    let block = lines.len() as f32 * cat_size * 1.25 + value_size * 1.3;
    let mut y = top + ((bottom - top) - block) / 2.0 + cat_size;
    let cx = d.w / 2.0;
    for (i, l) in lines.iter().enumerate() {
        if i == 0 {
            // The category's colour, as in the other charts, before its name.
            let lw = width(l, cat_size, false);
            d.rect(
                cx - lw / 2.0 - cat_size * 1.4,
                y - cat_size * 0.8,
                cat_size,
                cat_size,
                one.color,
                Some(one.color.darker(0.3)),
            );
        }
        d.text(cx, y, cat_size, false, palette::TEXT, Anchor::Middle, l);
        y += cat_size * 1.25;
    }
    y += value_size * 0.9;
    d.text(
        cx,
        y,
        value_size,
        true,
        palette::BLUE,
        Anchor::Middle,
        &one.value,
    );
}

fn legend(d: &mut Doc, items: &[(String, Rgb)], y: f32, size: f32) {
    let mut x = d.w - MARGIN;
    for (name, color) in items.iter().rev() {
        let tw = width(name, size, false);
        x -= tw;
        d.text(
            x,
            y + size * 0.85,
            size,
            false,
            palette::TEXT,
            Anchor::Start,
            name,
        );
        x -= 12.0 + size;
        d.rect(x, y + 2.0, size, size, *color, Some(color.darker(0.3)));
        x -= 36.0;
    }
}

fn bars(d: &mut Doc, b: &Bars, top: f32, bottom: f32) {
    let mut top = top;
    let k = b.series.len().max(1);
    if b.series.len() > 1 {
        let items: Vec<(String, Rgb)> = b
            .series
            .iter()
            .map(|s| (s.name.clone(), s.color()))
            .collect();
        legend(d, &items, top - 8.0, 26.0);
        top += 44.0;
    }
    let axis_h = 92.0;
    let n = b.categories.len().max(1);
    // Rows no taller than a comfortable maximum: one or two categories do not
    // become giant bars; the axis follows the last row.
    let row_h = ((bottom - axis_h - top) / n as f32).clamp(8.0, 190.0);
    let area_bottom = top + row_h * n as f32;
    let inner = d.w - 2.0 * MARGIN;
    // Few categories: each label above its bars, full width. Many: labels in a
    // column on the left, so the rows stay tall enough to read.
    let side_labels = n > 8;
    let (cat_size, bar_area_h, label_col) = if side_labels {
        let size = (row_h * 0.5).clamp(13.0, 28.0);
        let widest = b
            .categories
            .iter()
            .map(|c| width(c, size, false))
            .fold(0.0, f32::max);
        (size, row_h * 0.8, widest.min(inner * 0.34) + 20.0)
    } else {
        let size = (row_h * 0.30).clamp(14.0, 30.0);
        (size, (row_h - size * 1.3 - row_h * 0.14).max(4.0), 0.0)
    };
    let bar_h = (bar_area_h / k as f32).min(if k == 1 { 90.0 } else { 60.0 });
    // From the back of a room the categories are what must be read: after the title
    // they are the largest text; values come next, then the axis.
    let val_size = (bar_h * 0.82)
        .clamp(13.0, 36.0)
        .max(if side_labels { cat_size * 0.9 } else { 0.0 })
        .min(cat_size);
    let tick_size = (cat_size * 0.8).clamp(12.0, 22.0);
    let label_w = b
        .series
        .iter()
        .flat_map(|s| s.labels.iter())
        .map(|l| width(l, val_size, true))
        .fold(0.0, f32::max);
    let x0 = MARGIN + label_col;
    let plot_w = (inner - label_col - label_w - 20.0).max((inner - label_col) * 0.45);
    let (tick_values, end) = axis(b);
    let sx = |v: f64| x0 + (v / end) as f32 * plot_w;

    // Grid: through the bars only, never through a category's label (labels above
    // their bars leave a gap in the lines).
    for i in 0..n {
        let row_top = top + i as f32 * row_h;
        let (y0, y1) = if side_labels {
            (row_top, row_top + row_h)
        } else {
            let bars_top = row_top + cat_size * 1.3;
            (
                bars_top - 4.0,
                (bars_top + bar_h * k as f32 + 4.0).min(row_top + row_h),
            )
        };
        for t in &tick_values {
            let x = sx(*t);
            d.line(x, y0, x, y1, palette::GRID, 1.5);
        }
    }
    for t in &tick_values {
        d.text(
            sx(*t),
            area_bottom + tick_size + 10.0,
            tick_size,
            false,
            palette::MUTED,
            Anchor::Middle,
            &tick_label(*t),
        );
    }
    d.line(x0, top, x0, area_bottom, palette::MUTED, 2.0);
    d.text(
        x0 + plot_w / 2.0,
        area_bottom + tick_size * 2.0 + 26.0,
        tick_size,
        false,
        palette::MUTED,
        Anchor::Middle,
        &b.value_axis,
    );

    for (i, cat) in b.categories.iter().enumerate() {
        let row_top = top + i as f32 * row_h;
        let bars_top = if side_labels {
            let text = ellipsize(cat, cat_size, false, label_col - 20.0);
            let y = row_top + row_h / 2.0 + cat_size * 0.35;
            d.text(
                MARGIN,
                y,
                cat_size,
                false,
                palette::TEXT,
                Anchor::Start,
                &text,
            );
            row_top + (row_h - bar_h * k as f32) / 2.0
        } else {
            let text = ellipsize(cat, cat_size, false, inner);
            d.text(
                x0 + 4.0,
                row_top + cat_size,
                cat_size,
                false,
                palette::TEXT,
                Anchor::Start,
                &text,
            );
            row_top + cat_size * 1.3
        };
        for (j, s) in b.series.iter().enumerate() {
            let v = s.values.get(i).copied().unwrap_or(0.0).max(0.0);
            let color = s.colors.get(i).copied().unwrap_or(s.color());
            let y = bars_top + j as f32 * bar_h;
            let mut bw = sx(v) - x0;
            if v > 0.0 {
                bw = bw.max(3.0);
            }
            if bw > 0.0 {
                d.rect(x0, y, bw, bar_h * 0.88, color, Some(color.darker(0.3)));
            }
            if let Some(label) = s.labels.get(i).filter(|l| !l.is_empty()) {
                d.text(
                    x0 + bw + 10.0,
                    y + bar_h * 0.44 + val_size * 0.36,
                    val_size,
                    true,
                    palette::TEXT,
                    Anchor::Start,
                    label,
                );
            }
        }
    }
}

/// The value axis' ticks and its end: a natural end (the number of communes) is
/// itself the last tick; otherwise the axis runs to the first round tick past the
/// largest value.
pub fn axis(b: &Bars) -> (Vec<f64>, f64) {
    let max = b.axis_max();
    match b.value_max {
        Some(m) if m > 0.0 => {
            let mut t: Vec<f64> = ticks(m, 6).into_iter().filter(|v| *v <= m).collect();
            if t.last().is_some_and(|l| (m - l) / m > 0.08) {
                t.push(m);
            } else if let Some(l) = t.last_mut() {
                *l = m;
            }
            (t, m)
        }
        _ => {
            let mut t = ticks(max, 6);
            let step = if t.len() > 1 {
                t[1] - t[0]
            } else {
                max.max(1.0)
            };
            while t.last().is_some_and(|l| *l < max) {
                let next = t.last().copied().unwrap_or(0.0) + step;
                t.push(next);
            }
            let end = t.last().copied().unwrap_or(1.0).max(1.0);
            (t, end)
        }
    }
}

/// An annulus sector from angle `a0` to `a1` (radians, clockwise from the top).
fn wedge_path(cx: f32, cy: f32, r: f32, ri: f32, a0: f32, a1: f32) -> String {
    let pt = |rad: f32, a: f32| (cx + rad * a.sin(), cy - rad * a.cos());
    let large = i32::from(a1 - a0 > std::f32::consts::PI);
    let (x0, y0) = pt(r, a0);
    let (x1, y1) = pt(r, a1);
    let (x2, y2) = pt(ri, a1);
    let (x3, y3) = pt(ri, a0);
    format!(
        "M{x0:.2},{y0:.2} A{r:.2},{r:.2} 0 {large} 1 {x1:.2},{y1:.2} L{x2:.2},{y2:.2} A{ri:.2},{ri:.2} 0 {large} 0 {x3:.2},{y3:.2} Z"
    )
}

fn donut_chart(d: &mut Doc, donut: &Donut, top: f32, bottom: f32) {
    let bh = bottom - top;
    let r = (bh / 2.0).min((d.w - 2.0 * MARGIN) * 0.22);
    let ri = r * 0.58;
    let cx = MARGIN + r + 24.0;
    let cy = top + bh / 2.0;
    let total: f64 = donut.slices.iter().map(|s| s.value.max(0.0)).sum();
    let tau = std::f32::consts::TAU;
    let mut a = 0.0_f32;
    for s in &donut.slices {
        let frac = if total > 0.0 {
            (s.value.max(0.0) / total) as f32
        } else {
            0.0
        };
        if frac <= 0.0 {
            continue;
        }
        let a1 = a + frac * tau;
        // A whole ring is two half wedges (an arc cannot end where it starts).
        let paths = if frac >= 0.9999 {
            vec![
                wedge_path(cx, cy, r, ri, 0.0, tau / 2.0),
                wedge_path(cx, cy, r, ri, tau / 2.0, tau),
            ]
        } else {
            vec![wedge_path(cx, cy, r, ri, a, a1)]
        };
        for p in paths {
            let _ = writeln!(
                d.out,
                r#"<path d="{p}" fill="{}" stroke="{}" stroke-width="3"/>"#,
                s.color.hex(),
                palette::BACKGROUND.hex()
            );
        }
        if frac >= 0.04 {
            let mid = (a + a1) / 2.0;
            let rm = (r + ri) / 2.0;
            let size = (r * 0.1).clamp(18.0, 34.0);
            d.text(
                cx + rm * mid.sin(),
                cy - rm * mid.cos() + size * 0.35,
                size,
                true,
                palette::text_on(s.color),
                Anchor::Middle,
                &s.share_label,
            );
        }
        a = a1;
    }
    // The total in the hole.
    let mut size = (ri * 0.36).min(64.0);
    while size > 12.0 && width(&donut.center, size, true) > ri * 1.7 {
        size -= 2.0;
    }
    d.text(
        cx,
        cy + size * 0.2,
        size,
        true,
        palette::TEXT,
        Anchor::Middle,
        &donut.center,
    );
    d.text(
        cx,
        cy + size * 0.2 + 34.0,
        24.0,
        false,
        palette::MUTED,
        Anchor::Middle,
        &donut.center_caption,
    );

    // The legend: every slice with its value and share.
    let lx = cx + r + 80.0;
    let lw = d.w - MARGIN - lx;
    let n = donut.slices.len().max(1) as f32;
    let name_size = ((bh / n) * 0.24).clamp(16.0, 30.0);
    let rows: Vec<(Vec<String>, String)> = donut
        .slices
        .iter()
        .map(|s| {
            (
                wrap(&s.name, name_size, false, lw - name_size * 1.6, 2),
                format!("{} · {}", s.value_label, s.share_label),
            )
        })
        .collect();
    let row_h = |lines: usize| name_size * 1.25 * (lines as f32 + 1.0) + name_size * 0.8;
    let total_h: f32 = rows.iter().map(|(l, _)| row_h(l.len())).sum();
    let mut y = top + ((bh - total_h) / 2.0).max(0.0);
    for ((lines, value), s) in rows.iter().zip(&donut.slices) {
        d.rect(
            lx,
            y + name_size * 0.1,
            name_size,
            name_size,
            s.color,
            Some(s.color.darker(0.3)),
        );
        let tx = lx + name_size * 1.6;
        let mut ty = y + name_size * 0.95;
        for l in lines {
            d.text(tx, ty, name_size, false, palette::TEXT, Anchor::Start, l);
            ty += name_size * 1.25;
        }
        d.text(tx, ty, name_size, true, palette::TEXT, Anchor::Start, value);
        y += row_h(lines.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
    }

    #[test]
    fn a_wedge_is_a_closed_path() {
        let p = wedge_path(100.0, 100.0, 50.0, 30.0, 0.0, 1.0);
        assert!(p.starts_with("M100.00,50.00 A50.00,50.00 0 0 1"));
        assert!(p.ends_with('Z'));
    }
}
