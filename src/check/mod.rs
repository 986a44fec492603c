//! The plan checker: errors (the plan is wrong) and warnings (the plan disagrees
//! with itself). Each finding says what was stated, what the data gives, and where.

mod carried;
mod communes;
mod header;
mod results;
mod rules;

use crate::figures::{self, Figures};
use crate::lang::Lang;
use crate::model::Plan;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Severity {
    Error,
    Warning,
}

/// Where in the plan a finding points, so a view can go there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Place {
    Header,
    Goals,
    /// A criterion of the plan's set, by code.
    Criterion(String),
    /// A commune, by id.
    Commune(String),
    /// A criterion of a commune: (commune id, criterion code).
    CommuneCriterion(String, String),
    District(String),
    Distribution,
    Recognition,
    /// A funding node, by id.
    Funding(String),
    /// An allocation line, by component code (None: the unallocated remainder, or the whole allocation).
    Allocation(Option<String>),
    Projects,
    Villages,
    /// A task, by index.
    Task(usize),
    /// The presentation deck's slides.
    Presentation,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    /// A stable name for the rule, e.g. "funding-sum".
    pub rule: &'static str,
    pub place: Place,
    /// What the plan states, as printed.
    pub stated: Option<String>,
    /// What the data gives, as printed.
    pub computed: Option<String>,
    pub message_vi: String,
    pub message_en: String,
}

impl Finding {
    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.message_vi,
            Lang::En => &self.message_en,
        }
    }
}

/// All findings, errors first, in a stable order.
pub fn check(plan: &Plan) -> Vec<Finding> {
    match figures::compute(plan) {
        Ok(figures) => check_with(plan, &figures),
        Err(e) => check_failed(plan, &e),
    }
}

/// The findings of a plan whose figures cannot be computed (amounts that add up
/// beyond the decimal type): that error, where it is, and every rule that needs no
/// figures.
pub fn check_failed(plan: &Plan, e: &figures::ArithmeticError) -> Vec<Finding> {
    let mut out = vec![Finding {
        severity: Severity::Error,
        rule: "arithmetic-overflow",
        place: e.place.clone(),
        stated: None,
        computed: None,
        message_vi: e.message(Lang::Vi),
        message_en: e.message(Lang::En),
    }];
    out.extend(rules::without_figures(plan));
    out.sort_by_key(|f| f.severity);
    out
}

/// The same, reusing figures already computed.
pub fn check_with(plan: &Plan, figures: &Figures) -> Vec<Finding> {
    // The groups of rules read the plan and its figures and write only their own
    // findings: the plan-wide rules and the header on one thread, the communes'
    // rules, the results and the carried plan on another; joined in this order, so
    // the findings are exactly those of the groups run one after the other.
    let plan_wide = || {
        let mut out = rules::all(plan, figures);
        header::all(plan, &mut out);
        out
    };
    let per_commune = || {
        let mut out = Vec::new();
        communes::all(plan, figures, &mut out);
        out.extend(results::all(plan, figures));
        out.extend(carried::all(plan));
        out
    };
    let (mut out, rest) = std::thread::scope(|scope| {
        let handle = scope.spawn(per_commune);
        let first = plan_wide();
        // A thread that could not finish (it never panics on a plan that loaded:
        // the rules use checked arithmetic) has its work done here.
        (first, handle.join().unwrap_or_else(|_| per_commune()))
    });
    out.extend(rest);
    out.sort_by_key(|f| f.severity);
    out
}

pub fn has_errors(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The groups of rules on two threads give the findings of the groups one after
    /// the other, in the same order.
    #[test]
    fn the_rules_on_two_threads_give_the_findings_of_one_pass() {
        let mut plan = crate::synthetic::national_plan(600, 50, 1_200, 3);
        // Findings of several groups: a stale year, communes without a group, a
        // commune recognized without meeting its criteria.
        plan.header.year = 2019;
        for m in plan.communes.iter_mut().step_by(11) {
            m.group = None;
            m.baseline_unmet.clear();
        }
        let figures = figures::compute(&plan).unwrap();
        let mut one = rules::all(&plan, &figures);
        header::all(&plan, &mut one);
        communes::all(&plan, &figures, &mut one);
        one.extend(results::all(&plan, &figures));
        one.extend(carried::all(&plan));
        one.sort_by_key(|f| f.severity);
        let two = check_with(&plan, &figures);
        assert!(two.len() > 10, "{}", two.len());
        let key = |f: &Finding| format!("{} {:?} {}", f.rule, f.place, f.message_en);
        assert_eq!(
            one.iter().map(key).collect::<Vec<_>>(),
            two.iter().map(key).collect::<Vec<_>>()
        );
    }
}
