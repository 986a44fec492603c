//! Next year's plan from this one: within the same set (results over targets,
//! recognitions granted, unfinished work flagged, funding emptied), and across the
//! 2025 reorganization onto the 2026–2030 set (every old commune in the right new unit
//! with its history, or in the report; the crosswalk's proposals).

use ntm_planner::Plan;
use ntm_planner::carry::{self, BaselineFrom, Options};
use ntm_planner::model::{Level, StatusBasis};
use std::collections::HashMap;
use std::path::Path;

fn sample(name: &str) -> Plan {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(name);
    ntm_planner::format::load_file(&p).unwrap().plan
}

fn valid(plan: &Plan) {
    let problems = ntm_planner::format::validate::problems(plan);
    assert!(problems.is_empty(), "{problems:#?}");
    let text = ntm_planner::format::save::to_string(plan).unwrap();
    let back = ntm_planner::format::load_str(&text).unwrap().plan;
    assert_eq!(&back, plan, "the carried plan reads back the same");
}

#[test]
fn same_set_takes_results_over_targets() {
    let source = sample("lai-chau-2025.ntm");
    let p = carry::propose(
        &source,
        &Options {
            year: 2026,
            across: None,
        },
    )
    .unwrap();
    assert!(!p.across);
    let plan = p.build();
    valid(&plan);
    assert_eq!(plan.header.year, 2026);
    assert!(
        plan.header.title.ends_with("năm 2026"),
        "{}",
        plan.header.title
    );
    assert!(plan.header.draft);
    assert!(
        plan.header
            .legal_bases
            .last()
            .unwrap()
            .starts_with("Căn cứ kết quả thực hiện Kế hoạch")
    );
    // Every commune's baseline is its result (all 94 reported).
    assert!(
        p.communes
            .iter()
            .all(|c| c.baseline == BaselineFrom::Result)
    );
    for (old, new) in source.communes.iter().zip(&plan.communes) {
        let r = old.result.as_ref().unwrap();
        assert_eq!(new.baseline_unmet, r.unmet, "{}", old.name);
        assert_eq!(new.target_unmet, r.unmet, "{}", old.name);
        assert!(new.result.is_none());
        for g in &r.granted {
            assert!(
                new.recognized
                    .iter()
                    .any(|x| x.level == g.level && x.year == g.year),
                "{}: granted {:?} carried",
                old.name,
                g.level
            );
        }
    }
    // Nậm Hàng missed criterion 17 and was not recognized: it still awaits NTM.
    let nh = plan.communes.iter().find(|c| c.name == "Nậm Hàng").unwrap();
    assert_eq!(nh.baseline_unmet, ["17"]);
    assert!(nh.recognized.is_empty());
    assert!(
        nh.planned
            .iter()
            .any(|p| p.level == Level::Ntm && p.year == 2025)
    );
    // Nà Tăm, granted NTM in 2025, no longer plans it.
    let nt = plan.communes.iter().find(|c| c.name == "Nà Tăm").unwrap();
    assert!(nt.planned.is_empty());
    // Unfinished tasks and projects come along flagged; finished ones stay behind.
    let open_tasks = source.tasks.iter().filter(|t| !t.finished()).count();
    assert_eq!(plan.tasks.len(), open_tasks);
    assert!(plan.tasks.iter().all(|t| t.carried_from == Some(2025)));
    assert_eq!(
        p.left_behind.len(),
        source.tasks.len() - open_tasks + source.projects.len() - plan.projects.len()
    );
    assert!(
        plan.projects
            .iter()
            .all(|p| p.carried_from == Some(2025) && p.disbursed.is_empty())
    );
    // Funding: the same tree, no amounts.
    let ids = |n: &ntm_planner::model::FundingNode| {
        n.walk()
            .iter()
            .map(|(_, x)| x.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&plan.funding), ids(&source.funding));
    assert!(plan.funding.walk().iter().all(|(_, n)| n.amount.is_none()));
    assert!(plan.results.is_none() && plan.allocation.is_none());
    // Villages recognized in 2025 join the recognized.
    assert_eq!(plan.villages[0].recognized, Some(9));
    assert_eq!(plan.villages[0].to_recognize, 0);
}

