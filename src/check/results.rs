//! The checker's rules on results: a result that contradicts itself or the plan
//! (a commune recognized while its result misses criteria, money or dates after the
//! report, a task late before its deadline), and results without a report date.

use super::{Finding, Place, Severity};
use crate::figures::Figures;
use crate::figures::results::OverflowAt;
use crate::model::{Level, Plan, TaskState};
use crate::numfmt;

pub fn all(plan: &Plan, f: &Figures) -> Vec<Finding> {
    let mut out = Vec::new();
    if f.results.is_none() {
        return out;
    }
    report(plan, &mut out);
    recognized_missing(plan, &mut out);
    advanced_without_ntm(plan, &mut out);
    after_report(plan, &mut out);
    disbursed_over(plan, &mut out);
    villages(plan, &mut out);
    late_tasks(plan, &mut out);
    overflow(f, &mut out);
    out
}

fn warn(out: &mut Vec<Finding>, rule: &'static str, place: Place, vi: String, en: String) {
    out.push(Finding {
        severity: Severity::Warning,
        rule,
        place,
        stated: None,
        computed: None,
        message_vi: vi,
        message_en: en,
    });
}

/// Results need a report date; the date lies in the plan's period (a year-end report
/// may be dated early the next year).
fn report(plan: &Plan, out: &mut Vec<Finding>) {
    let (start, end) = (plan.header.year, plan.end_year());
    match &plan.results {
        None => warn(
            out,
            "results-no-date",
            Place::Header,
            "Kế hoạch có số liệu kết quả thực hiện nhưng chưa ghi ngày báo cáo kết quả.".into(),
            "The plan records results but no report date for them.".into(),
        ),
        Some(r) if r.date.year < start || r.date.year > end.saturating_add(1) => warn(
            out,
            "results-date-outside",
            Place::Header,
            format!(
                "Ngày báo cáo kết quả {} nằm ngoài thời gian của kế hoạch ({start}–{end}).",
                r.date.vi()
            ),
            format!(
                "The results are reported at {}, outside the plan's period ({start}–{end}).",
                r.date.vi()
            ),
        ),
        Some(_) => {}
    }
}

/// A commune granted NTM (or above) while its own result misses criteria.
fn recognized_missing(plan: &Plan, out: &mut Vec<Finding>) {
    for c in &plan.communes {
        let Some(r) = &c.result else { continue };
        let Some(g) = r.granted.iter().max_by_key(|g| (g.level, g.year)) else {
            continue;
        };
        let unmet: Vec<&str> = r
            .unmet
            .iter()
            .filter(|x| plan.criteria_set.criterion(x).is_some())
            .map(String::as_str)
            .collect();
        if unmet.is_empty() {
            continue;
        }
        let list = unmet.join(", ");
        let decision = if g.decision.is_empty() {
            String::new()
        } else {
            format!(" ({})", g.decision)
        };
        warn(
            out,
            "result-recognized-missing",
            Place::CommuneCriterion(c.id.clone(), unmet[0].to_string()),
            format!(
                "Xã {} được công nhận {} năm {}{decision} nhưng kết quả thực hiện ghi chưa đạt tiêu chí {list}.",
                c.name,
                g.level.vi(),
                g.year
            ),
            format!(
                "{} was recognized {} in {}{decision} but its result does not meet criteria {list}.",
                c.name,
                g.level.en(),
                g.year
            ),
        );
    }
}

/// Advanced (or above) granted to a commune never recognized at NTM standard.
fn advanced_without_ntm(plan: &Plan, out: &mut Vec<Finding>) {
    for c in &plan.communes {
        let Some(r) = &c.result else { continue };
        let Some(g) = r.granted.iter().find(|g| g.level >= Level::Advanced) else {
            continue;
        };
        let ntm = c.recognized.iter().any(|x| x.year <= g.year)
            || r.granted
                .iter()
                .any(|x| x.level == Level::Ntm && x.year <= g.year);
        if !ntm {
            warn(
                out,
                "result-advanced-without-ntm",
                Place::Commune(c.id.clone()),
                format!(
                    "Xã {} được công nhận {} năm {} nhưng chưa từng được công nhận đạt chuẩn NTM.",
                    c.name,
                    g.level.vi(),
                    g.year
                ),
                format!(
                    "{} was recognized {} in {} but was never recognized at NTM standard.",
                    c.name,
                    g.level.en(),
                    g.year
                ),
            );
        }
    }
}

