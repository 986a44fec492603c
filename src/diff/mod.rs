//! What differs between two versions of a plan — every part of it.
//!
//! Both plans are turned into trees by serde ([`tree`]), straight from the model,
//! and the trees are compared ([`shape`] says how lists are matched: communes,
//! projects and funding sources by id, criteria by code, the criteria a commune
//! does not meet as sets, tasks by position). So a field added to the model is
//! compared the day it is added; its label ([`label`], in the catalogues) is
//! checked by a test over a fully filled plan. Each difference keeps its path, so
//! it has a description in both languages, both values, and the place it is in the
//! plan (a click goes there).

pub mod label;
pub mod shape;
pub mod tree;

pub use label::{Row, Section};
pub use shape::{Names, Path, Seg};
pub use tree::Tree;

use crate::lang::Lang;
use crate::model::Plan;
use shape::ListKind;

/// One difference: where, and what changed there.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    pub path: Path,
    pub change: Change,
    /// How each list item and set member on the path is named (a commune's name, a
    /// criterion's code…), in the order of the path's `Key`, `At` and `Member` steps.
    pub titles: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A value differs: (first plan, second plan).
    Changed(Tree, Tree),
    /// Only the second plan has it.
    Added(Tree),
    /// Only the first plan has it.
    Removed(Tree),
    /// The same items in another order (the keys in each order).
    Reordered(Tree, Tree),
}

impl Difference {
    /// The path's pattern: `communes[].note`.
    pub fn pattern(&self) -> String {
        shape::pattern(&self.path)
    }

    /// "what: a → b", for the command line.
    pub fn message(&self, lang: Lang) -> String {
        let r = self.row(lang);
        format!("{}: {} → {}", r.what, r.a, r.b)
    }

    pub fn row(&self, lang: Lang) -> Row {
        label::row(self, lang)
    }

    pub fn section(&self) -> Section {
        label::section(self)
    }

    /// Where the difference is in the first plan, for "go to" (None when the thing
    /// is only in the second plan).
    pub fn place(&self) -> Option<crate::check::Place> {
        label::place(self)
    }

    /// The path as text, stable and unique: `communes[ta-leng].target_unmet{5}`.
    pub fn path_text(&self) -> String {
        path_text(&self.path)
    }
}

pub fn path_text(path: &[Seg]) -> String {
    let mut out = String::new();
    for s in path {
        match s {
            Seg::Field(f) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(f);
            }
            Seg::Key(k) => {
                out.push('[');
                out.push_str(k);
                out.push(']');
            }
            Seg::At(i) => {
                out.push_str(&format!("[#{i}]"));
            }
            Seg::Member(m) => {
                out.push('{');
                out.push_str(m);
                out.push('}');
            }
        }
    }
    out
}

/// Every difference between `a` and `b`, in the plan's order.
pub fn diff(a: &Plan, b: &Plan) -> Vec<Difference> {
    let (ta, tb) = (Tree::of_plan(a), Tree::of_plan(b));
    diff_trees(&ta, &tb)
}

/// The same over trees (a plan's, or a part of one).
pub fn diff_trees(a: &Tree, b: &Tree) -> Vec<Difference> {
    diff_trees_named(a, b, &Names::of(&[a, b]))
}

/// The same, naming referred things (criteria, sources) from `names`.
pub fn diff_trees_named(a: &Tree, b: &Tree, names: &Names) -> Vec<Difference> {
    let mut w = Walker {
        names,
        out: Vec::new(),
        path: Vec::new(),
        titles: Vec::new(),
    };
    w.walk(a, b);
    w.out
}

/// An empty value of the same kind, standing in for a field one side leaves out.
pub(crate) fn empty_like(t: &Tree) -> Tree {
    match t {
        Tree::Seq(_) => Tree::Seq(Vec::new()),
        Tree::Map(_) => Tree::Map(Vec::new()),
        _ => Tree::Null,
    }
}

struct Walker<'n> {
    names: &'n Names,
    out: Vec<Difference>,
    path: Path,
    titles: Vec<String>,
}

