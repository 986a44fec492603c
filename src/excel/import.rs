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
use std::collections::HashMap;
use std::io::{Read, Seek};
use std::path::Path;

/// How many rows from the top are searched for the header row.
pub const HEADER_SCAN_ROWS: usize = 15;

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{}", self.message(Lang::En))]
    Io {
        path: String,
        source: std::io::Error,
    },
    /// A CSV file's text cannot be read (not UTF-8 or UTF-16, truncated, empty).
    #[error("{}", self.message(Lang::En))]
    Text {
        path: String,
        error: crate::format::LoadError,
    },
    /// The file is not a workbook (what it is instead).
    #[error("{}", self.message(Lang::En))]
    NotAWorkbook(crate::i18n::Message),
    /// A CSV file given the extension of a table but holding something else.
    #[error("{}", self.message(Lang::En))]
    NotCsv(crate::i18n::Message),
    /// A part of the workbook cannot be read.
    #[error("{}", self.message(Lang::En))]
    Damaged { part: String, damage: Damage },
    /// The file reaches one of the import's limits (at a cell, line or part, when known).
    #[error("{}", self.message(Lang::En))]
    TooLarge {
        limit: super::grid::Limit,
        at: Option<At>,
    },
    /// A CSV field's opening quote is never closed: it would swallow the rest of the
    /// file into one cell.
    #[error("{}", self.message(Lang::En))]
    QuoteNeverClosed { file: String, line: u64 },
    #[error("{}", self.message(Lang::En))]
    NoSheets,
    #[error("{}", self.message(Lang::En))]
    NoSheet(String),
    #[error("{}", self.message(Lang::En))]
    NoHeader { sheet: String, criteria: usize },
    #[error("{}", self.message(Lang::En))]
    NoCommuneColumn { sheet: String, row: u32 },
    #[error("{}", self.message(Lang::En))]
    Cancelled,
}

impl ImportError {
    /// The error in a language.
    pub fn message(&self, lang: Lang) -> String {
        use crate::i18n::{Message, tr_args};
        use crate::text::{shown, shown_max};
        let m = match self {
            ImportError::Io { path, source } => Message::new("import-io")
                .arg("path", shown_max(path, 400))
                .arg("reason", crate::format::io_reason(lang, source)),
            ImportError::Text { path, error } => Message::new("import-text")
                .arg("path", shown_max(path, 400))
                .arg("why", error.message(lang)),
            ImportError::NotAWorkbook(what) => {
                Message::new("import-not-a-workbook").arg("what", what.clone())
            }
            ImportError::NotCsv(what) => Message::new("import-not-csv").arg("what", what.clone()),
            ImportError::Damaged { part, damage } => {
                let m = match damage {
                    Damage::Xml { byte } => {
                        Message::new("import-damaged-xml").arg("byte", byte.to_string())
                    }
                    Damage::Missing => Message::new("import-damaged-missing"),
                    Damage::Row(t) => Message::new("import-damaged-row").arg("text", shown(t)),
                    Damage::Cell(t) => Message::new("import-damaged-cell").arg("text", shown(t)),
                    Damage::Zip => Message::new("import-damaged-zip"),
                };
                Message::new("import-damaged")
                    .arg("part", shown(part))
                    .arg("what", m)
            }
            ImportError::TooLarge { limit, at } => {
                let what = limit.message(lang);
                return match at {
                    Some(at) => tr_args(
                        lang,
                        "import-too-large-at",
                        &[
                            ("at", at.text(lang).as_str().into()),
                            ("what", what.as_str().into()),
                        ],
                    ),
                    None => tr_args(lang, "import-too-large", &[("what", what.as_str().into())]),
                };
            }
            ImportError::QuoteNeverClosed { file, line } => {
                Message::new("import-quote-never-closed")
                    .arg("file", shown(file))
                    .arg("line", line.to_string())
            }
            ImportError::NoSheets => Message::new("import-no-sheets"),
            ImportError::NoSheet(name) => Message::new("import-no-sheet").arg("sheet", shown(name)),
            ImportError::NoHeader { sheet, criteria } => Message::new("import-no-header")
                .arg("sheet", shown(sheet))
                .arg("criteria", *criteria)
                .arg("rows", HEADER_SCAN_ROWS),
            ImportError::NoCommuneColumn { sheet, row } => Message::new("import-no-commune-column")
                .arg("sheet", shown(sheet))
                .arg("row", row.to_string()),
            ImportError::Cancelled => Message::new("import-cancelled"),
        };
        m.text(lang)
    }
}

pub use super::grid::Grid;

/// How a part of a workbook is damaged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// The XML cannot be read past this byte of the unpacked part.
    Xml { byte: u64 },
    /// The part the workbook names is not in the file.
    Missing,
    /// A row number that is not one.
    Row(String),
    /// A cell address that is not one.
    Cell(String),
    /// The zip structure itself.
    Zip,
}

/// Where a file reached a limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum At {
    /// A cell: "Sheet!D7".
    Cell(String),
    /// A line of a CSV file.
    Line { file: String, line: u64 },
    /// A part of a workbook.
    Part(String),
}

