//! Reading a commune × criteria sheet into the plan, as a preview the user accepts
//! or not: the app's own export, or a hand-made layout (title rows above the
//! header, merged header cells, extra columns, marks spelled "x", "đạt", "1", "✓").
//!
//! Nothing here changes the plan. [`ImportPreview::edit`] is the one edit that
//! accepting applies, so it undoes as one step. Every row and cell that could not be
//! used is listed with its address; no row is dropped without a word.

use super::{CRITERIA_SHEET, column_letters};
use crate::document::{CellChange, Edit};
use crate::lang::Lang;
use crate::matrix::Layer;
use crate::matrix::paste::read_mark;
use crate::model::Plan;
use crate::progress::{Progress, Steps};
use crate::text;
use calamine::{Data, Reader, Xlsx};
use std::collections::HashMap;
use std::io::{Read, Seek};
use std::path::Path;

/// How many rows from the top are searched for the header row.
pub const HEADER_SCAN_ROWS: usize = 15;

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{path}: cannot read the file: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    /// A CSV file's text cannot be read (not UTF-8 or UTF-16, truncated, empty).
    #[error("{path}: {message}")]
    Text { path: String, message: String },
    #[error("cannot read the workbook: {0}")]
    Workbook(String),
    #[error("the workbook has no sheet named \"{0}\"")]
    NoSheet(String),
    #[error(
        "sheet \"{sheet}\": no header row with the criteria (looked for a row naming at least half of the {criteria} criteria by number or name in the first {HEADER_SCAN_ROWS} rows)"
    )]
    NoHeader { sheet: String, criteria: usize },
    #[error(
        "sheet \"{sheet}\": the header row {row} has no commune column (a heading such as \"Xã\", \"Tên xã\" or \"Commune\")"
    )]
    NoCommuneColumn { sheet: String, row: u32 },
    #[error("import cancelled")]
    Cancelled,
}

/// A sheet as text cells, with its merged regions. Rows and columns are 0-based
/// from A1.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grid {
    pub sheet: String,
    pub cells: Vec<Vec<String>>,
    /// Merged regions: (first row, first col, last row, last col).
    pub merged: Vec<(u32, u32, u32, u32)>,
}

impl Grid {
    pub fn get(&self, row: usize, col: usize) -> &str {
        self.cells
            .get(row)
            .and_then(|r| r.get(col))
            .map(|s| s.as_str())
            .unwrap_or("")
    }

    /// The cell's text, or for a blank cell inside a merged region, the text of the
    /// region (a heading merged across or down).
    pub fn effective(&self, row: usize, col: usize) -> &str {
        let own = self.get(row, col);
        if !own.trim().is_empty() {
            return own;
        }
        for &(r1, c1, r2, c2) in &self.merged {
            if (r1 as usize..=r2 as usize).contains(&row)
                && (c1 as usize..=c2 as usize).contains(&col)
            {
                return self.get(r1 as usize, c1 as usize);
            }
        }
        own
    }

    fn width(&self) -> usize {
        self.cells.iter().map(Vec::len).max().unwrap_or(0)
    }
}

/// What the user chose before the preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportOptions {
    /// The layer for criteria columns whose heading does not say baseline or target.
    pub layer: Layer,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The cell is not a mark (met or not met).
    NotAMark,
    /// A row has marks but no commune name.
    NoName,
    /// No commune of the plan has this name.
    NoSuchCommune,
    /// Several communes of the plan have this name (their names).
    Ambiguous(Vec<String>),
    /// The commune was already read from an earlier row (1-based).
    RepeatedCommune(u32),
    /// The column repeats a criterion and layer already read from an earlier column.
    RepeatedColumn(String),
}

