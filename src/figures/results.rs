//! Figures of the results against the targets: criteria met as targeted and as
//! achieved ("93/94 mục tiêu, 90/94 đạt được"), the distribution at the result,
//! recognitions planned and granted, villages, money mobilized and disbursed, tasks
//! by state. Only for a plan that records results; exact, nothing rounded.

use crate::model::{Date, Level, Plan, ReportKind, SourceKind, TaskState};
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionResult {
    pub code: String,
    pub name: String,
    /// Communes meeting it at the target (all communes).
    pub target: usize,
    /// Communes whose result meets it.
    pub result: usize,
    /// Reported communes that were to meet it and do not.
    pub missed: usize,
    /// Reported communes that meet it though it was not targeted.
    pub beyond: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BandResult {
    pub label: String,
    /// Communes in the band at the target (all communes).
    pub target: usize,
    /// Reported communes in the band at the result.
    pub result: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceResult {
    pub id: String,
    pub name: String,
    pub depth: usize,
    pub kind: Option<SourceKind>,
    /// The plan's amount for the source (a leaf's amount, or the sum of the children).
    pub planned: Decimal,
    /// Money mobilized: a leaf's reported amount, or the sum of its children's; None
    /// when nothing under it is reported.
    pub mobilized: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResultFigures {
    /// The report's date and kind; None when results are recorded without a report.
    pub date: Option<Date>,
    pub kind: ReportKind,
    /// Communes in the plan, and of them those with a result recorded.
    pub communes: usize,
    pub reported: usize,
    pub per_criterion: Vec<CriterionResult>,
    /// Criteria met by each commune's result (plan order); None: not reported.
    pub met_result: Vec<Option<usize>>,
    pub total_met_result: usize,
    /// Average criteria per reported commune, exact.
    pub average_result: Option<Decimal>,
    pub distribution: Vec<BandResult>,
    /// Communes at the full set in the result, of the reported ones.
    pub full_set: usize,
    /// Communes to recognize at NTM standard by the end of the plan year (named for
    /// this year, or awaiting from an earlier one), and those granted it.
    pub planned_ntm: Vec<String>,
    pub granted_ntm: Vec<String>,
    /// The same for advanced (nâng cao) and above.
    pub planned_advanced: Vec<String>,
    pub granted_advanced: Vec<String>,
    /// Planned for this year and not (yet) granted, of the reported communes.
    pub not_granted: Vec<String>,
    /// Villages to recognize, and recognized by the report (where reported).
    pub villages_planned: u32,
    pub villages_achieved: Option<u32>,
    pub funding: Vec<SourceResult>,
    pub funding_planned: Decimal,
    /// Total mobilized; None when no source is reported.
    pub funding_mobilized: Option<Decimal>,
    /// Projects' planned money and money disbursed.
    pub projects_amount: Decimal,
    pub disbursed: Decimal,
    /// Projects with at least one disbursement.
    pub projects_disbursing: usize,
    pub tasks_done: usize,
    pub tasks_in_progress: usize,
    pub tasks_late: usize,
    pub tasks_unreported: usize,
    /// Sums of money that do not fit a decimal: the figures above leave them out and
    /// the checker says where.
    pub overflow: Vec<OverflowAt>,
}

/// Where a sum of results money overflowed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum OverflowAt {
    /// The money mobilized under a funding node (its id).
    Funding(String),
    /// A project's disbursements (its id).
    Project(String),
}

impl ResultFigures {
    pub fn average_result_2dp(&self) -> Option<Decimal> {
        self.average_result.map(super::round2)
    }

    /// The share of the planned money mobilized, percent, two decimals.
    pub fn mobilized_share(&self) -> Option<Decimal> {
        let m = self.funding_mobilized?;
        if self.funding_planned <= Decimal::ZERO {
            return None;
        }
        m.checked_mul(Decimal::ONE_HUNDRED)
            .and_then(|x| x.checked_div(self.funding_planned))
            .map(super::round2)
    }
}

/// Whether the plan records any result at all.
pub fn has_results(plan: &Plan) -> bool {
    plan.results.is_some()
        || plan.communes.iter().any(|c| c.result.is_some())
        || plan.projects.iter().any(|p| !p.disbursed.is_empty())
        || plan.tasks.iter().any(|t| t.result.is_some())
        || plan.villages.iter().any(|v| v.achieved.is_some())
}

/// The results figures, or None for a plan without results.
pub fn compute(plan: &Plan) -> Option<ResultFigures> {
    if !has_results(plan) {
        return None;
    }
    let set = &plan.criteria_set;
    let n = plan.communes.len();
    let year = plan.header.year;
    let mut overflow = Vec::new();

    let mut per_criterion: Vec<CriterionResult> = set
        .criteria
        .iter()
        .map(|c| CriterionResult {
            code: c.code.clone(),
            name: c.name.clone(),
            target: 0,
            result: 0,
            missed: 0,
            beyond: 0,
        })
        .collect();
    let mut met_result = Vec::with_capacity(n);
    for c in &plan.communes {
        let mut met = 0usize;
        for (k, crit) in set.criteria.iter().enumerate() {
            let t = c.meets_target(&crit.code);
            let row = &mut per_criterion[k];
            row.target += usize::from(t);
            if let Some(r) = c.meets_result(&crit.code) {
                row.result += usize::from(r);
                row.missed += usize::from(t && !r);
                row.beyond += usize::from(!t && r);
                met += usize::from(r);
            }
        }
        met_result.push(c.result.as_ref().map(|_| met));
    }
    let reported = met_result.iter().flatten().count();
    let total_met_result: usize = met_result.iter().flatten().sum();
    let average_result = (reported > 0)
        .then(|| Decimal::from(total_met_result as u64) / Decimal::from(reported as u64));
    let mut distribution: Vec<BandResult> = set
        .bands
        .iter()
        .map(|b| BandResult {
            label: b.label.clone(),
            target: 0,
            result: 0,
        })
        .collect();
    for (c, r) in plan.communes.iter().zip(&met_result) {
        let t = set
            .criteria
            .iter()
            .filter(|k| c.meets_target(&k.code))
            .count();
        if let Some(i) = set.band_of(t) {
            distribution[i].target += 1;
        }
        if let Some(i) = r.and_then(|r| set.band_of(r)) {
            distribution[i].result += 1;
        }
    }
    let full_set = met_result.iter().filter(|m| **m == Some(set.len())).count();

    // Recognitions planned for the plan year against those granted.
    let names = |f: &dyn Fn(&crate::model::Commune) -> bool| -> Vec<String> {
        plan.communes
            .iter()
            .filter(|c| f(c))
            .map(|c| c.name.clone())
            .collect()
    };
    // Named for this year, or for an earlier one and not yet at that level.
    let planned_at = |c: &crate::model::Commune, advanced: bool| {
        c.planned.iter().any(|p| {
            let level_ok = if advanced {
                p.level >= Level::Advanced
            } else {
                p.level == Level::Ntm
            };
            let reached = c
                .level_by(year.saturating_sub(1))
                .is_some_and(|l| l.level >= p.level);
            level_ok && p.year <= year && !reached
        })
    };
    let granted_at = |c: &crate::model::Commune, advanced: bool| {
        c.result.as_ref().is_some_and(|r| {
            r.granted.iter().any(|g| {
                if advanced {
                    g.level >= Level::Advanced
                } else {
                    g.level == Level::Ntm
                }
            })
        })
    };
    let planned_ntm = names(&|c| planned_at(c, false));
    let granted_ntm = names(&|c| granted_at(c, false));
    let planned_advanced = names(&|c| planned_at(c, true));
    let granted_advanced = names(&|c| granted_at(c, true));
    let not_granted = names(&|c| {
        let granted = |level: Level| {
            c.result
                .as_ref()
                .is_some_and(|r| r.granted.iter().any(|g| g.level >= level))
        };
        c.result.is_some()
            && ((planned_at(c, false) && !granted(Level::Ntm))
                || (planned_at(c, true) && !granted(Level::Advanced)))
    });

    // Villages.
    let villages_planned = plan.villages.iter().map(|v| v.to_recognize).sum();
    let villages_achieved = plan
        .villages
        .iter()
        .filter_map(|v| v.achieved)
        .fold(None, |s: Option<u32>, a| {
            Some(s.unwrap_or(0).saturating_add(a))
        });

    // Funding: planned and mobilized per node.
    let report = plan.results.as_ref();
    let mut funding = Vec::new();
    fn walk(
        node: &crate::model::FundingNode,
        depth: usize,
        report: Option<&crate::model::Results>,
        out: &mut Vec<SourceResult>,
        overflow: &mut Vec<OverflowAt>,
    ) -> Option<Decimal> {
        let index = out.len();
        out.push(SourceResult {
            id: node.id.clone(),
            name: node.name.clone(),
            depth,
            kind: node.kind,
            planned: node.total(),
            mobilized: None,
        });
        let mobilized = if node.children.is_empty() {
            report.and_then(|r| r.mobilized(&node.id))
        } else {
            let mut sum: Option<Decimal> = None;
            for c in &node.children {
                if let Some(m) = walk(c, depth + 1, report, out, overflow) {
                    match sum.unwrap_or(Decimal::ZERO).checked_add(m) {
                        Some(s) => sum = Some(s),
                        None => overflow.push(OverflowAt::Funding(node.id.clone())),
                    }
                }
            }
            sum
        };
        out[index].mobilized = mobilized;
        mobilized
    }
    let funding_mobilized = walk(&plan.funding, 0, report, &mut funding, &mut overflow);
    let funding_planned = plan.funding.total();

    // Projects.
    let projects_amount = plan.projects.iter().map(|p| p.total()).sum();
    let mut disbursed = Decimal::ZERO;
    for p in &plan.projects {
        match p.disbursed_total().and_then(|d| disbursed.checked_add(d)) {
            Some(s) => disbursed = s,
            None => overflow.push(OverflowAt::Project(p.id.clone())),
        }
    }
    let projects_disbursing = plan
        .projects
        .iter()
        .filter(|p| !p.disbursed.is_empty())
        .count();

    // Tasks.
    let state = |s: TaskState| {
        plan.tasks
            .iter()
            .filter(|t| t.result.as_ref().is_some_and(|r| r.state == s))
            .count()
    };
    let tasks_unreported = plan.tasks.iter().filter(|t| t.result.is_none()).count();

    Some(ResultFigures {
        date: report.map(|r| r.date),
        kind: report.map(|r| r.kind).unwrap_or_default(),
        communes: n,
        reported,
        per_criterion,
        met_result,
        total_met_result,
        average_result,
        distribution,
        full_set,
        planned_ntm,
        granted_ntm,
        planned_advanced,
        granted_advanced,
        not_granted,
        villages_planned,
        villages_achieved,
        funding,
        funding_planned,
        funding_mobilized,
        projects_amount,
        disbursed,
        projects_disbursing,
        tasks_done: state(TaskState::Done),
        tasks_in_progress: state(TaskState::InProgress),
        tasks_late: state(TaskState::Late),
        tasks_unreported,
        overflow,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CommuneResult, Granted, Mobilized, Results, TaskResult};

    /// The Lai Châu sample without its result layer.
    fn lai_chau() -> Plan {
        let mut plan =
            crate::format::load_str(include_str!("../../assets/samples/lai-chau-2025.ntm"))
                .unwrap()
                .plan;
        strip(&mut plan);
        plan
    }

    fn strip(plan: &mut Plan) {
        for c in &mut plan.communes {
            c.result = None;
        }
        plan.results = None;
        for p in &mut plan.projects {
            p.disbursed.clear();
        }
        for t in &mut plan.tasks {
            t.result = None;
        }
        for v in &mut plan.villages {
            v.achieved = None;
        }
    }

    #[test]
    fn a_plan_without_results_has_no_result_figures() {
        assert!(compute(&lai_chau()).is_none());
    }

    /// The sample's illustrative year-end layer: every commune reported, one of the
    /// ten to recognize and one of the six advanced not granted.
    #[test]
    fn the_sample_year_end_results() {
        let plan = crate::format::load_str(include_str!("../../assets/samples/lai-chau-2025.ntm"))
            .unwrap()
            .plan;
        let r = compute(&plan).unwrap();
        assert_eq!(r.reported, 94);
        assert_eq!(r.date.map(|d| d.vi()), Some("31/12/2025".into()));
        assert_eq!((r.planned_ntm.len(), r.granted_ntm.len()), (15, 9 + 5));
        assert_eq!((r.planned_advanced.len(), r.granted_advanced.len()), (6, 5));
        assert_eq!(r.not_granted, ["Mường Than", "Nậm Hàng"]);
        assert_eq!(r.villages_achieved, Some(93));
        assert!(r.overflow.is_empty());
        let findings = crate::check::check(&plan);
        assert!(
            findings.iter().all(|f| !f.rule.starts_with("result")),
            "the layer agrees with itself: {findings:#?}"
        );
    }

    /// Every commune's result is its target except three that miss transport: the
    /// figures say "93/94 mục tiêu, 90/94 đạt được".
    #[test]
    fn results_against_targets_on_known_data() {
        let mut plan = lai_chau();
        plan.results = Some(Results {
            date: Date::new(2025, 12, 31).unwrap(),
            kind: ReportKind::YearEnd,
            mobilized: vec![Mobilized {
                source: plan.funding.children[0].children[0].children[0].id.clone(),
                amount: 60_000.into(),
            }],
            note: String::new(),
        });
        let mut missed = 0;
        for c in &mut plan.communes {
            let mut r = CommuneResult {
                unmet: c.target_unmet.clone(),
                ..CommuneResult::default()
            };
            if missed < 3 && c.meets_target("2") {
                r.unmet.insert(0, "2".into());
                missed += 1;
            }
            c.result = Some(r);
        }
        let granted = plan
            .communes
            .iter()
            .position(|c| {
                c.planned
                    .iter()
                    .any(|p| p.year == 2025 && p.level == Level::Ntm)
            })
            .unwrap();
        plan.communes[granted]
            .result
            .as_mut()
            .unwrap()
            .granted
            .push(Granted {
                level: Level::Ntm,
                year: 2025,
                decision: "Quyết định số 1/QĐ-UBND".into(),
                date: None,
            });
        plan.tasks[0].result = Some(TaskResult {
            state: TaskState::Done,
            date: None,
            note: String::new(),
        });
        plan.tasks[1].result = Some(TaskResult {
            state: TaskState::Late,
            date: None,
            note: String::new(),
        });
        plan.villages[0].achieved = Some(8);
        plan.villages[1].achieved = Some(20);
        let r = compute(&plan).unwrap();
        assert_eq!(r.reported, 94);
        let transport = &r.per_criterion[1];
        assert_eq!((transport.target, transport.result), (93, 90));
        assert_eq!((transport.missed, transport.beyond), (3, 0));
        // 1.629 criteria targeted, three missed.
        assert_eq!(r.total_met_result, 1629 - 3);
        assert_eq!(
            r.average_result_2dp().map(|d| d.to_string()),
            Some("17.30".into())
        );
        let top = &r.distribution[0];
        assert_eq!((top.target, top.result), (54, 54 - 3));
        // 10 named for 2025 and 5 awaiting since 2024.
        assert_eq!(r.planned_ntm.len(), 15);
        assert_eq!(r.granted_ntm.len(), 1);
        assert_eq!(
            r.not_granted.len(),
            15 + 6 - 1 - 2,
            "Sơn Bình and Pha Mu are in both"
        );
        assert_eq!(r.villages_planned, 104);
        assert_eq!(r.villages_achieved, Some(28));
        assert_eq!(r.funding_mobilized, Some(60_000.into()));
        assert_eq!(r.funding_planned, 4_503_481.into());
        assert_eq!((r.tasks_done, r.tasks_late), (1, 1));
        assert_eq!(r.tasks_unreported, plan.tasks.len() - 2);
        assert!(r.overflow.is_empty());
    }

    #[test]
    fn a_partial_report_counts_only_reported_communes() {
        let mut plan = lai_chau();
        for c in plan.communes.iter_mut().take(10) {
            c.result = Some(CommuneResult::default());
        }
        let r = compute(&plan).unwrap();
        assert_eq!(r.reported, 10);
        assert_eq!(r.full_set, 10);
        assert_eq!(r.per_criterion[1].result, 10);
        assert_eq!(r.met_result.iter().filter(|m| m.is_none()).count(), 84);
        assert_eq!(r.date, None, "results without a report");
    }
}
