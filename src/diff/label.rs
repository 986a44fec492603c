//! A difference in words: what differs ("Xã Tả Lèng › tiêu chí 5 (mục tiêu)"),
//! both values in Vietnamese number and date format, the part of the plan it
//! belongs to, and the place to go to.
//!
//! Every path pattern of the plan has a label in the catalogues, under the key
//! `pf-` + the pattern (`communes[].note` → `pf-communes-note`); the tests fill in
//! every field of the model and fail on a pattern without a label in either
//! language.

use super::shape::{self, Seg};
use super::tree::Tree;
use super::{Change, Difference};
use crate::check::Place;
use crate::i18n;
use crate::lang::Lang;

/// A difference as a table row: what differs, the value in the first plan and in
/// the second ("—" where one side has nothing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub section: Section,
    pub what: String,
    pub a: String,
    pub b: String,
}

/// The part of the plan a difference belongs to, for grouping in the compare view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Header,
    CriteriaSet,
    Communes,
    Cells,
    Funding,
    Projects,
    Tasks,
    Stated,
    Other,
}

impl Section {
    pub const ALL: [Section; 9] = [
        Section::Header,
        Section::CriteriaSet,
        Section::Communes,
        Section::Cells,
        Section::Funding,
        Section::Projects,
        Section::Tasks,
        Section::Stated,
        Section::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Section::Header => "diff-section-header",
            Section::CriteriaSet => "diff-section-set",
            Section::Communes => "diff-section-communes",
            Section::Cells => "diff-section-cells",
            Section::Funding => "diff-section-funding",
            Section::Projects => "diff-section-projects",
            Section::Tasks => "diff-section-tasks",
            Section::Stated => "diff-section-stated",
            Section::Other => "diff-section-other",
        }
    }

    pub fn name(self, lang: Lang) -> String {
        i18n::tr(lang, self.key())
    }
}

/// The catalogue key of a path pattern's label. The district set is labelled as
/// the commune set is (same shape), apart from its own name.
pub fn label_key(pattern: &str) -> String {
    let p = match pattern.strip_prefix("district_set.") {
        Some(rest) => format!("criteria_set.{rest}"),
        None => pattern.to_string(),
    };
    format!("pf-{}", p.replace("[]", "").replace(['.', '_'], "-"))
}

fn label(pattern: &str, lang: Lang) -> String {
    i18n::tr(lang, &label_key(pattern))
}

pub(super) fn section(d: &Difference) -> Section {
    let top = match d.path.first() {
        Some(Seg::Field(f)) => f.as_str(),
        _ => "",
    };
    let member = matches!(d.path.last(), Some(Seg::Member(_)));
    match top {
        "header" | "goals" | "provenance" | "work_file" => Section::Header,
        "criteria_set" | "district_set" => Section::CriteriaSet,
        "communes" | "districts" if member && shape::is_unmet_layer(&d.pattern()) => Section::Cells,
        "communes" | "districts" | "villages" => Section::Communes,
        "funding" | "components" | "allocation" => Section::Funding,
        "projects" => Section::Projects,
        "tasks" | "solutions" => Section::Tasks,
        "stated" => Section::Stated,
        _ => Section::Other,
    }
}

/// What differs, in words: the labels along the path, list items by name.
pub fn what(path: &[Seg], titles: &[String], lang: Lang) -> String {
    let mut pieces: Vec<String> = Vec::new();
    let mut titles = titles.iter();
    for (i, seg) in path.iter().enumerate() {
        let pat = shape::pattern(&path[..=i]);
        match seg {
            Seg::Field(_) => {
                // A list's label names its items: it goes with the item's title.
                if matches!(path.get(i + 1), Some(Seg::Key(_) | Seg::At(_))) {
                    continue;
                }
                pieces.push(label(&pat, lang));
            }
            Seg::Key(_) | Seg::At(_) => {
                let title = titles.next().cloned().unwrap_or_default();
                if pat == "funding.children[]" {
                    // A source deep in the tree is named by itself, after "Nguồn vốn".
                    pieces.truncate(1);
                    pieces.push(title);
                } else {
                    pieces.push(format!("{} {title}", label(&pat, lang)));
                }
            }
            Seg::Member(m) => {
                let _ = titles.next();
                let layer = pieces.pop().unwrap_or_default();
                if shape::is_unmet_layer(&pat) {
                    pieces.push(i18n::tr_args(
                        lang,
                        "diff-criterion-layer",
                        &[
                            ("code", m.as_str().into()),
                            ("layer", layer.as_str().into()),
                        ],
                    ));
                } else {
                    pieces.push(format!("{layer}: {m}"));
                }
            }
        }
    }
    let mut s = pieces.join(" › ");
    if let Some(first) = s.chars().next() {
        let upper: String = first.to_uppercase().collect();
        s.replace_range(..first.len_utf8(), &upper);
    }
    s
}

