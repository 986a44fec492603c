//! The commune × criteria matrix: frozen left columns and header, cells with symbols
//! as well as colours, spreadsheet keys, range set, copy and paste with Excel.
//! Only the visible rows and columns are laid out and painted.

use super::super::super::NtmApp;
use super::{CellPos, PastePreview, Tab};
use crate::app::dialogs::table::RED;
use crate::document::{CellChange, Edit};
use crate::matrix::{Cell, Layer, LevelFilter, ResultCell, Row, SortBy, copy_tsv, paste};
use crate::model::Plan;
use eframe::egui::{
    self, Align2, Color32, FontId, Key, Pos2, Rect, Sense, Stroke, StrokeKind, Vec2,
};

pub const ROW_H: f32 = 26.0;
/// Room for a criterion's number and name on up to three lines, and its counts.
pub const HEADER_H: f32 = 84.0;
/// The criterion names' type size in the header.
const HEADER_FONT: f32 = 11.5;
pub const COL_W: f32 = 70.0;
/// Frozen columns: No., commune, district or group, criteria met.
pub const FROZEN: [f32; 4] = [44.0, 176.0, 124.0, 92.0];

/// Colours of the four cell states (Okabe–Ito hues, light fills that stay apart on a
/// washed-out projector), with the symbol each shows.
pub fn cell_style(cell: Cell) -> (Color32, Color32, &'static str, Option<&'static str>) {
    match cell {
        Cell::Kept => (
            Color32::from_rgb(0xD4, 0xE8, 0xF7),
            Color32::from_rgb(0x00, 0x49, 0x8C),
            "✓",
            None,
        ),
        Cell::Gained => (
            Color32::from_rgb(0xFC, 0xE1, 0xA8),
            Color32::from_rgb(0x8A, 0x4B, 0x00),
            "✓",
            Some("▲"),
        ),
        Cell::Missing => (
            Color32::from_rgb(0xF4, 0xCC, 0xC0),
            Color32::from_rgb(0x9E, 0x2A, 0x00),
            "✗",
            None,
        ),
        Cell::Lost => (
            Color32::from_rgb(0xF4, 0xCC, 0xC0),
            Color32::from_rgb(0x9E, 0x2A, 0x00),
            "✗",
            Some("▼"),
        ),
    }
}

/// Colours and symbols of the result layer: the result against the target (the same
/// hues as the baseline/target cells, so "met" and "not met" read the same way).
pub fn result_style(cell: ResultCell) -> (Color32, Color32, &'static str, Option<&'static str>) {
    match cell {
        ResultCell::Achieved => cell_style(Cell::Kept),
        ResultCell::Beyond => (
            Color32::from_rgb(0xCF, 0xEB, 0xDF),
            Color32::from_rgb(0x00, 0x5C, 0x40),
            "✓",
            Some("+"),
        ),
        ResultCell::Missed => (
            Color32::from_rgb(0xF4, 0xCC, 0xC0),
            Color32::from_rgb(0x9E, 0x2A, 0x00),
            "✗",
            Some("!"),
        ),
        ResultCell::NotMet => (
            Color32::from_rgb(0xEE, 0xE2, 0xDC),
            Color32::from_rgb(0x7A, 0x3A, 0x20),
            "✗",
            None,
        ),
        ResultCell::NotReported => (
            Color32::from_rgb(0xE6, 0xE6, 0xE6),
            Color32::from_rgb(0x5A, 0x5A, 0x5A),
            "·",
            None,
        ),
    }
}

/// What a cell looks like in the layer being edited: baseline and target together,
/// or the result against the target.
fn look(
    layer: Layer,
    c: &crate::model::Commune,
    code: &str,
) -> (Color32, Color32, &'static str, Option<&'static str>) {
    match layer {
        Layer::Result => result_style(ResultCell::of(c, code)),
        // Carried onto a new set and not yet assessed: nothing is assumed.
        _ if c.unassessed => {
            let (bg, fg, _, _) = result_style(ResultCell::NotReported);
            (bg, fg, "?", None)
        }
        _ => cell_style(Cell::of(c, code)),
    }
}

/// The catalogue key describing a cell in the layer being edited.
fn look_key(layer: Layer, c: &crate::model::Commune, code: &str) -> &'static str {
    match layer {
        Layer::Result => match ResultCell::of(c, code) {
            ResultCell::Achieved => "legend-achieved",
            ResultCell::Beyond => "legend-beyond",
            ResultCell::Missed => "legend-missed",
            ResultCell::NotMet => "legend-not-met",
            ResultCell::NotReported => "legend-not-reported",
        },
        _ if c.unassessed => "legend-not-assessed",
        _ => match Cell::of(c, code) {
            Cell::Kept => "legend-kept",
            Cell::Gained => "legend-gained",
            Cell::Missing => "legend-missing",
            Cell::Lost => "legend-lost",
        },
    }
}

fn frozen_w() -> f32 {
    FROZEN.iter().sum()
}

/// A criterion's "11. Nghèo đa chiều" laid out for its header: centred lines within
/// the column, at most three, the last one elided if the name is longer.
fn header_galley(ui: &egui::Ui, text: &str, color: Color32) -> std::sync::Arc<egui::Galley> {
    let mut job = egui::text::LayoutJob::simple(
        text.to_string(),
        FontId::proportional(HEADER_FONT),
        color,
        COL_W - 8.0,
    );
    job.wrap.max_rows = 3;
    job.wrap.overflow_character = Some('…');
    job.halign = egui::Align::Center;
    ui.painter().layout_job(job)
}

/// A frozen column's title, wrapped to its width ("Tiêu chí đạt" on two lines in a
/// narrow column rather than running into the next header).
fn frozen_header_galley(
    ui: &egui::Ui,
    text: &str,
    width: f32,
    color: Color32,
) -> std::sync::Arc<egui::Galley> {
    let mut job = egui::text::LayoutJob::simple(
        text.to_string(),
        crate::app::fonts::bold(13.0),
        color,
        width,
    );
    job.wrap.max_rows = 3;
    job.wrap.overflow_character = Some('…');
    ui.painter().layout_job(job)
}

