//! Figures per commune group (where the set has groups) and the province's completion
//! of the NTM task (where the set states the conditions, Phụ lục III of Decision
//! 51/2025/QĐ-TTg), with the program's end-of-period targets beside them.

use crate::model::{Commune, Level, Plan};
use crate::units::UnitKind;
use rust_decimal::Decimal;
use serde::Serialize;

/// The communes of one group (or those without one).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupFigures {
    /// The group's number; None for communes whose group is not chosen yet.
    pub group: Option<u8>,
    pub communes: usize,
    /// Communes meeting each criterion (in the set's order): (baseline, target).
    pub per_criterion: Vec<(usize, usize)>,
    /// Recognized at NTM standard (any level) before the plan year.
    pub recognized: usize,
    /// At NTM standard by the end of the plan year (recognized or planned).
    pub ntm_after: usize,
    /// At NTM hiện đại by the end of the plan year.
    pub modern_after: usize,
    /// Average criteria met per commune at the target, exact.
    pub average_target: Option<Decimal>,
}

/// Whether a commune is at `level` (or above) by the end of `year`: recognized, or
/// planned for that year or before.
pub fn at_level_by(c: &Commune, level: Level, year: u16) -> bool {
    c.recognized
        .iter()
        .any(|r| r.level >= level && r.year <= year)
        || c.planned.iter().any(|p| p.level >= level && p.year <= year)
}

/// Counts per group, groups in the set's order, then communes without a group (only
/// when there are some). Empty when the set has no groups.
pub fn by_group(plan: &Plan, met_target: &[usize]) -> Vec<GroupFigures> {
    let set = &plan.criteria_set;
    if !set.uses_groups() {
        return Vec::new();
    }
    let year = plan.header.year;
    let mut keys: Vec<Option<u8>> = set.groups.iter().map(|g| Some(g.number)).collect();
    if plan.communes.iter().any(|c| c.group.is_none()) {
        keys.push(None);
    }
    keys.into_iter()
        .map(|g| {
            let members: Vec<(usize, &Commune)> = plan
                .communes
                .iter()
                .enumerate()
                .filter(|(_, c)| c.group == g)
                .collect();
            let per_criterion = set
                .criteria
                .iter()
                .map(|k| {
                    (
                        members
                            .iter()
                            .filter(|(_, c)| c.meets_baseline(&k.code))
                            .count(),
                        members
                            .iter()
                            .filter(|(_, c)| c.meets_target(&k.code))
                            .count(),
                    )
                })
                .collect();
            let n = members.len();
            let total: usize = members
                .iter()
                .map(|(i, _)| met_target.get(*i).copied().unwrap_or(0))
                .sum();
            GroupFigures {
                group: g,
                communes: n,
                per_criterion,
                recognized: members
                    .iter()
                    .filter(|(_, c)| c.recognized.iter().any(|r| r.year < year))
                    .count(),
                ntm_after: members
                    .iter()
                    .filter(|(_, c)| at_level_by(c, Level::Ntm, year))
                    .count(),
                modern_after: members
                    .iter()
                    .filter(|(_, c)| at_level_by(c, Level::Modern, year))
                    .count(),
                average_target: (n > 0)
                    .then(|| Decimal::from(total as u64) / Decimal::from(n as u64)),
            }
        })
        .collect()
}

/// The province's completion of the NTM task by the end of the plan year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Completion {
    /// Communes (xã) in the plan: conditions (1) and (2) are about them.
    pub communes: usize,
    /// Of those, at NTM standard before the plan year.
    pub ntm_now: usize,
    /// At NTM standard by the end of the plan year.
    pub ntm_after: usize,
    /// At NTM hiện đại by the end of the plan year.
    pub modern_after: usize,
    /// Communes at NTM needed for condition (1).
    pub ntm_required: usize,
    /// Communes at NTM hiện đại needed for condition (2) (the share, rounded up).
    pub modern_required: usize,
    /// Share of communes at NTM hiện đại after the plan, percent (two decimals).
    pub modern_share: Decimal,
    /// Wards and special zones in the plan (condition (3)).
    pub wards: usize,
    /// Of those, meeting the required share of criteria at the target.
    pub wards_meeting: usize,
    /// Criteria a ward must meet (the share of the set's criteria, rounded up).
    pub ward_criteria_required: Option<usize>,
    /// The names of the wards that do not yet.
    pub wards_short: Vec<String>,
    /// All conditions met by the end of the plan year.
    pub complete: bool,
    /// The program's targets, as counts of these communes: (year, NTM, hiện đại).
    pub targets: Option<(u16, usize, usize)>,
}

impl Completion {
    pub fn ntm_missing(&self) -> usize {
        self.ntm_required.saturating_sub(self.ntm_after)
    }

    pub fn modern_missing(&self) -> usize {
        self.modern_required.saturating_sub(self.modern_after)
    }
}

/// `percent` of `n`, rounded up: 10% of 36 communes is 4 (3,6).
pub fn share_of(n: usize, percent: u8) -> usize {
    (n * percent as usize).div_ceil(100)
}