#[test]
fn same_set_without_results_takes_targets_and_changes_can_be_declined() {
    let mut source = sample("lang-son-2023.ntm");
    assert!(source.results.is_none());
    source.header.number = "15/KH-UBND".into();
    let mut p = carry::propose(
        &source,
        &Options {
            year: 2024,
            across: None,
        },
    )
    .unwrap();
    assert!(
        p.communes
            .iter()
            .all(|c| c.baseline == BaselineFrom::Target)
    );
    assert!(p.set_accepted("header.number", false));
    assert!(p.set_accepted("header.legal-basis", false));
    assert!(!p.set_accepted("no.such.change", false));
    let plan = p.build();
    valid(&plan);
    assert_eq!(plan.header.number, "15/KH-UBND", "declined: kept");
    assert_eq!(
        plan.header.legal_bases, source.header.legal_bases,
        "declined: none added"
    );
    for (old, new) in source.communes.iter().zip(&plan.communes) {
        assert_eq!(new.baseline_unmet, old.target_unmet);
    }
    // A year that is not after the plan's is refused.
    assert!(
        carry::propose(
            &source,
            &Options {
                year: 2023,
                across: None
            }
        )
        .is_err()
    );
}

fn same_name(a: &str, b: &str) -> bool {
    use ntm_planner::units::names::loose_key;
    loose_key(a) == loose_key(b)
}

/// Which history each old commune of the source is in: (new unit name, part).
fn histories(plan: &Plan) -> HashMap<(String, String), Vec<(String, bool)>> {
    let mut out: HashMap<(String, String), Vec<(String, bool)>> = HashMap::new();
    for c in &plan.communes {
        for p in c.history.iter().filter(|p| p.status.is_some()) {
            out.entry((p.name.clone(), p.district.clone()))
                .or_default()
                .push((c.name.clone(), p.part));
        }
    }
    out
}