impl At {
    pub fn text(&self, lang: Lang) -> String {
        use crate::text::shown;
        match self {
            At::Cell(c) | At::Part(c) => shown(c),
            At::Line { file, line } => crate::i18n::Message::new("import-at-line")
                .arg("file", shown(file))
                .arg("line", line.to_string())
                .text(lang),
        }
    }
}
use super::grid::Trouble;

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
    /// The cell cannot be read (a formula without its stored value, damaged data).
    Unreadable(Trouble),
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
            (Reason::Unreadable(t), lang) => t.message(lang),
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
    /// Problems found beyond the [`MAX_LISTED`] listed.
    pub more_problems: usize,
    /// Unmatched rows found beyond the [`MAX_LISTED`] listed.
    pub more_unmatched: usize,
}

/// How many problems and unmatched rows a preview lists; the rest are counted.
pub const MAX_LISTED: usize = 1_000;

fn push_problem(list: &mut Vec<CellProblem>, more: &mut usize, p: CellProblem) {
    if list.len() < MAX_LISTED {
        list.push(p);
    } else {
        *more += 1;
    }
}

impl ImportPreview {
    /// The edit accepting applies: one step in the undo history.
    pub fn edit(&self) -> Edit {
        Edit::Cells(self.changes.clone())
    }

    pub fn is_clean(&self) -> bool {
        self.problems.is_empty() && self.unmatched_rows.is_empty()
    }

