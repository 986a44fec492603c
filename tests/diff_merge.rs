//! Comparing two versions of a plan, and merging a commune office's submission.

use ntm_planner::Plan;
use ntm_planner::diff::{Difference, diff};
use ntm_planner::document::Document;
use ntm_planner::lang::Lang;
use ntm_planner::matrix::Layer;
use ntm_planner::merge::{Choice, Resolution, What, merge};
use ntm_planner::model::{Commune, Project};
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

#[test]
fn diff_names_each_kind_of_change_with_both_values() {
    let a = sample("lai-chau-2025.ntm");
    let mut b = a.clone();
    b.header.number = "123/KH-UBND".into();
    b.communes[0].target_unmet.push("17".into());
    let old_name = b.communes[1].name.clone();
    b.communes[1].name = "Tân Mới".into();
    b.funding.children[1].amount = Some(Decimal::from(160000));
    b.projects.push(Project {
        id: "du-an-moi".into(),
        name: "Đường nội đồng bản Mới".into(),
        ..Project::default()
    });
    let removed = b.tasks.remove(0);
    let d = diff(&a, &b);
    let c0 = &a.communes[0];
    assert_eq!(
        d,
        vec![
            Difference::Header {
                field: "số hiệu văn bản / document number",
                a: String::new(),
                b: "123/KH-UBND".into()
            },
            Difference::Cell {
                id: c0.id.clone(),
                name: c0.name.clone(),
                criterion: "17".into(),
                layer: Layer::Target,
                a: true,
                b: false
            },
            Difference::CommuneField {
                id: a.communes[1].id.clone(),
                name: old_name.clone(),
                field: "tên / name",
                a: old_name.clone(),
                b: "Tân Mới".into()
            },
            Difference::FundingAmount {
                id: a.funding.children[1].id.clone(),
                name: a.funding.children[1].name.clone(),
                a: Some(Decimal::from(157707)),
                b: Some(Decimal::from(160000))
            },
            Difference::ProjectAdded {
                id: "du-an-moi".into(),
                name: "Đường nội đồng bản Mới".into()
            },
            Difference::TaskRemoved {
                agency: removed.agency.clone(),
                text: removed.text.clone()
            },
        ]
    );
    assert_eq!(
        d[3].message(Lang::Vi),
        "Nguồn vốn \"Vốn ngân sách địa phương (vốn đối ứng)\": 157.707 → 160.000"
    );
    assert_eq!(
        d[1].message(Lang::En),
        format!("Commune {}, criterion 17 (target): met → not met", c0.name)
    );
}

fn commune(id: &str, name: &str, target_unmet: &[&str]) -> Commune {
    Commune {
        id: id.into(),
        name: name.into(),
        target_unmet: target_unmet.iter().map(|s| s.to_string()).collect(),
        ..Commune::default()
    }
}

fn province() -> Plan {
    let set = ntm_planner::criteria_sets::by_name("2021-2025").unwrap();
    let mut p = Plan::new_empty(set, "Lai Châu", 2025);
    p.communes
        .push(commune("ta-leng", "Tả Lèng", &["2", "5", "9"]));
    p.communes.push(commune("thuy-son", "Thủy Sơn", &["10"]));
    p.communes.push(commune("na-tam", "Nà Tăm", &["17"]));
    p
}