impl Reason {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Reason::NotAMark, Lang::Vi) => {
                "không phải dấu đạt/chưa đạt (x, đạt, 1, ✓ hoặc để trống)".into()
            }
            (Reason::NotAMark, Lang::En) => {
                "not a met / not met mark (x, đạt, 1, ✓ or blank)".into()
            }
            (Reason::NoName, Lang::Vi) => "dòng có dấu nhưng không có tên xã".into(),
            (Reason::NoName, Lang::En) => "the row has marks but no commune name".into(),
            (Reason::NoSuchCommune, Lang::Vi) => "không có xã này trong kế hoạch".into(),
            (Reason::NoSuchCommune, Lang::En) => "no commune of this name in the plan".into(),
            (Reason::Ambiguous(names), Lang::Vi) => {
                format!("trùng tên nhiều xã: {}", names.join(", "))
            }
            (Reason::Ambiguous(names), Lang::En) => {
                format!("the name matches several communes: {}", names.join(", "))
            }
            (Reason::RepeatedCommune(r), Lang::Vi) => format!("xã đã có ở dòng {r}"),
            (Reason::RepeatedCommune(r), Lang::En) => {
                format!("the commune was already read from row {r}")
            }
            (Reason::RepeatedColumn(c), Lang::Vi) => format!("cột lặp lại cột {c}"),
            (Reason::RepeatedColumn(c), Lang::En) => format!("the column repeats column {c}"),
        }
    }
}

/// A cell or row that could not be used, with its place in the sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    pub sheet: String,
    /// 1-based, as Excel numbers rows.
    pub row: u32,
    /// Column letters ("D").
    pub col: String,
    pub text: String,
    pub reason: Reason,
}

