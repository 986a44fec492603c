//! A unit list from a spreadsheet: CSV or XLSX in the layout of the national table of
//! the 2025 reorganization, one row per old unit (or part of one) and the new unit it
//! went into:
//!
//! `old_province, old_district, old_code, old_name, type, new_province, new_code, new_name`
//!
//! Other header names are accepted, in Vietnamese or English, in any order ("Tỉnh",
//! "Mã xã", "Tên xã mới", "Xã cũ", "Huyện cũ", "Toàn bộ/một phần", …), with title rows
//! above the header. Only the new unit's name is required: a list of the current units
//! alone (name, with code and kind where given) is a register without old units.
//!
//! Every province in the file becomes a register; the caller picks one. Every row that
//! cannot be used is listed with its line and reason; nothing is dropped silently.
//! The reading of the file itself (encodings, workbook cells) is the importer's
//! ([`crate::excel::import::read_file`]).

use super::names;
use super::{OldUnit, Register, RegisterProblem, Unit, UnitKind};
use crate::excel::import::Grid;
use crate::i18n::{Arg, tr_args};
use crate::lang::Lang;
use crate::model::Date;
use crate::progress::{Progress, Steps};
use crate::text;
use std::collections::HashMap;
use std::path::Path;

/// How many rows from the top are searched for the header row.
pub const HEADER_SCAN_ROWS: usize = 15;

#[derive(Debug, thiserror::Error)]
pub enum UnitImportError {
    /// The file cannot be read (the importer's message).
    #[error("{0}")]
    Read(#[from] crate::excel::ImportError),
    #[error(
        "no header row with a unit name column (such as \"new_name\", \"Tên xã\", \"Xã mới\") in the first {HEADER_SCAN_ROWS} rows"
    )]
    NoHeader,
    #[error("import cancelled")]
    Cancelled,
}

impl UnitImportError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            UnitImportError::Read(e) => e.message(lang),
            UnitImportError::NoHeader => tr_args(
                lang,
                "units-import-no-header",
                &[("rows", Arg::from(HEADER_SCAN_ROWS))],
            ),
            UnitImportError::Cancelled => tr_args(lang, "units-import-cancelled", &[]),
        }
    }
}

/// A column the importer understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    OldProvince,
    OldDistrict,
    OldCode,
    OldName,
    /// Whole or part ("full" / "partial").
    Type,
    NewProvince,
    NewCode,
    NewName,
    /// The new unit's kind, when the name does not carry it.
    Kind,
}

impl Field {
    /// The header names (folded, "_" as space) that mean this column.
    fn names(self) -> &'static [&'static str] {
        match self {
            Field::OldProvince => &[
                "old province",
                "tinh cu",
                "tinh truoc sap xep",
                "tinh thanh cu",
            ],
            Field::OldDistrict => &[
                "old district",
                "huyen cu",
                "huyen",
                "quan huyen",
                "quan/huyen",
                "huyen truoc sap xep",
                "district",
                "ten huyen",
            ],
            Field::OldCode => &[
                "old code",
                "ma cu",
                "ma xa cu",
                "ma dvhc cu",
                "ma don vi cu",
                "ma truoc sap xep",
            ],
            Field::OldName => &[
                "old name",
                "old unit",
                "ten cu",
                "xa cu",
                "ten xa cu",
                "don vi cu",
                "ten don vi cu",
                "truoc sap xep",
                "don vi truoc sap xep",
            ],
            Field::Type => &[
                "type",
                "merge type",
                "whole/part",
                "full/partial",
                "toan bo/mot phan",
                "hinh thuc",
                "hinh thuc sap xep",
                "loai sap xep",
            ],
            Field::NewProvince => &[
                "new province",
                "province",
                "tinh",
                "tinh moi",
                "tinh/thanh pho",
                "tinh, thanh pho",
                "tinh sau sap xep",
                "ten tinh",
            ],
            Field::NewCode => &[
                "new code",
                "code",
                "unit code",
                "ma",
                "ma xa",
                "ma moi",
                "ma xa moi",
                "ma dvhc",
                "ma don vi",
                "ma so",
            ],
            Field::NewName => &[
                "new name",
                "name",
                "unit",
                "new unit",
                "commune",
                "ten",
                "ten xa",
                "xa",
                "ten moi",
                "xa moi",
                "ten xa moi",
                "don vi moi",
                "ten don vi",
                "don vi",
                "ten don vi moi",
                "sau sap xep",
                "don vi sau sap xep",
                "ten don vi hanh chinh",
                "xa, phuong",
                "xa/phuong",
                "ten xa, phuong",
            ],
            Field::Kind => &["kind", "loai don vi", "loai", "cap", "unit kind"],
        }
    }

    const ALL: [Field; 9] = [
        Field::OldProvince,
        Field::OldDistrict,
        Field::OldCode,
        Field::OldName,
        Field::Type,
        Field::NewProvince,
        Field::NewCode,
        Field::NewName,
        Field::Kind,
    ];
}

