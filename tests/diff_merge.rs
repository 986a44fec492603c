//! Comparing two versions of a plan, and merging another version into it: the
//! cases the issue names, and random edits of the sample files.

use ntm_planner::Plan;
use ntm_planner::diff::{Tree, diff};
use ntm_planner::lang::Lang;
use ntm_planner::merge::{merge, merge_whole};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::path::Path;

fn sample(name: &str) -> Plan {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(name);
    ntm_planner::format::load_file(&p).unwrap().plan
}

#[test]
fn identical_plans_have_no_differences() {
    let a = sample("lai-chau-2025.ntm");
    assert!(diff(&a, &a.clone()).is_empty());
}

/// What a new user tried: each of these edits alone was "the same plan" before.
#[test]
fn every_edit_the_issue_names_is_a_difference_with_both_values() {
    let a = sample("lai-chau-2025.ntm");
    type Edit = fn(&mut Plan);
    let cases: [(&str, Edit, &str, &str); 6] = [
        (
            "allocation of component 10",
            |p| {
                let l = p.allocation.as_mut().unwrap();
                l.lines
                    .iter_mut()
                    .find(|l| l.component == "10")
                    .unwrap()
                    .amount = Decimal::from(9999);
            },
            "680",
            "9.999",
        ),
        (
            "a stated share",
            |p| {
                p.allocation.as_mut().unwrap().lines[0].stated_share =
                    Some("76.74".parse().unwrap())
            },
            "76,73",
            "76,74",
        ),
        (
            "a village count",
            |p| p.villages[0].to_recognize += 1,
            "",
            "",
        ),
        (
            "a stated count",
            |p| p.stated.communes = Some(95),
            "94",
            "95",
        ),
        (
            "a goal's text",
            |p| p.goals.targets[0].push_str(" (sửa)"),
            "",
            "",
        ),
        (
            "the criteria set's data",
            |p| p.criteria_set.criteria[4].name = "Trường học (sửa)".into(),
            "Trường học",
            "Trường học (sửa)",
        ),
    ];
    for (what, edit, va, vb) in cases {
        let mut b = a.clone();
        edit(&mut b);
        let d = diff(&a, &b);
        assert_eq!(d.len(), 1, "{what}: {d:?}");
        let row = d[0].row(Lang::Vi);
        if !va.is_empty() {
            assert_eq!((row.a.as_str(), row.b.as_str()), (va, vb), "{what}");
        }
        assert!(!row.what.contains("pf-"), "{what}: {}", row.what);
        let en = d[0].row(Lang::En);
        assert!(
            !en.what.is_empty() && en.what != row.what,
            "{what}: {}",
            en.what
        );
        // And a merge takes it.
        let m = merge_whole(&a, &b, Some(&a));
        assert_eq!(m.result(&a, &HashMap::new()).unwrap(), b, "{what}");
    }
}

/// Change one leaf of the tree: text gets a suffix, a number goes up, yes/no flips.
fn mutate(t: &mut Tree, mut pick: usize) -> bool {
    fn go(t: &mut Tree, pick: &mut usize) -> bool {
        match t {
            Tree::Map(m) => m.iter_mut().any(|(_, v)| go(v, pick)),
            Tree::Seq(v) => v.iter_mut().any(|x| go(x, pick)),
            leaf => {
                if *pick > 0 {
                    *pick -= 1;
                    return false;
                }
                match leaf {
                    Tree::Str(s) => s.push('x'),
                    Tree::Int(i) => *i += 1,
                    Tree::Bool(b) => *b = !*b,
                    _ => return false,
                }
                true
            }
        }
    }
    go(t, &mut pick)
}

fn count_leaves(t: &Tree) -> usize {
    match t {
        Tree::Map(m) => m.iter().map(|(_, v)| count_leaves(v)).sum(),
        Tree::Seq(v) => v.iter().map(count_leaves).sum(),
        _ => 1,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Random edits of the sample files: each is reported, and a merge takes it (from
    /// theirs) or keeps it (from ours).
    #[test]
    fn random_edits_of_the_samples_are_seen_and_merged(
        which in 0usize..2,
        picks in proptest::collection::vec(any::<prop::sample::Index>(), 1..4),
    ) {
        let a = sample(["lai-chau-2025.ntm", "lang-son-2023.ntm"][which]);
        let ta = Tree::of_plan(&a);
        let n = count_leaves(&ta);
        let mut tb = ta.clone();
        for p in &picks {
            mutate(&mut tb, p.index(n));
        }
        // Some edits make no plan (a date "2025-03-01x"): those are not plans to compare.
        let Ok(b) = tb.to_value::<Plan>() else { return Ok(()) };
        prop_assume!(b != a);
        prop_assert!(!diff(&a, &b).is_empty());
        let m = merge_whole(&a, &b, Some(&a));
        prop_assert!(m.conflicts.is_empty());
        prop_assert_eq!(&m.result(&a, &HashMap::new()).unwrap(), &b);
        let m = merge_whole(&b, &a, Some(&a));
        prop_assert_eq!(&m.result(&b, &HashMap::new()).unwrap(), &b);
    }
}

#[test]
fn a_work_file_is_merged_into_its_commune_only() {
    let plan = sample("lai-chau-2025.ntm");
    let id = plan.communes[5].id.clone();
    let scope = ntm_planner::merge::Scope::of([id.clone()]);
    let mut work = scope.extract(&plan);
    work.work_file = Some(ntm_planner::model::WorkFile {
        round: "r1".into(),
        commune: id.clone(),
        sent: ntm_planner::model::Date::parse("2026-03-02").unwrap(),
    });
    let sent = work.clone();
    work.communes[0].note = "Xã đã rà soát".into();
    work.header.title = "Sửa nhầm tiêu đề".into();
    let m = merge(&plan, &work, Some(&plan));
    assert_eq!(m.scope.as_ref().unwrap().communes.len(), 1);
    assert!(m.outside.iter().any(|d| d.path_text() == "header.title"));
    let r = m.result(&plan, &HashMap::new()).unwrap();
    assert_eq!(r.communes[5].note, "Xã đã rà soát");
    assert_eq!(r.header, plan.header);
    let mut expected = plan.clone();
    expected.communes[5].note = "Xã đã rà soát".into();
    assert_eq!(r, expected);
    let _ = sent;
}