    /// List an unmatched row, or count it beyond [`MAX_LISTED`].
    fn unmatched(&mut self, row: UnmatchedRow) {
        if self.unmatched_rows.len() < MAX_LISTED {
            self.unmatched_rows.push(row);
        } else {
            self.more_unmatched += 1;
        }
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
                self.unmatched_rows.len() + self.more_unmatched,
                self.changes.len(),
                self.unchanged,
                self.problems.len() + self.more_problems
            ),
            Lang::En => format!(
                "Sheet \"{}\", header row {}, commune column {}, {} criteria columns; {} rows matched, {} unmatched, {} cells changed, {} unchanged, {} problems",
                self.sheet,
                self.header_row,
                self.commune_col,
                self.columns.len(),
                self.matched.len(),
                self.unmatched_rows.len() + self.more_unmatched,
                self.changes.len(),
                self.unchanged,
                self.problems.len() + self.more_problems
            ),
        }];
        for u in &self.unmatched_rows {
            out.push(format!(
                "{}!{}{}: \"{}\": {}",
                self.sheet,
                self.commune_col,
                u.row,
                text::shown(&u.text),
                u.reason.message(lang)
            ));
        }
        if self.more_unmatched > 0 {
            out.push(crate::i18n::tr_args(
                lang,
                "import-more-rows",
                &[("n", self.more_unmatched.into())],
            ));
        }
        for p in &self.problems {
            if p.text.is_empty() {
                out.push(format!("{}: {}", p.address(), p.reason.message(lang)));
            } else {
                out.push(format!(
                    "{}: \"{}\": {}",
                    p.address(),
                    text::shown(&p.text),
                    p.reason.message(lang)
                ));
            }
        }
        if self.more_problems > 0 {
            out.push(crate::i18n::tr_args(
                lang,
                "import-more-problems",
                &[("n", self.more_problems.into())],
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

/// The criteria a header cell may name, with their names folded once (folding every
/// name for every cell of the rows searched for the header was most of an import's
/// time, and seconds for a sheet thousands of columns wide).
struct Headers<'a> {
    set: &'a crate::model::CriteriaSet,
    names: Vec<String>,
}

impl<'a> Headers<'a> {
    fn new(plan: &'a Plan) -> Headers<'a> {
        let set = &plan.criteria_set;
        Headers {
            set,
            names: set.criteria.iter().map(|c| text::fold(&c.name)).collect(),
        }
    }

    /// The criterion a header cell names, by number ("5", "TC5", "Tiêu chí 5",
    /// "5. Trường học") or by name ("Trường học").
    fn criterion(&self, cell: &str) -> Option<String> {
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
        let set = self.set;
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
            && let Some(i) = set.criteria.iter().position(|c| c.code == digits)
        {
            let name = rest[digits.len()..].trim_start_matches([' ', '.', ':', '-', ')']);
            let cname = &self.names[i];
            if name.is_empty() || cname.starts_with(name) || name.starts_with(cname.as_str()) {
                return Some(set.criteria[i].code.clone());
            }
        }
        self.names
            .iter()
            .position(|n| *n == t)
            .map(|i| set.criteria[i].code.clone())
    }
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
    let headers = Headers::new(plan);
    let width = grid.width();
    // The header row: the first with at least half the criteria.
    let need = set.len().div_ceil(2).max(1);
    let mut header = None;
    for r in 0..grid.cells.len().min(HEADER_SCAN_ROWS) {
        let mut found: Vec<String> = (0..width)
            .filter_map(|c| headers.criterion(grid.effective(r, c)))
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
        if let Some(code) = headers.criterion(grid.effective(hr, c)) {
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
    let mut occurrence_count: HashMap<&str, usize> = HashMap::new();
    for (_, k, _) in &raw {
        *occurrence_count.entry(k.as_str()).or_default() += 1;
    }
    let occurrences = |code: &str| occurrence_count.get(code).copied().unwrap_or(0);
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
        let any_mark = marks
            .iter()
            .any(|(c, t, _, _)| !t.trim().is_empty() || grid.trouble(r, *c).is_some());
        if let Some(t) = grid.trouble(r, commune_col) {
            out.unmatched(UnmatchedRow {
                row: row1,
                text: String::new(),
                reason: Reason::Unreadable(t.clone()),
            });
            continue;
        }
        if name.is_empty() {
            if any_mark {
                out.unmatched(UnmatchedRow {
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
        // (A plan naming hundreds of communes alike is left ambiguous rather than
        // narrowed row by row.)
        if found.len() > 1
            && found.len() <= 1000
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
                out.unmatched(UnmatchedRow {
                    row: row1,
                    text: name,
                    reason: Reason::NoSuchCommune,
                });
                continue;
            }
            [one] => *one,
            many => {
                let mut names: Vec<String> = many
                    .iter()
                    .take(10)
                    .map(|&i| plan.communes[i].name.clone())
                    .collect();
                if many.len() > 10 {
                    names.push("…".into());
                }
                out.unmatched(UnmatchedRow {
                    row: row1,
                    text: name,
                    reason: Reason::Ambiguous(names),
                });
                continue;
            }
        };
        if let Some(&earlier) = row_of.get(&ci) {
            out.unmatched(UnmatchedRow {
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
            if let Some(t) = grid.trouble(r, c) {
                push_problem(
                    &mut problems,
                    &mut out.more_problems,
                    CellProblem {
                        sheet: grid.sheet.clone(),
                        row: row1,
                        col: column_letters(c as u16),
                        text: String::new(),
                        reason: Reason::Unreadable(t.clone()),
                    },
                );
                continue;
            }
            match read_mark(cell) {
                None => push_problem(
                    &mut problems,
                    &mut out.more_problems,
                    CellProblem {
                        sheet: grid.sheet.clone(),
                        row: row1,
                        col: column_letters(c as u16),
                        text: crate::text::shown(cell),
                        reason: Reason::NotAMark,
                    },
                ),
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

/// The sheet names of a workbook.
pub fn xlsx_sheets<RS: Read + Seek>(rs: RS) -> Result<Vec<String>, ImportError> {
    Ok(super::xlsx::Workbook::open(rs)?.sheet_names())
}

/// Read one sheet of a workbook as a grid. Without a sheet name: the export's
/// criteria sheet when there is one, else the first sheet.
pub fn read_xlsx<RS: Read + Seek>(
    rs: RS,
    sheet: Option<&str>,
    progress: &dyn Progress,
) -> Result<Grid, ImportError> {
    let mut wb = super::xlsx::Workbook::open(rs)?;
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
            .ok_or(ImportError::NoSheets)?,
    };
    progress.report(0.05);
    let grid = wb.read_sheet(&name, progress)?;
    if progress.cancelled() {
        return Err(ImportError::Cancelled);
    }
    progress.report(0.3);
    Ok(grid)
}

/// Open a file to import, refused by its size before it is read.
fn open_bounded(path: &Path) -> Result<std::fs::File, ImportError> {
    let io = |source| ImportError::Io {
        path: path.display().to_string(),
        source,
    };
    let file = crate::format::open_file(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if meta.len() > crate::format::MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            limit: super::grid::Limit::FileSize,
            at: None,
        });
    }
    Ok(file)
}

/// Read a workbook file's sheet.
pub fn read_xlsx_file(
    path: &Path,
    sheet: Option<&str>,
    progress: &dyn Progress,
) -> Result<Grid, ImportError> {
    let file = open_bounded(path)?;
    read_xlsx(std::io::BufReader::new(file), sheet, progress)
}

/// The sheet names of a workbook file.
pub fn xlsx_file_sheets(path: &Path) -> Result<Vec<String>, ImportError> {
    let file = open_bounded(path)?;
    xlsx_sheets(std::io::BufReader::new(file))
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
        let mut bytes = Vec::new();
        open_bounded(path)?
            .take(crate::format::MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|source| ImportError::Io {
                path: path.display().to_string(),
                source,
            })?;
        if bytes.len() as u64 > crate::format::MAX_FILE_BYTES {
            return Err(ImportError::TooLarge {
                limit: super::grid::Limit::FileSize,
                at: None,
            });
        }
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        // The plan loader's decoding: UTF-8 with or without BOM, UTF-16 (Excel's
        // "Unicode Text"), and a file in an old encoding named with line and column
        // rather than read with replacement characters.
        let text = crate::format::decode_text(&bytes).map_err(|error| match error {
            crate::format::LoadError::NotText { what } => ImportError::NotCsv(what),
            error => ImportError::Text {
                path: path.display().to_string(),
                error,
            },
        })?;
        super::csv::parse(&name, &text::nfc(&text))
    } else {
        read_xlsx_file(path, sheet, progress)
    }
}