impl CellProblem {
    /// "Sheet1!D7".
    pub fn address(&self) -> String {
        format!("{}!{}{}", self.sheet, self.col, self.row)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchedRow {
    /// 1-based row.
    pub row: u32,
    /// The name as written in the sheet.
    pub text: String,
    /// Index and id of the plan's commune.
    pub commune: usize,
    pub commune_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnmatchedRow {
    pub row: u32,
    pub text: String,
    pub reason: Reason,
}

/// A criteria column found in the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriteriaColumn {
    pub col: String,
    pub criterion: String,
    pub layer: Layer,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportPreview {
    pub sheet: String,
    /// The header row found (1-based).
    pub header_row: u32,
    pub commune_col: String,
    pub columns: Vec<CriteriaColumn>,
    /// Cells whose value differs from the plan.
    pub changes: Vec<CellChange>,
    /// Cells read that already agree with the plan.
    pub unchanged: usize,
    pub matched: Vec<MatchedRow>,
    pub unmatched_rows: Vec<UnmatchedRow>,
    /// Total rows ("Tổng cộng") that were read as totals, not communes.
    pub total_rows: Vec<(u32, String)>,
    pub problems: Vec<CellProblem>,
}

impl ImportPreview {
    /// The edit accepting applies: one step in the undo history.
    pub fn edit(&self) -> Edit {
        Edit::Cells(self.changes.clone())
    }

    pub fn is_clean(&self) -> bool {
        self.problems.is_empty() && self.unmatched_rows.is_empty()
    }

    /// A few lines for the command line.
    pub fn summary(&self, lang: Lang) -> Vec<String> {
        let mut out = vec![match lang {
            Lang::Vi => format!(
                "Trang \"{}\", dòng tiêu đề {}, cột xã {}, {} cột tiêu chí; {} dòng khớp xã, {} dòng không khớp, {} ô thay đổi, {} ô giữ nguyên, {} lỗi",
                self.sheet,
                self.header_row,
                self.commune_col,
                self.columns.len(),
                self.matched.len(),
                self.unmatched_rows.len(),
                self.changes.len(),
                self.unchanged,
                self.problems.len()
            ),
            Lang::En => format!(
                "Sheet \"{}\", header row {}, commune column {}, {} criteria columns; {} rows matched, {} unmatched, {} cells changed, {} unchanged, {} problems",
                self.sheet,
                self.header_row,
                self.commune_col,
                self.columns.len(),
                self.matched.len(),
                self.unmatched_rows.len(),
                self.changes.len(),
                self.unchanged,
                self.problems.len()
            ),
        }];
        for u in &self.unmatched_rows {
            out.push(format!(
                "{}!{}{}: \"{}\": {}",
                self.sheet,
                self.commune_col,
                u.row,
                u.text,
                u.reason.message(lang)
            ));
        }
        for p in &self.problems {
            out.push(format!(
                "{}: \"{}\": {}",
                p.address(),
                p.text,
                p.reason.message(lang)
            ));
        }
        out
    }
}

/// The key two commune names are compared by: no case, no accents (so Thủy/Thuỷ
/// and hóa/hoá agree), no leading "xã", "phường" or "thị trấn".
pub fn name_key(name: &str) -> String {
    let f = text::fold(name);
    let f = f.trim_matches(|c: char| c == '.' || c == ',' || c.is_whitespace());
    for prefix in ["xa ", "phuong ", "thi tran ", "commune "] {
        if let Some(rest) = f.strip_prefix(prefix)
            && !rest.is_empty()
        {
            return rest.trim().to_string();
        }
    }
    f.to_string()
}

/// The criterion a header cell names, by number ("5", "TC5", "Tiêu chí 5",
/// "5. Trường học") or by name ("Trường học").
fn header_criterion(plan: &Plan, cell: &str) -> Option<String> {
    let t = text::fold(cell);
    if t.is_empty() {
        return None;
    }
    let mut rest = t.as_str();
    for p in ["tieu chi so", "tieu chi", "criterion", "tc so", "tc"] {
        if let Some(r) = rest.strip_prefix(p) {
            rest = r.trim_start_matches([' ', '.', ':']);
            break;
        }
    }
    let set = &plan.criteria_set;
    if let Some(c) = set.criteria.iter().find(|c| c.code == rest) {
        return Some(c.code.clone());
    }
    // "5. Trường học", "5 - Trường học"
    let digits: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    if !digits.is_empty()
        && digits.len() < rest.len()
        && let Some(c) = set.criteria.iter().find(|c| c.code == digits)
    {
        let name = rest[digits.len()..].trim_start_matches([' ', '.', ':', '-', ')']);
        let cname = text::fold(&c.name);
        if name.is_empty() || cname.starts_with(name) || name.starts_with(&cname) {
            return Some(c.code.clone());
        }
    }
    set.criteria
        .iter()
        .find(|c| text::fold(&c.name) == t)
        .map(|c| c.code.clone())
}

fn is_commune_heading(cell: &str) -> bool {
    let t = text::fold(cell);
    let t = t.trim_end_matches([':', '.']);
    matches!(
        t,
        "xa" | "ten xa" | "commune" | "communes" | "ten don vi" | "don vi" | "don vi hanh chinh"
    ) || t.starts_with("ten xa")
        || t.starts_with("xa,")
        || t.starts_with("xa/")
        || t.starts_with("xa (")
        || t.starts_with("commune name")
}

fn is_district_heading(cell: &str) -> bool {
    let t = text::fold(cell);
    matches!(t.as_str(), "huyen" | "ten huyen" | "district")
        || t.starts_with("huyen,")
        || t.starts_with("huyen/")
        || t.starts_with("ten huyen")
}

fn layer_from_heading(plan: &Plan, cell: &str) -> Option<Layer> {
    let t = text::fold(cell);
    if t.is_empty() {
        return None;
    }
    let year = plan.header.year;
    // Results first: "Kết quả đến 31/12/2025" names the plan year too.
    let result = ["ket qua", "result", "dat duoc", "uoc thuc hien", "thuc te"];
    if result.iter().any(|w| t.contains(w)) {
        return Some(Layer::Result);
    }
    let baseline = ["hien trang", "thuc trang", "baseline", "hien nay", "da dat"];
    let target = ["muc tieu", "target", "ke hoach", "phan dau", "du kien"];
    if baseline.iter().any(|w| t.contains(w)) || t.contains(&format!("nam {}", year - 1)) {
        return Some(Layer::Baseline);
    }
    if target.iter().any(|w| t.contains(w))
        || t.contains(&format!("nam {year}"))
        || t.contains(&format!("kh {year}"))
    {
        return Some(Layer::Target);
    }
    None
}

fn is_total_row(key: &str) -> bool {
    matches!(
        key,
        "tong" | "tong cong" | "cong" | "tong so" | "tong so xa dat" | "toan tinh" | "total"
    )
}

/// Build the preview from a grid. Nothing in the plan changes.
pub fn preview(
    plan: &Plan,
    grid: &Grid,
    options: ImportOptions,
    progress: &dyn Progress,
) -> Result<ImportPreview, ImportError> {
    let set = &plan.criteria_set;
    let width = grid.width();
    // The header row: the first with at least half the criteria.
    let need = set.len().div_ceil(2).max(1);
    let mut header = None;
    for r in 0..grid.cells.len().min(HEADER_SCAN_ROWS) {
        let mut found: Vec<String> = (0..width)
            .filter_map(|c| header_criterion(plan, grid.effective(r, c)))
            .collect();
        found.sort();
        found.dedup();
        if found.len() >= need {
            header = Some(r);
            break;
        }
    }
    let Some(hr) = header else {
        return Err(ImportError::NoHeader {
            sheet: grid.sheet.clone(),
            criteria: set.len(),
        });
    };
    // The commune and district columns: in the header row, or merged down into it.
    let heading = |c: usize| -> &str {
        let own = grid.effective(hr, c);
        if own.trim().is_empty() && hr > 0 {
            grid.effective(hr - 1, c)
        } else {
            own
        }
    };
    let commune_col = (0..width)
        .find(|&c| is_commune_heading(heading(c)))
        .ok_or_else(|| ImportError::NoCommuneColumn {
            sheet: grid.sheet.clone(),
            row: hr as u32 + 1,
        })?;
    let district_col = (0..width).find(|&c| c != commune_col && is_district_heading(heading(c)));

    // Criteria columns and their layers.
    let mut raw: Vec<(usize, String, Option<Layer>)> = Vec::new();
    for c in 0..width {
        if c == commune_col {
            continue;
        }
        if let Some(code) = header_criterion(plan, grid.effective(hr, c)) {
            let layer = (1..=3)
                .filter_map(|up| hr.checked_sub(up))
                .find_map(|r| layer_from_heading(plan, grid.effective(r, c)));
            raw.push((c, code, layer));
        }
    }
    let mut seen_code: HashMap<String, usize> = HashMap::new();
    let mut taken: HashMap<(String, Layer), usize> = HashMap::new();
    let mut columns: Vec<(usize, String, Layer)> = Vec::new();
    let mut problems: Vec<CellProblem> = Vec::new();
    let occurrences = |code: &str| raw.iter().filter(|(_, k, _)| k == code).count();
    for (c, code, layer) in &raw {
        let nth = seen_code.entry(code.clone()).or_insert(0);
        *nth += 1;
        let layer = match layer {
            Some(l) => *l,
            None if occurrences(code) == 2 => {
                if *nth == 1 {
                    Layer::Baseline
                } else {
                    Layer::Target
                }
            }
            None => options.layer,
        };
        if let Some(&earlier) = taken.get(&(code.clone(), layer)) {
            problems.push(CellProblem {
                sheet: grid.sheet.clone(),
                row: hr as u32 + 1,
                col: column_letters(*c as u16),
                text: grid.effective(hr, *c).to_string(),
                reason: Reason::RepeatedColumn(column_letters(earlier as u16)),
            });
            continue;
        }
        taken.insert((code.clone(), layer), *c);
        columns.push((*c, code.clone(), layer));
    }

    // The plan's communes by name key.
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in plan.communes.iter().enumerate() {
        by_key.entry(name_key(&c.name)).or_default().push(i);
    }
    let district_key = |i: usize| -> String {
        plan.communes[i]
            .district
            .as_deref()
            .map(|d| name_key(plan.unit_name(d)))
            .unwrap_or_default()
    };

    let mut out = ImportPreview {
        sheet: grid.sheet.clone(),
        header_row: hr as u32 + 1,
        commune_col: column_letters(commune_col as u16),
        columns: columns
            .iter()
            .map(|(c, code, layer)| CriteriaColumn {
                col: column_letters(*c as u16),
                criterion: code.clone(),
                layer: *layer,
            })
            .collect(),
        ..ImportPreview::default()
    };
    let mut row_of: HashMap<usize, u32> = HashMap::new();
    let rows = grid.cells.len();
    let mut steps = Steps::new(progress, rows.saturating_sub(hr + 1), 0.3, 0.7);
    for r in hr + 1..rows {
        if !steps.step() {
            return Err(ImportError::Cancelled);
        }
        let row1 = r as u32 + 1;
        let name = grid.effective(r, commune_col).trim().to_string();
        let marks: Vec<(usize, &str, &String, Layer)> = columns
            .iter()
            .map(|(c, code, layer)| (*c, grid.get(r, *c), code, *layer))
            .collect();
        let any_mark = marks.iter().any(|(_, t, _, _)| !t.trim().is_empty());
        if name.is_empty() {
            if any_mark {
                out.unmatched_rows.push(UnmatchedRow {
                    row: row1,
                    text: String::new(),
                    reason: Reason::NoName,
                });
            }
            continue;
        }
        let key = name_key(&name);
        let mut found = by_key.get(&key).cloned().unwrap_or_default();
        if found.is_empty() && is_total_row(&key) {
            out.total_rows.push((row1, name));
            continue;
        }
        if found.len() > 1
            && let Some(dc) = district_col
        {
            let dk = name_key(grid.get(r, dc));
            let narrowed: Vec<usize> = found
                .iter()
                .copied()
                .filter(|&i| district_key(i) == dk)
                .collect();
            if !narrowed.is_empty() {
                found = narrowed;
            }
        }
        let ci = match found.as_slice() {
            [] => {
                out.unmatched_rows.push(UnmatchedRow {
                    row: row1,
                    text: name,
                    reason: Reason::NoSuchCommune,
                });
                continue;
            }
            [one] => *one,
            many => {
                out.unmatched_rows.push(UnmatchedRow {
                    row: row1,
                    text: name,
                    reason: Reason::Ambiguous(
                        many.iter()
                            .map(|&i| plan.communes[i].name.clone())
                            .collect(),
                    ),
                });
                continue;
            }
        };
        if let Some(&earlier) = row_of.get(&ci) {
            out.unmatched_rows.push(UnmatchedRow {
                row: row1,
                text: name,
                reason: Reason::RepeatedCommune(earlier),
            });
            continue;
        }
        row_of.insert(ci, row1);
        let commune = &plan.communes[ci];
        out.matched.push(MatchedRow {
            row: row1,
            text: name,
            commune: ci,
            commune_id: commune.id.clone(),
        });
        for (c, cell, code, layer) in marks {
            match read_mark(cell) {
                None => problems.push(CellProblem {
                    sheet: grid.sheet.clone(),
                    row: row1,
                    col: column_letters(c as u16),
                    text: cell.to_string(),
                    reason: Reason::NotAMark,
                }),
                Some(met) => {
                    // A result is recorded even where it equals the target: a commune
                    // without one gets it from the sheet.
                    let now = match layer {
                        Layer::Result => commune.meets_result(code),
                        _ => Some(layer.meets(commune, code)),
                    };
                    if now == Some(met) {
                        out.unchanged += 1;
                    } else {
                        out.changes.push(CellChange {
                            commune: ci,
                            criterion: code.clone(),
                            layer,
                            met,
                        });
                    }
                }
            }
        }
    }
    out.problems = problems;
    progress.report(1.0);
    Ok(out)
}

fn data_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => if *b { "true" } else { "false" }.to_string(),
        Data::Error(e) => format!("#{e:?}"),
        other => other.to_string(),
    }
}

/// The sheet names of a workbook.
pub fn xlsx_sheets<RS: Read + Seek>(rs: RS) -> Result<Vec<String>, ImportError> {
    let wb: Xlsx<RS> =
        Xlsx::new(rs).map_err(|e: calamine::XlsxError| ImportError::Workbook(e.to_string()))?;
    Ok(wb.sheet_names())
}

/// Read one sheet of a workbook as a grid. Without a sheet name: the export's
/// criteria sheet when there is one, else the first sheet.
pub fn read_xlsx<RS: Read + Seek>(
    rs: RS,
    sheet: Option<&str>,
    progress: &dyn Progress,
) -> Result<Grid, ImportError> {
    let mut wb: Xlsx<RS> =
        Xlsx::new(rs).map_err(|e: calamine::XlsxError| ImportError::Workbook(e.to_string()))?;
    let names = wb.sheet_names();
    let name = match sheet {
        Some(s) => names
            .iter()
            .find(|n| n.as_str() == s || text::fold(n) == text::fold(s))
            .cloned()
            .ok_or_else(|| ImportError::NoSheet(s.to_string()))?,
        None => names
            .iter()
            .find(|n| n.as_str() == CRITERIA_SHEET)
            .or(names.first())
            .cloned()
            .ok_or_else(|| ImportError::NoSheet(String::new()))?,
    };
    progress.report(0.05);
    let range = wb
        .worksheet_range(&name)
        .map_err(|e| ImportError::Workbook(e.to_string()))?;
    if progress.cancelled() {
        return Err(ImportError::Cancelled);
    }
    progress.report(0.2);
    let merged = wb
        .merge_cells_by_sheet_name(&name)
        .map_err(|e| ImportError::Workbook(e.to_string()))?
        .into_iter()
        .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1))
        .collect();
    let mut cells: Vec<Vec<String>> = Vec::new();
    if let Some((r0, c0)) = range.start() {
        let (r0, c0) = (r0 as usize, c0 as usize);
        cells.resize(r0, Vec::new());
        for row in range.rows() {
            let mut line = vec![String::new(); c0];
            line.extend(row.iter().map(data_text));
            cells.push(line);
        }
    }
    progress.report(0.3);
    Ok(Grid {
        sheet: name,
        cells,
        merged,
    })
}