#[test]
fn lai_chau_2025_onto_the_units_of_2025_and_the_2026_2030_set() {
    let source = sample("lai-chau-2025.ntm");
    let options = carry::default_options(&source, Some(2027));
    let across = options.across.as_ref().expect("a register for Lai Châu");
    assert_eq!(across.set.id, "xa-ntm-2026-2030");
    let p = carry::propose(&source, &options).unwrap();
    assert!(p.across);
    let plan = p.build();
    valid(&plan);
    assert_eq!(plan.header.year, 2027);
    assert_eq!(plan.criteria_set.id, "xa-ntm-2026-2030");
    assert_eq!(
        plan.communes.len(),
        38,
        "36 xã and the 2 wards that took old communes"
    );
    assert!(plan.districts.is_empty() && plan.villages.is_empty());
    // Nothing is assumed under the new set.
    assert!(
        plan.communes
            .iter()
            .all(|c| c.unassessed && c.recognized.is_empty())
    );
    assert!(
        plan.communes
            .iter()
            .all(|c| c.baseline_unmet.len() == 10 && c.target_unmet.len() == 10)
    );

    // Every old commune is in exactly one history, or in the report.
    let h = histories(&plan);
    let r = &p.report;
    assert!(
        r.partial.is_empty(),
        "Lai Châu split no commune: {:?}",
        r.partial
    );
    for c in &source.communes {
        // By name (the register may spell it otherwise: Pa Vệ Sử / Sủ) and district
        // (Nậm Cha in Sìn Hồ, Nậm Chà in Nậm Nhùn).
        let district = source.unit_name(c.district.as_deref().unwrap()).to_string();
        let homes: Vec<_> = h
            .iter()
            .filter(|((n, d), _)| {
                same_name(n, &c.name)
                    && ntm_planner::units::names::district_key(d)
                        == ntm_planner::units::names::district_key(&district)
            })
            .flat_map(|(_, v)| v.clone())
            .collect();
        let reported = r.unknown.iter().any(|(n, _)| *n == c.name)
            || r.ambiguous.iter().any(|(n, _, _)| *n == c.name)
            || r.duplicates.iter().any(|(n, _, _)| *n == c.name);
        assert!(
            homes.len() == 1 && !reported || homes.is_empty() && reported,
            "{} ({district}): {homes:?}, reported {reported}",
            c.name
        );
    }
    assert!(
        r.unknown.is_empty() && r.ambiguous.is_empty() && r.duplicates.is_empty(),
        "{r:#?}"
    );

    let unit = |name: &str| plan.communes.iter().find(|c| c.name == name).unwrap();
    let olds =
        |name: &str| -> Vec<String> { unit(name).history.iter().map(|p| p.name.clone()).collect() };
    // Nà Tăm → Bản Bo.
    assert!(olds("Bản Bo").contains(&"Nà Tăm".to_string()));
    assert!(olds("Bản Bo").contains(&"Bản Bo".to_string()));
    // The old Mường Than → Than Uyên; the new Mường Than is Phúc Than + Mường Mít.
    assert!(olds("Than Uyên").contains(&"Mường Than".to_string()));
    assert_eq!(olds("Mường Than"), ["Phúc Than", "Mường Mít"]);

    // The last status of each old commune: Nà Tăm reached NTM in 2025 (result 19/19).
    let na_tam = unit("Bản Bo")
        .history
        .iter()
        .find(|p| p.name == "Nà Tăm")
        .unwrap();
    let s = na_tam.status.as_ref().unwrap();
    assert_eq!((s.met, s.of, s.basis), (19, 19, StatusBasis::Result));
    assert_eq!(
        s.level().map(|l| (l.level, l.year)),
        Some((Level::Ntm, 2025))
    );
    assert_eq!(na_tam.district, "Huyện Tam Đường");
    // Unfinished projects that were to end in 2025 end in 2027; the note keeps the old
    // date, and the district recipients give way to the communes and wards.
    assert!(!plan.projects.is_empty());
    for pr in &plan.projects {
        if let Some(end) = pr.end {
            assert!(end.year >= 2027, "{} ends {}", pr.id, end.vi());
        }
    }
    assert!(
        plan.projects
            .iter()
            .any(|pr| pr.note.contains("Dự kiến hoàn thành ban đầu"))
    );
    assert!(
        plan.header
            .recipients
            .iter()
            .all(|r| !r.to_lowercase().contains("huyện"))
    );
    // Both old communes of Bản Bo met everything: all ten proposed, nothing applied.
    assert_eq!(unit("Bản Bo").proposed.len(), 10);
    assert!(unit("Bản Bo").unassessed);
    // Than Uyên took the old township too, which the plan did not have: no proposal.
    assert!(unit("Than Uyên").proposed.is_empty());
    assert!(
        r.outside
            .iter()
            .any(|(u, v)| u == "xã Than Uyên" && v.contains(&"thị trấn Than Uyên".to_string()))
    );
}

#[test]
fn the_proposal_follows_the_rule_on_the_sample() {
    let source = sample("lai-chau-2025.ntm");
    let p = carry::propose(&source, &carry::default_options(&source, Some(2026))).unwrap();
    let plan = p.build();
    let cw = carry::crosswalk::bundled();
    for c in &plan.communes {
        let statuses: Vec<_> = c.history.iter().filter_map(|p| p.status.as_ref()).collect();
        if statuses.len() < c.history.len() {
            assert!(
                c.proposed.is_empty(),
                "{}: a predecessor outside the plan",
                c.name
            );
            continue;
        }
        for k in &plan.criteria_set.criteria {
            let old = cw.old_of(&k.code);
            let expected = !old.is_empty()
                && statuses
                    .iter()
                    .all(|s| old.iter().all(|o| !s.unmet.contains(o)));
            assert_eq!(
                c.proposed.contains(&k.code),
                expected,
                "{} / {}",
                c.name,
                k.code
            );
        }
    }
}