pub fn view(app: &mut NtmApp, ui: &mut egui::Ui) {
    if app.doc.is_none() {
        return;
    }
    toolbar(app, ui);
    legend(app, ui);
    paste_preview(app, ui);
    let has_panel = app.matrix.commune.is_some();
    if has_panel {
        egui::Panel::right("commune-panel")
            .resizable(true)
            .default_size(330.0)
            .show(ui, |ui| {
                super::commune_panel::view(app, ui);
            });
    }
    grid(app, ui);
}

fn toolbar(app: &mut NtmApp, ui: &mut egui::Ui) {
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let districts: Vec<(String, String)> = plan
        .districts
        .iter()
        .map(|d| (d.id.clone(), d.name.clone()))
        .collect();
    let groups: Vec<(u8, String)> = plan
        .criteria_set
        .groups
        .iter()
        .map(|g| (g.number, g.name_in(app.lang()).to_string()))
        .collect();
    let criteria: Vec<(String, String)> = plan
        .criteria_set
        .criteria
        .iter()
        .map(|c| (c.code.clone(), c.name_in(app.lang()).to_string()))
        .collect();
    // The result layer is offered once the plan records results.
    let has_results = crate::figures::results::has_results(plan);
    if !has_results && app.matrix.layer == Layer::Result {
        app.matrix.layer = Layer::Target;
    }
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let mut q = app.matrix.query.clone();
    let mut layer = app.matrix.layer;
    let mut action = None;
    let mut result_action = None;
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(t("matrix-search"));
        ui.add(
            egui::TextEdit::singleline(&mut q.search)
                .desired_width(150.0)
                .hint_text(t("matrix-search-hint")),
        )
        .labelled_by(l.id);
        if !districts.is_empty() {
            let l = ui.label(t("col-district"));
            let shown = q
                .district
                .as_ref()
                .and_then(|d| districts.iter().find(|(id, _)| id == d))
                .map(|(_, n)| n.clone())
                .unwrap_or_else(|| t("filter-all"));
            egui::ComboBox::from_id_salt("filter-district")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut q.district, None, t("filter-all"));
                    for (id, name) in &districts {
                        ui.selectable_value(&mut q.district, Some(id.clone()), name);
                    }
                })
                .response
                .labelled_by(l.id);
        }
        if !groups.is_empty() {
            let l = ui.label(t("col-group"));
            let shown = match q.group {
                None => t("filter-all"),
                Some(crate::matrix::NO_GROUP) => t("group-none-short"),
                Some(g) => g.to_string(),
            };
            egui::ComboBox::from_id_salt("filter-group")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut q.group, None, t("filter-all"));
                    for (n, name) in &groups {
                        ui.selectable_value(&mut q.group, Some(*n), name);
                    }
                    ui.selectable_value(
                        &mut q.group,
                        Some(crate::matrix::NO_GROUP),
                        t("filter-no-group"),
                    );
                })
                .response
                .labelled_by(l.id);
        }
        let l = ui.label(t("filter-level"));
        let levels = [
            (LevelFilter::All, t("filter-all")),
            (LevelFilter::NotRecognized, t("filter-not-recognized")),
            (LevelFilter::Recognized, t("filter-recognized")),
            (LevelFilter::Advanced, t("filter-advanced")),
            (LevelFilter::PlannedThisYear, t("filter-planned")),
        ];
        let shown = levels
            .iter()
            .find(|(v, _)| *v == q.level)
            .map(|(_, n)| n.clone())
            .unwrap_or_default();
        egui::ComboBox::from_id_salt("filter-level")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for (v, n) in &levels {
                    ui.selectable_value(&mut q.level, *v, n);
                }
            })
            .response
            .labelled_by(l.id);
        let l = ui.label(t("filter-unmet"));
        let shown = q
            .unmet
            .as_ref()
            .map(|c| format!("{} {c}", t("col-criteria")))
            .unwrap_or_else(|| t("filter-all"));
        egui::ComboBox::from_id_salt("filter-unmet")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut q.unmet, None, t("filter-all"));
                for (code, name) in &criteria {
                    ui.selectable_value(
                        &mut q.unmet,
                        Some(code.clone()),
                        format!("{code}. {name}"),
                    );
                }
            })
            .response
            .labelled_by(l.id);
        let l = ui.label(t("sort-by"));
        let sorts = [
            (SortBy::Plan, t("sort-plan")),
            (SortBy::Name, t("sort-name")),
            (SortBy::MetDesc, t("sort-met-desc")),
            (SortBy::MetAsc, t("sort-met-asc")),
        ];
        let shown = sorts
            .iter()
            .find(|(v, _)| *v == q.sort)
            .map(|(_, n)| n.clone())
            .unwrap_or_default();
        egui::ComboBox::from_id_salt("sort")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for (v, n) in &sorts {
                    ui.selectable_value(&mut q.sort, *v, n);
                }
            })
            .response
            .labelled_by(l.id);
    });
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(t("matrix-edit-layer"));
        ui.selectable_value(&mut layer, Layer::Target, t("col-target"))
            .labelled_by(l.id);
        ui.selectable_value(&mut layer, Layer::Baseline, t("col-baseline"))
            .labelled_by(l.id);
        if has_results {
            ui.selectable_value(&mut layer, Layer::Result, t("layer-result"))
                .labelled_by(l.id);
        }
        ui.separator();
        let has_sel = app.matrix.selection().is_some();
        if ui
            .add_enabled(has_sel, egui::Button::new(t("matrix-set-met")))
            .clicked()
        {
            action = Some(true);
        }
        if ui
            .add_enabled(has_sel, egui::Button::new(t("matrix-set-unmet")))
            .clicked()
        {
            action = Some(false);
        }
        if layer == Layer::Result {
            if ui
                .add_enabled(has_sel, egui::Button::new(t("matrix-result-as-target")))
                .on_hover_text(t("matrix-result-as-target-hint"))
                .clicked()
            {
                result_action = Some(true);
            }
            if ui
                .add_enabled(has_sel, egui::Button::new(t("matrix-result-clear")))
                .on_hover_text(t("matrix-result-clear-hint"))
                .clicked()
            {
                result_action = Some(false);
            }
        }
        ui.separator();
        if !groups.is_empty() {
            super::groups::bar(app, ui, has_sel);
            ui.separator();
        }
        if ui.button(t("matrix-add-commune")).clicked() {
            add_commune(app);
        }
    });
    // How to select and change, at the body text's size (it is the only place that
    // says a click selects and Space changes).
    ui.add(egui::Label::new(egui::RichText::new(t("matrix-keys-hint")).weak()).wrap());
    if q != app.matrix.query {
        app.matrix.query = q;
        app.matrix.anchor = None;
        app.matrix.cursor = None;
    }
    app.matrix.layer = layer;
    if let Some(met) = action {
        set_selection(app, met);
    }
    if let Some(as_target) = result_action {
        set_selected_results(app, as_target);
    }
}

