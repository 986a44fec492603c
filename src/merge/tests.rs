use super::*;
use crate::diff::tests::{leaf_paths, one_edit};
use crate::model::Commune;

#[test]
fn merge_takes_every_single_field_edit_from_either_side() {
    let (a, b, leaves) = leaf_paths();
    let plan_a: Plan = a.to_value().unwrap();
    for pos in leaves {
        let edited: Plan = one_edit(&a, &b, &pos).to_value().unwrap();
        // Theirs changed it: taken.
        let m = merge_whole(&plan_a, &edited, Some(&plan_a));
        assert!(m.conflicts.is_empty(), "{pos:?}");
        let r = m.result(&plan_a, &HashMap::new()).unwrap();
        assert_eq!(r, edited, "theirs' edit at {pos:?} is taken");
        // Ours changed it: kept.
        let m = merge_whole(&edited, &plan_a, Some(&plan_a));
        let r = m.result(&edited, &HashMap::new()).unwrap();
        assert_eq!(r, edited, "ours' edit at {pos:?} is kept");
    }
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
    let set = crate::criteria_sets::by_name("2021-2025").unwrap();
    let mut p = Plan::new_empty(set, "Lai Châu", 2025);
    p.communes
        .push(commune("ta-leng", "Tả Lèng", &["2", "5", "9"]));
    p.communes.push(commune("thuy-son", "Thủy Sơn", &["10"]));
    p.communes.push(commune("na-tam", "Nà Tăm", &["17"]));
    p
}

#[test]
fn a_commune_submission_is_merged_into_its_communes_only() {
    let base = province();
    let mut ours = base.clone();
    ours.communes[0].target_unmet = vec!["5".into()];
    ours.communes[0].note = "Tỉnh: cần kiểm tra tiêu chí 9".into();
    ours.header.number = "12/KH-UBND".into();
    // The commune office's own plan: its two communes under its own ids, a note that
    // conflicts, a cell changed, its own header.
    let mut theirs = Plan::new_empty(base.criteria_set.clone(), "Lai Châu", 2025);
    let mut tl = commune("xa-ta-leng", "Tả Lèng", &["2", "9"]);
    tl.note = "Xã: tiêu chí 9 hoàn thành quý IV".into();
    theirs.communes.push(tl);
    let mut ts = commune("thuy-son", "Thủy Sơn", &["10"]);
    ts.note = "Đã rà soát".into();
    theirs.communes.push(ts);
    theirs.header.title = "Kế hoạch của xã".into();

    let m = merge(&ours, &theirs, Some(&base));
    let scope = m.scope.clone().unwrap();
    assert_eq!(
        scope.communes.iter().cloned().collect::<Vec<_>>(),
        ["ta-leng", "thuy-son"]
    );
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].id(), "communes[ta-leng].note");
    // The header is outside the communes' part: listed, not taken.
    assert!(m.outside.iter().any(|d| d.path_text() == "header.title"));
    let keep = m.result(&ours, &HashMap::new()).unwrap();
    assert_eq!(
        keep.communes[0].target_unmet,
        Vec::<String>::new(),
        "5 met (theirs), 2 met (ours)"
    );
    assert_eq!(keep.communes[0].note, ours.communes[0].note);
    assert_eq!(keep.communes[1].note, "Đã rà soát");
    assert_eq!(keep.header, ours.header);
    assert_eq!(keep.communes[2], ours.communes[2]);
    let take = HashMap::from([(m.conflicts[0].id(), Choice::TakeTheirs)]);
    let took = m.result(&ours, &take).unwrap();
    assert_eq!(took.communes[0].note, "Xã: tiêu chí 9 hoàn thành quý IV");

    // One undo step gives the plan back.
    let mut doc = crate::document::Document::new(ours.clone());
    doc.apply_labelled(m.edit(&ours, &take).unwrap(), "edit-merge");
    assert_eq!(doc.plan, took);
    doc.undo();
    assert_eq!(doc.plan, ours);
}

#[test]
fn without_a_base_the_submission_is_proposed() {
    let ours = province();
    let mut theirs = ours.clone();
    theirs.communes.truncate(1);
    theirs.communes[0].note = "mới".into();
    let m = merge(&ours, &theirs, None);
    assert!(!m.three_way);
    assert!(m.conflicts.is_empty());
    let r = m.result(&ours, &HashMap::new()).unwrap();
    assert_eq!(r.communes.len(), 3, "other communes untouched");
    assert_eq!(r.communes[0].note, "mới");
}
