//! Every figure of the two seed plans, from the bundled sample files, through the
//! library and through `ntm-planner summary --json`.

use ntm_planner::check::{self, Severity};
use ntm_planner::figures::{self, Figures};
use ntm_planner::format;
use ntm_planner::numfmt;
use rust_decimal::Decimal;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::str::FromStr;

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join("samples")
        .join(name)
}

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn lai_chau() -> (ntm_planner::Plan, Figures) {
    let plan = format::load_file(&sample("lai-chau-2025.ntm"))
        .unwrap()
        .plan;
    let f = figures::compute(&plan).expect("figures");
    (plan, f)
}

const LC_TARGET: [usize; 19] = [
    94, 93, 94, 94, 78, 94, 94, 94, 89, 54, 54, 92, 90, 84, 88, 94, 61, 94, 94,
];
/// Criterion 1's baseline is not stated in the seed; the sample has it at 94.
const LC_BASELINE: [usize; 19] = [
    94, 64, 89, 90, 72, 53, 94, 89, 55, 45, 45, 78, 55, 63, 74, 85, 45, 81, 91,
];

#[test]
fn lai_chau_criteria_counts_averages_and_distribution() {
    let (plan, f) = lai_chau();
    assert_eq!(f.communes, 94);
    assert_eq!(
        f.per_criterion.iter().map(|c| c.target).collect::<Vec<_>>(),
        LC_TARGET
    );
    assert_eq!(
        f.per_criterion
            .iter()
            .map(|c| c.baseline)
            .collect::<Vec<_>>(),
        LC_BASELINE
    );
    assert_eq!(f.total_met_target, 1629);
    assert_eq!(f.total_met_baseline, 1362);
    assert_eq!(numfmt::fixed(f.average_target.unwrap(), 2), "17,33");
    assert_eq!(numfmt::fixed(f.average_baseline.unwrap(), 2), "14,49");
    let bands: Vec<(&str, usize, usize)> = f
        .distribution
        .iter()
        .map(|b| (b.label.as_str(), b.baseline, b.target))
        .collect();
    assert_eq!(
        bands,
        [
            ("19", 44, 54),
            ("15–18", 5, 40),
            ("10–14", 27, 0),
            ("5–9", 18, 0),
            ("dưới 5", 0, 0)
        ]
    );
    assert!(f.below_floor.is_empty(), "no commune under 15 criteria");
    // "64/94 → 93/94" for transport.
    let transport = &f.per_criterion[1];
    assert_eq!(
        (
            transport.name.as_str(),
            transport.baseline,
            transport.target
        ),
        ("Giao thông", 64, 93)
    );
    assert_eq!(plan.stated.floor, Some(15));
}

#[test]
fn lai_chau_recognition() {
    let (_, f) = lai_chau();
    assert_eq!(f.recognized, 39);
    let mut awaiting = f.awaiting.clone();
    awaiting.sort();
    assert_eq!(
        awaiting,
        ["Khoen On", "Pha Mu", "Sơn Bình", "Tà Hừa", "Tà Mung"]
    );
    let mut new = f.to_recognize.clone();
    new.sort();
    assert_eq!(
        new,
        [
            "Can Hồ",
            "Giang Ma",
            "Hoang Thèn",
            "Lản Nhì Thàng",
            "Nà Tăm",
            "Nậm Hàng",
            "Pa Khóa",
            "Sà Dề Phìn",
            "Sùng Phài",
            "Tả Lèng"
        ]
    );
    assert_eq!(f.recognized_after, 54);
    let mut adv = f.advanced_to_recognize.clone();
    adv.sort();
    assert_eq!(
        adv,
        [
            "Bản Bo",
            "Mường Than",
            "Pha Mu",
            "Phúc Khoa",
            "San Thàng",
            "Sơn Bình"
        ]
    );
    // Candidates (all 19 at the target, not yet recognized) are exactly the 15 named.
    assert_eq!(f.candidates.len(), 15);
}

