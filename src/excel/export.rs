//! Writing a plan as one workbook with a sheet per appendix form (biểu) the plan has.
//!
//! Every figure is written as a number: money with `#,##0` (and as many decimals as
//! the value has), shares with `0.00%`, both tagged with the Vietnamese locale
//! (`[$-42A]`), so LibreOffice shows 4.503.481 and 76,73% even in another locale
//! and Excel shows them with the reader's regional separators (a Vietnamese Windows:
//! 4.503.481). The value itself is exact and sums in the sheet work. Decimal becomes f64 only here, and only when the f64 reads
//! back as the same decimal (at most 15 significant digits, as Excel keeps);
//! anything else is refused with the sheet and cell it would go to.

use super::{CRITERIA_SHEET, cell_name};
use crate::figures;
use crate::model::{Plan, SourceKind};
use crate::progress::{Progress, Steps};
use rust_decimal::Decimal;
use rust_xlsxwriter::{
    Chart, ChartDataLabel, ChartType, Color, Format, FormatAlign, FormatBorder, Workbook,
    Worksheet, XlsxError,
};
use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::str::FromStr;

pub const FUNDING_SHEET: &str = "Biểu 2 - Nguồn vốn";
pub const ALLOCATION_SHEET: &str = "Biểu 8 - Vốn NSTW";
pub const PROJECTS_SHEET: &str = "Biểu 9 - Dự án";
pub const ROADMAP_SHEET: &str = "Lộ trình";
pub const VILLAGES_SHEET: &str = "Thôn bản";
pub const TASKS_SHEET: &str = "Nhiệm vụ";

mod results;
pub use results::{HISTORY_SHEET, RESULTS_COMMUNES_SHEET, RESULTS_MONEY_SHEET};

/// The first data row of the criteria sheet (0-based), below the two header rows.
pub const CRITERIA_FIRST_ROW: u32 = 5;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{}", self.message(crate::lang::Lang::En))]
    Inexact {
        sheet: String,
        cell: String,
        value: Decimal,
    },
    #[error("{}", self.message(crate::lang::Lang::En))]
    Xlsx(#[from] XlsxError),
    /// The plan's figures cannot be computed (amounts beyond the decimal type).
    #[error("{}", self.message(crate::lang::Lang::En))]
    Figures(#[from] figures::ArithmeticError),
    /// A text longer than a cell can hold (a name pasted with a whole document):
    /// refused with its cell and its start, never cut.
    #[error("{}", self.message(crate::lang::Lang::En))]
    TextTooLong {
        sheet: String,
        cell: String,
        chars: usize,
        start: String,
    },
    /// The workbook would hold more cells than it is sensible to build in memory.
    #[error("{}", self.message(crate::lang::Lang::En))]
    TooLarge { cells: u64, limit: u64 },
    /// Writing the file: refused (its own plan, read-only) or failed.
    #[error("{}", self.message(crate::lang::Lang::En))]
    Write(#[from] crate::format::SaveError),
    #[error("{}", self.message(crate::lang::Lang::En))]
    Cancelled,
}

impl ExportError {
    /// The error in a language.
    pub fn message(&self, lang: crate::lang::Lang) -> String {
        use crate::i18n::tr_args;
        match self {
            ExportError::Inexact { sheet, cell, value } => tr_args(
                lang,
                "export-inexact",
                &[
                    ("cell", format!("{sheet}!{cell}").as_str().into()),
                    ("value", value.to_string().as_str().into()),
                ],
            ),
            ExportError::Xlsx(e) => tr_args(
                lang,
                "export-xlsx",
                &[(
                    "why",
                    crate::text::shown_max(&e.to_string(), 300).as_str().into(),
                )],
            ),
            ExportError::TextTooLong {
                sheet,
                cell,
                chars,
                start,
            } => tr_args(
                lang,
                "export-text-too-long",
                &[
                    ("cell", format!("{sheet}!{cell}").as_str().into()),
                    ("chars", (*chars).into()),
                    ("limit", MAX_CELL_CHARS.into()),
                    ("start", start.as_str().into()),
                ],
            ),
            ExportError::Figures(e) => e.message(lang),
            ExportError::TooLarge { cells, limit } => tr_args(
                lang,
                "export-too-large",
                &[("cells", (*cells).into()), ("limit", (*limit).into())],
            ),
            ExportError::Write(e) => e.message(lang),
            ExportError::Cancelled => crate::i18n::tr(lang, "export-cancelled"),
        }
    }
}

/// The most characters an Excel cell holds.
pub const MAX_CELL_CHARS: usize = 32_767;

/// Text for a cell of a derived report (never the plan's own export, which refuses
/// instead): up to [`MAX_CELL_CHARS`] characters, a longer text cut with "…" — the
/// plan keeps it whole.
pub fn within_cell(s: &str) -> std::borrow::Cow<'_, str> {
    if !over_cell(s) {
        return s.into();
    }
    let mut cut: String = s.chars().take(MAX_CELL_CHARS - 1).collect();
    cut.push('…');
    cut.into()
}

/// Whether a text has more characters than a cell holds (its bytes, at least as many
/// as its characters, answer first for the usual short text).
fn over_cell(s: &str) -> bool {
    s.len() > MAX_CELL_CHARS && s.chars().count() > MAX_CELL_CHARS
}

/// The most cells an export builds (a national plan needs about 600.000): the
/// workbook is built in memory, so a hostile plan is refused before it is.
pub const MAX_CELLS: u64 = 6_000_000;

/// About how many cells the workbook of a plan has.
fn estimated_cells(plan: &Plan) -> u64 {
    let n = |x: usize| x as u64;
    let criteria = n(plan.criteria_set.len());
    let sources = n(plan
        .projects
        .iter()
        .flat_map(|p| p.amounts.iter().map(|a| a.source.as_str()))
        .collect::<std::collections::HashSet<_>>()
        .len());
    n(plan.communes.len()) * (2 * criteria + 8) * 2
        + n(plan.projects.len()) * (sources + 8)
        + n(plan.funding.walk().len()) * 6
        + n(plan.villages.len()) * 6
        + n(plan.tasks.len()) * 8
        + n(plan.allocation.as_ref().map_or(0, |a| a.lines.len())) * 6
        + 200
}

/// The f64 for a decimal, when it reads back as exactly the same decimal.
pub fn exact_f64(d: Decimal) -> Option<f64> {
    let digits = d.normalize().mantissa().unsigned_abs().to_string().len();
    if digits > 15 {
        return None;
    }
    let f: f64 = d.normalize().to_string().parse().ok()?;
    let back = Decimal::from_str(&format!("{f}")).ok()?;
    (back == d).then_some(f)
}

/// The Vietnamese locale tag on number formats: the reader's program shows
/// Vietnamese separators (4.503.481; 76,73%) whatever its own locale.
const VI: &str = "[$-42A]";

struct Formats {
    title: Format,
    subtitle: Format,
    unit: Format,
    header: Format,
    text: Format,
    text_bold: Format,
    center: Format,
    center_bold: Format,
    mark: Format,
    count: Format,
    count_bold: Format,
    percent: Format,
    percent_bold: Format,
    /// Money by number of decimals (0..=4).
    money: Vec<Format>,
    money_bold: Vec<Format>,
}

const FONT: &str = "Times New Roman";

impl Formats {
    fn new() -> Formats {
        let base = Format::new().set_font_name(FONT).set_font_size(11);
        let cell = base
            .clone()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::VerticalCenter);
        let money_fmt = |places: usize| {
            if places == 0 {
                format!("{VI}#,##0")
            } else {
                format!("{VI}#,##0.{}", "0".repeat(places))
            }
        };
        Formats {
            title: base
                .clone()
                .set_bold()
                .set_font_size(13)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_text_wrap(),
            subtitle: base
                .clone()
                .set_italic()
                .set_align(FormatAlign::Center)
                .set_text_wrap(),
            unit: base.clone().set_italic().set_align(FormatAlign::Right),
            header: cell
                .clone()
                .set_bold()
                .set_align(FormatAlign::Center)
                .set_text_wrap()
                .set_background_color(Color::RGB(0xDDEBF7)),
            text: cell.clone().set_text_wrap(),
            text_bold: cell.clone().set_text_wrap().set_bold(),
            center: cell.clone().set_align(FormatAlign::Center),
            center_bold: cell.clone().set_align(FormatAlign::Center).set_bold(),
            mark: cell.clone().set_align(FormatAlign::Center),
            count: cell.clone().set_num_format(format!("{VI}#,##0")),
            count_bold: cell.clone().set_num_format(format!("{VI}#,##0")).set_bold(),
            percent: cell.clone().set_num_format(format!("{VI}0.00%")),
            percent_bold: cell.clone().set_num_format(format!("{VI}0.00%")).set_bold(),
            money: (0..=4)
                .map(|p| cell.clone().set_num_format(money_fmt(p)))
                .collect(),
            money_bold: (0..=4)
                .map(|p| cell.clone().set_num_format(money_fmt(p)).set_bold())
                .collect(),
        }
    }
}

