//! The three-way merge of two trees against their common version: a value changed
//! on one side only is taken from that side; a value both sides changed differently
//! is a conflict, decided by the user's choice (ours until chosen). Lists are
//! merged item by item as [`crate::diff::shape`] says (by key, as sets, or in
//! order with the three versions lined up, as `diff3` does).

use crate::diff::shape::{self, ListKind, Names, Path, Seg};
use crate::diff::{Tree, empty_like, path_text};
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Choice {
    KeepOurs,
    TakeTheirs,
}

/// A value both sides changed since the common version, differently.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub path: Path,
    /// Names of the list items on the path, as in [`crate::diff::Difference`].
    pub titles: Vec<String>,
    pub base: Option<Tree>,
    pub ours: Option<Tree>,
    pub theirs: Option<Tree>,
}

impl Conflict {
    /// The conflict's identity, stable between runs: its path as text.
    pub fn id(&self) -> String {
        path_text(&self.path)
    }
}

/// The merged tree and the conflicts met on the way (decided by `choices`).
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub tree: Tree,
    pub conflicts: Vec<Conflict>,
}

/// Merge `ours` and `theirs`, both changed from `base`. `choices` decides the
/// conflicts by id; a conflict without a choice keeps ours.
pub fn merge_trees(
    base: &Tree,
    ours: &Tree,
    theirs: &Tree,
    names: &Names,
    choices: &HashMap<String, Choice>,
) -> Merged {
    let mut m = Merger {
        names,
        choices,
        conflicts: Vec::new(),
        path: Vec::new(),
        titles: Vec::new(),
    };
    let tree = m
        .merge(Some(base), Some(ours), Some(theirs))
        .unwrap_or(Tree::Null);
    Merged {
        tree,
        conflicts: m.conflicts,
    }
}

struct Merger<'a> {
    names: &'a Names,
    choices: &'a HashMap<String, Choice>,
    conflicts: Vec<Conflict>,
    path: Path,
    titles: Vec<String>,
}

