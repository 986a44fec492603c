//! Synthetic plans of any size, for benchmarks and tests: a national-scale plan is
//! 8.000 communes × 19 criteria and 16.000 projects. Deterministic for a given seed;
//! every figure is consistent (the funding tree adds up, references resolve).

use crate::criteria_sets;
use crate::model::*;
use rust_decimal::Decimal;

/// A small deterministic generator (xorshift), so the library needs no `rand`.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// 0..n
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next_u64() % n }
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const SYLLABLES: &[&str] = &[
    "Mường",
    "Tà",
    "Nậm",
    "Pa",
    "Sơn",
    "Bình",
    "Hồ",
    "Thàng",
    "Phìn",
    "Lèng",
    "Khoa",
    "Than",
    "Uyên",
    "Tè",
    "Hừa",
    "Mù",
    "Cả",
    "Ka",
    "Lăng",
    "Bum",
    "Nưa",
    "Tở",
    "Đồng",
    "Văn",
    "Quan",
    "Lộc",
    "Hữu",
    "Chi",
    "Đình",
    "Lập",
    "Tràng",
    "Định",
    "Hòa",
    "Thủy",
    "Xuân",
    "Yên",
    "Phú",
    "Thịnh",
    "Quỳnh",
    "Ngọc",
    "Kim",
    "Đức",
    "Thượng",
    "Hạ",
    "Trung",
    "Tân",
];

/// A plan with `communes` communes in `districts` districts over the 2021–2025 set,
/// and `projects` projects.
pub fn national_plan(communes: usize, districts: usize, projects: usize, seed: u64) -> Plan {
    let Some(set) = criteria_sets::by_name("2021-2025") else {
        unreachable!("the 2021-2025 set is bundled")
    };
    let mut rng = Rng::new(seed);
    let mut plan = Plan::new_empty(set, "Toàn quốc (tổng hợp)", 2025);
    plan.header.title = "Kế hoạch tổng hợp (dữ liệu tổng hợp để đo hiệu năng)".into();
    plan.district_set = criteria_sets::by_name("2021-2025-district");
    let codes: Vec<String> = plan
        .criteria_set
        .criteria
        .iter()
        .map(|c| c.code.clone())
        .collect();
    for d in 0..districts.max(1) {
        plan.districts.push(District {
            id: format!("h{d:04}"),
            name: format!("Huyện {} {}", SYLLABLES[d % SYLLABLES.len()], d + 1),
            ..District::default()
        });
    }
    for i in 0..communes {
        let a = SYLLABLES[rng.below(SYLLABLES.len() as u64) as usize];
        let b = SYLLABLES[rng.below(SYLLABLES.len() as u64) as usize];
        let mut baseline_unmet = Vec::new();
        let mut target_unmet = Vec::new();
        let weak = rng.below(12) as usize;
        for code in &codes {
            if baseline_unmet.len() < weak && rng.chance(45) {
                baseline_unmet.push(code.clone());
                if rng.chance(40) {
                    target_unmet.push(code.clone());
                }
            }
        }
        let recognized = if baseline_unmet.is_empty() {
            vec![LevelYear {
                level: Level::Ntm,
                year: 2015 + rng.below(10) as u16,
            }]
        } else {
            Vec::new()
        };
        let planned = if !baseline_unmet.is_empty() && target_unmet.is_empty() {
            vec![LevelYear {
                level: Level::Ntm,
                year: 2025,
            }]
        } else {
            Vec::new()
        };
        let details = baseline_unmet
            .iter()
            .map(|c| CriterionDetail {
                criterion: c.clone(),
                year: Some(if target_unmet.contains(c) { 2026 } else { 2025 }),
                agency: "UBND xã".into(),
                note: String::new(),
            })
            .collect();
        plan.communes.push(Commune {
            id: format!("x{i:05}"),
            name: format!("{a} {b} {}", i + 1),
            district: Some(format!("h{:04}", i % districts.max(1))),
            kind: None,
            code: None,
            group: None,
            recognized,
            planned,
            baseline_unmet,
            target_unmet,
            details,
            note: String::new(),
            ..Commune::default()
        });
    }
    let leaf = |id: &str, name: &str, kind: SourceKind, amount: i64| FundingNode {
        id: id.into(),
        name: name.into(),
        kind: Some(kind),
        amount: Some(Decimal::from(amount)),
        note: String::new(),
        children: Vec::new(),
    };
    let per_project = 850i64;
    let invest = per_project * projects as i64;
    let central = FundingNode {
        id: "ns-tw".into(),
        name: "Vốn ngân sách Trung ương".into(),
        kind: Some(SourceKind::Central),
        amount: Some(Decimal::from(invest + 250_000)),
        note: String::new(),
        children: vec![
            leaf(
                "ns-tw-dt",
                "Vốn đầu tư",
                SourceKind::CentralInvestment,
                invest,
            ),
            leaf(
                "ns-tw-sn",
                "Vốn sự nghiệp",
                SourceKind::CentralRecurrent,
                250_000,
            ),
        ],
    };
    plan.funding.children = vec![
        central,
        leaf(
            "ns-dp",
            "Vốn ngân sách địa phương",
            SourceKind::Local,
            1_500_000,
        ),
        leaf(
            "long-ghep",
            "Vốn lồng ghép",
            SourceKind::Integrated,
            9_000_000,
        ),
        leaf("tin-dung", "Vốn tín dụng", SourceKind::Credit, 25_000_000),
        leaf(
            "cong-dong",
            "Vốn huy động cộng đồng dân cư",
            SourceKind::Community,
            12_345,
        ),
    ];
    plan.funding.amount = Some(plan.funding.total());
    let base = invest + 250_000;
    plan.allocation = Some(Allocation {
        base: "ns-tw".into(),
        lines: vec![
            AllocationLine {
                component: "2".into(),
                amount: Decimal::from(invest),
                stated_share: None,
            },
            AllocationLine {
                component: "11".into(),
                amount: Decimal::from(100_000),
                stated_share: None,
            },
        ],
        unallocated: Some(Unallocated {
            amount: Decimal::from(base - invest - 100_000),
            stated_share: None,
        }),
    });
    for p in 0..projects {
        let commune =
            &plan.communes[rng.below(communes.max(1) as u64) as usize % plan.communes.len().max(1)];
        plan.projects.push(Project {
            id: format!("DA-{p:05}"),
            name: format!(
                "Đường giao thông nội thôn {} (dự án {})",
                commune.name,
                p + 1
            ),
            commune: Some(commune.id.clone()),
            component: Some("2".into()),
            amounts: vec![ProjectAmount {
                source: "ns-tw-dt".into(),
                amount: Decimal::from(per_project),
            }],
            special_mechanism: rng.chance(70),
            start: Some(Date {
                year: 2025,
                month: 3,
                day: 1,
            }),
            end: Some(Date {
                year: 2025,
                month: 11,
                day: 30,
            }),
            status: ProjectStatus::Planned,
            note: String::new(),
            ..Project::default()
        });
    }
    plan.provenance.illustrative =
        vec!["Toàn bộ dữ liệu là tổng hợp ngẫu nhiên, chỉ để đo hiệu năng.".into()];
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_plans_are_valid_and_consistent() {
        let plan = national_plan(300, 12, 500, 7);
        assert!(crate::format::validate::problems(&plan).is_empty());
        let findings = crate::check::check(&plan);
        assert!(!crate::check::has_errors(&findings), "{findings:?}");
        assert_eq!(plan.communes.len(), 300);
        assert_eq!(plan.projects.len(), 500);
    }
}