/// One sheet being written, with its name for error messages.
struct Out<'a> {
    ws: &'a mut Worksheet,
    name: &'a str,
    f: &'a Formats,
    /// Column widths set so far (Excel's character units).
    widths: HashMap<u16, f64>,
    /// Wrapped text written: (row, column, characters per line of the text).
    wrapped: Vec<(u32, u16, Vec<usize>)>,
}

/// Points per line of 11 pt Times New Roman, and characters per width unit
/// (Excel's unit is the width of a "0" in the default font; Vietnamese prose in
/// Times runs about 1,5 characters a unit as LibreOffice prints it, so 1,3 errs
/// towards a line too many, never too few).
const LINE_HEIGHT: f64 = 14.5;
const CHARS_PER_UNIT: f64 = 1.3;

/// Lines a wrapped cell needs: each line of the text (characters) over the
/// characters a column of `width` holds.
fn lines_needed(lens: &[usize], width: f64) -> usize {
    let per_line = ((width * CHARS_PER_UNIT).floor() as usize).max(1);
    lens.iter().map(|l| l.div_ceil(per_line).max(1)).sum()
}

impl<'a> Out<'a> {
    fn new(ws: &'a mut Worksheet, name: &'a str, f: &'a Formats) -> Out<'a> {
        Out {
            ws,
            name,
            f,
            widths: HashMap::new(),
            wrapped: Vec::new(),
        }
    }

    fn width(&mut self, col: u16, width: impl Into<f64>) -> Result<(), ExportError> {
        let width = width.into();
        self.widths.insert(col, width);
        self.ws.set_column_width(col, width)?;
        Ok(())
    }

    /// A one-row table header: each column's heading and width.
    fn columns(&mut self, row: u32, cols: &[(&str, f64)]) -> Result<(), ExportError> {
        let f = self.f;
        for (c, (heading, width)) in cols.iter().enumerate() {
            self.text(row, c as u16, heading, &f.header)?;
            self.width(c as u16, *width)?;
        }
        Ok(())
    }

    /// Give rows with wrapped text the height their longest cell needs: spreadsheet
    /// files carry no computed heights, and LibreOffice does not grow the rows of
    /// an .xlsx by itself, so long task texts would print over each other.
    fn fit_rows(&mut self) -> Result<(), ExportError> {
        let mut lines: HashMap<u32, usize> = HashMap::new();
        for (row, col, lens) in &self.wrapped {
            let width = self.widths.get(col).copied().unwrap_or(8.43);
            let n = lines_needed(lens, width);
            let e = lines.entry(*row).or_insert(1);
            *e = (*e).max(n);
        }
        let mut rows: Vec<(u32, usize)> = lines.into_iter().filter(|(_, n)| *n > 1).collect();
        rows.sort_unstable();
        for (row, n) in rows {
            self.ws.set_row_height(row, n as f64 * LINE_HEIGHT + 3.0)?;
        }
        Ok(())
    }

    fn text(&mut self, row: u32, col: u16, s: &str, fmt: &Format) -> Result<(), ExportError> {
        if s.is_empty() {
            self.ws.write_blank(row, col, fmt)?;
        } else if over_cell(s) {
            return Err(ExportError::TextTooLong {
                sheet: self.name.to_string(),
                cell: cell_name(row, col),
                chars: s.chars().count(),
                start: crate::text::shown(s),
            });
        } else {
            self.ws.write_string_with_format(row, col, s, fmt)?;
            if std::ptr::eq(fmt, &self.f.text) || std::ptr::eq(fmt, &self.f.text_bold) {
                let lens = s.split('\n').map(|l| l.chars().count()).collect();
                self.wrapped.push((row, col, lens));
            }
        }
        Ok(())
    }

    fn money(&mut self, row: u32, col: u16, d: Decimal, bold: bool) -> Result<(), ExportError> {
        let value = exact_f64(d).ok_or_else(|| ExportError::Inexact {
            sheet: self.name.to_string(),
            cell: cell_name(row, col),
            value: d,
        })?;
        let places = (d.normalize().scale() as usize).min(4);
        let fmt = if bold {
            &self.f.money_bold[places]
        } else {
            &self.f.money[places]
        };
        self.ws.write_number_with_format(row, col, value, fmt)?;
        Ok(())
    }

    fn count(&mut self, row: u32, col: u16, n: u64, bold: bool) -> Result<(), ExportError> {
        let fmt = if bold {
            &self.f.count_bold
        } else {
            &self.f.count
        };
        self.ws.write_number_with_format(row, col, n as f64, fmt)?;
        Ok(())
    }

    /// A share in percent (76.73) written as the fraction 0.7673 with a percent format.
    fn share(
        &mut self,
        row: u32,
        col: u16,
        percent: Decimal,
        bold: bool,
    ) -> Result<(), ExportError> {
        let fraction = percent / Decimal::ONE_HUNDRED;
        let value = exact_f64(fraction).ok_or_else(|| ExportError::Inexact {
            sheet: self.name.to_string(),
            cell: cell_name(row, col),
            value: fraction,
        })?;
        let fmt = if bold {
            &self.f.percent_bold
        } else {
            &self.f.percent
        };
        self.ws.write_number_with_format(row, col, value, fmt)?;
        Ok(())
    }

    /// Title rows across `cols` columns: the form's title, the plan it belongs to and
    /// the unit line; returns the next free row.
    fn titles(
        &mut self,
        plan: &Plan,
        cols: u16,
        title: &str,
        unit: &str,
    ) -> Result<u32, ExportError> {
        let last = cols.saturating_sub(1);
        self.ws
            .merge_range(0, 0, 0, last, &title.to_uppercase(), &self.f.title)?;
        self.ws.set_row_height(0, 33)?;
        let under = format!("(Kèm theo {})", plan_reference(plan));
        self.ws
            .merge_range(1, 0, 1, last, &under, &self.f.subtitle)?;
        self.ws.set_row_height(1, 30)?;
        if unit.is_empty() {
            self.ws.write_blank(2, 0, &Format::new())?;
        } else {
            self.ws.merge_range(2, 0, 2, last, unit, &self.f.unit)?;
        }
        self.ws.set_row_height(3, 30)?;
        Ok(3)
    }

    /// A4 landscape, fit to one page wide, header rows repeated on every page.
    /// Finish the sheet: row heights for wrapped text, then the print setup (A4
    /// landscape, fit to width, header rows repeated, page numbers).
    fn finish(&mut self, header_first: u32, header_last: u32) -> Result<(), ExportError> {
        self.fit_rows()?;
        self.ws.set_landscape();
        self.ws.set_paper_size(9);
        self.ws.set_print_fit_to_pages(1, 0);
        self.ws.set_repeat_rows(header_first, header_last)?;
        self.ws.set_margins(0.4, 0.4, 0.6, 0.6, 0.3, 0.3);
        self.ws.set_print_center_horizontally(true);
        self.ws.set_footer(format!("&C&\"{FONT}\"Trang &P/&N"));
        Ok(())
    }
}

/// "Kế hoạch số 123/KH-UBND ngày 30/04/2025 của Ủy ban nhân dân tỉnh Lai Châu".
fn plan_reference(plan: &Plan) -> String {
    let h = &plan.header;
    let mut s = String::from("Kế hoạch");
    if !h.number.is_empty() {
        s.push_str(&format!(" số {}", h.number));
    }
    if let Some(d) = h.date {
        s.push_str(&format!(" ngày {}", d.vi()));
    }
    if !h.issuing_body.is_empty() {
        s.push_str(&format!(" của {}", h.issuing_body));
    }
    if h.draft {
        s.push_str(" - dự thảo");
    }
    s
}

/// Which sheets a plan's workbook has, in order.
pub fn sheet_names(plan: &Plan) -> Vec<&'static str> {
    let mut v = Vec::new();
    if has_funding(plan) {
        v.push(FUNDING_SHEET);
    }
    v.push(CRITERIA_SHEET);
    if plan.allocation.is_some() {
        v.push(ALLOCATION_SHEET);
    }
    if !plan.projects.is_empty() {
        v.push(PROJECTS_SHEET);
    }
    if has_roadmap(plan) {
        v.push(ROADMAP_SHEET);
    }
    if !plan.villages.is_empty() {
        v.push(VILLAGES_SHEET);
    }
    if !plan.tasks.is_empty() {
        v.push(TASKS_SHEET);
    }
    if crate::figures::results::has_results(plan) {
        v.push(RESULTS_COMMUNES_SHEET);
        v.push(RESULTS_MONEY_SHEET);
    }
    if plan.communes.iter().any(|c| !c.history.is_empty()) {
        v.push(HISTORY_SHEET);
    }
    v
}

