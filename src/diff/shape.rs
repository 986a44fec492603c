//! How the tree of a plan is shaped, for compare and merge: which lists are matched
//! by an identity key (communes by id, criteria by code…), which are sets (the
//! criteria a commune does not meet), and which are ordered lists without identity
//! (tasks, legal bases). A list not named here is matched by `id` when its items
//! have one, else by position — so a list added to the model later is compared
//! and merged without a change here.

use super::tree::Tree;

/// A step from a value to a part of it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Seg {
    /// A field of a record.
    Field(String),
    /// An item of a list matched by its identity key (id, code…).
    Key(String),
    /// An item of a list without identity: its position in the first plan (or, for
    /// an item only the second has, in the second).
    At(usize),
    /// A member of a set-like list (a criterion code in `baseline_unmet`).
    Member(String),
}

pub type Path = Vec<Seg>;

/// The path with list items written `[]` and the funding tree's nesting folded:
/// `communes[].note`, `funding.children[].amount`. Labels, list kinds and values
/// are looked up by this pattern.
pub fn pattern(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Field(f) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(f);
            }
            Seg::Key(_) | Seg::At(_) => out.push_str("[]"),
            Seg::Member(_) => {}
        }
    }
    fold_recursion(out)
}

/// The funding tree nests `children` in `children`: every depth has the same labels.
fn fold_recursion(mut p: String) -> String {
    while p.contains("children[].children[]") {
        p = p.replace("children[].children[]", "children[]");
    }
    p
}

/// How a list is compared and merged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    /// Items matched by the value of a field.
    Keyed(&'static str),
    /// A set of plain values: membership counts, order does not.
    Set,
    /// An ordered list without identity: aligned item by item.
    Ordered,
}

/// Lists whose items are matched by a field other than `id`.
const KEYS: &[(&str, &str)] = &[
    ("communes", "id"),
    ("districts", "id"),
    ("projects", "id"),
    ("funding.children", "id"),
    ("components", "code"),
    ("criteria_set.criteria", "code"),
    ("criteria_set.components", "code"),
    ("criteria_set.groups", "number"),
    ("criteria_set.bands", "label"),
    ("district_set.criteria", "code"),
    ("district_set.components", "code"),
    ("district_set.groups", "number"),
    ("district_set.bands", "label"),
    ("allocation.lines", "component"),
    ("stated.criteria", "criterion"),
    ("stated.distribution", "band"),
    ("villages", "unit"),
    ("communes[].details", "criterion"),
    ("projects[].amounts", "source"),
    ("criteria_set.indicator_list", "code"),
    ("district_set.indicator_list", "code"),
    ("register.units", "code"),
    ("register.units[].formed_from", "code"),
];

/// Lists of plain values where only membership means something.
const SETS: &[&str] = &["tasks[].criteria", "tasks[].communes"];

/// Whether a list pattern is a set of criteria codes not met (a matrix layer):
/// `communes[].baseline_unmet`, `…target_unmet`, and any `…_unmet` added later.
pub fn is_unmet_layer(pattern: &str) -> bool {
    pattern.ends_with("_unmet")
}

/// The kind of the list at `pattern` (without its trailing `[]`), given its items
/// on both sides: a key that is missing or repeated on either side falls back to
/// position, so a damaged list is still compared item by item.
pub fn list_kind(pattern: &str, a: &[Tree], b: &[Tree]) -> ListKind {
    if is_unmet_layer(pattern) || SETS.contains(&pattern) {
        return ListKind::Set;
    }
    let key = KEYS
        .iter()
        .find(|(p, _)| *p == pattern)
        .map(|(_, k)| *k)
        .unwrap_or("id");
    if keys_unique(a, key) && keys_unique(b, key) && !(a.is_empty() && b.is_empty()) {
        ListKind::Keyed(key)
    } else {
        ListKind::Ordered
    }
}

/// Whether every item is a record with the key field, each value once.
fn keys_unique(items: &[Tree], key: &str) -> bool {
    let mut seen = std::collections::HashSet::with_capacity(items.len());
    items.iter().all(|it| {
        it.get(key)
            .and_then(Tree::scalar_text)
            .is_some_and(|k| seen.insert(k))
    })
}

/// The identity key of a list item.
pub fn key_of(item: &Tree, key: &str) -> String {
    item.get(key)
        .and_then(Tree::scalar_text)
        .unwrap_or_default()
}

