//! A commune list from a spreadsheet (or pasted from one): names, with optional kind,
//! code and group ("Nhóm") columns. The preview says what accepting would do — "N new
//! communes, M matched, K problems" — and [`CommuneListPreview::edit`] is the one edit
//! it applies, so it undoes as one step.
//!
//! A row matches a commune of the plan by its unit code, else by its name (case,
//! spacing, tone-mark placement and the kind word aside). A name that is only nearly
//! the same as a commune's (accents, y/i, k/c) is refused rather than added as a
//! second commune; so is a row that repeats an earlier one. New communes meet no
//! criterion yet; their group is the sheet's, or none (never a silent default). When
//! the plan has a unit register, a new commune found in it gets its code and the
//! register's spelling.

use super::column_letters;
use super::import::Grid;
use crate::document::Edit;
use crate::i18n::{Arg, tr_args};
use crate::lang::Lang;
use crate::model::{Commune, Plan};
use crate::units::import::{Field, field_of, heading_key};
use crate::units::{UnitKind, UnitMatch, names};
use std::collections::HashMap;

/// How many rows from the top are searched for the header row.
pub const HEADER_SCAN_ROWS: usize = 15;

/// A column of a commune list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Name,
    Kind,
    Code,
    Group,
}

fn column_of(cell: &str) -> Option<Column> {
    let k = heading_key(cell);
    if matches!(
        k.as_str(),
        "nhom" | "nhom xa" | "group" | "commune group" | "phan nhom" | "nhom (1, 2, 3)"
    ) || k.starts_with("nhom xa")
    {
        return Some(Column::Group);
    }
    match field_of(cell)? {
        Field::NewName => Some(Column::Name),
        Field::Kind => Some(Column::Kind),
        Field::NewCode => Some(Column::Code),
        _ => None,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListReason {
    /// The row has a kind, code or group but no name.
    NoName,
    /// The group cell is not a group number.
    BadGroup(String),
    /// A group the plan's criteria set does not have.
    UnknownGroup(u8),
    /// A group given, but the set has no groups.
    NoGroups,
    BadKind(String),
    BadCode(String),
    /// The row repeats an earlier row (1-based).
    Repeated(u32),
    /// The name is nearly that of a commune of the plan (its name).
    NearDuplicate(String),
    /// The code is another commune's (its name).
    CodeOfAnother(String),
}

impl ListReason {
    pub fn message(&self, lang: Lang) -> String {
        let group_text = match self {
            ListReason::UnknownGroup(g) => g.to_string(),
            _ => String::new(),
        };
        let (key, args): (&str, Vec<(&str, Arg)>) = match self {
            ListReason::NoName => ("communes-row-no-name", vec![]),
            ListReason::BadGroup(v) => ("communes-row-bad-group", vec![("value", v.into())]),
            ListReason::UnknownGroup(_) => (
                "communes-row-unknown-group",
                vec![("group", Arg::Str(&group_text))],
            ),
            ListReason::NoGroups => ("communes-row-no-groups", vec![]),
            ListReason::BadKind(v) => ("units-row-unknown-kind", vec![("value", v.into())]),
            ListReason::BadCode(v) => ("units-row-bad-code", vec![("value", v.into())]),
            ListReason::Repeated(r) => ("units-row-repeated", vec![("line", Arg::from(*r))]),
            ListReason::NearDuplicate(n) => {
                ("communes-row-near-duplicate", vec![("name", n.into())])
            }
            ListReason::CodeOfAnother(n) => {
                ("communes-row-code-of-another", vec![("name", n.into())])
            }
        };
        tr_args(lang, key, &args)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListProblem {
    /// 1-based row of the sheet.
    pub row: u32,
    pub text: String,
    pub reason: ListReason,
}

/// A row that is a commune of the plan, with what it would change there.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchedCommune {
    pub row: u32,
    pub text: String,
    pub commune: usize,
    /// The commune as it would be (group, code, kind from the sheet).
    pub updated: Commune,
}

impl MatchedCommune {
    pub fn changes(&self, plan: &Plan) -> bool {
        plan.communes.get(self.commune) != Some(&self.updated)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewCommune {
    pub row: u32,
    pub text: String,
    pub commune: Commune,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommuneListPreview {
    pub sheet: String,
    /// The header row (1-based), or 0 for a list without one (names in column A).
    pub header_row: u32,
    pub columns: Vec<(Column, String)>,
    pub new: Vec<NewCommune>,
    pub matched: Vec<MatchedCommune>,
    pub problems: Vec<ListProblem>,
}

impl CommuneListPreview {
    /// Matched rows that change their commune (group, code or kind).
    pub fn updates<'a>(&'a self, plan: &'a Plan) -> impl Iterator<Item = &'a MatchedCommune> {
        self.matched.iter().filter(move |m| m.changes(plan))
    }

    /// The one edit accepting applies: the updates, then the new communes at the end.
    pub fn edit(&self, plan: &Plan) -> Edit {
        let mut edits: Vec<Edit> = self
            .updates(plan)
            .map(|m| Edit::Commune(m.commune, Box::new(m.updated.clone())))
            .collect();
        let at = plan.communes.len();
        edits.extend(
            self.new
                .iter()
                .enumerate()
                .map(|(k, n)| Edit::InsertCommune(at + k, Box::new(n.commune.clone()))),
        );
        Edit::Batch(edits)
    }

    pub fn is_empty_change(&self, plan: &Plan) -> bool {
        self.new.is_empty() && self.updates(plan).next().is_none()
    }

    /// "3 new communes, 33 matched (2 to update), 1 problem".
    pub fn summary(&self, plan: &Plan, lang: Lang) -> String {
        tr_args(
            lang,
            "communes-import-summary",
            &[
                ("new", Arg::from(self.new.len())),
                ("matched", Arg::from(self.matched.len())),
                ("updated", Arg::from(self.updates(plan).count())),
                ("problems", Arg::from(self.problems.len())),
            ],
        )
    }
}

/// A group cell: "3", "Nhóm 3", "nhom 3", "III". None for a blank cell.
fn read_group(cell: &str) -> Result<Option<u8>, ()> {
    let f = crate::text::fold(cell);
    let f = f
        .trim()
        .trim_start_matches("nhom")
        .trim_start_matches("group")
        .trim();
    if f.is_empty() {
        return Ok(None);
    }
    match f {
        "i" => return Ok(Some(1)),
        "ii" => return Ok(Some(2)),
        "iii" => return Ok(Some(3)),
        _ => {}
    }
    f.parse::<u8>().map(Some).map_err(|_| ())
}

fn read_kind(cell: &str) -> Result<Option<UnitKind>, ()> {
    match crate::text::fold(cell).trim() {
        "" => Ok(None),
        "xa" | "commune" => Ok(Some(UnitKind::Commune)),
        "phuong" | "ward" => Ok(Some(UnitKind::Ward)),
        "dac khu" | "special zone" => Ok(Some(UnitKind::SpecialZone)),
        "thi tran" | "township" => Ok(Some(UnitKind::Township)),
        _ => Err(()),
    }
}

/// Whether a grid reads as a commune list: a header naming a commune column (and no
/// criteria), or a single column of names.
pub fn header(grid: &Grid) -> Option<(usize, HashMap<Column, usize>)> {
    for r in 0..grid.cells.len().min(HEADER_SCAN_ROWS) {
        let mut cols: HashMap<Column, usize> = HashMap::new();
        for (c, cell) in grid.cells[r].iter().enumerate() {
            if let Some(col) = column_of(cell) {
                cols.entry(col).or_insert(c);
            }
        }
        if cols.contains_key(&Column::Name) {
            return Some((r, cols));
        }
    }
    None
}

/// Build the preview. Nothing in the plan changes.
pub fn preview(plan: &Plan, grid: &Grid) -> CommuneListPreview {
    let (first, cols, header_row) = match header(grid) {
        Some((r, cols)) => (r + 1, cols, r as u32 + 1),
        // No header: names in column A from the first row.
        None => (0, HashMap::from([(Column::Name, 0)]), 0),
    };
    let mut columns: Vec<(Column, String)> = cols
        .iter()
        .map(|(k, c)| (*k, column_letters(*c as u16)))
        .collect();
    columns.sort_by_key(|(k, _)| *k as u8);
    let set = &plan.criteria_set;
    let all_unmet: Vec<String> = set.criteria.iter().map(|c| c.code.clone()).collect();
    let kind_of = |c: &Commune| c.kind.unwrap_or(UnitKind::Commune);
    // The plan's communes by code, by (kind, exact name), by (kind, loose name).
    let mut by_code: HashMap<&str, usize> = HashMap::new();
    let mut by_exact: HashMap<(UnitKind, String), usize> = HashMap::new();
    let mut by_loose: HashMap<(UnitKind, String), usize> = HashMap::new();
    for (i, c) in plan.communes.iter().enumerate() {
        if let Some(code) = c.code.as_deref().filter(|s| !s.is_empty()) {
            by_code.entry(code).or_insert(i);
        }
        by_exact
            .entry((kind_of(c), names::exact_key(&c.name)))
            .or_insert(i);
        by_loose
            .entry((kind_of(c), names::loose_key(&c.name)))
            .or_insert(i);
    }
    let mut taken_ids: std::collections::HashSet<String> =
        plan.communes.iter().map(|c| c.id.clone()).collect();
    let mut out = CommuneListPreview {
        sheet: grid.sheet.clone(),
        header_row,
        columns,
        ..Default::default()
    };
    // Rows already read: commune index → row, and new names → row.
    let mut seen_commune: HashMap<usize, u32> = HashMap::new();
    let mut seen_new: HashMap<(UnitKind, String), u32> = HashMap::new();
    let cell = |r: usize, c: Column| -> String {
        cols.get(&c)
            .map(|&i| names::clean(grid.get(r, i)))
            .unwrap_or_default()
    };
    for r in first..grid.cells.len() {
        let row = r as u32 + 1;
        let text = cell(r, Column::Name);
        let (code_cell, group_cell, kind_cell) = (
            cell(r, Column::Code),
            cell(r, Column::Group),
            cell(r, Column::Kind),
        );
        let problem = |reason| ListProblem {
            row,
            text: text.clone(),
            reason,
        };
        if text.is_empty() {
            if !(code_cell.is_empty() && group_cell.is_empty() && kind_cell.is_empty()) {
                out.problems.push(problem(ListReason::NoName));
            }
            continue;
        }
        let group = match read_group(&group_cell) {
            Ok(g) => g,
            Err(()) => {
                out.problems.push(problem(ListReason::BadGroup(group_cell)));
                continue;
            }
        };
        match group {
            Some(_) if !set.uses_groups() => {
                out.problems.push(problem(ListReason::NoGroups));
                continue;
            }
            Some(g) if set.group_name(g).is_none() => {
                out.problems.push(problem(ListReason::UnknownGroup(g)));
                continue;
            }
            _ => {}
        }
        let (name_kind, name) = names::split_kind(&text);
        let kind = match read_kind(&kind_cell) {
            Ok(k) => k.or(name_kind),
            Err(()) => {
                out.problems.push(problem(ListReason::BadKind(kind_cell)));
                continue;
            }
        };
        let code = code_cell.trim().to_string();
        if !code.is_empty() && !code.bytes().all(|b| b.is_ascii_digit()) {
            out.problems.push(problem(ListReason::BadCode(code)));
            continue;
        }
        let code = if !code.is_empty() && code.len() < 5 {
            format!("{code:0>5}")
        } else {
            code
        };
        let k = kind.unwrap_or(UnitKind::Commune);
        // An existing commune: by code, else by name.
        let by_name = by_exact.get(&(k, names::exact_key(&name))).copied();
        let found = match (code.is_empty(), by_code.get(code.as_str()).copied()) {
            (false, Some(i)) => {
                if by_name.is_some_and(|j| j != i)
                    || names::key(&plan.communes[i].name) != names::key(&name)
                {
                    out.problems.push(problem(ListReason::CodeOfAnother(
                        plan.communes[i].name.clone(),
                    )));
                    continue;
                }
                Some(i)
            }
            _ => by_name,
        };
        if let Some(i) = found {
            if let Some(&earlier) = seen_commune.get(&i) {
                out.problems.push(problem(ListReason::Repeated(earlier)));
                continue;
            }
            seen_commune.insert(i, row);
            let mut updated = plan.communes[i].clone();
            if group.is_some() {
                updated.group = group;
            }
            if !code.is_empty() {
                updated.code = Some(code);
            }
            if let Some(k) = kind {
                updated.kind = (k != UnitKind::Commune).then_some(k);
            }
            out.matched.push(MatchedCommune {
                row,
                text,
                commune: i,
                updated,
            });
            continue;
        }
        if let Some(&i) = by_loose.get(&(k, names::loose_key(&name))) {
            out.problems.push(problem(ListReason::NearDuplicate(
                plan.communes[i].name.clone(),
            )));
            continue;
        }
        if let Some(&earlier) = seen_new.get(&(k, names::loose_key(&name))) {
            out.problems.push(problem(ListReason::Repeated(earlier)));
            continue;
        }
        seen_new.insert((k, names::loose_key(&name)), row);
        // A new commune; the register gives its code and official spelling.
        let unit = plan.register.as_ref().and_then(|r| {
            match r.find_unit(
                &k.with_name(&name),
                (!code.is_empty()).then_some(code.as_str()),
            ) {
                UnitMatch::Found(u) if u.kind == k => Some(u.clone()),
                _ => None,
            }
        });
        let (name, code) = match &unit {
            Some(u) => (u.name.clone(), (!u.code.is_empty()).then(|| u.code.clone())),
            None => (name, (!code.is_empty()).then_some(code)),
        };
        let id = crate::new_plan::unique_id(&name, &taken_ids);
        taken_ids.insert(id.clone());
        out.new.push(NewCommune {
            row,
            text,
            commune: Commune {
                id,
                name,
                kind: (k != UnitKind::Commune).then_some(k),
                code,
                group,
                baseline_unmet: all_unmet.clone(),
                target_unmet: all_unmet.clone(),
                ..Default::default()
            },
        });
    }
    out
}

/// Pasted text (tab-separated, from Excel) as a grid, when it reads as a commune list
/// with a header (a "Xã" or "Tên xã" column); None for anything else, such as a block
/// of met / not met marks.
pub fn from_pasted(text: &str) -> Option<Grid> {
    let grid = super::csv::parse(&crate::i18n::tr(Lang::Vi, "communes-pasted"), text).ok()?;
    let (row, cols) = header(&grid)?;
    // Names with a group, kind or code column, or names alone: a block of criteria
    // columns under a "Xã" heading stays a paste of marks.
    let width = grid
        .cells
        .get(row)
        .map_or(0, |r| r.iter().filter(|c| !c.trim().is_empty()).count());
    let listing = cols.len() > 1 || width <= 2;
    listing.then_some(grid)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> Plan {
        let set = crate::criteria_sets::by_name("2026-2030").unwrap();
        let register = crate::units::bundled::by_province("Lai Châu").unwrap();
        let mut spec = crate::new_plan::NewPlan::with_register(set, register, 2027);
        spec.include.truncate(3); // Mường Kim, Khoen On, Than Uyên
        spec.build()
    }

    fn grid(text: &str) -> Grid {
        super::super::csv::parse("Danh sách", text).unwrap()
    }

    #[test]
    fn new_matched_and_refused_rows_then_one_undo_step() {
        let p = plan();
        let g = grid(
            "DANH SÁCH XÃ NĂM 2027\n\
             STT;Tên xã;Nhóm;Mã\n\
             1;Mường Kim;3;\n\
             2;xã Khoen On;Nhóm 3;03640\n\
             3;Tả Lèng;3;\n\
             4;Phường Đoàn Kết;1;\n\
             5;Muong Kim;3;\n\
             6;Nậm Tăm;4;\n\
             7;Mường Kim;2;\n\
             8;;3;\n\
             9;Tả Lèng;;\n\
             10;Xã Mới Lập;x;\n\
             11;Bình Lư;;03390\n",
        );
        let pv = preview(&p, &g);
        assert_eq!(pv.header_row, 2);
        let new: Vec<(&str, Option<u8>, Option<&str>)> = pv
            .new
            .iter()
            .map(|n| {
                (
                    n.commune.name.as_str(),
                    n.commune.group,
                    n.commune.code.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            new,
            [
                ("Tả Lèng", Some(3), Some("03405")),
                ("Đoàn Kết", Some(1), Some("03388")),
                ("Bình Lư", None, Some("03390")),
            ]
        );
        assert_eq!(pv.new[1].commune.kind, Some(UnitKind::Ward));
        assert!(
            pv.new[0].commune.target_unmet.len() == 10,
            "meets nothing yet"
        );
        assert_eq!(pv.matched.len(), 2);
        assert_eq!(pv.updates(&p).count(), 2, "groups set");
        let reasons: Vec<(u32, ListReason)> = pv
            .problems
            .iter()
            .map(|x| (x.row, x.reason.clone()))
            .collect();
        assert_eq!(
            reasons,
            [
                (7, ListReason::NearDuplicate("Mường Kim".into())),
                (8, ListReason::UnknownGroup(4)),
                (9, ListReason::Repeated(3)),
                (10, ListReason::NoName),
                (11, ListReason::Repeated(5)),
                (12, ListReason::BadGroup("x".into())),
            ]
        );
        assert_eq!(
            pv.summary(&p, Lang::Vi),
            "3 xã mới, 2 xã khớp (2 xã đổi nhóm, mã hoặc loại), 6 dòng có vấn đề"
        );
        for x in &pv.problems {
            assert!(!x.reason.message(Lang::En).is_empty());
        }
        // Accepting is one edit; its inverse gives the plan back.
        let mut after = p.clone();
        let inverse = pv.edit(&p).apply(&mut after);
        assert_eq!(after.communes.len(), 6);
        assert_eq!(after.communes[0].group, Some(3));
        assert_eq!(after.communes[1].group, Some(3));
        inverse.apply(&mut after);
        assert_eq!(after, p);
    }

    #[test]
    fn a_bare_list_of_names_and_pasted_text() {
        let p = plan();
        let pv = preview(&p, &grid("Tả Lèng\nKhun Há\n"));
        assert_eq!(pv.header_row, 0);
        assert_eq!(pv.new.len(), 2);
        assert!(
            from_pasted("x\t\tx\n\tx\t\n").is_none(),
            "marks are not a list"
        );
        let g = from_pasted("Xã\tNhóm\r\nMường Kim\t3\r\nKhoen On\t2\r\n").unwrap();
        let pv = preview(&p, &g);
        assert_eq!(pv.matched.len(), 2);
        let mut after = p.clone();
        pv.edit(&p).apply(&mut after);
        assert_eq!(after.communes[1].group, Some(2));
        // A set without groups refuses a group column's numbers.
        let mut old = p.clone();
        old.criteria_set = crate::criteria_sets::by_name("2021-2025").unwrap();
        for c in &mut old.communes {
            c.baseline_unmet.clear();
            c.target_unmet.clear();
        }
        let pv = preview(&old, &g);
        assert!(pv.problems.iter().all(|x| x.reason == ListReason::NoGroups));
    }
}