/// Whether the plan has funding figures (a plan of criteria alone has none; an
/// empty Biểu 2 with a total of 0 would read as "no money").
fn has_funding(plan: &Plan) -> bool {
    plan.funding.amount.is_some() || !plan.funding.children.is_empty()
}

fn has_roadmap(plan: &Plan) -> bool {
    plan.communes
        .iter()
        .any(|c| c.details.iter().any(|d| d.year.is_some()))
}

/// Build the workbook in memory.
pub fn workbook(plan: &Plan, progress: &dyn Progress) -> Result<Workbook, ExportError> {
    let cells = estimated_cells(plan);
    if cells > MAX_CELLS {
        return Err(ExportError::TooLarge {
            cells,
            limit: MAX_CELLS,
        });
    }
    let f = Formats::new();
    let figs = figures::compute(plan)?;
    let units = plan.unit_names();
    let mut wb = Workbook::new();
    progress.report(0.02);
    if has_funding(plan) {
        funding_sheet(&mut wb, &f, plan, &figs)?;
    }
    criteria_sheet(&mut wb, &f, plan, &units, &figs, progress)?;
    if plan.allocation.is_some() {
        allocation_sheet(&mut wb, &f, plan, &figs)?;
    }
    if !plan.projects.is_empty() {
        projects_sheet(&mut wb, &f, plan, &units, progress)?;
    }
    if has_roadmap(plan) {
        roadmap_sheet(&mut wb, &f, plan, &units)?;
    }
    if !plan.villages.is_empty() {
        villages_sheet(&mut wb, &f, plan, &units, &figs)?;
    }
    if !plan.tasks.is_empty() {
        tasks_sheet(&mut wb, &f, plan, &units)?;
    }
    if let Some(r) = &figs.results {
        results::communes_sheet(&mut wb, &f, plan, &figs, r)?;
        results::money_sheet(&mut wb, &f, plan, r)?;
    }
    if plan.communes.iter().any(|c| !c.history.is_empty()) {
        results::history_sheet(&mut wb, &f, plan)?;
    }
    if progress.cancelled() {
        return Err(ExportError::Cancelled);
    }
    Ok(wb)
}

/// The workbook as bytes.
pub fn to_bytes(plan: &Plan, progress: &dyn Progress) -> Result<Vec<u8>, ExportError> {
    let mut wb = workbook(plan, progress)?;
    progress.report(0.9);
    let bytes = wb.save_to_buffer()?;
    progress.report(1.0);
    Ok(bytes)
}

/// Write the workbook to a file (atomically). Nothing is written when the export
/// fails or is cancelled; `input` (the plan's own file) is never written over, nor a
/// read-only file; a workbook it replaces is kept as `NAME.bak.xlsx`.
pub fn export_file(
    plan: &Plan,
    out: &Path,
    input: Option<&Path>,
    progress: &dyn Progress,
) -> Result<(), ExportError> {
    // Refused before the work, as well as when writing.
    let inputs: Vec<&Path> = input.into_iter().collect();
    crate::format::save::refuse_inputs(out, &inputs)?;
    let bytes = to_bytes(plan, progress)?;
    if progress.cancelled() {
        return Err(ExportError::Cancelled);
    }
    // Atomic: a failed or interrupted write leaves any earlier workbook as it was.
    crate::format::save::write_export(out, &bytes, &inputs)?;
    Ok(())
}

