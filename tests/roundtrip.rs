//! Property: save → load gives back the same plan, and load → save of a saved file is
//! byte-identical, for arbitrary plans (any text, amounts, trees, references).

use ntm_planner::criteria_sets;
use ntm_planner::format;
use ntm_planner::model::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Text as planners write it: Vietnamese letters, punctuation that RON must escape,
/// newlines, tabs, emoji; always NFC, as every loaded text is.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("Mường Tè".to_string()),
            Just("Thủy lợi".to_string()),
            Just("Thuỷ".to_string()),
            Just("\"trích dẫn\"".to_string()),
            Just("a\\b".to_string()),
            Just("dòng 1\ndòng 2".to_string()),
            Just("\t".to_string()),
            Just("r#\"".to_string()),
            Just("// không phải chú thích".to_string()),
            Just("'".to_string()),
            Just("🌾".to_string()),
            "[ -~]{0,8}",
            "\\PC{0,6}",
        ],
        0..4,
    )
    .prop_map(|parts| ntm_planner::text::nfc(&parts.concat()))
}

fn amount() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (0i64..10_000_000_000).prop_map(Decimal::from),
        (0i64..100_000_000, 0u32..4).prop_map(|(m, s)| Decimal::new(m, s)),
        Just(Decimal::ZERO),
    ]
}

fn year() -> impl Strategy<Value = u16> {
    1990u16..2060
}

fn date() -> impl Strategy<Value = Date> {
    (2000u16..2050, 1u8..13, 1u8..29).prop_map(|(y, m, d)| Date {
        year: y,
        month: m,
        day: d,
    })
}

fn funding(depth: u32) -> BoxedStrategy<FundingNode> {
    let leaf =
        (text(), prop::option::of(amount()), text()).prop_map(|(name, amount, note)| FundingNode {
            id: String::new(),
            name,
            kind: None,
            amount,
            note,
            children: Vec::new(),
        });
    if depth == 0 {
        return leaf.boxed();
    }
    (
        leaf,
        prop::collection::vec(funding(depth - 1), 0..3),
        prop::option::of(prop::sample::select(vec![
            SourceKind::Central,
            SourceKind::Credit,
            SourceKind::Community,
        ])),
    )
        .prop_map(|(mut n, children, kind)| {
            n.children = children;
            n.kind = kind;
            n
        })
        .boxed()
}

fn number_ids(node: &mut FundingNode, next: &mut usize) {
    node.id = format!("n{next}");
    *next += 1;
    for c in &mut node.children {
        number_ids(c, next);
    }
}

fn plan() -> impl Strategy<Value = Plan> {
    let set = prop::sample::select(vec!["2021-2025", "2026-2030"]);
    (
        set,
        (
            text(),
            text(),
            year(),
            prop::option::of(date()),
            prop::collection::vec(text(), 0..3),
        ),
        prop::collection::vec(
            (
                text(),
                prop::collection::vec(0usize..19, 0..6),
                prop::collection::vec(0usize..19, 0..3),
                prop::option::of(year()),
                text(),
            ),
            0..12,
        ),
        funding(3),
        prop::collection::vec(
            (
                text(),
                prop::option::of(0usize..12),
                prop::collection::vec(amount(), 0..3),
                any::<bool>(),
                prop::option::of(date()),
            ),
            0..6,
        ),
        prop::collection::vec((text(), text(), prop::option::of(date())), 0..5),
        (prop::option::of(amount()), prop::option::of(0u32..100)),
    )
        .prop_map(
            |(
                set,
                (title, province, year, date, bases),
                communes,
                mut root,
                projects,
                tasks,
                (avg, floor),
            )| {
                let set = criteria_sets::by_name(set).unwrap();
                let n = set.len();
                let codes: Vec<String> = set.criteria.iter().map(|c| c.code.clone()).collect();
                let mut plan = Plan::new_empty(set, &province, year);
                plan.header.title = title;
                plan.header.date = date;
                plan.header.legal_bases = bases;
                let groups = plan.criteria_set.uses_groups();
                for (i, (name, unmet, target_unmet, rec, note)) in communes.into_iter().enumerate()
                {
                    let mut b: Vec<String> =
                        unmet.into_iter().map(|k| codes[k % n].clone()).collect();
                    b.dedup();
                    b.sort();
                    b.dedup();
                    let mut t: Vec<String> = target_unmet
                        .into_iter()
                        .map(|k| codes[k % n].clone())
                        .collect();
                    t.sort();
                    t.dedup();
                    plan.communes.push(Commune {
                        id: format!("c{i}"),
                        name: format!("{name}{i}"),
                        group: groups.then_some(1 + (i % 3) as u8),
                        recognized: rec
                            .map(|y| {
                                vec![LevelYear {
                                    level: Level::Ntm,
                                    year: y,
                                }]
                            })
                            .unwrap_or_default(),
                        details: b
                            .first()
                            .map(|c| {
                                vec![CriterionDetail {
                                    criterion: c.clone(),
                                    year: Some(2025),
                                    agency: note.clone(),
                                    note: note.clone(),
                                }]
                            })
                            .unwrap_or_default(),
                        baseline_unmet: b,
                        target_unmet: t,
                        note,
                        ..Commune::default()
                    });
                }
                let mut next = 0;
                number_ids(&mut root, &mut next);
                root.id = "tong".into();
                let sources: Vec<String> =
                    root.walk().into_iter().map(|(_, n)| n.id.clone()).collect();
                plan.funding = root;
                for (i, (name, commune, amounts, special, start)) in
                    projects.into_iter().enumerate()
                {
                    plan.projects.push(Project {
                        id: format!("DA-{i}"),
                        name,
                        commune: commune
                            .filter(|c| *c < plan.communes.len())
                            .map(|c| format!("c{c}")),
                        component: plan.components.first().map(|c| c.code.clone()),
                        amounts: amounts
                            .into_iter()
                            .enumerate()
                            .map(|(k, a)| ProjectAmount {
                                source: sources[k % sources.len()].clone(),
                                amount: a,
                            })
                            .collect(),
                        special_mechanism: special,
                        start,
                        end: None,
                        status: ProjectStatus::InProgress,
                        note: String::new(),
                        ..Project::default()
                    });
                }
                for (agency, text, deadline) in tasks {
                    plan.tasks.push(Task {
                        agency,
                        text,
                        deadline,
                        ..Task::default()
                    });
                }
                plan.stated.average_target = avg;
                plan.stated.projects = floor;
                plan
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn save_then_load_gives_back_the_same_plan(plan in plan()) {
        prop_assert!(format::validate::problems(&plan).is_empty(), "{:?}", format::validate::problems(&plan));
        let text = format::to_string(&plan).unwrap();
        let loaded = format::load_str(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&loaded.plan, &plan);
        prop_assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
        // And saving what was loaded gives the same bytes.
        prop_assert_eq!(format::to_string(&loaded.plan).unwrap(), text);
    }

    #[test]
    fn loading_never_panics_on_damaged_files(cut in 0usize..4000, flip in 0usize..4000, byte in any::<u8>()) {
        let text = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/small-2026.ntm")).unwrap();
        let mut damaged = text[..cut.min(text.len())].to_vec();
        if !damaged.is_empty() {
            let i = flip % damaged.len();
            damaged[i] = byte;
        }
        let _ = format::load_bytes(&damaged);
    }
}