/// Patterns whose numbers are amounts or shares (Vietnamese grouping).
fn is_amount(pattern: &str) -> bool {
    [
        "amount",
        "stated_share",
        "average_baseline",
        "average_target",
    ]
    .iter()
    .any(|f| pattern.ends_with(f))
}

/// Patterns whose text is a date ("2026-03-16" → 16/03/2026).
fn is_date(pattern: &str) -> bool {
    ["date", "start", "end", "deadline", "sent"]
        .iter()
        .any(|f| pattern.rsplit('.').next() == Some(f))
}

/// A value as the reader sees it.
pub fn value(pattern: &str, t: &Tree, lang: Lang) -> String {
    match t {
        Tree::Null => "—".into(),
        Tree::Bool(b) => i18n::tr(lang, if *b { "diff-yes" } else { "diff-no" }),
        Tree::Int(i) if is_amount(pattern) => i64::try_from(*i)
            .map(crate::numfmt::count)
            .unwrap_or_else(|_| i.to_string()),
        Tree::Int(i) => i.to_string(),
        Tree::Float(f) => f.to_string(),
        Tree::Str(s) if is_amount(pattern) => crate::model::money::parse_canonical(s)
            .map(crate::numfmt::decimal)
            .unwrap_or_else(|_| s.clone()),
        Tree::Str(s) if is_date(pattern) => crate::model::Date::parse(s)
            .map(|d| d.vi())
            .unwrap_or_else(|_| s.clone()),
        Tree::Str(s) => {
            let key = format!("pv-{s}");
            if i18n::catalog().has(lang, &key) {
                i18n::tr(lang, &key)
            } else if s.is_empty() {
                "—".into()
            } else {
                s.clone()
            }
        }
        Tree::Seq(v) if v.is_empty() => "—".into(),
        Tree::Seq(v) if v.iter().all(|x| !x.is_container()) => v
            .iter()
            .map(|x| value(pattern, x, lang))
            .collect::<Vec<_>>()
            .join(", "),
        Tree::Seq(v) => i18n::tr_args(lang, "diff-items", &[("n", v.len().into())]),
        Tree::Map(_) => summary(pattern, t, lang),
    }
}