/// The selected rows' results, as one step: recorded as their targets, or cleared
/// (no result recorded).
fn set_selected_results(app: &mut NtmApp, as_target: bool) {
    let Some((rr, _)) = app.matrix.selection() else {
        return;
    };
    let Some((rows, _)) = rows_now(app) else {
        return;
    };
    let Some(doc) = app.doc.as_mut() else { return };
    let plan = &doc.plan;
    let mut edits = Vec::new();
    for r in rr {
        let Some(Row::Commune(ci)) = rows.get(r) else {
            continue;
        };
        let c = &plan.communes[*ci];
        let new = if as_target {
            // Recognitions granted and the note stay; the criteria become the target's.
            let mut res = c.result.clone().unwrap_or_default();
            res.unmet = c.target_unmet.clone();
            Some(Box::new(res))
        } else {
            None
        };
        if new.as_deref() != c.result.as_ref() {
            edits.push(Edit::CommuneResult(*ci, new));
        }
    }
    if !edits.is_empty() {
        doc.apply(Edit::Batch(edits), None);
    }
}

fn legend(app: &NtmApp, ui: &mut egui::Ui) {
    let unassessed = app
        .doc
        .as_ref()
        .is_some_and(|d| d.plan.communes.iter().any(|c| c.unassessed));
    let mut entries: Vec<_> = if app.matrix.layer == Layer::Result {
        [
            (ResultCell::Achieved, "legend-achieved"),
            (ResultCell::Beyond, "legend-beyond"),
            (ResultCell::Missed, "legend-missed"),
            (ResultCell::NotMet, "legend-not-met"),
            (ResultCell::NotReported, "legend-not-reported"),
        ]
        .into_iter()
        .map(|(c, k)| (result_style(c), k))
        .collect()
    } else {
        [
            (Cell::Kept, "legend-kept"),
            (Cell::Gained, "legend-gained"),
            (Cell::Missing, "legend-missing"),
            (Cell::Lost, "legend-lost"),
        ]
        .into_iter()
        .map(|(c, k)| (cell_style(c), k))
        .collect()
    };
    if unassessed && app.matrix.layer != Layer::Result {
        let (bg, fg, _, _) = result_style(ResultCell::NotReported);
        entries.push(((bg, fg, "?", None), "legend-not-assessed"));
    }
    ui.horizontal_wrapped(|ui| {
        for ((bg, fg, sym, mark), key) in entries {
            let (rect, _) = ui.allocate_exact_size(Vec2::new(34.0, 20.0), Sense::hover());
            ui.painter().rect_filled(rect, 3.0, bg);
            ui.painter().text(
                rect.center(),
                Align2::CENTER_CENTER,
                format!("{sym}{}", mark.unwrap_or("")),
                FontId::proportional(14.0),
                fg,
            );
            ui.label(app.t(key));
            ui.add_space(8.0);
        }
    });
}

/// The rows shown and the figures (for the other parts of the page).
pub fn rows_now_pub(app: &mut NtmApp) -> Option<(Vec<Row>, crate::figures::Figures)> {
    rows_now(app)
}

/// The rows shown and the figures, for this frame.
fn rows_now(app: &mut NtmApp) -> Option<(Vec<Row>, crate::figures::Figures)> {
    let figures = app.analysis()?.0.clone();
    let doc = app.doc.as_ref()?;
    let rows = app
        .matrix
        .rows(doc.revision(), &doc.plan, &figures.met_target)
        .to_vec();
    Some((rows, figures))
}