/// Read a workbook file's sheet.
pub fn read_xlsx_file(
    path: &Path,
    sheet: Option<&str>,
    progress: &dyn Progress,
) -> Result<Grid, ImportError> {
    let file = std::fs::File::open(path).map_err(|source| ImportError::Io {
        path: path.display().to_string(),
        source,
    })?;
    read_xlsx(std::io::BufReader::new(file), sheet, progress)
}

/// Whether a file is read as CSV (by its extension: .csv or .txt); else as .xlsx.
pub fn is_csv(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv") || e.eq_ignore_ascii_case("txt"))
}

/// Read an .xlsx or .csv file (by its extension) as a grid.
pub fn read_file(
    path: &Path,
    sheet: Option<&str>,
    progress: &dyn Progress,
) -> Result<Grid, ImportError> {
    if is_csv(path) {
        let bytes = std::fs::read(path).map_err(|source| ImportError::Io {
            path: path.display().to_string(),
            source,
        })?;
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        // The plan loader's decoding: UTF-8 with or without BOM, UTF-16 (Excel's
        // "Unicode Text"), and a file in an old encoding named with line and column
        // rather than read with replacement characters.
        let text = crate::format::decode_text(&bytes).map_err(|e| ImportError::Text {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        Ok(super::csv::parse(&name, &text::nfc(&text)))
    } else {
        read_xlsx_file(path, sheet, progress)
    }
}