impl Merger<'_> {
    fn merge(&mut self, b: Option<&Tree>, o: Option<&Tree>, t: Option<&Tree>) -> Option<Tree> {
        if o == t {
            return o.cloned();
        }
        if b == o {
            return t.cloned();
        }
        if b == t {
            return o.cloned();
        }
        match (o, t) {
            (Some(Tree::Map(_)), Some(Tree::Map(_))) => Some(self.map(b, o?, t?)),
            (Some(Tree::Seq(os)), Some(Tree::Seq(ts))) => {
                let empty = Vec::new();
                let bs = match b {
                    Some(Tree::Seq(v)) => v,
                    _ => &empty,
                };
                Some(Tree::Seq(self.list(bs, os, ts)))
            }
            _ => self.conflict(b, o, t),
        }
    }

    fn conflict(&mut self, b: Option<&Tree>, o: Option<&Tree>, t: Option<&Tree>) -> Option<Tree> {
        let c = Conflict {
            path: self.path.clone(),
            titles: self.titles.clone(),
            base: b.cloned(),
            ours: o.cloned(),
            theirs: t.cloned(),
        };
        let choice = self
            .choices
            .get(&c.id())
            .copied()
            .unwrap_or(Choice::KeepOurs);
        self.conflicts.push(c);
        match choice {
            Choice::KeepOurs => o.cloned(),
            Choice::TakeTheirs => t.cloned(),
        }
    }

    fn map(&mut self, b: Option<&Tree>, o: &Tree, t: &Tree) -> Tree {
        let (Tree::Map(mo), Tree::Map(mt)) = (o, t) else {
            return o.clone();
        };
        let empty = Tree::Map(Vec::new());
        let b = match b {
            Some(m @ Tree::Map(_)) => m,
            _ => &empty,
        };
        let mut keys: Vec<&String> = mo.iter().map(|(k, _)| k).collect();
        for (k, _) in mt {
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
        if let Tree::Map(mb) = b {
            for (k, _) in mb {
                if !keys.contains(&k) {
                    keys.push(k);
                }
            }
        }
        let mut out = Vec::new();
        for k in keys {
            self.path.push(Seg::Field(k.clone()));
            let (vb, vo, vt) = (b.get(k), o.get(k), t.get(k));
            // A field one side leaves out is its empty value (serde skips those).
            let like = vo.or(vt).or(vb).map(empty_like);
            let fill = |v: Option<&Tree>| v.cloned().or_else(|| like.clone());
            let r = self.merge(fill(vb).as_ref(), fill(vo).as_ref(), fill(vt).as_ref());
            self.path.pop();
            if let Some(v) = r {
                out.push((k.clone(), v));
            }
        }
        Tree::Map(out)
    }

    fn item(
        &mut self,
        seg: Seg,
        title: String,
        b: Option<&Tree>,
        o: Option<&Tree>,
        t: Option<&Tree>,
    ) -> Option<Tree> {
        self.path.push(seg);
        self.titles.push(title);
        let r = self.merge(b, o, t);
        self.titles.pop();
        self.path.pop();
        r
    }

    fn list(&mut self, b: &[Tree], o: &[Tree], t: &[Tree]) -> Vec<Tree> {
        let pat = shape::pattern(&self.path);
        let kind = match shape::list_kind(&pat, o, t) {
            ListKind::Keyed(k)
                if b.is_empty() || shape::list_kind(&pat, b, b) == ListKind::Keyed(k) =>
            {
                ListKind::Keyed(k)
            }
            ListKind::Keyed(_) => ListKind::Ordered,
            k => k,
        };
        match kind {
            ListKind::Set => set(b, o, t),
            ListKind::Keyed(key) => self.keyed(&pat, key, b, o, t),
            ListKind::Ordered => self.ordered(&pat, b, o, t),
        }
    }

    fn keyed(&mut self, pat: &str, key: &str, b: &[Tree], o: &[Tree], t: &[Tree]) -> Vec<Tree> {
        let index = |v: &[Tree]| -> HashMap<String, usize> {
            v.iter()
                .enumerate()
                .map(|(i, x)| (shape::key_of(x, key), i))
                .collect()
        };
        let (ib, io, it) = (index(b), index(o), index(t));
        let keys =
            |v: &[Tree]| -> Vec<String> { v.iter().map(|x| shape::key_of(x, key)).collect() };
        let (kb, ko, kt) = (keys(b), keys(o), keys(t));
        // Order: ours, unless only theirs reordered the items all three have.
        let in_all = |v: &[String]| -> Vec<String> {
            v.iter()
                .filter(|k| ib.contains_key(*k) && io.contains_key(*k) && it.contains_key(*k))
                .cloned()
                .collect()
        };
        let (primary, secondary) = if in_all(&ko) == in_all(&kb) {
            (&kt, &ko)
        } else {
            (&ko, &kt)
        };
        let mut merged: HashMap<String, Tree> = HashMap::new();
        let mut all: Vec<&String> = Vec::new();
        let mut seen = HashSet::new();
        for k in ko.iter().chain(&kt).chain(&kb) {
            if seen.insert(k.clone()) {
                all.push(k);
            }
        }
        for k in all {
            let (xb, xo, xt) = (
                ib.get(k).map(|&i| &b[i]),
                io.get(k).map(|&i| &o[i]),
                it.get(k).map(|&i| &t[i]),
            );
            let title = match xo.or(xt).or(xb) {
                Some(x) => self.names.title(pat, x, Some(k)),
                None => k.clone(),
            };
            if let Some(v) = self.item(Seg::Key(k.clone()), title, xb, xo, xt) {
                merged.insert(k.clone(), v);
            }
        }
        weave(primary, secondary, |k| merged.contains_key(k))
            .into_iter()
            .filter_map(|k| merged.remove(&k))
            .collect()
    }

    fn ordered(&mut self, pat: &str, b: &[Tree], o: &[Tree], t: &[Tree]) -> Vec<Tree> {
        let cb: Vec<String> = b.iter().map(Tree::canonical).collect();
        let co: Vec<String> = o.iter().map(Tree::canonical).collect();
        let ct: Vec<String> = t.iter().map(Tree::canonical).collect();
        let mo = matches(&cb, &co);
        let mt = matches(&cb, &ct);
        let (mut i, mut j, mut k) = (0, 0, 0);
        let mut out = Vec::new();
        loop {
            // The next base item both sides kept, after where we are.
            let stable = (i..b.len())
                .find(|&x| matches!((mo[x], mt[x]), (Some(y), Some(z)) if y >= j && z >= k));
            let (i2, j2, k2) = match stable {
                Some(x) => (x, mo[x].unwrap_or(j), mt[x].unwrap_or(k)),
                None => (b.len(), o.len(), t.len()),
            };
            if (i2, j2, k2) != (i, j, k) {
                self.chunk(
                    pat,
                    (i, i2),
                    (j, j2),
                    (k, k2),
                    b,
                    o,
                    t,
                    &cb,
                    &co,
                    &ct,
                    &mut out,
                );
            }
            if stable.is_none() {
                break;
            }
            out.push(o[j2].clone());
            (i, j, k) = (i2 + 1, j2 + 1, k2 + 1);
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn chunk(
        &mut self,
        pat: &str,
        (b0, b1): (usize, usize),
        (o0, o1): (usize, usize),
        (t0, t1): (usize, usize),
        b: &[Tree],
        o: &[Tree],
        t: &[Tree],
        cb: &[String],
        co: &[String],
        ct: &[String],
        out: &mut Vec<Tree>,
    ) {
        let (sb, so, st) = (&cb[b0..b1], &co[o0..o1], &ct[t0..t1]);
        if so == sb {
            out.extend_from_slice(&t[t0..t1]);
        } else if st == sb || so == st {
            out.extend_from_slice(&o[o0..o1]);
        } else if sb.is_empty() {
            // Both added items at the same place: keep both.
            out.extend_from_slice(&o[o0..o1]);
            out.extend_from_slice(&t[t0..t1]);
        } else if sb.len() == so.len() && sb.len() == st.len() {
            // The same items changed on both sides: merge them one by one.
            for n in 0..sb.len() {
                let title = self.names.title(pat, &o[o0 + n], None);
                let title = format!("{} ({title})", b0 + n + 1);
                if let Some(v) = self.item(
                    Seg::At(b0 + n),
                    title,
                    Some(&b[b0 + n]),
                    Some(&o[o0 + n]),
                    Some(&t[t0 + n]),
                ) {
                    out.push(v);
                }
            }
        } else {
            self.path.push(Seg::At(b0));
            self.titles.push((b0 + 1).to_string());
            let seq = |v: &[Tree]| Tree::Seq(v.to_vec());
            let r = self.conflict(
                Some(&seq(&b[b0..b1])),
                Some(&seq(&o[o0..o1])),
                Some(&seq(&t[t0..t1])),
            );
            self.titles.pop();
            self.path.pop();
            if let Some(Tree::Seq(v)) = r {
                out.extend(v);
            }
        }
    }
}

/// For each item of `a`, the index of the equal item of `b` it is lined up with.
fn matches(a: &[String], b: &[String]) -> Vec<Option<usize>> {
    let mut m = vec![None; a.len()];
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, a, b) {
        if let similar::DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            for n in 0..len {
                m[old_index + n] = Some(new_index + n);
            }
        }
    }
    m
}

