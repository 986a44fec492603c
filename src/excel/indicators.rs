//! The criteria set's indicators (chỉ tiêu) and their thresholds per commune group,
//! from a spreadsheet a province fills in: one row per indicator with its code
//! ("2.1"), its criterion (from the code when there is no criterion column), its
//! name, and a threshold column per group ("Nhóm 1", "Nhóm 2", "Nhóm 3") or one for
//! every group ("Chỉ tiêu chung", "Tất cả các nhóm"). The 2026–2030 set's 47
//! indicators could not be confirmed for the program, so they are the province's data.
//!
//! The preview lists what was read and every row that was not, with its line and
//! reason; accepting replaces the plan's indicator list in one undoable edit.

use super::column_letters;
use super::import::Grid;
use crate::document::Edit;
use crate::i18n::{Arg, tr_args};
use crate::lang::Lang;
use crate::model::{CriteriaSet, Indicator, Threshold};
use crate::units::import::heading_key;
use std::collections::HashMap;

const HEADER_SCAN_ROWS: usize = 15;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Col {
    Code,
    Criterion,
    Name,
    /// A threshold column: of one group, or of every group.
    Threshold(Option<u8>),
    Note,
}

fn col_of(cell: &str) -> Option<Col> {
    let k = heading_key(cell);
    let k = k.as_str();
    if let Some(rest) = k.strip_prefix("nhom ").or_else(|| k.strip_prefix("group ")) {
        return rest
            .trim()
            .parse::<u8>()
            .ok()
            .map(|g| Col::Threshold(Some(g)));
    }
    match k {
        "ma chi tieu" | "ma" | "so tt chi tieu" | "chi tieu so" | "code" | "indicator code" => {
            Some(Col::Code)
        }
        "tieu chi" | "ma tieu chi" | "tieu chi so" | "criterion" => Some(Col::Criterion),
        "ten chi tieu" | "noi dung" | "noi dung chi tieu" | "chi tieu" | "name" | "indicator" => {
            Some(Col::Name)
        }
        "chi tieu chung" | "tat ca cac nhom" | "tat ca nhom" | "nguong" | "chung" | "threshold"
        | "all groups" => Some(Col::Threshold(None)),
        "ghi chu" | "note" | "nguon" => Some(Col::Note),
        _ => None,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndicatorReason {
    NoCode,
    /// The criterion is not a code of the set.
    UnknownCriterion(String),
    /// A threshold column for a group the set does not have.
    UnknownGroup(u8),
    /// The code was read from an earlier line.
    Repeated(u32),
}

impl IndicatorReason {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            IndicatorReason::NoCode => tr_args(lang, "indicators-row-no-code", &[]),
            IndicatorReason::UnknownCriterion(c) => tr_args(
                lang,
                "indicators-row-unknown-criterion",
                &[("code", c.into())],
            ),
            IndicatorReason::UnknownGroup(g) => tr_args(
                lang,
                "communes-row-unknown-group",
                &[("group", Arg::Str(&g.to_string()))],
            ),
            IndicatorReason::Repeated(l) => {
                tr_args(lang, "units-row-repeated", &[("line", Arg::from(*l))])
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorProblem {
    pub line: u32,
    pub text: String,
    pub reason: IndicatorReason,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IndicatorPreview {
    pub header_row: u32,
    pub columns: Vec<String>,
    pub indicators: Vec<Indicator>,
    pub problems: Vec<IndicatorProblem>,
}

impl IndicatorPreview {
    /// The one edit accepting applies: the set's indicator list, whole.
    pub fn edit(&self) -> Edit {
        Edit::Indicators(self.indicators.clone())
    }

    /// "47 chỉ tiêu (10 tiêu chí), 2 dòng không dùng được".
    pub fn summary(&self, lang: Lang) -> String {
        let mut criteria: Vec<&str> = self
            .indicators
            .iter()
            .map(|i| i.criterion.as_str())
            .collect();
        criteria.sort();
        criteria.dedup();
        tr_args(
            lang,
            "indicators-summary",
            &[
                ("n", Arg::from(self.indicators.len())),
                ("criteria", Arg::from(criteria.len())),
                ("problems", Arg::from(self.problems.len())),
            ],
        )
    }
}

/// Read the indicator list of a sheet for a set. None when no header row names an
/// indicator code column.
pub fn preview(set: &CriteriaSet, grid: &Grid) -> Option<IndicatorPreview> {
    let (hr, cols) = (0..grid.cells.len().min(HEADER_SCAN_ROWS)).find_map(|r| {
        let mut cols: Vec<(usize, Col)> = Vec::new();
        for (c, cell) in grid.cells[r].iter().enumerate() {
            if let Some(k) = col_of(cell)
                && !cols.iter().any(|(_, x)| *x == k)
            {
                cols.push((c, k));
            }
        }
        cols.iter()
            .any(|(_, k)| *k == Col::Code)
            .then_some((r, cols))
    })?;
    let mut out = IndicatorPreview {
        header_row: hr as u32 + 1,
        columns: cols
            .iter()
            .map(|(c, _)| {
                format!(
                    "{} ({})",
                    grid.get(hr, *c).trim(),
                    column_letters(*c as u16)
                )
            })
            .collect(),
        ..Default::default()
    };
    let groups: Vec<u8> = set.groups.iter().map(|g| g.number).collect();
    let mut seen: HashMap<String, u32> = HashMap::new();
    let get = |r: usize, k: Col| -> String {
        cols.iter()
            .find(|(_, x)| *x == k)
            .map(|(c, _)| crate::text::nfc(grid.get(r, *c).trim()))
            .unwrap_or_default()
    };
    'rows: for r in hr + 1..grid.cells.len() {
        let line = r as u32 + 1;
        let code = get(r, Col::Code);
        let name = get(r, Col::Name);
        let problem = |reason| IndicatorProblem {
            line,
            text: if code.is_empty() {
                name.clone()
            } else {
                code.clone()
            },
            reason,
        };
        if code.is_empty() {
            if !name.is_empty() {
                out.problems.push(problem(IndicatorReason::NoCode));
            }
            continue;
        }
        // The criterion: its column, else the code's first part ("2.1" → "2").
        let criterion = match get(r, Col::Criterion) {
            c if !c.is_empty() => c
                .trim_start_matches(|ch: char| !ch.is_ascii_digit())
                .trim_end_matches('.')
                .to_string(),
            _ => code.split('.').next().unwrap_or_default().to_string(),
        };
        if set.criterion(&criterion).is_none() {
            out.problems
                .push(problem(IndicatorReason::UnknownCriterion(criterion)));
            continue;
        }
        if let Some(&earlier) = seen.get(&code) {
            out.problems
                .push(problem(IndicatorReason::Repeated(earlier)));
            continue;
        }
        let mut thresholds = Vec::new();
        for (_, k) in &cols {
            if let Col::Threshold(g) = *k {
                let value = get(r, *k);
                if value.is_empty() {
                    continue;
                }
                if let Some(g) = g
                    && !groups.contains(&g)
                {
                    out.problems.push(problem(IndicatorReason::UnknownGroup(g)));
                    continue 'rows;
                }
                thresholds.push(Threshold { group: g, value });
            }
        }
        seen.insert(code.clone(), line);
        out.indicators.push(Indicator {
            code,
            criterion,
            name,
            thresholds,
            note: get(r, Col::Note),
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indicators_and_group_thresholds_from_a_sheet() {
        let set = crate::criteria_sets::by_name("2026-2030").unwrap();
        let grid = super::super::csv::parse(
            "chi-tieu",
            "BỘ CHỈ TIÊU XÃ NTM TỈNH LAI CHÂU 2026-2030\n\
             Mã chỉ tiêu;Tên chỉ tiêu;Nhóm 1;Nhóm 2;Nhóm 3;Ghi chú\n\
             1.1;Quy hoạch chung xây dựng xã;Đạt;Đạt;Đạt;\n\
             2.1;Tỷ lệ đường xã được nhựa hóa;100%;≥ 90%;≥ 70%;dự thảo\n\
             2.1;Lặp lại;;;;\n\
             11.1;Không có tiêu chí 11;;;;\n\
             ;Dòng không có mã;;;;\n",
        )
        .unwrap();
        let p = preview(&set, &grid).unwrap();
        assert_eq!(p.header_row, 2);
        assert_eq!(p.indicators.len(), 2);
        let i = &p.indicators[1];
        assert_eq!((i.code.as_str(), i.criterion.as_str()), ("2.1", "2"));
        assert_eq!(i.threshold(Some(3)), Some("≥ 70%"));
        assert_eq!(i.note, "dự thảo");
        let reasons: Vec<(u32, IndicatorReason)> = p
            .problems
            .iter()
            .map(|x| (x.line, x.reason.clone()))
            .collect();
        assert_eq!(
            reasons,
            [
                (5, IndicatorReason::Repeated(4)),
                (6, IndicatorReason::UnknownCriterion("11".into())),
                (7, IndicatorReason::NoCode),
            ]
        );
        assert_eq!(
            p.summary(Lang::Vi),
            "2 chỉ tiêu (2 tiêu chí), 3 dòng không dùng được"
        );
        // Accepting puts them in the set, and undoes exactly.
        let mut plan = crate::model::Plan::new_empty(set, "Lai Châu", 2027);
        let original = plan.clone();
        let inverse = p.edit().apply(&mut plan);
        assert_eq!(plan.criteria_set.indicator_list.len(), 2);
        assert!(plan.criteria_set.problems().is_empty());
        inverse.apply(&mut plan);
        assert_eq!(plan, original);
        assert!(
            preview(
                &original.criteria_set,
                &super::super::csv::parse("x", "a;b\n1;2\n").unwrap()
            )
            .is_none()
        );
    }
}