/// Names of things other parts refer to by code or id, from both plans, so a
/// difference can say "Nội dung thành phần 10. Quốc phòng và An ninh" rather than
/// "10".
#[derive(Debug, Default, Clone)]
pub struct Names {
    map: std::collections::HashMap<(&'static str, String), String>,
}

impl Names {
    pub fn of(trees: &[&Tree]) -> Names {
        let mut n = Names::default();
        for t in trees {
            n.collect(t);
        }
        n
    }

    fn collect(&mut self, t: &Tree) {
        let mut put = |kind: &'static str, list: Option<&Tree>, key: &str, name: &str| {
            if let Some(Tree::Seq(items)) = list {
                for it in items {
                    let (Some(k), Some(v)) = (
                        it.get(key).and_then(Tree::scalar_text),
                        it.get(name).and_then(Tree::scalar_text),
                    ) else {
                        continue;
                    };
                    self.map.entry((kind, k)).or_insert(v);
                }
            }
        };
        put("component", t.get("components"), "code", "name");
        put(
            "criterion",
            t.get("criteria_set").and_then(|s| s.get("criteria")),
            "code",
            "name",
        );
        put("unit", t.get("communes"), "id", "name");
        put("unit", t.get("districts"), "id", "name");
        let mut stack: Vec<&Tree> = t.get("funding").into_iter().collect();
        while let Some(node) = stack.pop() {
            if let (Some(k), Some(v)) = (
                node.get("id").and_then(Tree::scalar_text),
                node.get("name").and_then(Tree::scalar_text),
            ) {
                self.map.entry(("funding", k)).or_insert(v);
            }
            if let Some(Tree::Seq(ch)) = node.get("children") {
                stack.extend(ch.iter());
            }
        }
    }

    pub fn get(&self, kind: &'static str, key: &str) -> Option<&str> {
        self.map.get(&(kind, key.to_string())).map(String::as_str)
    }

    /// How a list item is named in a difference: its name or title when it has
    /// one, else the thing its key refers to, else the key.
    pub fn title(&self, list: &str, item: &Tree, key: Option<&str>) -> String {
        let field = |f: &str| {
            item.get(f)
                .and_then(Tree::scalar_text)
                .filter(|s| !s.is_empty())
        };
        let key = key.map(str::to_string);
        let with = |kind: &'static str, code: Option<String>| -> Option<String> {
            let code = code?;
            Some(match self.get(kind, &code) {
                Some(name) if name != code => format!("{code}. {name}"),
                _ => code,
            })
        };
        let referred = match list {
            "allocation.lines" => with("component", field("component")),
            "stated.criteria" | "communes[].details" => with("criterion", field("criterion")),
            "villages" => {
                field("unit").map(|u| self.get("unit", &u).map(str::to_string).unwrap_or(u))
            }
            "projects[].amounts" => {
                field("source").map(|s| self.get("funding", &s).map(str::to_string).unwrap_or(s))
            }
            _ => None,
        };
        referred
            .or_else(|| field("name"))
            .or_else(|| field("title"))
            .or_else(|| field("agency"))
            .or_else(|| field("label"))
            .or(key)
            .or_else(|| item.scalar_text())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_fold_list_items_and_the_funding_tree() {
        let p = vec![
            Seg::Field("funding".into()),
            Seg::Field("children".into()),
            Seg::Key("ns-tw".into()),
            Seg::Field("children".into()),
            Seg::Key("dt".into()),
            Seg::Field("amount".into()),
        ];
        assert_eq!(pattern(&p), "funding.children[].amount");
        let p = vec![
            Seg::Field("communes".into()),
            Seg::Key("ta-leng".into()),
            Seg::Field("target_unmet".into()),
            Seg::Member("5".into()),
        ];
        assert_eq!(pattern(&p), "communes[].target_unmet");
    }

    #[test]
    fn a_repeated_key_falls_back_to_position() {
        let item = |id: &str| Tree::Map(vec![("id".into(), Tree::Str(id.into()))]);
        assert_eq!(
            list_kind("communes", &[item("a"), item("b")], &[item("a")]),
            ListKind::Keyed("id")
        );
        assert_eq!(
            list_kind("communes", &[item("a"), item("a")], &[item("a")]),
            ListKind::Ordered
        );
        assert_eq!(
            list_kind("communes[].baseline_unmet", &[], &[]),
            ListKind::Set
        );
        assert_eq!(list_kind("tasks", &[], &[]), ListKind::Ordered);
    }
}