/// A set merged member by member: a member one side added or removed is added or
/// removed. Order: ours, with theirs' new members after the member before them.
fn set(b: &[Tree], o: &[Tree], t: &[Tree]) -> Vec<Tree> {
    let text = |v: &[Tree]| -> Vec<String> { v.iter().map(Tree::canonical).collect() };
    let (sb, so, st) = (text(b), text(o), text(t));
    let keep = |x: &String| {
        let (inb, ino, int) = (sb.contains(x), so.contains(x), st.contains(x));
        if ino == int || inb == int { ino } else { int }
    };
    let order = weave(&so, &st, keep);
    let mut out = Vec::new();
    for x in order {
        if let Some(p) = so.iter().position(|y| *y == x) {
            out.push(o[p].clone());
        } else if let Some(p) = st.iter().position(|y| *y == x) {
            out.push(t[p].clone());
        }
    }
    out
}

/// The items of `primary` to keep, in its order, with those of `secondary` it
/// lacks put after the item that comes before them in `secondary`.
fn weave(primary: &[String], secondary: &[String], keep: impl Fn(&String) -> bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen = HashSet::new();
    for k in primary {
        if keep(k) && seen.insert(k.clone()) {
            out.push(k.clone());
        }
    }
    let mut after: Option<String> = None;
    for k in secondary {
        if seen.contains(k) {
            after = Some(k.clone());
            continue;
        }
        if !keep(k) {
            continue;
        }
        let at = match &after {
            Some(a) => out
                .iter()
                .position(|x| x == a)
                .map(|p| p + 1)
                .unwrap_or(out.len()),
            None => 0,
        };
        out.insert(at, k.clone());
        seen.insert(k.clone());
        after = Some(k.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Tree {
        Tree::Seq(v.iter().map(|x| Tree::Str(x.to_string())).collect())
    }

    fn run(b: &Tree, o: &Tree, t: &Tree) -> Merged {
        merge_trees(b, o, t, &Names::default(), &HashMap::new())
    }

    #[test]
    fn one_sided_changes_are_taken_and_both_sided_ones_conflict() {
        let rec = |a: i128, b: &str| {
            Tree::Map(vec![
                ("n".into(), Tree::Int(a)),
                ("t".into(), Tree::Str(b.into())),
            ])
        };
        let m = run(&rec(1, "x"), &rec(2, "x"), &rec(1, "y"));
        assert_eq!(m.tree, rec(2, "y"));
        assert!(m.conflicts.is_empty());
        let m = run(&rec(1, "x"), &rec(2, "x"), &rec(3, "x"));
        assert_eq!(m.tree, rec(2, "x"));
        assert_eq!(m.conflicts.len(), 1);
        let choices = HashMap::from([(m.conflicts[0].id(), Choice::TakeTheirs)]);
        let m = merge_trees(
            &rec(1, "x"),
            &rec(2, "x"),
            &rec(3, "x"),
            &Names::default(),
            &choices,
        );
        assert_eq!(m.tree, rec(3, "x"));
    }

    #[test]
    fn ordered_lists_merge_like_diff3() {
        let b = s(&["a", "b", "c", "d"]);
        // Ours changes b, theirs removes d and adds e at the end.
        let o = s(&["a", "B", "c", "d"]);
        let t = s(&["a", "b", "c", "e"]);
        let m = run(&b, &o, &t);
        assert_eq!(m.tree, s(&["a", "B", "c", "e"]));
        assert!(m.conflicts.is_empty());
        // Both change b differently: one conflict at item 2.
        let m = run(&b, &s(&["a", "X", "c", "d"]), &s(&["a", "Y", "c", "d"]));
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(m.tree, s(&["a", "X", "c", "d"]));
        // Both add at the end: both kept.
        let m = run(
            &b,
            &s(&["a", "b", "c", "d", "o"]),
            &s(&["a", "b", "c", "d", "t"]),
        );
        assert_eq!(m.tree, s(&["a", "b", "c", "d", "o", "t"]));
    }

    #[test]
    fn weave_keeps_both_orders() {
        let v = |x: &[&str]| x.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            weave(&v(&["1", "3", "5"]), &v(&["1", "2", "3", "4"]), |_| true),
            v(&["1", "2", "3", "4", "5"])
        );
        assert_eq!(weave(&v(&["2"]), &v(&["1", "2"]), |_| true), v(&["1", "2"]));
    }
}