#[test]
fn lang_son_2023_onto_the_units_of_2025_with_its_partial_splits() {
    let source = sample("lang-son-2023.ntm");
    let options = carry::default_options(&source, Some(2026));
    let p = carry::propose(&source, &options).unwrap();
    let plan = p.build();
    valid(&plan);
    let r = &p.report;
    let h = histories(&plan);
    for c in &source.communes {
        let homes: Vec<_> = h
            .iter()
            .filter(|((n, _), _)| same_name(n, &c.name))
            .flat_map(|(_, v)| v.clone())
            .collect();
        let partial = r.partial.iter().find(|(n, _)| *n == c.name);
        let reported = r.unknown.iter().any(|(n, _)| *n == c.name)
            || r.ambiguous.iter().any(|(n, _, _)| *n == c.name);
        match partial {
            Some((_, units)) => {
                assert!(
                    homes.len() >= 2 && homes.iter().all(|(_, part)| *part),
                    "{}",
                    c.name
                );
                assert_eq!(units.len(), homes.len());
            }
            None if reported => assert!(homes.is_empty(), "{}", c.name),
            None => assert_eq!(homes.len(), 1, "{}: {homes:?}", c.name),
        }
    }
    let split: Vec<&str> = r.partial.iter().map(|(n, _)| n.as_str()).collect();
    for name in ["Bính Xá", "Kiên Mộc"] {
        if source.communes.iter().any(|c| c.name == name) {
            assert!(split.contains(&name), "{name} named as split: {split:?}");
        }
    }
}

/// The shipped 2027 sample is the carry-forward of the 2025 sample (its generator,
/// tools/samples/lai_chau_2027.rs, drives the same code): the same units, codes and
/// histories; and it reads back byte-identical.
#[test]
fn the_lai_chau_2027_sample_is_the_carry_forward_of_2025() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/lai-chau-2027.ntm"),
    )
    .unwrap();
    let sample = ntm_planner::format::load_str(&text).unwrap().plan;
    assert_eq!(ntm_planner::format::save::to_string(&sample).unwrap(), text);
    let source = sample_plan_2025();
    let carried = carry::propose(&source, &carry::default_options(&source, Some(2027)))
        .unwrap()
        .build();
    assert_eq!(sample.header.year, 2027);
    assert_eq!(sample.communes.len(), carried.communes.len());
    for (a, b) in sample.communes.iter().zip(&carried.communes) {
        assert_eq!((&a.id, &a.name, &a.code), (&b.id, &b.name, &b.code));
        assert_eq!(a.history, b.history, "{}", a.name);
        assert!(a.group.is_some() && !a.unassessed, "{}", a.name);
    }
    // The merged program's sources, with amounts; every illustrative part listed.
    assert!(sample.funding.total() > rust_decimal::Decimal::ZERO);
    assert!(sample.provenance.illustrative.len() >= 5);
    assert!(!ntm_planner::check::has_errors(&ntm_planner::check::check(
        &sample
    )));
    // Tasks carry the 2026 names of the agencies.
    assert!(
        sample
            .tasks
            .iter()
            .all(|t| !t.agency.contains("huyện, thành phố"))
    );
}

fn sample_plan_2025() -> Plan {
    sample("lai-chau-2025.ntm")
}