fn funding_sheet(
    wb: &mut Workbook,
    f: &Formats,
    plan: &Plan,
    figs: &figures::Figures,
) -> Result<(), ExportError> {
    let ws = wb.add_worksheet();
    ws.set_name(FUNDING_SHEET)?;
    let mut o = Out::new(ws, FUNDING_SHEET, f);
    let title = format!(
        "Biểu 2. Nguồn vốn thực hiện Chương trình xây dựng nông thôn mới năm {}",
        plan.header.year
    );
    let header = o.titles(plan, 4, &title, "Đơn vị tính: triệu đồng")?;
    o.columns(
        header,
        &[
            ("STT", 7.0),
            ("Nguồn vốn", 60.0),
            ("Số vốn", 16.0),
            ("Ghi chú", 40.0),
        ],
    )?;
    let mut row = header + 1;
    let mut numbers: Vec<usize> = Vec::new();
    for t in &figs.funding {
        let bold = !t.is_leaf || t.depth <= 1;
        let label = if t.depth == 0 {
            String::new()
        } else {
            numbers.truncate(t.depth);
            while numbers.len() < t.depth {
                numbers.push(0);
            }
            numbers[t.depth - 1] += 1;
            outline_number(&numbers)
        };
        o.text(
            row,
            0,
            &label,
            if bold { &f.center_bold } else { &f.center },
        )?;
        let name_fmt = if bold {
            f.text_bold.clone()
        } else {
            f.text.clone()
        };
        let name_fmt = name_fmt.set_indent(t.depth.min(6) as u8);
        o.text(row, 1, &t.name, &name_fmt)?;
        o.money(row, 2, t.computed, bold)?;
        let mut note = plan
            .funding
            .find(&t.id)
            .map(|n| n.note.clone())
            .unwrap_or_default();
        if let Some(stated) = t.stated
            && !t.is_leaf
            && stated != t.computed
        {
            if !note.is_empty() {
                note.push_str("; ");
            }
            note.push_str(&format!("Kế hoạch ghi {}", crate::numfmt::decimal(stated)));
        }
        o.text(row, 3, &note, &f.text)?;
        row += 1;
    }
    o.ws.set_freeze_panes(header + 1, 2)?;
    o.finish(header, header)?;

    // The structure by top-level source, and a chart of it, on a page of their own
    // (the form itself is short, so its heading is not repeated).
    let top: Vec<&figures::FundingTotal> = figs.funding.iter().filter(|t| t.depth == 1).collect();
    if !top.is_empty() {
        row += 1;
        o.ws.set_page_breaks(&[row])?;
        o.ws.set_repeat_rows(0, 0)?;
        o.ws.merge_range(
            row,
            0,
            row,
            3,
            "Cơ cấu nguồn vốn theo nguồn",
            &f.text_bold.clone().set_border(FormatBorder::None),
        )?;
        row += 1;
        for (c, h) in ["STT", "Nguồn vốn", "Số vốn", "Tỷ lệ"].iter().enumerate() {
            o.text(row, c as u16, h, &f.header)?;
        }
        let first = row + 1;
        let amounts: Vec<Decimal> = top.iter().map(|t| t.computed).collect();
        let shares = figures::shares::percent_shares(&amounts, figs.total_funding, 2).ok_or(
            figures::ArithmeticError {
                place: crate::check::Place::Funding(plan.funding.id.clone()),
                path: "plan.funding".into(),
            },
        )?;
        for (i, t) in top.iter().enumerate() {
            row += 1;
            o.text(row, 0, &(i + 1).to_string(), &f.center)?;
            o.text(row, 1, &t.name, &f.text)?;
            o.money(row, 2, t.computed, false)?;
            o.share(row, 3, shares[i], false)?;
        }
        let last = row;
        // The program's palette (the window's and the slides' colours, not the
        // spreadsheet's), white edges between slices. Shares under 4% are too thin
        // for a label that does not collide with its neighbours: their share is in
        // the table above and their name in the legend.
        let points: Vec<rust_xlsxwriter::ChartPoint> = (0..top.len())
            .map(|i| {
                let c = crate::charts::palette::categorical(i);
                rust_xlsxwriter::ChartPoint::new().set_format(
                    rust_xlsxwriter::ChartFormat::new()
                        .set_solid_fill(
                            rust_xlsxwriter::ChartSolidFill::new().set_color(c.hex().as_str()),
                        )
                        .set_border(rust_xlsxwriter::ChartLine::new().set_color("#FFFFFF")),
                )
            })
            .collect();
        let labels: Vec<ChartDataLabel> = shares
            .iter()
            .map(|s| {
                let mut l = ChartDataLabel::new();
                if *s >= Decimal::from(4) {
                    l.show_percentage()
                        .set_position(rust_xlsxwriter::ChartDataLabelPosition::BestFit);
                } else {
                    l.set_hidden();
                }
                l
            })
            .collect();
        let mut chart = Chart::new(ChartType::Pie);
        chart
            .add_series()
            .set_name("Cơ cấu nguồn vốn")
            .set_categories((FUNDING_SHEET, first, 1, last, 1))
            .set_values((FUNDING_SHEET, first, 2, last, 2))
            .set_points(&points)
            .set_data_label(ChartDataLabel::new().show_percentage())
            .set_custom_data_labels(&labels);
        chart
            .legend()
            .set_position(rust_xlsxwriter::ChartLegendPosition::Right);
        chart.title().set_name(&format!(
            "Cơ cấu nguồn vốn năm {} (triệu đồng)",
            plan.header.year
        ));
        chart.set_width(720).set_height(380);
        o.ws.insert_chart(last + 2, 1, &chart)?;
    }
    Ok(())
}

fn outline_number(numbers: &[usize]) -> String {
    match numbers {
        [n] => roman(*n),
        _ => numbers[1..]
            .iter()
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join("."),
    }
}

