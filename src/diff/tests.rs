use super::filled::filled;
use super::label::label_key;
use super::*;
use crate::lang::Lang;

/// Every leaf of a tree (a value that is not a record or a list), with the path
/// of field names and positions that leads to it.
fn leaves(t: &Tree, at: &mut Vec<Seg>, out: &mut Vec<Vec<Seg>>) {
    match t {
        Tree::Map(m) => {
            for (k, v) in m {
                at.push(Seg::Field(k.clone()));
                leaves(v, at, out);
                at.pop();
            }
        }
        Tree::Seq(v) => {
            for (i, x) in v.iter().enumerate() {
                at.push(Seg::At(i));
                leaves(x, at, out);
                at.pop();
            }
        }
        _ => out.push(at.clone()),
    }
}

fn at<'a>(t: &'a Tree, pos: &[Seg]) -> Option<&'a Tree> {
    pos.iter().try_fold(t, |t, s| match (t, s) {
        (Tree::Map(_), Seg::Field(f)) => t.get(f),
        (Tree::Seq(v), Seg::At(i)) => v.get(*i),
        _ => None,
    })
}

fn at_mut<'a>(t: &'a mut Tree, pos: &[Seg]) -> Option<&'a mut Tree> {
    pos.iter().try_fold(t, |t, s| match s {
        Seg::Field(f) => t.get_mut(f),
        Seg::At(i) => match t {
            Tree::Seq(v) => v.get_mut(*i),
            _ => None,
        },
        _ => None,
    })
}

/// Every field pattern of a tree (`communes[].note`), lists and records included.
fn patterns(t: &Tree, path: &mut Vec<Seg>, out: &mut std::collections::BTreeSet<String>) {
    match t {
        Tree::Map(m) => {
            for (k, v) in m {
                path.push(Seg::Field(k.clone()));
                out.insert(shape::pattern(path));
                patterns(v, path, out);
                path.pop();
            }
        }
        Tree::Seq(v) => {
            for x in v {
                path.push(Seg::At(0));
                patterns(x, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

pub(crate) fn leaf_paths() -> (Tree, Tree, Vec<Vec<Seg>>) {
    let (a, b) = (Tree::of_plan(&filled(0)), Tree::of_plan(&filled(1)));
    let mut out = Vec::new();
    leaves(&a, &mut Vec::new(), &mut out);
    (a, b, out)
}

/// `a` with one leaf set to `b`'s value there, or left out where `b` leaves it out
/// (a value equal to its default, which serde does not write).
pub(crate) fn one_edit(a: &Tree, b: &Tree, pos: &[Seg]) -> Tree {
    let mut e = a.clone();
    match at(b, pos) {
        Some(v) => {
            if let Some(slot) = at_mut(&mut e, pos) {
                *slot = v.clone();
            }
        }
        None => {
            let (last, parent) = pos.split_last().expect("a leaf has a path");
            if let (Some(Tree::Map(m)), Seg::Field(f)) = (at_mut(&mut e, parent), last) {
                m.retain(|(k, _)| k != f);
            }
        }
    }
    e
}

#[test]
fn the_filled_plans_have_the_same_shape_and_no_empty_part() {
    let (a, b, leaves) = leaf_paths();
    let mut lb = Vec::new();
    self::leaves(&b, &mut Vec::new(), &mut lb);
    // The second plan may leave out a value equal to its default (a task "Open",
    // no special mechanism); every leaf it has, the first has too.
    assert!(lb.iter().all(|p| leaves.contains(p)), "same shape");
    for pos in &leaves {
        assert_ne!(
            at(&a, pos),
            at(&b, pos),
            "leaf {pos:?} differs between the two"
        );
        assert_ne!(at(&a, pos), Some(&Tree::Null), "leaf {pos:?} is filled");
    }
    // No list or record is empty (an empty one would hide its fields).
    fn no_empty(t: &Tree) -> bool {
        match t {
            Tree::Map(m) => !m.is_empty() && m.iter().all(|(_, v)| no_empty(v)),
            Tree::Seq(v) => !v.is_empty() && v.iter().all(no_empty),
            _ => true,
        }
    }
    assert!(no_empty(&a));
    assert!(a.to_value::<Plan>().is_ok() && b.to_value::<Plan>().is_ok());
}

#[test]
fn every_path_of_the_model_has_a_label_in_both_languages() {
    let mut pats = std::collections::BTreeSet::new();
    patterns(&Tree::of_plan(&filled(0)), &mut Vec::new(), &mut pats);
    let cat = crate::i18n::catalog();
    let missing: Vec<String> = pats
        .iter()
        .flat_map(|p| {
            [Lang::Vi, Lang::En]
                .into_iter()
                .filter(|l| !cat.has(*l, &label_key(p)))
                .map(move |l| format!("{} = … ({p}, {})", label_key(p), l.code()))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "labels missing:\n{}",
        missing.join("\n")
    );
}

#[test]
fn compare_reports_every_single_field_edit_with_a_label() {
    let (a, b, leaves) = leaf_paths();
    let plan_a: Plan = a.to_value().unwrap();
    for pos in leaves {
        let e = one_edit(&a, &b, &pos);
        let plan_e: Plan = e.to_value().unwrap();
        let d = diff(&plan_a, &plan_e);
        assert!(!d.is_empty(), "an edit at {pos:?} is not reported");
        for lang in [Lang::Vi, Lang::En] {
            for x in &d {
                let r = x.row(lang);
                assert!(
                    !r.what.contains("pf-") && !r.what.is_empty(),
                    "{} has no label: {}",
                    x.path_text(),
                    r.what
                );
                assert_ne!(r.a, r.b, "{} shows two equal values", x.path_text());
            }
        }
        assert!(diff(&plan_e, &plan_e).is_empty());
    }
}

#[test]
fn the_issue_cases_are_differences() {
    let a = crate::format::load_str(include_str!("../../assets/samples/lai-chau-2025.ntm"))
        .unwrap()
        .plan;
    let mut b = a.clone();
    let line = b
        .allocation
        .as_mut()
        .unwrap()
        .lines
        .iter_mut()
        .find(|l| l.component == "10")
        .unwrap();
    line.amount = 9999.into();
    let d = diff(&a, &b);
    assert_eq!(d.len(), 1);
    let r = d[0].row(Lang::Vi);
    assert_eq!(r.a, "680");
    assert_eq!(r.b, "9.999");
    assert!(r.what.starts_with("Phân bổ"), "{}", r.what);
    assert!(r.what.contains("10."), "{}", r.what);
    assert_eq!(
        d[0].place(),
        Some(crate::check::Place::Allocation(Some("10".into())))
    );

    // A cell of the matrix.
    let mut b = a.clone();
    b.communes[0].target_unmet.push("17".into());
    let d = diff(&a, &b);
    let r = d[0].row(Lang::En);
    assert_eq!(
        (r.a.as_str(), r.b.as_str()),
        ("met", "not met"),
        "{}",
        r.what
    );
    assert!(r.what.contains("criterion 17 (target)"), "{}", r.what);
    assert_eq!(
        d[0].place(),
        Some(crate::check::Place::CommuneCriterion(
            a.communes[0].id.clone(),
            "17".into()
        ))
    );
    assert_eq!(d[0].section(), Section::Cells);

    // A task: its place is the task.
    let mut b = a.clone();
    b.tasks[4].deadline = None;
    let d = diff(&a, &b);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].place(), Some(crate::check::Place::Task(4)));
    assert!(
        d[0].row(Lang::Vi).what.starts_with("Nhiệm vụ 5"),
        "{:?}",
        d[0].row(Lang::Vi)
    );
}