/// A header cell as compared: folded, "_" as a space, without ":" "." "*" around.
pub fn heading_key(cell: &str) -> String {
    text::fold(cell)
        .replace('_', " ")
        .trim_matches(|c: char| c == ':' || c == '.' || c == '*' || c.is_whitespace())
        .to_string()
}

/// The column a header cell names.
pub fn field_of(cell: &str) -> Option<Field> {
    let k = heading_key(cell);
    if k.is_empty() {
        return None;
    }
    Field::ALL
        .into_iter()
        .find(|f| f.names().contains(&k.as_str()))
}

/// What the user chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOptions {
    /// The date the units took effect.
    pub effective: Date,
    /// The province of every row, for a file without a province column (the name as
    /// the user typed it: "Lai Châu" or "Tỉnh Lai Châu").
    pub province: Option<String>,
    /// The file's name, for the register's provenance.
    pub source: String,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            effective: Date {
                year: 2025,
                month: 7,
                day: 1,
            },
            province: None,
            source: String::new(),
        }
    }
}

/// Why a row could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowReason {
    /// The row has data but no new unit name.
    NoName,
    /// No province column and none chosen.
    NoProvince,
    /// The whole-or-part column says something else.
    UnknownType(String),
    /// A code that is not digits.
    BadCode(String),
    /// The new unit's code was given another name on an earlier line.
    CodeNameConflict { line: u32, name: String },
    /// The same old unit into the same new unit, already on an earlier line.
    Repeated(u32),
    /// A name without a kind word and no kind column: read as a xã.
    KindAssumed,
    /// A kind column value that is not xã, phường, thị trấn or đặc khu.
    UnknownKind(String),
    /// A cell of the row cannot be read (a formula without its stored value, damaged
    /// data): the row is not guessed at.
    Unreadable(crate::excel::grid::Trouble),
}

impl RowReason {
    /// Whether the row was still used (a note rather than a refusal).
    pub fn is_note(&self) -> bool {
        matches!(self, RowReason::KindAssumed)
    }

    pub fn message(&self, lang: Lang) -> String {
        let (key, args): (&str, Vec<(&str, Arg)>) = match self {
            RowReason::Unreadable(t) => return t.message(lang),
            RowReason::NoName => ("units-row-no-name", vec![]),
            RowReason::NoProvince => ("units-row-no-province", vec![]),
            RowReason::UnknownType(t) => ("units-row-unknown-type", vec![("value", t.into())]),
            RowReason::BadCode(t) => ("units-row-bad-code", vec![("value", t.into())]),
            RowReason::CodeNameConflict { line, name } => (
                "units-row-code-conflict",
                vec![("line", Arg::from(*line)), ("name", name.into())],
            ),
            RowReason::Repeated(line) => ("units-row-repeated", vec![("line", Arg::from(*line))]),
            RowReason::KindAssumed => ("units-row-kind-assumed", vec![]),
            RowReason::UnknownKind(t) => ("units-row-unknown-kind", vec![("value", t.into())]),
        };
        tr_args(lang, key, &args)
    }
}

/// A row that could not be used (or was read with an assumption), with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// 1-based, as a spreadsheet or text editor numbers lines.
    pub line: u32,
    /// The row's new unit name (or what stood in its place).
    pub text: String,
    pub reason: RowReason,
}

/// One province of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvinceUnits {
    pub register: Register,
    /// Rows read into it.
    pub rows: usize,
    /// Problems of the register as a whole (an old unit placed whole twice, …).
    pub problems: Vec<RegisterProblem>,
}