/// The histories go to the workbook: one row per old commune, with its last status.
#[test]
fn histories_are_exported_to_the_workbook() {
    use calamine::{Reader, Xlsx, open_workbook_from_rs};
    let source = sample("lai-chau-2025.ntm");
    let plan = carry::propose(&source, &carry::default_options(&source, Some(2026)))
        .unwrap()
        .build();
    let bytes =
        ntm_planner::excel::export::to_bytes(&plan, &ntm_planner::progress::NoProgress).unwrap();
    let mut wb: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let sheet = ntm_planner::excel::export::HISTORY_SHEET;
    assert!(wb.sheet_names().contains(&sheet.to_string()));
    let r = wb.worksheet_range(sheet).unwrap();
    let rows: usize = plan.communes.iter().map(|c| c.history.len()).sum();
    // Title rows and the header (rows 1–4), then one row per old commune.
    assert_eq!(r.height(), 4 + rows);
    let cells: Vec<String> = r.rows().map(|row| row[3].to_string()).collect();
    assert!(cells.contains(&"xã Nà Tăm".to_string()));
    let na_tam = r.rows().find(|row| row[3] == "xã Nà Tăm").unwrap();
    assert_eq!(na_tam[8].to_string(), "19/19 (kết quả 2025)");
    assert_eq!(na_tam[7].to_string(), "NTM 2025");
}

/// A 2025 plan on Lạng Sơn's old communes with both split communes, and one the
/// register does not know: the split ones are in two histories each, marked "part",
/// and named in the report with the units; the unknown one is named too.
#[test]
fn split_and_unknown_old_communes_are_named_in_the_report() {
    use ntm_planner::model::Commune;
    let set = ntm_planner::criteria_sets::by_name("2021-2025").unwrap();
    let mut plan = Plan::new_empty(set, "Lạng Sơn", 2025);
    plan.districts.push(ntm_planner::model::District {
        id: "dinh-lap".into(),
        name: "Đình Lập".into(),
        ..Default::default()
    });
    for (id, name, unmet) in [
        ("binh-xa", "Bính Xá", vec!["10"]),
        ("kien-moc", "Kiên Mộc", vec![]),
        ("xa-khong-co", "Xã Không Có", vec![]),
    ] {
        plan.communes.push(Commune {
            id: id.into(),
            name: name.into(),
            district: Some("dinh-lap".into()),
            target_unmet: unmet.into_iter().map(String::from).collect(),
            ..Commune::default()
        });
    }
    let p = carry::propose(&plan, &carry::default_options(&plan, Some(2026))).unwrap();
    let r = &p.report;
    assert_eq!(
        r.unknown,
        [("Xã Không Có".to_string(), "Đình Lập".to_string())]
    );
    let split: Vec<&str> = r.partial.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(split, ["Bính Xá", "Kiên Mộc"]);
    for (_, units) in &r.partial {
        assert_eq!(units.len(), 2, "{units:?}");
    }
    let new = p.build();
    valid(&new);
    let homes = |name: &str| -> Vec<(String, bool)> {
        new.communes
            .iter()
            .flat_map(|c| {
                c.history
                    .iter()
                    .filter(|h| h.name == name && h.status.is_some())
                    .map(|h| (c.name.clone(), h.part))
            })
            .collect()
    };
    assert_eq!(homes("Bính Xá").len(), 2);
    assert!(homes("Bính Xá").iter().all(|(_, part)| *part));
    assert_eq!(homes("Kiên Mộc").len(), 2);
    // The new Kiên Mộc took parts of both, and Bính Xá lacked criterion 10 (income):
    // criterion 3 is not proposed there (nor anything, where another old unit of it
    // was not in the plan).
    let kien_moc = new.communes.iter().find(|c| c.name == "Kiên Mộc").unwrap();
    assert!(!kien_moc.proposed.contains(&"3".to_string()));
    // The report in words names them.
    let lines = r.lines(ntm_planner::lang::Lang::Vi).join("\n");
    assert!(
        lines.contains("Xã Bính Xá bị chia cho nhiều đơn vị"),
        "{lines}"
    );
    assert!(lines.contains("Xã Không Có"), "{lines}");
}