#[test]
fn three_way_merge_takes_their_changes_and_asks_about_conflicts() {
    let base = province();
    // The province, since: criterion 2 of Tả Lèng met; 9 met too.
    let mut ours = base.clone();
    ours.communes[0].target_unmet = vec!["5".into()];
    ours.communes[0].note = "Tỉnh: cần kiểm tra tiêu chí 9".into();
    // The commune office's submission (only its two communes, its own ids, a
    // spelling variant): 5 met, 9 unchanged since the base (ours stands), a note on
    // Tả Lèng that differs from ours (a conflict: a met/not-met cell changed on both
    // sides can only agree, so conflicts are in the other fields), Thủy Sơn's note
    // added, and a new commune.
    let mut theirs = Plan::new_empty(base.criteria_set.clone(), "Lai Châu", 2025);
    let mut tl = commune("xa-ta-leng", "Tả Lèng", &["2", "9"]);
    tl.note = "Xã: tiêu chí 9 hoàn thành quý IV".into();
    theirs.communes.push(tl);
    let mut ts = commune("thuy-son", "Thuỷ Sơn", &["10"]);
    ts.note = "Đã rà soát".into();
    theirs.communes.push(ts);
    theirs.communes.push(commune("ban-moi", "Bản Mới", &[]));

    let m = merge(&ours, &theirs, Some(&base));
    assert!(m.three_way);
    let items: Vec<(&str, &What, &str, &str, Resolution)> = m
        .items
        .iter()
        .map(|i| {
            (
                i.name.as_str(),
                &i.what,
                i.ours.as_str(),
                i.theirs.as_str(),
                i.resolution,
            )
        })
        .collect();
    let cell = |c: &str| What::Cell {
        criterion: c.into(),
        layer: Layer::Target,
    };
    assert_eq!(
        items,
        vec![
            (
                "Tả Lèng",
                &What::Field("note"),
                "Tỉnh: cần kiểm tra tiêu chí 9",
                "Xã: tiêu chí 9 hoàn thành quý IV",
                Resolution::Conflict
            ),
            (
                "Tả Lèng",
                &cell("5"),
                "chưa đạt",
                "đạt",
                Resolution::TakeTheirs
            ),
            (
                "Thủy Sơn",
                &What::Field("name"),
                "Thủy Sơn",
                "Thuỷ Sơn",
                Resolution::TakeTheirs
            ),
            (
                "Thủy Sơn",
                &What::Field("note"),
                "",
                "Đã rà soát",
                Resolution::TakeTheirs
            ),
            (
                "Bản Mới",
                &What::NewCommune,
                "",
                "Bản Mới",
                Resolution::TakeTheirs
            ),
        ]
    );
    // Criterion 2: ours changed it, theirs did not: listed as a difference, kept.
    assert!(m.differences.iter().any(
        |d| matches!(d, Difference::Cell { criterion, a: true, b: false, .. } if criterion == "2")
    ));
    assert_eq!(m.conflicts().count(), 1);

    let mut doc = Document::new(ours.clone());
    let conflict = m.conflicts().next().unwrap().0;
    let choices = HashMap::from([(conflict, Choice::TakeTheirs)]);
    doc.apply(m.edit(&ours, &theirs, &choices), None);
    assert!(doc.plan.communes[0].target_unmet.is_empty());
    assert_eq!(
        doc.plan.communes[0].note,
        "Xã: tiêu chí 9 hoàn thành quý IV"
    );
    assert_eq!(doc.plan.communes[1].note, "Đã rà soát");
    assert_eq!(doc.plan.communes[3].name, "Bản Mới");
    assert_eq!(
        doc.plan.communes[2], ours.communes[2],
        "Nà Tăm is not covered"
    );
    assert!(doc.undo());
    assert_eq!(doc.plan, ours, "the merge undoes as one step");

    // Keeping ours for the conflict.
    let mut doc = Document::new(ours.clone());
    doc.apply(m.edit(&ours, &theirs, &HashMap::new()), None);
    assert_eq!(doc.plan.communes[0].note, "Tỉnh: cần kiểm tra tiêu chí 9");
    assert!(doc.plan.communes[0].target_unmet.is_empty());
}

#[test]
fn two_way_merge_proposes_theirs_for_their_communes() {
    let ours = province();
    let mut theirs = Plan::new_empty(ours.criteria_set.clone(), "Lai Châu", 2025);
    theirs.communes.push(commune("na-tam", "Nà Tăm", &[]));
    let m = merge(&ours, &theirs, None);
    assert!(!m.three_way);
    assert_eq!(m.conflicts().count(), 0);
    assert_eq!(m.items.len(), 1);
    let mut doc = Document::new(ours.clone());
    doc.apply(m.edit(&ours, &theirs, &HashMap::new()), None);
    assert!(doc.plan.communes[2].target_unmet.is_empty());
    assert_eq!(doc.plan.communes[0], ours.communes[0]);
}