#[test]
fn lai_chau_funding_allocation_projects_villages() {
    let (_, f) = lai_chau();
    let amount = |id: &str| f.funding.iter().find(|n| n.id == id).unwrap().computed;
    assert_eq!(f.total_funding, d("4503481"));
    assert_eq!(amount("ns-tw"), d("96569"));
    assert_eq!(amount("ns-tw-dt"), d("74098"));
    assert_eq!(amount("ns-tw-dt-trong-nuoc"), d("67980"));
    assert_eq!(amount("ns-tw-dt-nuoc-ngoai"), d("6118"));
    assert_eq!(amount("ns-tw-sn"), d("22471"));
    assert_eq!(amount("ns-dp"), d("157707"));
    assert_eq!(amount("long-ghep"), d("1667139"));
    assert_eq!(amount("tin-dung"), d("2581000"));
    assert_eq!(amount("cong-dong"), d("1066"));
    assert_eq!(numfmt::decimal(f.total_funding), "4.503.481");

    let a = f.allocation.as_ref().unwrap();
    assert_eq!(a.base, d("96569"));
    assert_eq!(a.allocated, d("96569"));
    let lines: Vec<(Option<&str>, Decimal, String)> = a
        .lines
        .iter()
        .map(|l| (l.component.as_deref(), l.amount, numfmt::percent(l.share)))
        .collect();
    assert_eq!(
        lines,
        [
            (Some("2"), d("74098"), "76,73%".to_string()),
            (Some("3"), d("307"), "0,32%".to_string()),
            (Some("7"), d("2800"), "2,90%".to_string()),
            (Some("10"), d("680"), "0,70%".to_string()),
            (Some("11"), d("2595"), "2,69%".to_string()),
            (None, d("16089"), "16,66%".to_string()),
        ]
    );
    assert_eq!(
        a.lines.iter().map(|l| l.share).sum::<Decimal>(),
        d("100.00")
    );
    assert_eq!(a.stated_shares_sum, Some(d("99.99")));

    assert_eq!((f.projects, f.special_projects), (86, 63));
    assert_eq!(f.projects_amount, d("74098"));

    let villages: Vec<(&str, u32)> = f
        .villages
        .iter()
        .map(|v| (v.name.as_str(), v.to_recognize))
        .collect();
    assert_eq!(
        villages,
        [
            ("Tam Đường", 10),
            ("Than Uyên", 20),
            ("Mường Tè", 18),
            ("Nậm Nhùn", 9),
            ("Phong Thổ", 25),
            ("Sìn Hồ", 22)
        ]
    );
    assert_eq!(f.villages_to_recognize, 104);
}

#[test]
fn lai_chau_districts_tasks_and_text() {
    let (plan, f) = lai_chau();
    let planned: Vec<&str> = plan
        .districts
        .iter()
        .filter(|d| d.planned == Some(2025))
        .map(|d| d.name.as_str())
        .collect();
    assert_eq!(planned, ["Tam Đường", "Than Uyên", "Tân Uyên"]);
    for d in f
        .districts
        .iter()
        .filter(|d| planned.contains(&d.name.as_str()))
    {
        assert!(
            d.commune_conditions_met,
            "{} meets the commune conditions",
            d.name
        );
    }
    assert_eq!(plan.header.legal_bases.len(), 4);
    assert!(
        plan.header.legal_bases[0].starts_with("Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022")
    );
    assert_eq!(plan.solutions.len(), 5);
    let dossier: Vec<_> = plan
        .tasks
        .iter()
        .filter(|t| t.deadline.map(|d| d.vi()) == Some("30/04/2025".into()))
        .collect();
    assert!(!dossier.is_empty());
    assert_eq!(dossier.iter().map(|t| t.communes.len()).sum::<usize>(), 5);
    assert!(
        !plan.provenance.illustrative.is_empty(),
        "illustrative data is marked"
    );
}

#[test]
fn lai_chau_checker_finds_the_seeds_own_mistakes_and_nothing_else() {
    let (plan, f) = lai_chau();
    let findings = check::check_with(&plan, &f);
    let rules: Vec<&str> = findings.iter().map(|x| x.rule).collect();
    assert_eq!(
        rules,
        ["share-stated", "shares-sum", "average", "average-vs-counts"]
    );
    assert!(findings.iter().all(|x| x.severity == Severity::Warning));
    assert_eq!(
        (
            findings[0].stated.as_deref(),
            findings[0].computed.as_deref()
        ),
        (Some("0,31%"), Some("0,32%"))
    );
    assert_eq!(
        (
            findings[1].stated.as_deref(),
            findings[1].computed.as_deref()
        ),
        (Some("99,99%"), Some("100,00%"))
    );
    assert_eq!(
        (
            findings[2].stated.as_deref(),
            findings[2].computed.as_deref()
        ),
        (Some("14,55"), Some("14,49"))
    );
    assert_eq!(
        (
            findings[3].stated.as_deref(),
            findings[3].computed.as_deref()
        ),
        (Some("14,55"), Some("14,49"))
    );
    assert!(
        findings[3].message_vi.contains("1.362 / 94 = 14,49"),
        "{}",
        findings[3].message_vi
    );
}