/// Dates of decisions, disbursements and task states after the report date.
fn after_report(plan: &Plan, out: &mut Vec<Finding>) {
    let Some(report) = plan.results.as_ref().map(|r| r.date) else {
        return;
    };
    let at = report.vi();
    for c in &plan.communes {
        for g in c.result.iter().flat_map(|r| &r.granted) {
            if let Some(d) = g.date.filter(|d| *d > report) {
                warn(
                    out,
                    "result-after-report",
                    Place::Commune(c.id.clone()),
                    format!(
                        "Xã {}: quyết định công nhận ngày {} sau ngày báo cáo kết quả {at}.",
                        c.name,
                        d.vi()
                    ),
                    format!(
                        "{}: the recognition decision of {} is after the report date {at}.",
                        c.name,
                        d.vi()
                    ),
                );
            }
        }
    }
    for p in &plan.projects {
        if let Some(d) = p
            .disbursed
            .iter()
            .map(|d| d.date)
            .filter(|d| *d > report)
            .max()
        {
            warn(
                out,
                "result-after-report",
                Place::Projects,
                format!(
                    "Dự án {} ({}): giải ngân ngày {} sau ngày báo cáo kết quả {at}.",
                    p.name,
                    p.id,
                    d.vi()
                ),
                format!(
                    "Project {} ({}): a disbursement on {} is after the report date {at}.",
                    p.name,
                    p.id,
                    d.vi()
                ),
            );
        }
    }
    for (i, t) in plan.tasks.iter().enumerate() {
        if let Some(d) = t
            .result
            .as_ref()
            .and_then(|r| r.date)
            .filter(|d| *d > report)
        {
            warn(
                out,
                "result-after-report",
                Place::Task(i),
                format!(
                    "Nhiệm vụ của {}: ngày {} ghi ở kết quả sau ngày báo cáo {at}.",
                    t.agency,
                    d.vi()
                ),
                format!(
                    "Task of {}: its result is dated {}, after the report date {at}.",
                    t.agency,
                    d.vi()
                ),
            );
        }
    }
}

fn disbursed_over(plan: &Plan, out: &mut Vec<Finding>) {
    for p in &plan.projects {
        let total = p.total();
        let Some(paid) = p.disbursed_total() else {
            continue;
        };
        if total > rust_decimal::Decimal::ZERO && paid > total {
            let (s, c) = (numfmt::decimal(total), numfmt::decimal(paid));
            out.push(Finding {
                severity: Severity::Warning,
                rule: "disbursed-over",
                place: Place::Projects,
                stated: Some(s.clone()),
                computed: Some(c.clone()),
                message_vi: format!(
                    "Dự án {} ({}): đã giải ngân {c} triệu đồng, vượt tổng vốn {s} triệu đồng.",
                    p.name, p.id
                ),
                message_en: format!(
                    "Project {} ({}): {c} million VND disbursed, more than its {s}.",
                    p.name, p.id
                ),
            });
        }
    }
}

fn villages(plan: &Plan, out: &mut Vec<Finding>) {
    for v in &plan.villages {
        let (Some(a), Some(total)) = (v.achieved, v.total) else {
            continue;
        };
        let before = v.recognized.unwrap_or(0);
        if before.saturating_add(a) > total {
            let name = plan.unit_name(&v.unit);
            warn(
                out,
                "villages-achieved-over",
                Place::Villages,
                format!(
                    "{name}: {before} thôn, bản đã đạt chuẩn + {a} công nhận mới vượt tổng số {total} thôn, bản."
                ),
                format!(
                    "{name}: {before} villages already recognized + {a} newly recognized exceed its {total} villages."
                ),
            );
        }
    }
}

/// "Late" before the deadline has come is a contradiction.
fn late_tasks(plan: &Plan, out: &mut Vec<Finding>) {
    let Some(report) = plan.results.as_ref().map(|r| r.date) else {
        return;
    };
    for (i, t) in plan.tasks.iter().enumerate() {
        let late = t
            .result
            .as_ref()
            .is_some_and(|r| r.state == TaskState::Late);
        if let (true, Some(d)) = (late, t.deadline)
            && d >= report
        {
            warn(
                out,
                "task-late-before-deadline",
                Place::Task(i),
                format!(
                    "Nhiệm vụ của {} ghi chậm tiến độ nhưng thời hạn {} chưa đến (báo cáo ngày {}).",
                    t.agency,
                    d.vi(),
                    report.vi()
                ),
                format!(
                    "Task of {} is reported late but its deadline {} had not come by the report date {}.",
                    t.agency,
                    d.vi(),
                    report.vi()
                ),
            );
        }
    }
}

fn overflow(f: &Figures, out: &mut Vec<Finding>) {
    let Some(r) = &f.results else { return };
    for at in &r.overflow {
        let (place, id) = match at {
            OverflowAt::Funding(id) => (Place::Funding(id.clone()), id),
            OverflowAt::Project(id) => (Place::Projects, id),
        };
        out.push(Finding {
            severity: Severity::Error,
            rule: "results-overflow",
            place,
            stated: None,
            computed: None,
            message_vi: format!(
                "Tổng kết quả của \"{id}\" quá lớn, không cộng được: kiểm tra lại các số tiền."
            ),
            message_en: format!(
                "The results of \"{id}\" add up to more than a number can hold: check the amounts."
            ),
        });
    }
}
