//! The consolidation report of a gathering, as a workbook: which communes
//! returned, what each changed, and which files were refused and why.

use super::RoundError;
use super::gather::Board;
use crate::excel::export::within_cell;
use crate::i18n::tr;
use crate::lang::Lang;
use rust_xlsxwriter::{Format, Workbook};
use std::collections::HashSet;
use std::path::Path;

pub fn to_bytes(
    board: &Board,
    accepted: &HashSet<String>,
    lang: Lang,
) -> Result<Vec<u8>, RoundError> {
    let fail = |e: rust_xlsxwriter::XlsxError| RoundError::Form {
        path: String::new(),
        why: crate::i18n::Both::same(e.to_string()),
    };
    let bold = Format::new().set_bold().set_text_wrap();
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    let mut wb = Workbook::new();
    let m = &board.manifest;

    // Sheet 1: one line per commune.
    let ws = wb.add_worksheet();
    ws.set_name(tr(lang, "report-sheet-communes"))
        .map_err(fail)?;
    let title = crate::i18n::tr_args(
        lang,
        "report-title",
        &[
            ("title", m.title.as_str().into()),
            ("date", m.sent.vi().as_str().into()),
        ],
    );
    let title_format = Format::new()
        .set_bold()
        .set_font_size(13)
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::VerticalCenter);
    ws.merge_range(0, 0, 0, 9, &title, &title_format)
        .map_err(fail)?;
    ws.set_row_height(0, 36).map_err(fail)?;
    let heads = [
        "report-col-no",
        "report-col-commune",
        "report-col-status",
        "report-col-file",
        "report-col-date",
        "report-col-changes",
        "report-col-conflicts",
        "report-col-findings",
        "report-col-accepted",
        "report-col-reason",
    ];
    for (c, k) in heads.iter().enumerate() {
        ws.write_string_with_format(2, c as u16, tr(lang, k), &bold)
            .map_err(fail)?;
    }
    for (i, l) in board.lines.iter().enumerate() {
        let r = (i + 3) as u32;
        let ret = l.ret.map(|k| &board.returns[k]);
        ws.write_number(r, 0, (i + 1) as f64).map_err(fail)?;
        ws.write_string(r, 1, &l.name).map_err(fail)?;
        ws.write_string(r, 2, tr(lang, l.status.key()))
            .map_err(fail)?;
        if let Some(ret) = ret {
            ws.write_string(r, 3, ret.file_name()).map_err(fail)?;
            ws.write_string(r, 4, ret.modified.clone().unwrap_or_default())
                .map_err(fail)?;
            ws.write_number(r, 5, ret.changes.len() as f64)
                .map_err(fail)?;
            ws.write_number(r, 6, ret.conflicts() as f64)
                .map_err(fail)?;
            ws.write_number(r, 7, ret.findings.len() as f64)
                .map_err(fail)?;
            if let Some(why) = &ret.refused {
                let why = why.message(lang);
                let why = within_cell(&why);
                ws.write_string_with_format(r, 9, &*why, &wrap)
                    .map_err(fail)?;
                fit_row(ws, r, &[(&why, 60.0)]).map_err(fail)?;
            }
        }
        let yes = accepted.contains(&l.commune);
        ws.write_string(r, 8, tr(lang, if yes { "diff-yes" } else { "diff-no" }))
            .map_err(fail)?;
    }
    for (c, w) in [6.0, 24.0, 22.0, 26.0, 17.0, 10.0, 10.0, 10.0, 10.0, 60.0]
        .iter()
        .enumerate()
    {
        ws.set_column_width(c as u16, *w).map_err(fail)?;
    }
    ws.set_freeze_panes(3, 0).map_err(fail)?;
    page_setup(ws, 2).map_err(fail)?;

    // Sheet 2: every change, commune by commune.
    let ws = wb.add_worksheet();
    ws.set_name(tr(lang, "report-sheet-changes"))
        .map_err(fail)?;
    for (c, k) in [
        "report-col-commune",
        "col-difference",
        "report-col-sent",
        "report-col-returned",
        "report-col-accepted",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string_with_format(0, c as u16, tr(lang, k), &bold)
            .map_err(fail)?;
    }
    let mut r = 1u32;
    for l in &board.lines {
        let Some(ret) = l.ret.map(|k| &board.returns[k]) else {
            continue;
        };
        if ret.refused.is_some() {
            continue;
        }
        let yes = accepted.contains(&l.commune);
        for d in &ret.changes {
            let row = d.row(lang);
            // A report of what changed: a value longer than a cell is shown cut.
            let (what, a, b) = (
                within_cell(&row.what),
                within_cell(&row.a),
                within_cell(&row.b),
            );
            ws.write_string_with_format(r, 0, &l.name, &wrap)
                .map_err(fail)?;
            ws.write_string_with_format(r, 1, &*what, &wrap)
                .map_err(fail)?;
            ws.write_string_with_format(r, 2, &*a, &wrap)
                .map_err(fail)?;
            ws.write_string_with_format(r, 3, &*b, &wrap)
                .map_err(fail)?;
            let taken = tr(lang, if yes { "diff-yes" } else { "diff-no" });
            ws.write_string_with_format(r, 4, taken, &wrap)
                .map_err(fail)?;
            fit_row(ws, r, &[(&what, 60.0), (&a, 30.0), (&b, 30.0)]).map_err(fail)?;
            r += 1;
        }
    }
    for (c, w) in [24.0, 60.0, 30.0, 30.0, 10.0].iter().enumerate() {
        ws.set_column_width(c as u16, *w).map_err(fail)?;
    }
    ws.set_freeze_panes(1, 0).map_err(fail)?;
    page_setup(ws, 0).map_err(fail)?;

    // Sheet 3: refused files.
    let ws = wb.add_worksheet();
    ws.set_name(tr(lang, "report-sheet-refused"))
        .map_err(fail)?;
    for (c, k) in ["report-col-file", "report-col-commune", "report-col-reason"]
        .iter()
        .enumerate()
    {
        ws.write_string_with_format(0, c as u16, tr(lang, k), &bold)
            .map_err(fail)?;
    }
    let mut r = 1u32;
    let name_of = |id: &str| {
        m.commune(id)
            .map(|c| c.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    for ret in &board.returns {
        if let Some(why) = &ret.refused {
            let why = why.message(lang);
            ws.write_string_with_format(r, 0, ret.file_name(), &wrap)
                .map_err(fail)?;
            ws.write_string_with_format(r, 1, name_of(&ret.commune), &wrap)
                .map_err(fail)?;
            ws.write_string_with_format(r, 2, &why, &wrap)
                .map_err(fail)?;
            fit_row(ws, r, &[(&why, 80.0)]).map_err(fail)?;
            r += 1;
        }
    }
    for (f, why) in &board.refused {
        let why = why.message(lang);
        ws.write_string_with_format(r, 0, super::file_name(f), &wrap)
            .map_err(fail)?;
        ws.write_string_with_format(r, 2, &why, &wrap)
            .map_err(fail)?;
        fit_row(ws, r, &[(&why, 80.0)]).map_err(fail)?;
        r += 1;
    }
    for (c, w) in [30.0, 24.0, 80.0].iter().enumerate() {
        ws.set_column_width(c as u16, *w).map_err(fail)?;
    }
    page_setup(ws, 0).map_err(fail)?;
    wb.save_to_buffer().map_err(fail)
}

/// Give a row with wrapped text the height its longest cell needs (spreadsheets
/// do not grow rows written by a program: the text would print over the next row).
fn fit_row(
    ws: &mut rust_xlsxwriter::Worksheet,
    row: u32,
    cells: &[(&str, f64)],
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let lines = cells
        .iter()
        .map(|(text, width)| {
            text.lines()
                .map(|l| (l.chars().count() as f64 / (width * 1.1)).ceil().max(1.0))
                .sum::<f64>()
        })
        .fold(1.0, f64::max);
    if lines > 1.0 {
        ws.set_row_height(row, 15.0 * lines)?;
    }
    Ok(())
}

/// A4 landscape, one page wide, the header row repeated on every page.
fn page_setup(
    ws: &mut rust_xlsxwriter::Worksheet,
    header_row: u32,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    ws.set_landscape();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(header_row, header_row)?;
    Ok(())
}

/// Write the report (atomically).
pub fn write(
    board: &Board,
    accepted: &HashSet<String>,
    lang: Lang,
    out: &Path,
) -> Result<(), RoundError> {
    let bytes = to_bytes(board, accepted, lang).map_err(|e| e.for_file(out))?;
    crate::format::save::write_atomic_located(out, &bytes).map_err(RoundError::write)
}