fn grid(app: &mut NtmApp, ui: &mut egui::Ui) {
    let Some((rows, figures)) = rows_now(app) else {
        return;
    };
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let ncols = plan.criteria_set.len();
    let nrows = rows.len();
    let n = figures.communes;
    let fw = frozen_w();
    let content = Vec2::new(fw + ncols as f32 * COL_W, HEADER_H + nrows as f32 * ROW_H);
    let id = egui::Id::unique("criteria-matrix");
    let lang = app.lang();
    let visuals = ui.visuals().clone();
    let text_color = visuals.text_color();
    let panel_bg = visuals.panel_fill;
    let header_bg = visuals.faint_bg_color;
    let grid_stroke = Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color);
    let sel = app.matrix.selection();
    let cursor = app.matrix.cursor;
    let reveal = std::mem::take(&mut app.matrix.reveal);
    let group_word = app.t("col-group").to_string();
    let no_group_word = format!("{group_word}: {}", app.t("group-none-short"));
    let headers = [
        app.t("col-no").to_string(),
        app.t("col-commune").to_string(),
        app.t(if plan.criteria_set.uses_groups() {
            "col-group"
        } else {
            "col-district"
        })
        .to_string(),
        app.t("col-met").to_string(),
    ];
    let total = ncols;
    let matrix_label = app.t("matrix-label").to_string();
    let layer = app.matrix.layer;
    let results = figures.results.as_ref();

    // A click or drag selects (pos, extend the selection); a double-click changes.
    let mut clicked: Option<(CellPos, bool)> = None;
    let mut double_clicked: Option<CellPos> = None;
    let mut clicked_row: Option<usize> = None;
    let mut hover_text: Option<String> = None;
    let mut has_focus = false;

    let output = egui::ScrollArea::both()
        .id_salt("matrix-scroll")
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            let (content_rect, _) = ui.allocate_exact_size(content, Sense::hover());
            // A stable id, so keyboard focus survives from frame to frame.
            let resp = ui.interact(content_rect, id, Sense::click_and_drag());
            let origin = content_rect.min;
            let resp = resp.on_hover_cursor(egui::CursorIcon::Cell);
            resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Grid, true, &matrix_label));
            has_focus = resp.has_focus();
            let vis = Rect::from_min_max(
                origin + viewport.min.to_vec2(),
                origin + viewport.max.to_vec2(),
            );
            let painter = ui.painter_at(vis);
            let r0 = (((viewport.min.y - HEADER_H) / ROW_H).floor().max(0.0)) as usize;
            let r1 = ((((viewport.max.y - HEADER_H) / ROW_H).ceil().max(0.0)) as usize).min(nrows);
            let c0 = (((viewport.min.x - fw) / COL_W).floor().max(0.0)) as usize;
            let c1 = ((((viewport.max.x - fw) / COL_W).ceil().max(0.0)) as usize).min(ncols);
            let cell_rect = |r: usize, c: usize| {
                Rect::from_min_size(
                    Pos2::new(
                        origin.x + fw + c as f32 * COL_W,
                        origin.y + HEADER_H + r as f32 * ROW_H,
                    ),
                    Vec2::new(COL_W, ROW_H),
                )
            };
            let font = FontId::proportional(16.0);
            let small = FontId::proportional(11.0);

            // Cells.
            for r in r0..r1 {
                match &rows[r] {
                    Row::Commune(ci) => {
                        let c = &plan.communes[*ci];
                        for k in c0..c1 {
                            let code = &plan.criteria_set.criteria[k].code;
                            let rect = cell_rect(r, k).shrink(1.0);
                            let (bg, fg, sym, mark) = look(layer, c, code);
                            painter.rect_filled(rect, 2.0, bg);
                            painter.text(
                                rect.center(),
                                Align2::CENTER_CENTER,
                                sym,
                                font.clone(),
                                fg,
                            );
                            if let Some(m) = mark {
                                painter.text(
                                    rect.right_top() + Vec2::new(-3.0, 2.0),
                                    Align2::RIGHT_TOP,
                                    m,
                                    small.clone(),
                                    fg,
                                );
                            }
                        }
                    }
                    Row::District(di) => {
                        let d = &plan.districts[*di];
                        let members = rows[r + 1..]
                            .iter()
                            .take_while(|x| matches!(x, Row::Commune(_)))
                            .filter_map(|x| {
                                if let Row::Commune(i) = x {
                                    Some(*i)
                                } else {
                                    None
                                }
                            });
                        let (met, count) = crate::matrix::subtotals_in(
                            plan,
                            members
                                .filter(|i| plan.communes[*i].district.as_deref() == Some(&d.id)),
                            layer,
                        );
                        for (k, m) in met.iter().enumerate().take(c1).skip(c0) {
                            let rect = cell_rect(r, k);
                            painter.rect_filled(rect, 0.0, header_bg);
                            painter.text(
                                rect.center(),
                                Align2::CENTER_CENTER,
                                format!("{m}/{count}"),
                                small.clone(),
                                text_color,
                            );
                        }
                    }
                }
            }
            // Selection outline.
            if let Some((rr, cc)) = &sel {
                let a = cell_rect(*rr.start(), *cc.start());
                let b = cell_rect(*rr.end(), *cc.end());
                painter.rect_stroke(
                    a.union(b),
                    2.0,
                    Stroke::new(2.5, visuals.selection.stroke.color),
                    StrokeKind::Inside,
                );
            }
            if let Some((r, c)) = cursor
                && r < nrows
                && c < ncols
            {
                painter.rect_stroke(
                    cell_rect(r, c),
                    2.0,
                    Stroke::new(3.0, text_color),
                    StrokeKind::Inside,
                );
                if reveal {
                    // The least scrolling that shows the cell clear of the frozen
                    // columns and the header: the cell with their room before it.
                    let cell = cell_rect(r, c);
                    let room = Rect::from_min_max(cell.min - Vec2::new(fw, HEADER_H), cell.max);
                    ui.scroll_to_rect(room, None);
                }
            }

            // Commune numbers count communes only, not district headings.
            let mut ordinal = vec![0usize; nrows];
            let mut k = 0;
            for (r, row) in rows.iter().enumerate() {
                if matches!(row, Row::Commune(_)) {
                    k += 1;
                }
                ordinal[r] = k;
            }
            // Frozen left columns, painted over the cells at the left edge of the view.
            let left = vis.min.x;
            let frozen_rect =
                Rect::from_min_max(Pos2::new(left, vis.min.y), Pos2::new(left + fw, vis.max.y));
            painter.rect_filled(frozen_rect, 0.0, panel_bg);
            for r in r0..r1 {
                let y = origin.y + HEADER_H + r as f32 * ROW_H;
                let row_rect = Rect::from_min_size(Pos2::new(left, y), Vec2::new(fw, ROW_H));
                let selected_row =
                    matches!(&rows[r], Row::Commune(ci) if app.matrix.commune == Some(*ci));
                if selected_row {
                    painter.rect_filled(
                        row_rect,
                        0.0,
                        visuals.selection.bg_fill.gamma_multiply(0.5),
                    );
                }
                let texts: [String; 4] = match &rows[r] {
                    Row::Commune(ci) => {
                        let c = &plan.communes[*ci];
                        let place = match (c.group, &c.district) {
                            (Some(g), _) => format!("{group_word} {g}"),
                            (None, Some(d)) => plan.unit_name(d).to_string(),
                            (None, None) if plan.criteria_set.uses_groups() => {
                                no_group_word.clone()
                            }
                            (None, None) => String::new(),
                        };
                        [
                            ordinal[r].to_string(),
                            c.name.clone(),
                            place,
                            match (layer, results) {
                                (Layer::Result, Some(res)) => format!(
                                    "{} → {}",
                                    figures.met_target[*ci],
                                    res.met_result[*ci]
                                        .map(|m| m.to_string())
                                        .unwrap_or_else(|| "—".into())
                                ),
                                _ if c.unassessed => "? → ?".to_string(),
                                _ => format!(
                                    "{} → {}",
                                    figures.met_baseline[*ci], figures.met_target[*ci]
                                ),
                            },
                        ]
                    }
                    Row::District(di) => {
                        painter.rect_filled(row_rect, 0.0, header_bg);
                        [
                            String::new(),
                            plan.districts[*di].name.clone(),
                            String::new(),
                            String::new(),
                        ]
                    }
                };
                let mut x = left;
                for (k, w) in FROZEN.iter().enumerate() {
                    let cell = Rect::from_min_size(Pos2::new(x, y), Vec2::new(*w, ROW_H));
                    let f = if matches!(rows[r], Row::District(_)) {
                        crate::app::fonts::bold(14.0)
                    } else {
                        FontId::proportional(14.0)
                    };
                    let clip = painter.with_clip_rect(cell.intersect(vis));
                    let align = if k == 0 || k == 3 {
                        Align2::RIGHT_CENTER
                    } else {
                        Align2::LEFT_CENTER
                    };
                    let anchor = if k == 0 || k == 3 {
                        cell.right_center() - Vec2::new(8.0, 0.0)
                    } else {
                        cell.left_center() + Vec2::new(6.0, 0.0)
                    };
                    clip.text(anchor, align, &texts[k], f, text_color);
                    x += w;
                }
                painter.hline(left..=left + fw, y + ROW_H, grid_stroke);
            }
            painter.vline(
                left + fw,
                vis.y_range(),
                Stroke::new(2.0, grid_stroke.color),
            );

            // Header row, painted over everything at the top of the view.
            let top = vis.min.y;
            painter.rect_filled(
                Rect::from_min_max(
                    Pos2::new(vis.min.x, top),
                    Pos2::new(vis.max.x, top + HEADER_H),
                ),
                0.0,
                header_bg,
            );
            // Headers of the criteria: number and name wrapped within the column (at
            // most three lines, the rest elided; the whole name is in the tooltip),
            // counts below. Clipped at the frozen columns, so nothing is drawn over
            // them when the matrix is scrolled sideways.
            let headers_clip = Rect::from_min_max(Pos2::new(left + fw, top), vis.max);
            for k in c0..c1 {
                let crit = &plan.criteria_set.criteria[k];
                let x = origin.x + fw + k as f32 * COL_W;
                let rect = Rect::from_min_size(Pos2::new(x, top), Vec2::new(COL_W, HEADER_H));
                if rect.max.x < left + fw {
                    continue;
                }
                let clip = painter.with_clip_rect(rect.intersect(headers_clip));
                let galley = header_galley(
                    ui,
                    &format!("{}. {}", crit.code, crit.name_in(lang)),
                    text_color,
                );
                clip.galley(
                    Pos2::new(rect.center().x, rect.min.y + 4.0),
                    galley,
                    text_color,
                );
                let pc = &figures.per_criterion[k];
                let counts = match (layer, results) {
                    (Layer::Result, Some(res)) => {
                        format!("{}→{}", pc.target, res.per_criterion[k].result)
                    }
                    _ => format!("{}→{}", pc.baseline, pc.target),
                };
                clip.text(
                    rect.center_bottom() - Vec2::new(0.0, 4.0),
                    Align2::CENTER_BOTTOM,
                    counts,
                    crate::app::fonts::bold(14.0),
                    text_color,
                );
                clip.vline(x, rect.y_range(), grid_stroke);
            }
            let corner = Rect::from_min_size(Pos2::new(left, top), Vec2::new(fw, HEADER_H));
            painter.rect_filled(corner, 0.0, header_bg);
            let mut x = left;
            for (h, w) in headers.iter().zip(FROZEN) {
                let cell = Rect::from_min_size(Pos2::new(x, top), Vec2::new(w, HEADER_H));
                let galley = frozen_header_galley(ui, h, w - 10.0, text_color);
                let y = top + (HEADER_H - galley.size().y) / 2.0;
                painter.with_clip_rect(cell.intersect(vis)).galley(
                    Pos2::new(x + 6.0, y),
                    galley,
                    text_color,
                );
                x += w;
            }
            painter.vline(
                left + fw,
                top..=top + HEADER_H,
                Stroke::new(2.0, grid_stroke.color),
            );
            painter.hline(
                vis.x_range(),
                top + HEADER_H,
                Stroke::new(2.0, grid_stroke.color),
            );

            // Pointer: which cell, header or row is under it.
            let at = |p: Pos2| -> (Option<usize>, Option<usize>, bool) {
                let in_header = p.y < top + HEADER_H;
                let in_frozen = p.x < left + fw;
                let r = ((p.y - origin.y - HEADER_H) / ROW_H).floor();
                let c = ((p.x - origin.x - fw) / COL_W).floor();
                let r = (!in_header && r >= 0.0 && (r as usize) < nrows).then_some(r as usize);
                let c = (!in_frozen && c >= 0.0 && (c as usize) < ncols).then_some(c as usize);
                (r, c, in_header)
            };
            if let Some(p) = resp.hover_pos() {
                let (r, c, in_header) = at(p);
                if let (true, Some(c)) = (in_header, c) {
                    let crit = &plan.criteria_set.criteria[c];
                    let pc = &figures.per_criterion[c];
                    let delta = pc.target as i64 - pc.baseline as i64;
                    let mut text = format!(
                        "{}. {}\n{}/{n} → {}/{n} ({delta:+})",
                        crit.code,
                        crit.name_in(lang),
                        pc.baseline,
                        pc.target
                    );
                    if let Some(res) = results {
                        // "93/94 mục tiêu, 90/94 đạt được".
                        text.push('\n');
                        text.push_str(&app.i18n.fmt(
                            lang,
                            "results-criterion-line",
                            &[
                                ("target", crate::i18n::Arg::from(pc.target)),
                                ("result", res.per_criterion[c].result.into()),
                                ("n", n.into()),
                                ("unreported", (n - res.reported).into()),
                            ],
                        ));
                    }
                    hover_text = Some(text);
                } else if let (Some(r), Some(c)) = (r, c)
                    && let Row::Commune(ci) = &rows[r]
                {
                    let cm = &plan.communes[*ci];
                    let crit = &plan.criteria_set.criteria[c];
                    let key = look_key(layer, cm, &crit.code);
                    let mut text = format!(
                        "{} — {}. {}\n{}",
                        cm.name,
                        crit.code,
                        crit.name_in(lang),
                        app.i18n.get(lang, key)
                    );
                    if let Some(d) = cm.detail(&crit.code) {
                        if let Some(y) = d.year {
                            text.push_str(&format!(
                                "\n{}: {y}",
                                app.i18n.get(lang, "field-completion-year")
                            ));
                        }
                        if !d.agency.is_empty() {
                            text.push_str(&format!(
                                "\n{}: {}",
                                app.i18n.get(lang, "field-agency"),
                                d.agency
                            ));
                        }
                        if !d.note.is_empty() {
                            text.push_str(&format!("\n{}", d.note));
                        }
                    }
                    hover_text = Some(text);
                }
            }
            let shift = ui.input(|i| i.modifiers.shift);
            if resp.drag_started() || resp.clicked() {
                resp.request_focus();
            }
            if let Some(p) = resp.interact_pointer_pos() {
                let (r, c, _) = at(p);
                if let Some(r) = r {
                    if let Some(c) = c {
                        if resp.double_clicked() {
                            double_clicked = Some((r, c));
                        } else if resp.clicked() || resp.drag_started() {
                            clicked = Some(((r, c), shift));
                        } else if resp.dragged() {
                            clicked = Some(((r, c), true));
                        }
                    } else if resp.clicked() {
                        clicked_row = Some(r);
                    }
                }
            }
            if let Some(t) = &hover_text {
                resp.clone().on_hover_text_at_pointer(t);
            }
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    resp.id,
                    egui::EventFilter {
                        tab: true,
                        horizontal_arrows: true,
                        vertical_arrows: true,
                        escape: false,
                    },
                );
            });
            resp.id
        });
    let _ = (id, total);

    // Act on the pointer.
    if let Some(r) = clicked_row
        && let Some(Row::Commune(ci)) = rows.get(r)
    {
        app.matrix.commune = Some(*ci);
        let col = app.matrix.cursor.map(|c| c.1).unwrap_or(0);
        app.matrix.anchor = Some((r, col));
        app.matrix.cursor = Some((r, col));
    }
    // A click only selects: looking at a cell never changes the plan.
    if let Some(((r, c), extend)) = clicked {
        if let Some(Row::Commune(ci)) = rows.get(r) {
            app.matrix.commune = Some(*ci);
        }
        if !extend || app.matrix.anchor.is_none() {
            app.matrix.anchor = Some((r, c));
        }
        app.matrix.cursor = Some((r, c));
    }
    if let Some(pos) = double_clicked {
        app.matrix.anchor = Some(pos);
        app.matrix.cursor = Some(pos);
        toggle(app, &rows, pos);
    }
    let _ = output;
    if has_focus {
        keyboard(app, ui, &rows, ncols);
    }
}

