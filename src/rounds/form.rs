//! The workbook form of a commune's work file, for an office without the
//! program: the plan's appendix forms for that commune (the workbook export of its
//! part), and a sheet "Phiếu gửi xã" naming the sending and the commune. The
//! criteria sheet is what is read back: it is filled in and returned, and gathering
//! imports it into what was sent with the workbook import (`crate::excel`).

use super::RoundError;
use crate::excel::import::{self, ImportOptions};
use crate::i18n::{Both, tr_args};
use crate::model::Plan;
use crate::progress::NoProgress;
use std::path::Path;

/// The sheet that names the sending and the commune.
pub const FORM_SHEET: &str = "Phiếu gửi xã";
const ROUND_LABEL: &str = "Mã đợt gửi";
const COMMUNE_LABEL: &str = "Mã xã";

/// The form's workbook for a work file (a plan with its `work_file` mark).
pub fn to_bytes(work: &Plan) -> Result<Vec<u8>, RoundError> {
    let fail = |e: String| RoundError::Form {
        path: String::new(),
        why: Both::same(e),
    };
    // The export's reason (a plan too large for a sheet, an amount a cell cannot hold
    // exactly) in both languages; the writer library's own words as they are.
    let mut wb =
        crate::excel::export::workbook(work, &NoProgress).map_err(|e| RoundError::Form {
            path: String::new(),
            why: Both::of(|l| e.message(l)),
        })?;
    let mark = work.work_file.clone();
    let commune = work
        .communes
        .first()
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let ws = wb.add_worksheet();
    ws.set_name(FORM_SHEET).map_err(|e| fail(e.to_string()))?;
    let rows: Vec<(&str, String)> = vec![
        ("Phiếu gửi xã — NTM Planner", String::new()),
        (
            ROUND_LABEL,
            mark.as_ref().map(|m| m.round.clone()).unwrap_or_default(),
        ),
        (
            COMMUNE_LABEL,
            mark.as_ref().map(|m| m.commune.clone()).unwrap_or_default(),
        ),
        ("Xã", commune),
        ("Tỉnh", work.header.province.clone()),
        ("Năm kế hoạch", work.header.year.to_string()),
        (
            "Ngày gửi",
            mark.as_ref().map(|m| m.sent.vi()).unwrap_or_default(),
        ),
        (
            "Hướng dẫn",
            format!(
                "Đánh dấu x vào các tiêu chí xã đạt trong trang «{}» (hiện trạng và mục tiêu), lưu tệp và gửi lại tỉnh. Chỉ trang đó được đọc lại; giữ nguyên trang này.",
                crate::excel::CRITERIA_SHEET
            ),
        ),
    ];
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (r, (k, v)) in rows.iter().enumerate() {
        ws.write_string_with_format(r as u32, 0, *k, &bold)
            .map_err(|e| fail(e.to_string()))?;
        ws.write_string(r as u32, 1, v)
            .map_err(|e| fail(e.to_string()))?;
    }
    ws.set_column_width(0, 18)
        .map_err(|e| fail(e.to_string()))?;
    ws.set_column_width(1, 90)
        .map_err(|e| fail(e.to_string()))?;
    wb.save_to_buffer().map_err(|e| fail(e.to_string()))
}

/// The sending and commune a returned form names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormMark {
    pub round: String,
    pub commune: String,
}

fn form_error(path: &Path, why: Both) -> RoundError {
    RoundError::Form {
        path: path.display().to_string(),
        why,
    }
}

/// Read the mark of a returned form; an error when the workbook is not one.
pub fn read_mark(path: &Path) -> Result<FormMark, RoundError> {
    // The program's own bounded workbook reader (crate::excel), as every import.
    let grid = import::read_xlsx_file(path, Some(FORM_SHEET), &NoProgress)
        .map_err(|e| form_error(path, Both::of(|l| e.message(l))))?;
    let mut round = None;
    let mut commune = None;
    for row in 0..grid.cells.len() {
        let cell = |i: usize| grid.get(row, i).trim().to_string();
        match cell(0).as_str() {
            ROUND_LABEL => round = Some(cell(1)),
            COMMUNE_LABEL => commune = Some(cell(1)),
            _ => {}
        }
    }
    match (round, commune) {
        (Some(round), Some(commune)) if !round.is_empty() && !commune.is_empty() => {
            Ok(FormMark { round, commune })
        }
        _ => Err(form_error(
            path,
            Both::of(|lang| {
                tr_args(
                    lang,
                    "round-form-no-mark",
                    &[
                        ("sheet", FORM_SHEET.into()),
                        ("round", ROUND_LABEL.into()),
                        ("commune", COMMUNE_LABEL.into()),
                    ],
                )
            }),
        )),
    }
}

/// A returned form read into the work file that was sent: its criteria sheet's
/// marks imported over what was sent. Also the import's problems (bad cells,
/// unmatched rows), as lines.
pub fn read_return(path: &Path, sent: &Plan) -> Result<(Plan, Vec<Both>), RoundError> {
    let grid = import::read_xlsx_file(path, Some(crate::excel::CRITERIA_SHEET), &NoProgress)
        .map_err(|e| form_error(path, Both::of(|l| e.message(l))))?;
    let preview = import::preview(sent, &grid, ImportOptions::default(), &NoProgress)
        .map_err(|e| form_error(path, Both::of(|l| e.message(l))))?;
    let mut problems: Vec<Both> = preview
        .problems
        .iter()
        .map(|p| Both::of(|lang| format!("{}: {}", p.address(), p.reason.message(lang))))
        .collect();
    problems.extend(
        preview
            .unmatched_rows
            .iter()
            .map(|r| Both::same(format!("{}!{}: {}", preview.sheet, r.row, r.text))),
    );
    let mut plan = sent.clone();
    preview.edit().apply(&mut plan);
    Ok((plan, problems))
}