/// What a unit list holds, before the user picks a province.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnitList {
    /// The header row (1-based).
    pub header_row: u32,
    /// The columns understood, with their letters.
    pub columns: Vec<(Field, String)>,
    /// Data rows below the header (blank rows not counted).
    pub rows: usize,
    pub provinces: Vec<ProvinceUnits>,
    pub problems: Vec<RowProblem>,
}

impl UnitList {
    /// A province of the list by name ("Lai Châu", "Tỉnh Lai Châu").
    pub fn province(&self, name: &str) -> Option<&ProvinceUnits> {
        let key = names::province_key(name);
        self.provinces
            .iter()
            .find(|p| names::province_key(&p.register.province) == key)
    }

    /// Units in the whole list.
    pub fn units(&self) -> usize {
        self.provinces.iter().map(|p| p.register.units.len()).sum()
    }

    /// Rows that could not be used (notes not counted).
    pub fn refused(&self) -> usize {
        self.problems.iter().filter(|p| !p.reason.is_note()).count()
    }

    /// "Đọc 10.599 dòng: 34 tỉnh, 3.316 đơn vị; 0 dòng không dùng được."
    pub fn headline(&self, lang: Lang) -> String {
        tr_args(
            lang,
            "units-import-summary",
            &[
                ("rows", Arg::from(self.rows)),
                ("provinces", Arg::from(self.provinces.len())),
                ("units", Arg::from(self.units())),
                ("problems", Arg::from(self.refused())),
            ],
        )
    }

    /// The headline, then every row that could not be used: for the command line.
    pub fn summary(&self, lang: Lang) -> Vec<String> {
        let mut out = vec![self.headline(lang)];
        for p in &self.problems {
            out.push(tr_args(
                lang,
                "units-import-row",
                &[
                    ("line", Arg::from(p.line)),
                    ("text", (&p.text).into()),
                    ("reason", (&p.reason.message(lang)).into()),
                ],
            ));
        }
        out
    }
}

/// Codes are digits; a workbook may have dropped the leading zeros of a code stored
/// as a number (3388 for "03388"): commune codes have five digits.
fn read_code(cell: &str) -> Result<String, String> {
    let t = cell.trim();
    if t.is_empty() {
        return Ok(String::new());
    }
    if !t.bytes().all(|b| b.is_ascii_digit()) || t.len() > 12 {
        return Err(t.to_string());
    }
    Ok(if t.len() < 5 {
        format!("{t:0>5}")
    } else {
        t.to_string()
    })
}

/// Whole (false) or part (true).
fn read_type(cell: &str) -> Option<bool> {
    match text::fold(cell).trim() {
        "" | "full" | "whole" | "toan bo" | "nguyen trang" | "giu nguyen" | "all" => Some(false),
        "partial" | "part" | "mot phan" | "phan con lai" => Some(true),
        _ => None,
    }
}

fn read_kind(cell: &str) -> Option<UnitKind> {
    match text::fold(cell).trim() {
        "xa" | "commune" => Some(UnitKind::Commune),
        "phuong" | "ward" => Some(UnitKind::Ward),
        "thi tran" | "township" => Some(UnitKind::Township),
        "dac khu" | "special zone" => Some(UnitKind::SpecialZone),
        _ => None,
    }
}

struct Building {
    register: Register,
    rows: usize,
    /// New unit key → (index, first line).
    units: HashMap<String, (usize, u32)>,
    /// Each unit's name key, by index.
    unit_keys: Vec<String>,
    /// (unit index, old unit key) → line.
    olds: HashMap<(usize, String), u32>,
}