/// Toggle the edited layer of one cell.
fn toggle(app: &mut NtmApp, rows: &[Row], (r, c): CellPos) {
    let Some(Row::Commune(ci)) = rows.get(r) else {
        return;
    };
    let layer = app.matrix.layer;
    let Some(doc) = app.doc.as_mut() else { return };
    let plan = &doc.plan;
    let code = plan.criteria_set.criteria[c].code.clone();
    let met = layer.meets(&plan.communes[*ci], &code);
    doc.apply(
        Edit::Cells(vec![CellChange {
            commune: *ci,
            criterion: code,
            layer,
            met: !met,
        }]),
        None,
    );
}

/// Change the selection (Space, Enter, double-click): one cell is toggled; a range is
/// set to the opposite of its first cell, as one step.
fn change_selection(app: &mut NtmApp, rows: &[Row]) {
    let Some((rr, cc)) = app.matrix.selection() else {
        return;
    };
    if rr.start() == rr.end() && cc.start() == cc.end() {
        toggle(app, rows, (*rr.start(), *cc.start()));
    } else {
        let first = first_cell_met(app, rows, (*rr.start(), *cc.start()));
        set_selection(app, !first);
    }
}

/// Set every cell of the selection to met or not met, as one step.
pub fn set_selection(app: &mut NtmApp, met: bool) {
    let Some((rr, cc)) = app.matrix.selection() else {
        return;
    };
    let Some((rows, _)) = rows_now(app) else {
        return;
    };
    let layer = app.matrix.layer;
    let Some(doc) = app.doc.as_mut() else { return };
    let plan = &doc.plan;
    let mut changes = Vec::new();
    for r in rr {
        if let Some(Row::Commune(ci)) = rows.get(r) {
            for k in cc.clone() {
                changes.push(CellChange {
                    commune: *ci,
                    criterion: plan.criteria_set.criteria[k].code.clone(),
                    layer,
                    met,
                });
            }
        }
    }
    if !changes.is_empty() {
        doc.apply(Edit::Cells(changes), None);
    }
}