/// The completion figures, when the plan's set states the conditions.
pub fn completion(plan: &Plan, met_target: &[usize]) -> Option<Completion> {
    let set = &plan.criteria_set;
    let rule = set.province_completion.as_ref()?;
    let year = plan.header.year;
    let is_commune = |c: &Commune| c.kind.is_none_or(|k| k == UnitKind::Commune);
    let communes: Vec<&Commune> = plan.communes.iter().filter(|c| is_commune(c)).collect();
    let n = communes.len();
    let ntm_now = communes
        .iter()
        .filter(|c| c.recognized.iter().any(|r| r.year < year))
        .count();
    let ntm_after = communes
        .iter()
        .filter(|c| at_level_by(c, Level::Ntm, year))
        .count();
    let modern_after = communes
        .iter()
        .filter(|c| at_level_by(c, Level::Modern, year))
        .count();
    let ward_criteria_required = rule.ward_criteria_percent.map(|p| share_of(set.len(), p));
    let mut wards = 0;
    let mut wards_short = Vec::new();
    for (i, c) in plan.communes.iter().enumerate() {
        if is_commune(c) {
            continue;
        }
        wards += 1;
        let met = met_target.get(i).copied().unwrap_or(0);
        if ward_criteria_required.is_some_and(|need| met < need) {
            wards_short.push(c.name.clone());
        }
    }
    let ntm_required = share_of(n, rule.ntm_percent);
    let modern_required = share_of(n, rule.modern_percent);
    let modern_share = if n == 0 {
        Decimal::ZERO
    } else {
        super::round2(
            Decimal::from(modern_after as u64) * Decimal::ONE_HUNDRED / Decimal::from(n as u64),
        )
    };
    Some(Completion {
        communes: n,
        ntm_now,
        ntm_after,
        modern_after,
        ntm_required,
        modern_required,
        modern_share,
        wards,
        wards_meeting: wards - wards_short.len(),
        ward_criteria_required,
        complete: n > 0
            && ntm_after >= ntm_required
            && modern_after >= modern_required
            && wards_short.is_empty(),
        wards_short,
        targets: set.program_targets.as_ref().map(|t| {
            (
                t.year,
                share_of(n, t.ntm_percent),
                share_of(n, t.modern_percent),
            )
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LevelYear;
    use crate::new_plan::NewPlan;

    /// A 2027 Lai Châu plan with known counts: 36 xã, of which 20 recognized before
    /// 2027, 6 more planned for 2027, 2 at NTM hiện đại; one ward ticked in.
    #[test]
    fn completion_figures_on_a_plan_with_known_counts() {
        let set = crate::criteria_sets::by_name("2026-2030").unwrap();
        let register = crate::units::bundled::by_province("Lai Châu").unwrap();
        let mut spec = NewPlan::with_register(set, register.clone(), 2027);
        spec.include.push("03388".into()); // phường Đoàn Kết
        spec.group = Some(3);
        let mut plan = spec.build();
        let ntm = |year| LevelYear {
            level: Level::Ntm,
            year,
        };
        for (i, c) in plan.communes.iter_mut().enumerate() {
            if c.kind.is_some() {
                // The ward meets 6 of 10 criteria: short of 70%.
                c.target_unmet = vec!["1".into(), "2".into(), "3".into(), "4".into()];
                continue;
            }
            if i < 20 {
                c.recognized.push(ntm(2023));
            } else if i < 26 {
                c.planned.push(ntm(2027));
            }
            if i < 2 {
                c.planned.push(LevelYear {
                    level: Level::Modern,
                    year: 2027,
                });
            }
            if i == 5 {
                c.group = Some(1);
            }
        }
        let f = crate::figures::compute(&plan);
        let c = f.completion.as_ref().unwrap();
        assert_eq!(
            (c.communes, c.ntm_now, c.ntm_after, c.modern_after),
            (36, 20, 26, 2)
        );
        assert_eq!((c.ntm_required, c.modern_required), (36, 4));
        assert_eq!((c.ntm_missing(), c.modern_missing()), (10, 2));
        assert_eq!(c.modern_share, Decimal::new(556, 2));
        assert_eq!(
            (c.wards, c.wards_meeting, c.ward_criteria_required),
            (1, 0, Some(7))
        );
        assert_eq!(c.wards_short, ["Đoàn Kết"]);
        assert!(!c.complete);
        assert_eq!(c.targets, Some((2030, 24, 4)));
        // Per group: group 1 has one commune, group 3 the rest (the ward included).
        let g: Vec<(Option<u8>, usize, usize, usize)> = f
            .by_group
            .iter()
            .map(|g| (g.group, g.communes, g.ntm_after, g.modern_after))
            .collect();
        assert_eq!(
            g,
            [(Some(1), 1, 1, 0), (Some(2), 0, 0, 0), (Some(3), 36, 25, 2)]
        );
        assert_eq!(
            f.by_group[2].per_criterion[0],
            (0, 0),
            "nothing met yet but the ward's"
        );
        assert_eq!(f.by_group[2].per_criterion[5], (0, 1));
    }
}