/// Read a grid (a CSV file or a workbook sheet).
pub fn read(
    grid: &Grid,
    options: &ImportOptions,
    progress: &dyn Progress,
) -> Result<UnitList, UnitImportError> {
    // The header row: the first that names the new unit's name column.
    let scan = grid.cells.len().min(HEADER_SCAN_ROWS);
    let mut header = None;
    for r in 0..scan {
        let fields: Vec<(usize, Field)> = grid
            .cells
            .get(r)
            .map(|row| {
                row.iter()
                    .enumerate()
                    .filter_map(|(c, cell)| field_of(cell).map(|f| (c, f)))
                    .collect()
            })
            .unwrap_or_default();
        if fields.iter().any(|(_, f)| *f == Field::NewName) {
            header = Some((r, fields));
            break;
        }
    }
    let Some((hr, found)) = header else {
        return Err(UnitImportError::NoHeader);
    };
    // The first column of each field wins ("Xã" twice: the first).
    let mut col: HashMap<Field, usize> = HashMap::new();
    for (c, f) in &found {
        col.entry(*f).or_insert(*c);
    }
    let mut columns: Vec<(Field, String)> = col
        .iter()
        .map(|(f, c)| (*f, crate::excel::column_letters(*c as u16)))
        .collect();
    columns.sort_by_key(|(f, _)| Field::ALL.iter().position(|x| x == f));
    let cell = |r: usize, f: Field| -> String {
        col.get(&f)
            .map(|&c| names::clean(grid.get(r, c)))
            .unwrap_or_default()
    };
    let fixed_province = options
        .province
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty());

    let mut list = UnitList {
        header_row: hr as u32 + 1,
        columns,
        ..UnitList::default()
    };
    let mut provinces: Vec<Building> = Vec::new();
    type Split = (Option<UnitKind>, String, String);
    let mut split_names: HashMap<String, Split> = HashMap::new();
    let mut split_provinces: HashMap<String, (String, crate::units::ProvinceKind, String)> =
        HashMap::new();
    let mut province_index: HashMap<String, usize> = HashMap::new();
    let rows = grid.cells.len();
    let mut steps = Steps::new(progress, rows.saturating_sub(hr + 1), 0.0, 1.0);
    for r in hr + 1..rows {
        if !steps.step() {
            return Err(UnitImportError::Cancelled);
        }
        let line = r as u32 + 1;
        // A cell that cannot be read is never taken as blank.
        if let Some(t) = col.values().find_map(|&c| grid.trouble(r, c)) {
            list.rows += 1;
            list.problems.push(RowProblem {
                line,
                text: String::new(),
                reason: RowReason::Unreadable(t.clone()),
            });
            continue;
        }
        // A row with nothing in the columns read (a numbered blank line) is skipped.
        if col.values().all(|&c| grid.get(r, c).trim().is_empty()) {
            continue;
        }
        list.rows += 1;
        let new_name = cell(r, Field::NewName);
        let problem = |reason: RowReason| RowProblem {
            line,
            text: new_name.clone(),
            reason,
        };
        if new_name.is_empty() {
            list.problems.push(problem(RowReason::NoName));
            continue;
        }
        let province_text = match fixed_province {
            Some(p) => p.to_string(),
            None => {
                let p = cell(r, Field::NewProvince);
                if p.is_empty() {
                    cell(r, Field::OldProvince)
                } else {
                    p
                }
            }
        };
        if province_text.is_empty() {
            list.problems.push(problem(RowReason::NoProvince));
            continue;
        }
        let part = match read_type(&cell(r, Field::Type)) {
            Some(p) => p,
            None => {
                list.problems
                    .push(problem(RowReason::UnknownType(cell(r, Field::Type))));
                continue;
            }
        };
        let (new_code, old_code) = match (
            read_code(&cell(r, Field::NewCode)),
            read_code(&cell(r, Field::OldCode)),
        ) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(bad), _) | (_, Err(bad)) => {
                list.problems.push(problem(RowReason::BadCode(bad)));
                continue;
            }
        };
        // Names repeat (a new unit on every row of its old units, a province on
        // thousands): split and key each distinct text once.
        let (name_kind, name, name_key) = split_names
            .entry(new_name.clone())
            .or_insert_with(|| {
                let (k, n) = names::split_kind(&new_name);
                let key = names::key(&n);
                (k, n, key)
            })
            .clone();
        let kind_cell = cell(r, Field::Kind);
        let kind = match (name_kind, kind_cell.is_empty()) {
            (Some(k), _) => k,
            (None, false) => match read_kind(&kind_cell) {
                Some(k) => k,
                None => {
                    list.problems
                        .push(problem(RowReason::UnknownKind(kind_cell.clone())));
                    continue;
                }
            },
            (None, true) => {
                list.problems.push(problem(RowReason::KindAssumed));
                UnitKind::Commune
            }
        };

        let (province, province_kind, pkey) = split_provinces
            .entry(province_text.clone())
            .or_insert_with(|| {
                let (p, k) = names::split_province(&province_text);
                let key = text::fold(&p);
                (p, k, key)
            })
            .clone();
        let pi = *province_index.entry(pkey.clone()).or_insert_with(|| {
            provinces.push(Building {
                register: Register {
                    province: province.clone(),
                    province_kind,
                    effective: options.effective,
                    resolution: String::new(),
                    provenance: if options.source.is_empty() {
                        Vec::new()
                    } else {
                        vec![tr_args(
                            Lang::Vi,
                            "units-imported-from",
                            &[("file", (&options.source).into())],
                        )]
                    },
                    units: Vec::new(),
                },
                rows: 0,
                units: HashMap::new(),
                unit_keys: Vec::new(),
                olds: HashMap::new(),
            });
            provinces.len() - 1
        });
        let b = &mut provinces[pi];
        b.rows += 1;
        let ukey = if new_code.is_empty() {
            format!("name:{name_key}:{kind:?}")
        } else {
            format!("code:{new_code}")
        };
        let ui = match b.units.get(&ukey) {
            Some(&(i, first)) => {
                let u = &b.register.units[i];
                if b.unit_keys[i] != name_key || u.kind != kind {
                    list.problems.push(problem(RowReason::CodeNameConflict {
                        line: first,
                        name: u.kind.with_name(&u.name),
                    }));
                    continue;
                }
                i
            }
            None => {
                b.register.units.push(Unit {
                    code: new_code.clone(),
                    name: name.clone(),
                    aliases: Vec::new(),
                    kind,
                    clause: String::new(),
                    unchanged: false,
                    formed_from: Vec::new(),
                });
                let i = b.register.units.len() - 1;
                b.units.insert(ukey, (i, line));
                b.unit_keys.push(name_key);
                i
            }
        };
        let old_text = cell(r, Field::OldName);
        if old_text.is_empty() {
            continue;
        }
        let (old_kind, old_name) = names::split_kind(&old_text);
        let old_province = cell(r, Field::OldProvince);
        let old = OldUnit {
            code: old_code,
            name: old_name,
            aliases: Vec::new(),
            kind: old_kind.unwrap_or(UnitKind::Commune),
            district: cell(r, Field::OldDistrict),
            province: if old_province.is_empty()
                || old_province == province_text
                || names::province_key(&old_province) == pkey
            {
                String::new()
            } else {
                old_province
            },
            part,
        };
        let okey = if old.code.is_empty() {
            format!(
                "{}|{}|{:?}",
                names::key(&old.name),
                names::district_key(&old.district),
                old.kind
            )
        } else {
            old.code.clone()
        };
        if let Some(&earlier) = b.olds.get(&(ui, okey.clone())) {
            list.problems.push(problem(RowReason::Repeated(earlier)));
            continue;
        }
        b.olds.insert((ui, okey), line);
        b.register.units[ui].formed_from.push(old);
    }
    for b in provinces {
        let mut register = b.register;
        // A unit formed from itself alone, whole, kept its territory.
        for u in &mut register.units {
            if let [o] = u.formed_from.as_slice()
                && !o.part
                && o.kind == u.kind
                && (o.code == u.code || o.code.is_empty())
                && names::key(&o.name) == names::key(&u.name)
            {
                u.unchanged = true;
            }
        }
        let problems = register.problems();
        list.provinces.push(ProvinceUnits {
            register,
            rows: b.rows,
            problems,
        });
    }
    progress.report(1.0);
    Ok(list)
}