/// The matrix's keys, as in a spreadsheet: arrows, Tab, Page Up/Down move (with
/// Shift they extend the selection); Space or Enter changes the selection; x or 1
/// sets it met, 0, Delete or Backspace not met.
fn keyboard(app: &mut NtmApp, ui: &mut egui::Ui, rows: &[Row], ncols: usize) {
    let nrows = rows.len();
    if nrows == 0 || ncols == 0 {
        return;
    }
    let events = ui.input(|i| i.events.clone());
    let mut moved = false;
    for ev in events {
        match ev {
            egui::Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } => {
                if modifiers.command || modifiers.alt {
                    continue;
                }
                let (mut r, mut c) = app.matrix.cursor.unwrap_or((0, 0));
                let step = |v: &mut usize, d: i64, max: usize| {
                    *v = (*v as i64 + d).clamp(0, max as i64 - 1) as usize
                };
                match key {
                    Key::ArrowUp => step(&mut r, -1, nrows),
                    Key::ArrowDown => step(&mut r, 1, nrows),
                    Key::ArrowLeft => step(&mut c, -1, ncols),
                    Key::ArrowRight => step(&mut c, 1, ncols),
                    Key::PageUp => step(&mut r, -20, nrows),
                    Key::PageDown => step(&mut r, 20, nrows),
                    Key::Home => c = 0,
                    Key::End => c = ncols - 1,
                    Key::Tab if modifiers.shift => step(&mut c, -1, ncols),
                    Key::Tab => step(&mut c, 1, ncols),
                    Key::Space | Key::Enter => {
                        if app.matrix.selection().is_none() {
                            app.matrix.anchor = Some((r, c));
                            app.matrix.cursor = Some((r, c));
                        }
                        change_selection(app, rows);
                        continue;
                    }
                    Key::Num0 | Key::Delete | Key::Backspace => {
                        set_selection(app, false);
                        continue;
                    }
                    Key::X | Key::Num1 => {
                        set_selection(app, true);
                        continue;
                    }
                    _ => continue,
                }
                let extend = modifiers.shift && key != Key::Tab;
                app.matrix.cursor = Some((r, c));
                if !extend || app.matrix.anchor.is_none() {
                    app.matrix.anchor = Some((r, c));
                }
                if let Some(Row::Commune(ci)) = rows.get(r) {
                    app.matrix.commune = Some(*ci);
                }
                moved = true;
            }
            egui::Event::Copy | egui::Event::Cut => {
                if let Some(text) = copy_selection(app, rows) {
                    ui.ctx().copy_text(text);
                }
            }
            egui::Event::Paste(text) => start_paste(app, rows, &text),
            _ => {}
        }
    }
    if moved {
        app.matrix.reveal = true;
    }
}

