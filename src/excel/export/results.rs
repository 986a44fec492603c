//! The results sheets of a plan that records results: each commune's result with
//! the recognitions granted, and the money (mobilized per source, disbursed per
//! project). Task states and villages recognized are columns of their own sheets.

use super::{ExportError, Formats, Out};
use crate::figures::Figures;
use crate::figures::results::ResultFigures;
use crate::model::Plan;
use rust_decimal::Decimal;
use rust_xlsxwriter::Workbook;

pub const RESULTS_COMMUNES_SHEET: &str = "KQ - Theo xã";
pub const RESULTS_MONEY_SHEET: &str = "KQ - Vốn";

/// "đến 31/12/2025", or the plan year when the report has no date.
fn as_of(plan: &Plan) -> String {
    match &plan.results {
        Some(r) => format!("đến {}", r.date.vi()),
        None => format!("năm {}", plan.header.year),
    }
}

pub(super) fn communes_sheet(
    wb: &mut Workbook,
    f: &Formats,
    plan: &Plan,
    figs: &Figures,
    r: &ResultFigures,
) -> Result<(), ExportError> {
    let ws = wb.add_worksheet();
    ws.set_name(RESULTS_COMMUNES_SHEET)?;
    let mut o = Out::new(ws, RESULTS_COMMUNES_SHEET, f);
    let title = format!(
        "Kết quả thực hiện tiêu chí và công nhận theo xã {}",
        as_of(plan)
    );
    let header = o.titles(plan, 9, &title, "")?;
    let n = plan.criteria_set.len();
    let col_target = format!("Số TC đạt theo mục tiêu (/{n})");
    let col_result = format!("Số TC đạt theo kết quả (/{n})");
    o.columns(
        header,
        &[
            ("STT", 6.0),
            ("Xã", 18.0),
            (&col_target, 11.0),
            (&col_result, 11.0),
            ("Tiêu chí chưa đạt (kết quả)", 16.0),
            ("Không đạt mục tiêu", 14.0),
            ("Công nhận trong năm", 18.0),
            ("Quyết định công nhận", 34.0),
            ("Ghi chú", 30.0),
        ],
    )?;
    let mut row = header + 1;
    for (i, c) in plan.communes.iter().enumerate() {
        o.ws.write_number_with_format(row, 0, (i + 1) as f64, &f.center)?;
        o.text(row, 1, &c.name, &f.text)?;
        o.count(row, 2, figs.met_target[i] as u64, false)?;
        match (&c.result, r.met_result[i]) {
            (Some(res), Some(met)) => {
                o.count(row, 3, met as u64, false)?;
                o.text(row, 4, &res.unmet.join(", "), &f.center)?;
                let missed: Vec<&str> = res
                    .unmet
                    .iter()
                    .filter(|k| c.meets_target(k))
                    .map(String::as_str)
                    .collect();
                o.text(row, 5, &missed.join(", "), &f.center)?;
                let levels: Vec<String> = res
                    .granted
                    .iter()
                    .map(|g| format!("{} {}", g.level.vi(), g.year))
                    .collect();
                o.text(row, 6, &levels.join("\n"), &f.text)?;
                let decisions: Vec<String> = res
                    .granted
                    .iter()
                    .map(|g| match g.date {
                        Some(d) => format!("{} ngày {}", g.decision, d.vi()),
                        None => g.decision.clone(),
                    })
                    .collect();
                o.text(row, 7, decisions.join("\n").trim(), &f.text)?;
                o.text(row, 8, &res.note, &f.text)?;
            }
            _ => {
                for col in 3..8 {
                    o.text(row, col, "", &f.text)?;
                }
                o.text(row, 8, "Chưa báo cáo kết quả", &f.text)?;
            }
        }
        row += 1;
    }
    o.ws.merge_range(row, 0, row, 1, "Tổng số", &f.text_bold)?;
    o.count(row, 2, figs.total_met_target as u64, true)?;
    o.count(row, 3, r.total_met_result as u64, true)?;
    for col in 4..9 {
        o.text(row, col, "", &f.text)?;
    }
    o.ws.set_freeze_panes(header + 1, 2)?;
    o.finish(header, header)?;
    Ok(())
}

/// A share of a planned amount, percent; None without a plan amount.
fn share(part: Decimal, whole: Decimal) -> Option<Decimal> {
    if whole <= Decimal::ZERO {
        return None;
    }
    part.checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|x| x.checked_div(whole))
        .map(crate::figures::round2)
}