fn roman(mut n: usize) -> String {
    const T: [(usize, &str); 9] = [
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in T {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// Columns of the criteria sheet: STT, [Huyện], Xã, met baseline, met target, then
/// one column per criterion for the baseline and again for the target; a plan with
/// results then has the criteria met at the result and one column per criterion for
/// the result.
pub struct CriteriaLayout {
    pub has_district: bool,
    pub commune_col: u16,
    pub baseline_first: u16,
    pub target_first: u16,
    /// The result's count column; its criteria follow it.
    pub result_count: Option<u16>,
}

impl CriteriaLayout {
    pub fn of(plan: &Plan) -> CriteriaLayout {
        let has_district = !plan.districts.is_empty();
        let commune_col = if has_district { 2 } else { 1 };
        let baseline_first = commune_col + 3;
        let n = plan.criteria_set.len() as u16;
        let target_first = baseline_first + n;
        CriteriaLayout {
            has_district,
            commune_col,
            baseline_first,
            target_first,
            result_count: crate::figures::results::has_results(plan).then_some(target_first + n),
        }
    }

    /// The result's first criterion column.
    pub fn result_first(&self) -> Option<u16> {
        self.result_count.map(|c| c + 1)
    }

    /// Columns in all.
    pub fn width(&self, criteria: u16) -> u16 {
        match self.result_first() {
            Some(r) => r + criteria,
            None => self.target_first + criteria,
        }
    }
}

fn criteria_sheet(
    wb: &mut Workbook,
    f: &Formats,
    plan: &Plan,
    units: &HashMap<&str, &str>,
    figs: &figures::Figures,
    progress: &dyn Progress,
) -> Result<(), ExportError> {
    let ws = wb.add_worksheet();
    ws.set_name(CRITERIA_SHEET)?;
    let mut o = Out::new(ws, CRITERIA_SHEET, f);
    let set = &plan.criteria_set;
    let n = set.len() as u16;
    let l = CriteriaLayout::of(plan);
    let cols = l.width(n);
    let year = plan.header.year;
    let results = figs.results.as_ref();
    let title = format!("Biểu tổng hợp mức độ đạt tiêu chí nông thôn mới theo xã năm {year}");
    o.titles(plan, cols.max(8), &title, "")?;
    let mut legend = format!(
        "{} ({}). x: đạt; để trống: chưa đạt.",
        set.name, set.legal_basis
    );
    if l.result_count.is_some() {
        legend.push_str(" Kết quả: xã để trống cột số tiêu chí đạt là chưa báo cáo kết quả.");
    }
    o.ws.merge_range(2, 0, 2, cols.max(8) - 1, &legend, &f.subtitle)?;
    let (h1, h2) = (3u32, 4u32);
    o.ws.merge_range(h1, 0, h2, 0, "STT", &f.header)?;
    if l.has_district {
        o.ws.merge_range(h1, 1, h2, 1, "Huyện", &f.header)?;
    }
    o.ws.merge_range(h1, l.commune_col, h2, l.commune_col, "Xã", &f.header)?;
    o.ws.merge_range(
        h1,
        l.commune_col + 1,
        h1,
        l.commune_col + 2,
        "Số tiêu chí đạt",
        &f.header,
    )?;
    o.text(
        h2,
        l.commune_col + 1,
        &format!("Năm {}", year - 1),
        &f.header,
    )?;
    o.text(h2, l.commune_col + 2, &format!("KH {year}"), &f.header)?;
    let mut groups = vec![
        (l.baseline_first, format!("Hiện trạng năm {}", year - 1)),
        (l.target_first, format!("Mục tiêu năm {year}")),
    ];
    if let (Some(count), Some(first)) = (l.result_count, l.result_first()) {
        // "Kết quả đến 31/12/2025": the import reads these columns as the result.
        let label = match plan.results.as_ref() {
            Some(r) => format!("Kết quả đến {}", r.date.vi()),
            None => format!("Kết quả năm {year}"),
        };
        o.ws.merge_range(h1, count, h2, count, "Số TC đạt (kết quả)", &f.header)?;
        o.width(count, 8)?;
        groups.push((first, label));
    }
    for (first, label) in &groups {
        if n > 1 {
            o.ws.merge_range(h1, *first, h1, *first + n - 1, label, &f.header)?;
        } else {
            o.text(h1, *first, label, &f.header)?;
        }
        for (i, c) in set.criteria.iter().enumerate() {
            o.text(h2, *first + i as u16, &c.code, &f.header)?;
        }
    }
    o.ws.set_row_height(h1, 30)?;
    o.width(0, 5)?;
    if l.has_district {
        o.width(1, 14)?;
    }
    o.width(l.commune_col, 18)?;
    o.width(l.commune_col + 1, 7)?;
    o.width(l.commune_col + 2, 7)?;
    for c in l.baseline_first..cols {
        if Some(c) != l.result_count {
            o.width(c, 3.6)?;
        }
    }
    let mut row = CRITERIA_FIRST_ROW;
    let mut steps = Steps::new(progress, plan.communes.len(), 0.05, 0.6);
    for (i, c) in plan.communes.iter().enumerate() {
        o.ws.write_number_with_format(row, 0, (i + 1) as f64, &f.center)?;
        if l.has_district {
            let d = c
                .district
                .as_deref()
                .map(|d| units.get(d).copied().unwrap_or(d))
                .unwrap_or("");
            o.text(row, 1, d, &f.text)?;
        }
        o.text(row, l.commune_col, &c.name, &f.text)?;
        o.count(row, l.commune_col + 1, figs.met_baseline[i] as u64, false)?;
        o.count(row, l.commune_col + 2, figs.met_target[i] as u64, false)?;
        for (k, cr) in set.criteria.iter().enumerate() {
            let k = k as u16;
            let b = if c.meets_baseline(&cr.code) { "x" } else { "" };
            let t = if c.meets_target(&cr.code) { "x" } else { "" };
            o.text(row, l.baseline_first + k, b, &f.mark)?;
            o.text(row, l.target_first + k, t, &f.mark)?;
        }
        if let (Some(count), Some(first)) = (l.result_count, l.result_first()) {
            // A commune without a result stays blank: not reported is not "not met".
            match results.and_then(|r| r.met_result[i]) {
                Some(m) => o.count(row, count, m as u64, false)?,
                None => o.text(row, count, "", &f.mark)?,
            }
            for (k, cr) in set.criteria.iter().enumerate() {
                let mark = match c.meets_result(&cr.code) {
                    Some(true) => "x",
                    _ => "",
                };
                o.text(row, first + k as u16, mark, &f.mark)?;
            }
        }
        row += 1;
        if !steps.step() {
            return Err(ExportError::Cancelled);
        }
    }
    // Communes meeting each criterion.
    let span_last = l.commune_col;
    if span_last > 0 {
        o.ws.merge_range(row, 0, row, span_last, "Tổng số xã đạt", &f.text_bold)?;
    } else {
        o.text(row, 0, "Tổng số xã đạt", &f.text_bold)?;
    }
    o.count(row, l.commune_col + 1, figs.total_met_baseline as u64, true)?;
    o.count(row, l.commune_col + 2, figs.total_met_target as u64, true)?;
    for (k, pc) in figs.per_criterion.iter().enumerate() {
        o.count(row, l.baseline_first + k as u16, pc.baseline as u64, true)?;
        o.count(row, l.target_first + k as u16, pc.target as u64, true)?;
    }
    if let (Some(r), Some(count), Some(first)) = (results, l.result_count, l.result_first()) {
        o.count(row, count, r.total_met_result as u64, true)?;
        for (k, pc) in r.per_criterion.iter().enumerate() {
            o.count(row, first + k as u16, pc.result as u64, true)?;
        }
    }
    // Names of the criteria, below the table, in column A only (the text runs on
    // over the empty cells), so an import does not take them for communes.
    row += 2;
    let legend = Format::new().set_font_name(FONT).set_font_size(10);
    o.text(row, 0, "Tiêu chí:", &legend.clone().set_bold())?;
    for cr in &set.criteria {
        row += 1;
        o.text(row, 0, &format!("{}. {}", cr.code, cr.name), &legend)?;
    }
    o.ws.set_freeze_panes(CRITERIA_FIRST_ROW, l.commune_col + 1)?;
    o.finish(h1, h2)?;
    o.ws.set_repeat_columns(0, l.commune_col)?;
    Ok(())
}

fn allocation_sheet(
    wb: &mut Workbook,
    f: &Formats,
    plan: &Plan,
    figs: &figures::Figures,
) -> Result<(), ExportError> {
    let Some(a) = &figs.allocation else {
        return Ok(());
    };
    let ws = wb.add_worksheet();
    ws.set_name(ALLOCATION_SHEET)?;
    let mut o = Out::new(ws, ALLOCATION_SHEET, f);
    let title = format!(
        "Biểu 8. Phân bổ vốn ngân sách trung ương theo nội dung thành phần năm {}",
        plan.header.year
    );
    let header = o.titles(plan, 5, &title, "Đơn vị tính: triệu đồng")?;
    o.columns(
        header,
        &[
            ("STT", 7.0),
            ("Nội dung thành phần", 70.0),
            ("Số vốn", 16.0),
            ("Tỷ lệ", 12.0),
            ("Tỷ lệ kế hoạch ghi", 14.0),
        ],
    )?;
    let mut row = header + 1;
    o.text(row, 0, "", &f.center_bold)?;
    o.text(row, 1, &a.base_name, &f.text_bold)?;
    o.money(row, 2, a.base, true)?;
    o.share(row, 3, Decimal::ONE_HUNDRED, true)?;
    match a.stated_shares_sum {
        Some(s) => o.share(row, 4, s, true)?,
        None => o.text(row, 4, "", &f.text)?,
    }
    for line in &a.lines {
        row += 1;
        let label = line.component.clone().unwrap_or_default();
        o.text(row, 0, &label, &f.center)?;
        o.text(row, 1, &line.name, &f.text)?;
        o.money(row, 2, line.amount, false)?;
        o.share(row, 3, line.share, false)?;
        match line.stated_share {
            Some(s) => o.share(row, 4, s, false)?,
            None => o.text(row, 4, "", &f.text)?,
        }
    }
    o.ws.set_freeze_panes(header + 1, 2)?;
    o.finish(header, header)?;
    Ok(())
}

/// Funding sources the projects use, in the tree's order.
fn project_sources(plan: &Plan) -> Vec<(String, String)> {
    let used: BTreeSet<&str> = plan
        .projects
        .iter()
        .flat_map(|p| p.amounts.iter().map(|a| a.source.as_str()))
        .collect();
    let mut out: Vec<(String, String)> = plan
        .funding
        .walk()
        .into_iter()
        .filter(|(_, n)| used.contains(n.id.as_str()))
        .map(|(_, n)| (n.id.clone(), n.name.clone()))
        .collect();
    let listed: std::collections::HashSet<String> = out.iter().map(|(i, _)| i.clone()).collect();
    for id in used {
        if !listed.contains(id) {
            out.push((id.to_string(), id.to_string()));
        }
    }
    out
}

fn projects_sheet(
    wb: &mut Workbook,
    f: &Formats,
    plan: &Plan,
    units: &HashMap<&str, &str>,
    progress: &dyn Progress,
) -> Result<(), ExportError> {
    let ws = wb.add_worksheet();
    ws.set_name(PROJECTS_SHEET)?;
    let mut o = Out::new(ws, PROJECTS_SHEET, f);
    let sources = project_sources(plan);
    let ns = sources.len() as u16;
    // STT, name, commune, component, total, sources…, special, start, end, note
    let first_source = 5u16;
    let after = first_source + ns;
    let cols = after + 4;
    let title = format!(
        "Biểu 9. Danh mục dự án đầu tư thực hiện Chương trình năm {}",
        plan.header.year
    );
    o.titles(plan, cols, &title, "Đơn vị tính: triệu đồng")?;
    let (h1, h2) = (3u32, 4u32);
    let fixed = [
        (0u16, "STT"),
        (1, "Tên dự án"),
        (2, "Địa điểm (xã)"),
        (3, "Nội dung thành phần"),
        (4, "Tổng vốn"),
        (after, "Cơ chế đặc thù"),
        (after + 1, "Khởi công"),
        (after + 2, "Hoàn thành"),
        (after + 3, "Ghi chú"),
    ];
    for (c, h) in fixed {
        o.ws.merge_range(h1, c, h2, c, h, &f.header)?;
    }
    if ns > 1 {
        o.ws.merge_range(h1, first_source, h1, after - 1, "Trong đó", &f.header)?;
    } else if ns == 1 {
        o.text(h1, first_source, "Trong đó", &f.header)?;
    }
    for (i, (_, name)) in sources.iter().enumerate() {
        o.text(h2, first_source + i as u16, name, &f.header)?;
    }
    o.ws.set_row_height(h2, 45)?;
    o.width(0, 6)?;
    o.width(1, 48)?;
    o.width(2, 16)?;
    o.width(3, 10)?;
    o.width(4, 13)?;
    for c in first_source..after {
        o.width(c, 13)?;
    }
    o.width(after, 9)?;
    o.width(after + 1, 11)?;
    o.width(after + 2, 11)?;
    o.width(after + 3, 24)?;
    let mut row = h2 + 1;
    // Total row first, as Biểu 9 prints it.
    o.ws.merge_range(row, 0, row, 3, "Tổng cộng", &f.text_bold)?;
    let overflow = || figures::ArithmeticError {
        place: crate::check::Place::Projects,
        path: "plan.projects".into(),
    };
    let total = plan
        .projects
        .iter()
        .try_fold(Decimal::ZERO, |acc, p| acc.checked_add(p.checked_total()?))
        .ok_or_else(overflow)?;
    o.money(row, 4, total, true)?;
    // Each source's total, in one pass over the amounts.
    let column: HashMap<&str, usize> = sources
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (id.as_str(), i))
        .collect();
    let mut by_source = vec![Decimal::ZERO; sources.len()];
    for a in plan.projects.iter().flat_map(|p| p.amounts.iter()) {
        if let Some(&i) = column.get(a.source.as_str()) {
            by_source[i] = by_source[i].checked_add(a.amount).ok_or_else(overflow)?;
        }
    }
    for (i, s) in by_source.iter().enumerate() {
        o.money(row, first_source + i as u16, *s, true)?;
    }
    let special = plan.projects.iter().filter(|p| p.special_mechanism).count();
    o.count(row, after, special as u64, true)?;
    for c in after + 1..cols {
        o.text(row, c, "", &f.text)?;
    }
    let mut steps = Steps::new(progress, plan.projects.len(), 0.65, 0.2);
    for (i, p) in plan.projects.iter().enumerate() {
        row += 1;
        o.ws.write_number_with_format(row, 0, (i + 1) as f64, &f.center)?;
        o.text(row, 1, &p.name, &f.text)?;
        let commune = p
            .commune
            .as_deref()
            .map(|c| units.get(c).copied().unwrap_or(c))
            .unwrap_or("");
        o.text(row, 2, commune, &f.text)?;
        o.text(row, 3, p.component.as_deref().unwrap_or(""), &f.center)?;
        o.money(row, 4, p.checked_total().ok_or_else(overflow)?, false)?;
        let mut own: Vec<Option<Decimal>> = vec![None; sources.len()];
        for a in &p.amounts {
            if let Some(&k) = column.get(a.source.as_str()) {
                own[k] = Some(match own[k] {
                    Some(x) => x.checked_add(a.amount).ok_or_else(overflow)?,
                    None => a.amount,
                });
            }
        }
        for (k, s) in own.into_iter().enumerate() {
            let col = first_source + k as u16;
            match s {
                Some(v) => o.money(row, col, v, false)?,
                None => o.text(row, col, "", &f.text)?,
            }
        }
        o.text(
            row,
            after,
            if p.special_mechanism { "x" } else { "" },
            &f.mark,
        )?;
        let date = |d: Option<crate::model::Date>| d.map(|d| d.vi()).unwrap_or_default();
        o.text(row, after + 1, &date(p.start), &f.center)?;
        o.text(row, after + 2, &date(p.end), &f.center)?;
        o.text(row, after + 3, &p.note, &f.text)?;
        if !steps.step() {
            return Err(ExportError::Cancelled);
        }
    }
    o.ws.set_freeze_panes(h2 + 1, 2)?;
    o.finish(h1, h2)?;
    Ok(())
}

fn roadmap_sheet(
    wb: &mut Workbook,
    f: &Formats,
    plan: &Plan,
    units: &HashMap<&str, &str>,
) -> Result<(), ExportError> {
    let ws = wb.add_worksheet();
    ws.set_name(ROADMAP_SHEET)?;
    let mut o = Out::new(ws, ROADMAP_SHEET, f);
    let years: BTreeSet<u16> = plan
        .communes
        .iter()
        .flat_map(|c| c.details.iter().filter_map(|d| d.year))
        .collect();
    let years: Vec<u16> = years.into_iter().collect();
    let ny = years.len() as u16;
    let l = CriteriaLayout::of(plan);
    let c0 = l.commune_col;
    // STT, [Huyện], Xã, unmet count, one column per year, no year, agencies
    let first_year = c0 + 2;
    let no_year = first_year + ny;
    let cols = no_year + 1;
    let title = "Lộ trình hoàn thiện tiêu chí theo xã và năm";
    o.titles(
        plan,
        cols,
        title,
        "Ghi số thứ tự tiêu chí chưa đạt, theo năm dự kiến hoàn thành",
    )?;
    let (h1, h2) = (3u32, 4u32);
    o.ws.merge_range(h1, 0, h2, 0, "STT", &f.header)?;
    if l.has_district {
        o.ws.merge_range(h1, 1, h2, 1, "Huyện", &f.header)?;
    }
    o.ws.merge_range(h1, c0, h2, c0, "Xã", &f.header)?;
    o.ws.merge_range(h1, c0 + 1, h2, c0 + 1, "Số tiêu chí chưa đạt", &f.header)?;
    if ny > 0 {
        o.ws.merge_range(
            h1,
            first_year,
            h1,
            no_year,
            "Tiêu chí hoàn thành theo năm",
            &f.header,
        )?;
    }
    for (i, y) in years.iter().enumerate() {
        o.text(h2, first_year + i as u16, &format!("Năm {y}"), &f.header)?;
    }
    o.text(h2, no_year, "Chưa xác định năm", &f.header)?;
    o.ws.set_row_height(h2, 30)?;
    o.width(0, 5)?;
    if l.has_district {
        o.width(1, 14)?;
    }
    o.width(c0, 18)?;
    o.width(c0 + 1, 10)?;
    for c in first_year..cols {
        o.width(c, 24)?;
    }
    let mut row = h2 + 1;
    let mut stt = 0;
    let set = &plan.criteria_set;
    for c in &plan.communes {
        let unmet: Vec<&String> = c
            .baseline_unmet
            .iter()
            .filter(|code| set.index_of(code).is_some())
            .collect();
        if unmet.is_empty() {
            continue;
        }
        stt += 1;
        o.ws.write_number_with_format(row, 0, stt as f64, &f.center)?;
        if l.has_district {
            let d = c
                .district
                .as_deref()
                .map(|d| units.get(d).copied().unwrap_or(d))
                .unwrap_or("");
            o.text(row, 1, d, &f.text)?;
        }
        o.text(row, c0, &c.name, &f.text)?;
        o.count(row, c0 + 1, unmet.len() as u64, false)?;
        let codes_for = |y: Option<u16>| -> String {
            unmet
                .iter()
                .filter(|code| c.detail(code).and_then(|d| d.year) == y)
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        for (i, y) in years.iter().enumerate() {
            o.text(row, first_year + i as u16, &codes_for(Some(*y)), &f.text)?;
        }
        o.text(row, no_year, &codes_for(None), &f.text)?;
        row += 1;
    }
    o.ws.set_freeze_panes(h2 + 1, c0 + 1)?;
    o.finish(h1, h2)?;
    Ok(())
}

fn villages_sheet(
    wb: &mut Workbook,
    f: &Formats,
    plan: &Plan,
    units: &HashMap<&str, &str>,
    figs: &figures::Figures,
) -> Result<(), ExportError> {
    let ws = wb.add_worksheet();
    ws.set_name(VILLAGES_SHEET)?;
    let mut o = Out::new(ws, VILLAGES_SHEET, f);
    let title = format!(
        "Thôn, bản đạt chuẩn nông thôn mới - kế hoạch năm {}",
        plan.header.year
    );
    let achieved = plan.villages.iter().any(|v| v.achieved.is_some());
    let width = if achieved { 6 } else { 5 };
    let header = o.titles(plan, width, &title, "Đơn vị tính: thôn, bản")?;
    o.columns(
        header,
        &[
            ("STT", 6.0),
            ("Đơn vị", 30.0),
            ("Tổng số thôn, bản", 14.0),
            ("Đã đạt chuẩn", 14.0),
            ("Kế hoạch công nhận", 14.0),
        ],
    )?;
    if achieved {
        o.text(header, 5, "Kết quả công nhận", &f.header)?;
        o.width(5, 14)?;
    }
    let mut row = header + 1;
    for (i, v) in plan.villages.iter().enumerate() {
        o.ws.write_number_with_format(row, 0, (i + 1) as f64, &f.center)?;
        o.text(
            row,
            1,
            units.get(v.unit.as_str()).copied().unwrap_or(&v.unit),
            &f.text,
        )?;
        match v.total {
            Some(t) => o.count(row, 2, t.into(), false)?,
            None => o.text(row, 2, "", &f.text)?,
        }
        match v.recognized {
            Some(t) => o.count(row, 3, t.into(), false)?,
            None => o.text(row, 3, "", &f.text)?,
        }
        o.count(row, 4, v.to_recognize.into(), false)?;
        if achieved {
            match v.achieved {
                Some(a) => o.count(row, 5, a.into(), false)?,
                None => o.text(row, 5, "", &f.text)?,
            }
        }
        row += 1;
    }
    o.ws.merge_range(row, 0, row, 1, "Tổng cộng", &f.text_bold)?;
    o.text(row, 2, "", &f.text)?;
    o.text(row, 3, "", &f.text)?;
    o.count(row, 4, figs.villages_to_recognize.into(), true)?;
    if let Some(a) = figs.results.as_ref().and_then(|r| r.villages_achieved) {
        o.count(row, 5, a.into(), true)?;
    }
    o.ws.set_freeze_panes(header + 1, 2)?;
    o.finish(header, header)?;
    Ok(())
}

fn tasks_sheet(
    wb: &mut Workbook,
    f: &Formats,
    plan: &Plan,
    units: &HashMap<&str, &str>,
) -> Result<(), ExportError> {
    let ws = wb.add_worksheet();
    ws.set_name(TASKS_SHEET)?;
    let mut o = Out::new(ws, TASKS_SHEET, f);
    let title = format!(
        "Phân công nhiệm vụ thực hiện kế hoạch năm {}",
        plan.header.year
    );
    let results = plan.tasks.iter().any(|t| t.result.is_some());
    let header = o.titles(plan, if results { 10 } else { 7 }, &title, "")?;
    let today = crate::model::date::today();
    o.columns(
        header,
        &[
            ("STT", 6.0),
            ("Cơ quan chủ trì", 26.0),
            ("Nhiệm vụ", 70.0),
            ("Thời hạn", 11.0),
            ("Tiêu chí liên quan", 12.0),
            ("Xã liên quan", 22.0),
            ("Trạng thái", 12.0),
        ],
    )?;
    if results {
        let when = match &plan.results {
            Some(r) => format!("Kết quả đến {}", r.date.vi()),
            None => "Kết quả".to_string(),
        };
        o.text(header, 7, &when, &f.header)?;
        o.width(7, 14)?;
        o.text(header, 8, "Ngày", &f.header)?;
        o.width(8, 11)?;
        o.text(header, 9, "Ghi chú kết quả", &f.header)?;
        o.width(9, 26)?;
    }
    for (row, (i, t)) in (header + 1..).zip(plan.tasks.iter().enumerate()) {
        o.ws.write_number_with_format(row, 0, (i + 1) as f64, &f.center)?;
        o.text(row, 1, &t.agency, &f.text)?;
        o.text(row, 2, &t.text, &f.text)?;
        o.text(
            row,
            3,
            &t.deadline.map(|d| d.vi()).unwrap_or_default(),
            &f.center,
        )?;
        o.text(row, 4, &t.criteria.join(", "), &f.center)?;
        let communes: Vec<&str> = t
            .communes
            .iter()
            .map(|c| units.get(c.as_str()).copied().unwrap_or(c))
            .collect();
        o.text(row, 5, &communes.join(", "), &f.text)?;
        // As the window marks it: an open task past its deadline is overdue.
        let status = match t.status {
            crate::model::TaskStatus::Open if t.is_overdue(today) => "Quá hạn",
            crate::model::TaskStatus::Open => "Đang thực hiện",
            crate::model::TaskStatus::Done => "Hoàn thành",
        };
        o.text(row, 6, status, &f.center)?;
        if results {
            match &t.result {
                Some(r) => {
                    o.text(row, 7, r.state.vi(), &f.center)?;
                    o.text(
                        row,
                        8,
                        &r.date.map(|d| d.vi()).unwrap_or_default(),
                        &f.center,
                    )?;
                    o.text(row, 9, &r.note, &f.text)?;
                }
                None => {
                    o.text(row, 7, "Chưa báo cáo", &f.center)?;
                    o.text(row, 8, "", &f.center)?;
                    o.text(row, 9, "", &f.text)?;
                }
            }
        }
    }
    o.ws.set_freeze_panes(header + 1, 0)?;
    o.finish(header, header)?;
    Ok(())
}

/// The central budget node, for tests and messages.
pub fn central_budget(plan: &Plan) -> Option<Decimal> {
    plan.funding
        .find_kind(SourceKind::Central)
        .map(|n| n.total())
}

#[cfg(test)]
mod tests {

    #[test]
    fn wrapped_text_gets_the_lines_it_needs() {
        // A 70-wide column holds 91 characters a line.
        assert_eq!(lines_needed(&[91], 70.0), 1);
        assert_eq!(lines_needed(&[92], 70.0), 2);
        assert_eq!(lines_needed(&[300], 70.0), 4);
        // Line breaks in the text count, and an empty line is still a line.
        assert_eq!(lines_needed(&[10, 0, 10], 70.0), 3);
    }

    use super::*;

    #[test]
    fn exact_f64_only_when_exact() {
        assert_eq!(exact_f64(Decimal::from(4503481)), Some(4503481.0));
        assert_eq!(exact_f64(Decimal::new(10665, 1)), Some(1066.5));
        assert_eq!(exact_f64(Decimal::new(7673, 4)), Some(0.7673));
        assert_eq!(
            exact_f64(Decimal::from_str("1234567890123456").unwrap()),
            None
        );
        assert_eq!(outline_number(&[2]), "II");
        assert_eq!(outline_number(&[1, 2, 3]), "2.3");
    }

    /// A text longer than a cell holds is refused with its cell and start, in both
    /// languages — not the writer library's English, and never cut.
    #[test]
    fn a_text_longer_than_a_cell_is_refused_with_its_place() {
        let mut plan = crate::format::load_str(include_str!("../../tests/data/small-2026.ntm"))
            .unwrap()
            .plan;
        plan.communes[0].name = "Dài ".repeat(10_000);
        let e = to_bytes(&plan, &crate::progress::NoProgress).unwrap_err();
        assert!(
            matches!(e, ExportError::TextTooLong { chars: 40_000, .. }),
            "{e:?}"
        );
        let vi = e.message(crate::lang::Lang::Vi);
        assert!(vi.contains("cần 40.000 ký tự"), "{vi}");
        assert!(vi.contains("tối đa 32.767 ký tự"), "{vi}");
        assert!(vi.contains("“Dài Dài"), "{vi}");
        assert!(vi.len() < 600, "{vi}");
        let en = e.message(crate::lang::Lang::En);
        assert!(en.contains("would hold 40.000 characters"), "{en}");
        // A derived report shows such a text cut to a cell, ending in "…".
        let cut = within_cell(&plan.communes[0].name);
        assert_eq!(cut.chars().count(), MAX_CELL_CHARS);
        assert!(cut.ends_with('…') && cut.starts_with("Dài Dài"));
        assert_eq!(within_cell("Mường Nhé"), "Mường Nhé");
        // Exactly as many as a cell holds is written.
        plan.communes[0].name = "x".repeat(MAX_CELL_CHARS);
        assert!(to_bytes(&plan, &crate::progress::NoProgress).is_ok());
    }
}