fn first_cell_met(app: &NtmApp, rows: &[Row], (r, c): CellPos) -> bool {
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return false;
    };
    let Some(Row::Commune(ci)) = rows.get(r) else {
        return false;
    };
    let code = &plan.criteria_set.criteria[c].code;
    app.matrix.layer.meets(&plan.communes[*ci], code)
}

fn copy_selection(app: &NtmApp, rows: &[Row]) -> Option<String> {
    let (rr, cc) = app.matrix.selection()?;
    let plan = &app.doc.as_ref()?.plan;
    let communes: Vec<usize> = rr
        .filter_map(|r| {
            if let Some(Row::Commune(i)) = rows.get(r) {
                Some(*i)
            } else {
                None
            }
        })
        .collect();
    Some(copy_tsv(plan, &communes, cc, app.matrix.layer))
}

/// Read pasted text into a preview; nothing changes until the user accepts.
pub fn start_paste(app: &mut NtmApp, rows: &[Row], text: &str) {
    // A commune list copied from Excel with its header ("Xã", "Nhóm", …) adds communes
    // or sets their groups, through its own preview.
    if let Some(grid) = crate::excel::communes::from_pasted(text) {
        let source = app.t("communes-pasted").to_string();
        app.preview_communes(source, &grid);
        return;
    }
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let (r0, c0) = app
        .matrix
        .selection()
        .map(|(r, c)| (*r.start(), *c.start()))
        .or(app.matrix.cursor)
        .unwrap_or((0, 0));
    let parsed = paste::parse(text);
    let layer = app.matrix.layer;
    let mut changes = Vec::new();
    let mut outside = 0;
    let mut problems = Vec::new();
    let mut unreadable = 0;
    // Rows of the view that are communes, from the paste's first row on.
    let commune_rows: Vec<usize> = rows[r0.min(rows.len())..]
        .iter()
        .filter_map(|r| {
            if let Row::Commune(i) = r {
                Some(*i)
            } else {
                None
            }
        })
        .collect();
    for (pr, line) in parsed.cells.iter().enumerate() {
        for (pc, v) in line.iter().enumerate() {
            let (Some(&ci), Some(crit)) = (
                commune_rows.get(pr),
                plan.criteria_set.criteria.get(c0 + pc),
            ) else {
                outside += 1;
                continue;
            };
            match v {
                Some(met) => {
                    let cm = &plan.communes[ci];
                    // A result is recorded even where it equals the target.
                    let now = match layer {
                        Layer::Result => cm.meets_result(&crit.code),
                        _ => Some(layer.meets(cm, &crit.code)),
                    };
                    if now != Some(*met) {
                        changes.push(CellChange {
                            commune: ci,
                            criterion: crit.code.clone(),
                            layer,
                            met: *met,
                        });
                    }
                }
                None => {
                    unreadable += 1;
                    if problems.len() >= super::PASTE_SHOWN {
                        continue;
                    }
                    // Quoted from its row (the parser keeps the first problems only).
                    let cell = parsed
                        .rows
                        .get(pr)
                        .and_then(|l| l.split('\t').nth(pc))
                        .unwrap_or_default();
                    let text = &crate::text::shown(cell);
                    problems.push(app.i18n.fmt(
                        app.lang(),
                        "paste-bad-cell",
                        &[
                            ("commune", &plan.communes[ci].name),
                            ("criterion", &crit.code),
                            ("row", &(pr + 1).to_string()),
                            ("col", &(pc + 1).to_string()),
                            ("text", text),
                        ],
                    ));
                }
            }
        }
    }
    app.matrix.paste = Some(PastePreview {
        changes,
        problems,
        unreadable,
        outside,
    });
    app.matrix.tab = Tab::Matrix;
}