pub(super) fn money_sheet(
    wb: &mut Workbook,
    f: &Formats,
    plan: &Plan,
    r: &ResultFigures,
) -> Result<(), ExportError> {
    let ws = wb.add_worksheet();
    ws.set_name(RESULTS_MONEY_SHEET)?;
    let mut o = Out::new(ws, RESULTS_MONEY_SHEET, f);
    let title = format!("Kết quả huy động và giải ngân vốn {}", as_of(plan));
    let header = o.titles(plan, 6, &title, "Đơn vị tính: triệu đồng")?;
    o.columns(
        header,
        &[
            ("STT", 8.0),
            ("Nguồn vốn / Dự án", 48.0),
            ("Kế hoạch", 16.0),
            ("Kết quả", 16.0),
            ("Tỷ lệ", 10.0),
            ("Ghi chú", 26.0),
        ],
    )?;
    let mut row = header + 1;
    o.ws.merge_range(row, 0, row, 5, "I. VỐN HUY ĐỘNG THEO NGUỒN", &f.text_bold)?;
    row += 1;
    for s in &r.funding {
        let bold = s.depth <= 1;
        let name = format!("{}{}", "   ".repeat(s.depth), s.name);
        o.text(row, 0, "", &f.text)?;
        o.text(row, 1, &name, if bold { &f.text_bold } else { &f.text })?;
        o.money(row, 2, s.planned, bold)?;
        match s.mobilized {
            Some(m) => {
                o.money(row, 3, m, bold)?;
                match share(m, s.planned) {
                    Some(p) => o.share(row, 4, p, bold)?,
                    None => o.text(row, 4, "", &f.text)?,
                }
                o.text(row, 5, "", &f.text)?;
            }
            None => {
                o.text(row, 3, "", &f.text)?;
                o.text(row, 4, "", &f.text)?;
                o.text(row, 5, "Chưa báo cáo", &f.text)?;
            }
        }
        row += 1;
    }
    if !plan.projects.is_empty() {
        row += 1;
        o.ws.merge_range(row, 0, row, 5, "II. GIẢI NGÂN CÁC DỰ ÁN", &f.text_bold)?;
        row += 1;
        for p in &plan.projects {
            let total = p.total();
            o.text(row, 0, &p.id, &f.center)?;
            o.text(row, 1, &p.name, &f.text)?;
            o.money(row, 2, total, false)?;
            let paid = p.disbursed_total().unwrap_or_default();
            if p.disbursed.is_empty() {
                o.text(row, 3, "", &f.text)?;
                o.text(row, 4, "", &f.text)?;
            } else {
                o.money(row, 3, paid, false)?;
                match share(paid, total) {
                    Some(s) => o.share(row, 4, s, false)?,
                    None => o.text(row, 4, "", &f.text)?,
                }
            }
            let dates: Vec<String> = p
                .disbursed
                .iter()
                .map(|d| format!("{}: {}", d.date.vi(), crate::numfmt::decimal(d.amount)))
                .collect();
            o.text(row, 5, &dates.join("\n"), &f.text)?;
            row += 1;
        }
        o.ws.merge_range(row, 0, row, 1, "Tổng cộng", &f.text_bold)?;
        o.money(row, 2, r.projects_amount, true)?;
        o.money(row, 3, r.disbursed, true)?;
        match share(r.disbursed, r.projects_amount) {
            Some(s) => o.share(row, 4, s, true)?,
            None => o.text(row, 4, "", &f.text)?,
        }
        o.text(row, 5, "", &f.text)?;
    }
    o.ws.set_freeze_panes(header + 1, 0)?;
    o.finish(header, header)?;
    Ok(())
}

pub const HISTORY_SHEET: &str = "Lịch sử xã";

/// The communes of a plan carried across the 2025 reorganization, one row per old
/// commune they were formed from, with its last status; and the crosswalk's proposal.
pub(super) fn history_sheet(
    wb: &mut Workbook,
    f: &Formats,
    plan: &Plan,
) -> Result<(), ExportError> {
    let ws = wb.add_worksheet();
    ws.set_name(HISTORY_SHEET)?;
    let mut o = Out::new(ws, HISTORY_SHEET, f);
    let title = "Các xã, phường hợp thành từ các xã cũ và tình trạng cuối cùng của xã cũ";
    let header = o.titles(plan, 11, title, "")?;
    o.columns(
        header,
        &[
            ("STT", 6.0),
            ("Đơn vị", 18.0),
            ("Mã", 8.0),
            ("Xã cũ", 18.0),
            ("Huyện cũ", 16.0),
            ("Mã cũ", 8.0),
            ("Toàn bộ / một phần", 10.0),
            ("Đã công nhận", 20.0),
            ("Tiêu chí đạt", 14.0),
            ("Tiêu chí chưa đạt", 16.0),
            ("Đề xuất theo bảng chuyển đổi (chờ xem xét)", 22.0),
        ],
    )?;
    let mut row = header + 1;
    let mut k = 0;
    for c in plan.communes.iter().filter(|c| !c.history.is_empty()) {
        k += 1;
        for (j, p) in c.history.iter().enumerate() {
            if j == 0 {
                o.ws.write_number_with_format(row, 0, k as f64, &f.center)?;
                let name = match c.kind {
                    Some(kind) => kind.with_name(&c.name),
                    None => c.name.clone(),
                };
                o.text(row, 1, &name, &f.text_bold)?;
                o.text(row, 2, c.code.as_deref().unwrap_or(""), &f.center)?;
                let proposal = if c.unassessed && c.proposed.is_empty() {
                    "—".to_string()
                } else {
                    c.proposed.join(", ")
                };
                o.text(row, 10, &proposal, &f.text)?;
            } else {
                for col in [0, 1, 2, 10] {
                    o.text(row, col, "", &f.text)?;
                }
            }
            o.text(row, 3, &p.kind.with_name(&p.name), &f.text)?;
            o.text(row, 4, &p.district, &f.text)?;
            o.text(row, 5, &p.code, &f.center)?;
            o.text(
                row,
                6,
                if p.part { "một phần" } else { "toàn bộ" },
                &f.center,
            )?;
            match &p.status {
                Some(s) => {
                    let levels: Vec<String> = s
                        .recognized
                        .iter()
                        .map(|r| format!("{} {}", r.level.vi(), r.year))
                        .collect();
                    o.text(row, 7, &levels.join("\n"), &f.text)?;
                    o.text(
                        row,
                        8,
                        &format!("{}/{} ({} {})", s.met, s.of, s.basis.vi(), s.plan_year),
                        &f.center,
                    )?;
                    o.text(row, 9, &s.unmet.join(", "), &f.text)?;
                }
                None => {
                    o.text(row, 7, "Không có trong kế hoạch trước", &f.text)?;
                    o.text(row, 8, "", &f.text)?;
                    o.text(row, 9, "", &f.text)?;
                }
            }
            row += 1;
        }
    }
    o.ws.set_freeze_panes(header + 1, 2)?;
    o.finish(header, header)?;
    Ok(())
}