/// Read a CSV or XLSX file (its first sheet, or `sheet`).
pub fn read_file(
    path: &Path,
    sheet: Option<&str>,
    options: &ImportOptions,
    progress: &dyn Progress,
) -> Result<UnitList, UnitImportError> {
    let grid = crate::excel::import::read_file(path, sheet, &crate::progress::NoProgress)?;
    if progress.cancelled() {
        return Err(UnitImportError::Cancelled);
    }
    read(&grid, options, progress)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::NoProgress;
    use crate::units::ProvinceKind;

    fn grid(text: &str) -> Grid {
        crate::excel::csv::parse("units", text).unwrap()
    }

    #[test]
    fn a_list_with_other_headers_title_rows_and_bad_rows() {
        let g = grid(
            "DANH SÁCH ĐƠN VỊ HÀNH CHÍNH CẤP XÃ\n\
             \n\
             STT;Tỉnh;Mã xã;Tên xã mới;Xã cũ;Huyện cũ;Mã cũ;Toàn bộ/một phần\n\
             1;Tỉnh Lai Châu;3405;Xã Tả Lèng;Xã Giang Ma;Huyện Tam Đường;03405;toàn bộ\n\
             2;Tỉnh Lai Châu;03405;Xã Tả Lèng;Xã Hồ Thầu;Huyện Tam Đường;03406;\n\
             3;Tỉnh Lai Châu;03405;Xã Tả Lèng;Xã Hồ Thầu;Huyện Tam Đường;03406;\n\
             4;Tỉnh Lai Châu;03405;Xã Ta Leng khác;Xã Tả Lèng;Huyện Tam Đường;03400;\n\
             5;Tỉnh Lai Châu;03451;Xã Mù Cả;Xã Mù Cả;Huyện Mường Tè;03451;full\n\
             6;;;;;;;\n\
             7;Tỉnh Lai Châu;A12;Xã X;;;;\n\
             8;Tỉnh Lai Châu;03999;Xã Y;Xã Z;H;03998;một nửa\n\
             9;Thành phố Hà Nội;00004;Phường Ba Đình;Phường Trúc Bạch;Quận Ba Đình;00004;full\n\
             10;Tỉnh Lai Châu;;;Xã Mồ Côi;;;\n",
        );
        let list = read(&g, &ImportOptions::default(), &NoProgress).unwrap();
        assert_eq!(list.header_row, 3);
        assert_eq!(list.rows, 9, "the numbered blank row is not counted");
        assert_eq!(list.provinces.len(), 2);
        let lc = list.province("Lai Châu").unwrap();
        assert_eq!(lc.register.province_kind, ProvinceKind::Province);
        let ta_leng = lc.register.unit("03405").unwrap();
        assert_eq!(ta_leng.formed_from.len(), 2);
        assert_eq!(ta_leng.formed_from[0].code, "03405", "zeros put back");
        assert!(lc.register.unit("03451").unwrap().unchanged);
        let hn = list.province("Hà Nội").unwrap();
        assert_eq!(hn.register.province_kind, ProvinceKind::City);
        assert_eq!(hn.register.units[0].kind, UnitKind::Ward);
        let reasons: Vec<(u32, &RowReason)> =
            list.problems.iter().map(|p| (p.line, &p.reason)).collect();
        assert_eq!(
            reasons,
            vec![
                (6, &RowReason::Repeated(5)),
                (
                    7,
                    &RowReason::CodeNameConflict {
                        line: 4,
                        name: "xã Tả Lèng".into()
                    }
                ),
                (10, &RowReason::BadCode("A12".into())),
                (11, &RowReason::UnknownType("một nửa".into())),
                (13, &RowReason::NoName),
            ]
        );
        for p in &list.problems {
            assert!(!p.reason.message(Lang::Vi).is_empty());
        }
        assert_eq!(list.summary(Lang::En).len(), 6);
    }

    #[test]
    fn a_plain_list_of_current_units_for_a_chosen_province() {
        let g = grid("Tên đơn vị,Loại,Mã\nTả Lèng,xã,03405\nĐoàn Kết,phường,03388\nMù Cả,,\n");
        let options = ImportOptions {
            province: Some("Lai Châu".into()),
            source: "ds.csv".into(),
            ..ImportOptions::default()
        };
        let list = read(&g, &options, &NoProgress).unwrap();
        let r = &list.provinces[0].register;
        assert_eq!(r.units.len(), 3);
        assert_eq!(r.units[1].kind, UnitKind::Ward);
        assert_eq!(r.units[2].kind, UnitKind::Commune);
        assert_eq!(list.problems[0].reason, RowReason::KindAssumed);
        assert_eq!(list.refused(), 0);
        assert!(r.provenance[0].contains("ds.csv"));
        assert!(matches!(
            read(&grid("a,b\n1,2\n"), &options, &NoProgress),
            Err(UnitImportError::NoHeader)
        ));
    }
}