fn paste_preview(app: &mut NtmApp, ui: &mut egui::Ui) {
    let Some(p) = app.matrix.paste.clone() else {
        return;
    };
    let lang = app.lang();
    let tr = app.i18n.clone();
    let t = |k: &str| tr.get(lang, k).to_string();
    let mut decision = None;
    egui::Frame::group(ui.style())
        .fill(ui.visuals().extreme_bg_color)
        .show(ui, |ui| {
            ui.label(egui::RichText::new(t("paste-title")).strong());
            ui.label(app.i18n.fmt(
                lang,
                "paste-summary",
                &[
                    ("changes", p.changes.len()),
                    ("problems", p.unreadable),
                    ("outside", p.outside),
                ],
            ));
            if let Some(plan) = app.doc.as_ref().map(|d| &d.plan) {
                egui::ScrollArea::vertical()
                    .id_salt("paste-list")
                    .max_height(140.0)
                    .show(ui, |ui| {
                        for ch in p.changes.iter().take(200) {
                            let c = &plan.communes[ch.commune];
                            let mark = if ch.met { "✗ → ✓" } else { "✓ → ✗" };
                            ui.label(format!(
                                "{}: {} {} {mark}",
                                c.name,
                                t("col-criteria"),
                                ch.criterion
                            ));
                        }
                        for pr in &p.problems {
                            ui.label(egui::RichText::new(pr).color(RED));
                        }
                        if p.unreadable > p.problems.len() {
                            let more = p.unreadable - p.problems.len();
                            ui.label(
                                egui::RichText::new(app.i18n.fmt(
                                    lang,
                                    "paste-more-problems",
                                    &[("n", more)],
                                ))
                                .color(RED),
                            );
                        }
                    });
            }
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(!p.changes.is_empty(), egui::Button::new(t("paste-accept")))
                    .clicked()
                {
                    decision = Some(true);
                }
                if ui.button(t("btn-cancel")).clicked() {
                    decision = Some(false);
                }
            });
        });
    match decision {
        Some(true) => {
            if let Some(doc) = app.doc.as_mut() {
                doc.apply(Edit::Cells(p.changes), None);
            }
            app.matrix.paste = None;
        }
        Some(false) => app.matrix.paste = None,
        None => {}
    }
}

/// Add a commune after the selected one (or at the end), and select it.
fn add_commune(app: &mut NtmApp) {
    let name = app.t("new-commune-name").to_string();
    let Some(doc) = app.doc.as_mut() else { return };
    let plan = &doc.plan;
    let mut k = plan.communes.len() + 1;
    let id = loop {
        let id = format!("xa-moi-{k}");
        if plan.commune(&id).is_none() {
            break id;
        }
        k += 1;
    };
    let at = app
        .matrix
        .commune
        .map(|i| i + 1)
        .unwrap_or(plan.communes.len())
        .min(plan.communes.len());
    let mut c = crate::model::Commune {
        id,
        name: format!("{name} {k}"),
        ..Default::default()
    };
    // No group until the planner chooses one (the checker lists communes without).
    c.district = app
        .matrix
        .commune
        .and_then(|i| plan.communes.get(i))
        .and_then(|x| x.district.clone())
        .or_else(|| plan.districts.first().map(|d| d.id.clone()));
    // A new commune meets nothing yet.
    c.baseline_unmet = plan
        .criteria_set
        .criteria
        .iter()
        .map(|x| x.code.clone())
        .collect();
    c.target_unmet = c.baseline_unmet.clone();
    doc.apply(Edit::InsertCommune(at, Box::new(c)), None);
    app.matrix.commune = Some(at);
}

/// Show a commune (and a criterion) in the matrix: clear filters that hide it.
pub fn reveal_commune(app: &mut NtmApp, id: &str, code: Option<&str>) {
    app.matrix.tab = Tab::Matrix;
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let Some(ci) = plan.communes.iter().position(|c| c.id == id) else {
        return;
    };
    let col = code
        .and_then(|c| plan.criteria_set.index_of(c))
        .unwrap_or(0);
    app.matrix.query = Default::default();
    let Some((rows, _)) = rows_now(app) else {
        return;
    };
    if let Some(r) = rows.iter().position(|r| *r == Row::Commune(ci)) {
        app.matrix.anchor = Some((r, col));
        app.matrix.cursor = Some((r, col));
        app.matrix.commune = Some(ci);
        app.matrix.reveal = true;
    }
}

pub fn reveal_criterion(app: &mut NtmApp, code: &str) {
    app.matrix.tab = Tab::Matrix;
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let Some(col) = plan.criteria_set.index_of(code) else {
        return;
    };
    app.matrix.query = Default::default();
    app.matrix.query.unmet = Some(code.to_string());
    app.matrix.anchor = Some((0, col));
    app.matrix.cursor = Some((0, col));
    app.matrix.reveal = true;
}

/// For tests and the benchmark: the plan the matrix shows.
pub fn plan_of(app: &NtmApp) -> Option<&Plan> {
    app.doc.as_ref().map(|d| &d.plan)
}