impl Walker<'_> {
    fn push(&mut self, change: Change) {
        self.out.push(Difference {
            path: self.path.clone(),
            change,
            titles: self.titles.clone(),
        });
    }

    fn walk(&mut self, a: &Tree, b: &Tree) {
        if a == b {
            return;
        }
        match (a, b) {
            (Tree::Map(ma), Tree::Map(mb)) => {
                for (k, va) in ma {
                    let vb = mb.iter().find(|(kb, _)| kb == k).map(|(_, v)| v);
                    let empty;
                    let vb = match vb {
                        Some(v) => v,
                        None => {
                            empty = empty_like(va);
                            &empty
                        }
                    };
                    self.field(k, va, vb);
                }
                for (k, vb) in mb {
                    if !ma.iter().any(|(ka, _)| ka == k) {
                        let empty = empty_like(vb);
                        self.field(k, &empty, vb);
                    }
                }
            }
            (Tree::Seq(sa), Tree::Seq(sb)) => self.list(sa, sb),
            _ => self.push(Change::Changed(a.clone(), b.clone())),
        }
    }

    fn field(&mut self, k: &str, a: &Tree, b: &Tree) {
        if a == b {
            return;
        }
        self.path.push(Seg::Field(k.to_string()));
        self.walk(a, b);
        self.path.pop();
    }

    fn item(&mut self, seg: Seg, title: String, a: Option<&Tree>, b: Option<&Tree>) {
        self.path.push(seg);
        self.titles.push(title);
        match (a, b) {
            (Some(x), Some(y)) => self.walk(x, y),
            (Some(x), None) => self.push(Change::Removed(x.clone())),
            (None, Some(y)) => self.push(Change::Added(y.clone())),
            (None, None) => {}
        }
        self.titles.pop();
        self.path.pop();
    }

    fn list(&mut self, a: &[Tree], b: &[Tree]) {
        let pat = shape::pattern(&self.path);
        match shape::list_kind(&pat, a, b) {
            ListKind::Set => {
                let sa: Vec<String> = a.iter().filter_map(Tree::scalar_text).collect();
                let sb: Vec<String> = b.iter().filter_map(Tree::scalar_text).collect();
                for (x, t) in a.iter().zip(&sa) {
                    if !sb.contains(t) {
                        self.item(Seg::Member(t.clone()), t.clone(), Some(x), None);
                    }
                }
                let mut seen = Vec::new();
                for (y, t) in b.iter().zip(&sb) {
                    if !sa.contains(t) && !seen.contains(t) {
                        seen.push(t.clone());
                        self.item(Seg::Member(t.clone()), t.clone(), None, Some(y));
                    }
                }
            }
            ListKind::Keyed(key) => {
                let kb: std::collections::HashMap<String, &Tree> =
                    b.iter().map(|t| (shape::key_of(t, key), t)).collect();
                let ka: std::collections::HashSet<String> =
                    a.iter().map(|t| shape::key_of(t, key)).collect();
                for x in a {
                    let k = shape::key_of(x, key);
                    let y = kb.get(&k).copied();
                    let title = self.names.title(&pat, y.unwrap_or(x), Some(&k));
                    self.item(Seg::Key(k), title, Some(x), y);
                }
                for y in b {
                    let k = shape::key_of(y, key);
                    if !ka.contains(&k) {
                        let title = self.names.title(&pat, y, Some(&k));
                        self.item(Seg::Key(k), title, None, Some(y));
                    }
                }
                // The same items in another order.
                let oa: Vec<String> = a
                    .iter()
                    .map(|t| shape::key_of(t, key))
                    .filter(|k| kb.contains_key(k))
                    .collect();
                let ob: Vec<String> = b
                    .iter()
                    .map(|t| shape::key_of(t, key))
                    .filter(|k| ka.contains(k))
                    .collect();
                if oa != ob {
                    let seq = |v: Vec<String>| Tree::Seq(v.into_iter().map(Tree::Str).collect());
                    self.push(Change::Reordered(seq(oa), seq(ob)));
                }
            }
            ListKind::Ordered => {
                for op in align(a, b) {
                    match op {
                        Aligned::Both(i, j) => {
                            let title = self.names.title(&pat, &a[i], None);
                            self.item(Seg::At(i), numbered(i, &title), Some(&a[i]), Some(&b[j]));
                        }
                        Aligned::OnlyA(i) => {
                            let title = self.names.title(&pat, &a[i], None);
                            self.item(Seg::At(i), numbered(i, &title), Some(&a[i]), None);
                        }
                        Aligned::OnlyB(j) => {
                            let title = self.names.title(&pat, &b[j], None);
                            self.item(Seg::At(j), numbered(j, &title), None, Some(&b[j]));
                        }
                    }
                }
            }
        }
    }
}

/// "3 (Sở Tài chính)": an item without identity named by its number, and its
/// agency or title when it has one.
fn numbered(i: usize, title: &str) -> String {
    let short: String = title.chars().take(60).collect();
    let short = if short.len() < title.len() {
        format!("{short}…")
    } else {
        short
    };
    if title.is_empty() {
        (i + 1).to_string()
    } else {
        format!("{} ({short})", i + 1)
    }
}

/// Two ordered lists lined up: items equal on both sides are skipped; where a run
/// of items was replaced, they are paired in order (a changed task), and the rest
/// are added or removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Aligned {
    Both(usize, usize),
    OnlyA(usize),
    OnlyB(usize),
}

pub(crate) fn align(a: &[Tree], b: &[Tree]) -> Vec<Aligned> {
    let ca: Vec<String> = a.iter().map(Tree::canonical).collect();
    let cb: Vec<String> = b.iter().map(Tree::canonical).collect();
    let mut out = Vec::new();
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &ca, &cb) {
        let (tag, ra, rb) = op.as_tag_tuple();
        if tag == similar::DiffTag::Equal {
            continue;
        }
        let paired = ra.len().min(rb.len());
        for k in 0..paired {
            out.push(Aligned::Both(ra.start + k, rb.start + k));
        }
        for i in ra.start + paired..ra.end {
            out.push(Aligned::OnlyA(i));
        }
        for j in rb.start + paired..rb.end {
            out.push(Aligned::OnlyB(j));
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests;

#[cfg(test)]
pub(crate) mod filled;