/// A whole record in one line: its name, or its fields.
fn summary(pattern: &str, t: &Tree, lang: Lang) -> String {
    let Tree::Map(m) = t else {
        return value(pattern, t, lang);
    };
    for f in ["name", "title", "text"] {
        if let Some(Tree::Str(s)) = t.get(f)
            && !s.is_empty()
        {
            return s.clone();
        }
    }
    m.iter()
        .filter(|(_, v)| !v.is_container())
        .map(|(k, v)| {
            let p = format!("{pattern}.{k}");
            format!("{}: {}", label(&p, lang), value(&p, v, lang))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub(super) fn row(d: &Difference, lang: Lang) -> Row {
    let pat = d.pattern();
    let what = what(&d.path, &d.titles, lang);
    let unmet = matches!(d.path.last(), Some(Seg::Member(_))) && shape::is_unmet_layer(&pat);
    let (met, not_met) = (i18n::tr(lang, "diff-met"), i18n::tr(lang, "diff-not-met"));
    let (listed, absent) = (i18n::tr(lang, "diff-listed"), "—".to_string());
    let (a, b) = match &d.change {
        Change::Changed(x, y) => (value(&pat, x, lang), value(&pat, y, lang)),
        // A criterion code in a "not met" list: added means it is no longer met.
        Change::Added(_) if unmet => (met, not_met),
        Change::Removed(_) if unmet => (not_met, met),
        Change::Added(_) if matches!(d.path.last(), Some(Seg::Member(_))) => (absent, listed),
        Change::Removed(_) if matches!(d.path.last(), Some(Seg::Member(_))) => (listed, absent),
        Change::Added(y) => (absent, value(&pat, y, lang)),
        Change::Removed(x) => (value(&pat, x, lang), absent),
        Change::Reordered(x, y) => (
            i18n::tr_args(
                lang,
                "diff-order",
                &[("list", value(&pat, x, lang).as_str().into())],
            ),
            i18n::tr_args(
                lang,
                "diff-order",
                &[("list", value(&pat, y, lang).as_str().into())],
            ),
        ),
    };
    Row {
        section: section(d),
        what,
        a,
        b,
    }
}

/// The place in the first plan a path points to, for "go to".
pub fn place_of(path: &[Seg], only_in_second: bool) -> Option<Place> {
    let field = |i: usize| match path.get(i) {
        Some(Seg::Field(f)) => Some(f.as_str()),
        _ => None,
    };
    let key = |i: usize| match path.get(i) {
        Some(Seg::Key(k)) => Some(k.clone()),
        _ => None,
    };
    // A thing only the second plan has: go to the nearest part the first has.
    let whole_item_added = only_in_second && matches!(path.last(), Some(Seg::Key(_) | Seg::At(_)));
    Some(match field(0)? {
        "header" | "provenance" | "work_file" => Place::Header,
        "goals" | "solutions" => Place::Goals,
        "criteria_set" => match (field(1), key(2)) {
            (Some("criteria"), Some(code)) if !whole_item_added || path.len() > 3 => {
                Place::Criterion(code)
            }
            _ => Place::Header,
        },
        "district_set" | "districts" => match (field(0), key(1)) {
            (Some("districts"), Some(id)) if !(whole_item_added && path.len() == 2) => {
                Place::District(id)
            }
            _ => Place::Header,
        },
        "communes" => {
            let id = key(1)?;
            if whole_item_added && path.len() == 2 {
                return None;
            }
            match (field(2), path.get(3)) {
                (Some(layer), Some(Seg::Member(code))) if shape::is_unmet_layer(layer) => {
                    Place::CommuneCriterion(id, code.clone())
                }
                _ => Place::Commune(id),
            }
        }
        "villages" => Place::Villages,
        "funding" => {
            // The deepest source on the path that the first plan has.
            let mut last = None;
            let n = path.len();
            for (i, s) in path.iter().enumerate() {
                if let Seg::Key(k) = s
                    && !(whole_item_added && i == n - 1)
                {
                    last = Some(k.clone());
                }
            }
            Place::Funding(last.unwrap_or_else(|| "tong".into()))
        }
        "components" => Place::Allocation(None),
        "allocation" => match (field(1), key(2)) {
            (Some("lines"), Some(c)) if !whole_item_added => Place::Allocation(Some(c)),
            _ => Place::Allocation(None),
        },
        "projects" => Place::Projects,
        "tasks" => match path.get(1) {
            Some(Seg::At(i)) if !(whole_item_added && path.len() == 2) => Place::Task(*i),
            _ => return None,
        },
        "stated" => match field(1)? {
            "criteria" => match key(2) {
                Some(c) => Place::Criterion(c),
                None => Place::Distribution,
            },
            "recognized"
            | "advanced"
            | "awaiting"
            | "to_recognize"
            | "recognized_after"
            | "advanced_to_recognize" => Place::Recognition,
            "villages_to_recognize" => Place::Villages,
            "projects" | "special_projects" => Place::Projects,
            _ => Place::Distribution,
        },
        "presentation" => Place::Presentation,
        _ => Place::Header,
    })
}

pub(super) fn place(d: &Difference) -> Option<Place> {
    place_of(&d.path, matches!(d.change, Change::Added(_)))
}