#[test]
fn lang_son_remediation_plan() {
    let plan = format::load_file(&sample("lang-son-2023.ntm"))
        .unwrap()
        .plan;
    let f = figures::compute(&plan).expect("figures");
    assert_eq!(f.communes, 70);
    assert_eq!((f.recognized, f.advanced), (70, 12));
    let ntm_only = plan
        .communes
        .iter()
        .filter(|c| c.level() == Some(ntm_planner::model::Level::Ntm))
        .count();
    assert_eq!(ntm_only, 58);
    for c in &plan.communes {
        let first = c.recognized.iter().map(|r| r.year).min().unwrap();
        assert!(
            (2014..=2021).contains(&first),
            "{} recognized in {first}",
            c.name
        );
        assert!(
            c.target_unmet.is_empty(),
            "{} completes every criterion by the end of 2024",
            c.name
        );
        for code in &c.baseline_unmet {
            let detail = c
                .detail(code)
                .unwrap_or_else(|| panic!("{}: criterion {code} has a roadmap entry", c.name));
            assert!(matches!(detail.year, Some(2023 | 2024)));
            assert!(!detail.agency.is_empty());
        }
    }
    let years: Vec<Option<u16>> = f.roadmap.iter().map(|r| r.year).collect();
    assert_eq!(years, [Some(2023), Some(2024)]);
    assert_eq!(
        f.roadmap.iter().map(|r| r.items).sum::<usize>(),
        plan.communes
            .iter()
            .map(|c| c.baseline_unmet.len())
            .sum::<usize>()
    );
    assert_eq!(plan.goals.deadline_year, Some(2024));
    assert!(plan.header.draft);
    assert!(!plan.tasks.is_empty());
    assert!(check::check_with(&plan, &f).is_empty());
}

fn summary_json(name: &str) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_ntm-planner"))
        .args(["summary", "--json"])
        .arg(sample(name))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn lai_chau_through_summary_json() {
    let j = summary_json("lai-chau-2025.ntm");
    assert_eq!(j["communes"], 94);
    let texts: Vec<(String, String)> = j["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["baseline_text"].as_str().unwrap().to_string(),
                c["target_text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(texts[1], ("64/94".to_string(), "93/94".to_string()));
    for (i, (b, t)) in texts.iter().enumerate() {
        assert_eq!(b, &format!("{}/94", LC_BASELINE[i]));
        assert_eq!(t, &format!("{}/94", LC_TARGET[i]));
    }
    assert_eq!(j["average_baseline"], "14.49");
    assert_eq!(j["average_target"], "17.33");
    assert_eq!(j["total_funding"], "4503481");
    let shares: Vec<&str> = j["allocation"]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["share"].as_str().unwrap())
        .collect();
    assert_eq!(shares, ["76.73", "0.32", "2.90", "0.70", "2.69", "16.66"]);
    assert_eq!(j["projects"]["total"], 86);
    assert_eq!(j["projects"]["special_mechanism"], 63);
    assert_eq!(j["projects"]["amount"], "74098");
    assert_eq!(j["villages"]["to_recognize"], 104);
    assert_eq!(j["recognition"]["recognized"], 39);
    assert_eq!(j["recognition"]["recognized_after"], 54);
    assert_eq!(j["recognition"]["awaiting"].as_array().unwrap().len(), 5);
    assert_eq!(
        j["recognition"]["to_recognize"].as_array().unwrap().len(),
        10
    );
    assert_eq!(
        j["recognition"]["advanced_to_recognize"]
            .as_array()
            .unwrap()
            .len(),
        6
    );
    let dist: Vec<(u64, u64)> = j["distribution"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["baseline"].as_u64().unwrap(),
                b["target"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(dist, [(44, 54), (5, 40), (27, 0), (18, 0), (0, 0)]);
    assert_eq!(j["findings"]["errors"], 0);
    assert_eq!(j["findings"]["warnings"], 4);
    let funding: Vec<(&str, &str)> = j["funding"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["id"].as_str().unwrap(), n["computed"].as_str().unwrap()))
        .collect();
    assert_eq!(funding[0], ("tong", "4503481"));
    assert!(funding.contains(&("ns-tw", "96569")));
    assert!(funding.contains(&("long-ghep", "1667139")));
}

#[test]
fn lang_son_through_summary_json() {
    let j = summary_json("lang-son-2023.ntm");
    assert_eq!(j["communes"], 70);
    assert_eq!(j["kind"], "Remediation");
    assert_eq!(j["recognition"]["recognized"], 70);
    assert_eq!(j["recognition"]["advanced"], 12);
    let years: Vec<u64> = j["roadmap"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["year"].as_u64().unwrap())
        .collect();
    assert_eq!(years, [2023, 2024]);
    assert_eq!(j["findings"]["errors"], 0);
    assert_eq!(j["findings"]["warnings"], 0);
}
