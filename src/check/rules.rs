//! The checker's rules, one function each.

use super::{Finding, Place, Severity};
use crate::figures::{Figures, round2};
use crate::model::{Level, Plan, PlanKind};
use crate::numfmt;
use rust_decimal::{Decimal, RoundingStrategy};

pub fn all(plan: &Plan, f: &Figures) -> Vec<Finding> {
    let mut out = Vec::new();
    funding_sums(plan, &mut out);
    allocation(plan, f, &mut out);
    stated_criteria(plan, f, &mut out);
    stated_averages(plan, f, &mut out);
    stated_distribution(plan, f, &mut out);
    recognition(plan, f, &mut out);
    recognized_missing_criteria(plan, &mut out);
    regressions(plan, &mut out);
    floor(plan, f, &mut out);
    projects(plan, f, &mut out);
    villages(plan, f, &mut out);
    districts(plan, f, &mut out);
    deadlines(plan, &mut out);
    project_dates(plan, &mut out);
    roadmap(plan, &mut out);
    out
}

#[allow(clippy::too_many_arguments)]
fn push(
    out: &mut Vec<Finding>,
    severity: Severity,
    rule: &'static str,
    place: Place,
    stated: Option<String>,
    computed: Option<String>,
    vi: String,
    en: String,
) {
    out.push(Finding {
        severity,
        rule,
        place,
        stated,
        computed,
        message_vi: vi,
        message_en: en,
    });
}

fn money(d: Decimal) -> String {
    numfmt::decimal(d)
}

fn funding_sums(plan: &Plan, out: &mut Vec<Finding>) {
    for (_, node) in plan.funding.walk() {
        if node.children.is_empty() {
            continue;
        }
        let sum = node.total();
        if let Some(stated) = node.amount
            && stated != sum
        {
            let (s, c) = (money(stated), money(sum));
            push(
                out,
                Severity::Error,
                "funding-sum",
                Place::Funding(node.id.clone()),
                Some(s.clone()),
                Some(c.clone()),
                format!(
                    "Nguồn vốn \"{}\": ghi {s} triệu đồng nhưng tổng các nguồn con là {c} triệu đồng (chênh {}).",
                    node.name,
                    money(stated - sum)
                ),
                format!(
                    "Funding \"{}\": states {s} million VND but its sources add up to {c} (difference {}).",
                    node.name,
                    money(stated - sum)
                ),
            );
        }
    }
}

fn allocation(plan: &Plan, f: &Figures, out: &mut Vec<Finding>) {
    let Some(a) = &f.allocation else { return };
    if a.allocated != a.base {
        let (s, c) = (money(a.base), money(a.allocated));
        push(
            out,
            Severity::Error,
            "allocation-sum",
            Place::Allocation(None),
            Some(s.clone()),
            Some(c.clone()),
            format!(
                "Phân bổ theo nội dung thành phần cộng lại {c} triệu đồng, khác {} là {s} triệu đồng.",
                a.base_name
            ),
            format!(
                "The allocation over component contents adds up to {c} million VND, not the {s} of \"{}\".",
                a.base_name
            ),
        );
    }
    for l in &a.lines {
        if let Some(st) = l.stated_share
            && round2(st) != l.share
        {
            let (s, c) = (numfmt::percent(st), numfmt::percent(l.share));
            let exact = if a.base.is_zero() {
                Decimal::ZERO
            } else {
                l.amount * Decimal::ONE_HUNDRED / a.base
            };
            let exact = numfmt::fixed(exact, 4);
            let what_vi = match &l.component {
                Some(code) => format!("Nội dung thành phần số {code}"),
                None => "Nội dung chưa phân bổ".to_string(),
            };
            let what_en = match &l.component {
                Some(code) => format!("Component {code}"),
                None => "The unallocated remainder".to_string(),
            };
            push(
                out,
                Severity::Warning,
                "share-stated",
                Place::Allocation(l.component.clone()),
                Some(s.clone()),
                Some(c.clone()),
                format!(
                    "{what_vi}: ghi tỷ lệ {s}, nhưng {} / {} = {exact}% → {c}.",
                    money(l.amount),
                    money(a.base)
                ),
                format!(
                    "{what_en}: states {s}, but {} / {} = {exact}% → {c}.",
                    money(l.amount),
                    money(a.base)
                ),
            );
        }
    }
    if let Some(sum) = a.stated_shares_sum
        && sum != Decimal::ONE_HUNDRED
        && a.allocated == a.base
    {
        let s = numfmt::percent(sum);
        push(
            out,
            Severity::Warning,
            "shares-sum",
            Place::Allocation(None),
            Some(s.clone()),
            Some("100,00%".into()),
            format!("Các tỷ lệ ghi trong kế hoạch cộng lại {s}, không phải 100,00%."),
            format!("The shares printed in the plan add up to {s}, not 100,00%."),
        );
    }
    let _ = plan;
}

fn stated_criteria(plan: &Plan, f: &Figures, out: &mut Vec<Finding>) {
    let n = f.communes;
    if let Some(s) = plan.stated.communes
        && s as usize != n
    {
        push(
            out,
            Severity::Warning,
            "communes-count",
            Place::Header,
            Some(s.to_string()),
            Some(n.to_string()),
            format!("Kế hoạch ghi {s} xã nhưng danh sách có {n} xã."),
            format!("The plan states {s} communes but lists {n}."),
        );
    }
    for s in &plan.stated.criteria {
        let Some(c) = f.per_criterion.iter().find(|c| c.code == s.criterion) else {
            continue;
        };
        for (label_vi, label_en, stated, data) in [
            ("năm gốc", "baseline", s.baseline, c.baseline),
            ("mục tiêu", "target", s.target, c.target),
        ] {
            if let Some(st) = stated
                && st as usize != data
            {
                push(
                    out,
                    Severity::Warning,
                    "criterion-count",
                    Place::Criterion(c.code.clone()),
                    Some(format!("{st}/{n}")),
                    Some(format!("{data}/{n}")),
                    format!(
                        "Tiêu chí {} ({}), {label_vi}: kế hoạch ghi {st}/{n} xã đạt, dữ liệu theo xã cho {data}/{n}.",
                        c.code, c.name
                    ),
                    format!(
                        "Criterion {} ({}), {label_en}: the plan states {st}/{n} communes, the commune data gives {data}/{n}.",
                        c.code, c.name
                    ),
                );
            }
        }
    }
}

/// Compare a stated average with the data at the precision it was printed with.
fn stated_averages(plan: &Plan, f: &Figures, out: &mut Vec<Finding>) {
    let n = f.communes;
    for (which, stated, data, pick) in [
        (
            "baseline",
            plan.stated.average_baseline,
            f.average_baseline,
            0,
        ),
        ("target", plan.stated.average_target, f.average_target, 1),
    ] {
        let (Some(st), Some(data)) = (stated, data) else {
            continue;
        };
        let places = st.scale().max(1);
        let shown = data.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
        let (vi_when, en_when) = if which == "baseline" {
            ("năm gốc", "baseline")
        } else {
            ("mục tiêu", "target")
        };
        if shown != st {
            let total = if pick == 0 {
                f.total_met_baseline
            } else {
                f.total_met_target
            };
            push(
                out,
                Severity::Warning,
                "average",
                Place::Distribution,
                Some(numfmt::fixed(st, places)),
                Some(numfmt::fixed(data, 2)),
                format!(
                    "Bình quân tiêu chí/xã ({vi_when}): kế hoạch ghi {}, dữ liệu cho {} / {n} = {}.",
                    numfmt::fixed(st, places),
                    numfmt::count(total as i64),
                    numfmt::fixed(data, 2)
                ),
                format!(
                    "Average criteria per commune ({en_when}): the plan states {}, the data gives {} / {n} = {}.",
                    numfmt::fixed(st, places),
                    numfmt::count(total as i64),
                    numfmt::fixed(data, 2)
                ),
            );
        }
        // The plan's own per-criterion counts bound the average, whatever the commune data.
        if n == 0 {
            continue;
        }
        let mut bound = 0usize;
        let mut missing = Vec::new();
        for c in &plan.criteria_set.criteria {
            let s = plan.stated.criteria.iter().find(|s| s.criterion == c.code);
            match s.and_then(|s| if pick == 0 { s.baseline } else { s.target }) {
                Some(v) => bound += v as usize,
                None => {
                    bound += n;
                    missing.push(c.code.clone());
                }
            }
        }
        if missing.len() == plan.criteria_set.len() {
            continue;
        }
        let max = Decimal::from(bound as u64) / Decimal::from(n as u64);
        let max_shown = max.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
        let exceeds = if missing.is_empty() {
            max_shown != st
        } else {
            st > max_shown
        };
        if exceeds {
            let (cond_vi, cond_en) = if missing.is_empty() {
                ("", String::new())
            } else {
                (
                    " (kể cả khi các tiêu chí không ghi số đều đạt ở mọi xã)",
                    format!(
                        " (even with criteria {} met by every commune)",
                        missing.join(", ")
                    ),
                )
            };
            let bound_word_vi = if missing.is_empty() {
                "cho"
            } else {
                "chỉ cho tối đa"
            };
            let bound_word_en = if missing.is_empty() {
                "give"
            } else {
                "allow at most"
            };
            push(
                out,
                Severity::Warning,
                "average-vs-counts",
                Place::Distribution,
                Some(numfmt::fixed(st, places)),
                Some(numfmt::fixed(max, 2)),
                format!(
                    "Bình quân tiêu chí/xã ({vi_when}) ghi {}, nhưng số xã đạt từng tiêu chí do chính kế hoạch nêu {bound_word_vi} {} / {n} = {}{cond_vi}.",
                    numfmt::fixed(st, places),
                    numfmt::count(bound as i64),
                    numfmt::fixed(max, 2)
                ),
                format!(
                    "The {en_when} average of {} criteria per commune cannot be right: the plan's own per-criterion counts {bound_word_en} {} / {n} = {}{cond_en}.",
                    numfmt::fixed(st, places),
                    numfmt::count(bound as i64),
                    numfmt::fixed(max, 2)
                ),
            );
        }
    }
}

fn stated_distribution(plan: &Plan, f: &Figures, out: &mut Vec<Finding>) {
    for s in &plan.stated.distribution {
        let Some(b) = f.distribution.iter().find(|b| b.label == s.band) else {
            continue;
        };
        for (vi_when, en_when, stated, data) in [
            ("năm gốc", "baseline", s.baseline, b.baseline),
            ("mục tiêu", "target", s.target, b.target),
        ] {
            if let Some(st) = stated
                && st as usize != data
            {
                push(
                    out,
                    Severity::Warning,
                    "distribution",
                    Place::Distribution,
                    Some(st.to_string()),
                    Some(data.to_string()),
                    format!(
                        "Số xã đạt {} tiêu chí ({vi_when}): kế hoạch ghi {st}, dữ liệu cho {data}.",
                        b.label
                    ),
                    format!(
                        "Communes meeting {} criteria ({en_when}): the plan states {st}, the data gives {data}.",
                        b.label
                    ),
                );
            }
        }
    }
}

fn count_finding(
    out: &mut Vec<Finding>,
    rule: &'static str,
    stated: Option<u32>,
    data: usize,
    vi: &str,
    en: &str,
) {
    if let Some(st) = stated
        && st as usize != data
    {
        push(
            out,
            Severity::Warning,
            rule,
            Place::Recognition,
            Some(st.to_string()),
            Some(data.to_string()),
            format!("{vi}: kế hoạch ghi {st}, dữ liệu theo xã cho {data}."),
            format!("{en}: the plan states {st}, the commune data gives {data}."),
        );
    }
}

fn recognition(plan: &Plan, f: &Figures, out: &mut Vec<Finding>) {
    let s = &plan.stated;
    count_finding(
        out,
        "recognized",
        s.recognized,
        f.recognized,
        "Số xã đã đạt chuẩn",
        "Communes already recognized",
    );
    count_finding(
        out,
        "recognized",
        s.advanced,
        f.advanced,
        "Số xã đã đạt chuẩn nâng cao",
        "Communes already advanced",
    );
    count_finding(
        out,
        "recognized",
        s.awaiting,
        f.awaiting.len(),
        "Số xã chờ công nhận",
        "Communes awaiting recognition",
    );
    count_finding(
        out,
        "recognized",
        s.to_recognize,
        f.to_recognize.len(),
        "Số xã công nhận mới trong năm",
        "Communes to recognize this year",
    );
    count_finding(
        out,
        "recognized",
        s.recognized_after,
        f.recognized_after,
        "Tổng số xã đạt chuẩn sau kế hoạch",
        "Communes recognized after the plan",
    );
    count_finding(
        out,
        "recognized",
        s.advanced_to_recognize,
        f.advanced_to_recognize.len(),
        "Số xã công nhận nâng cao trong năm",
        "Communes to recognize as advanced this year",
    );
    // Candidates (full set at target, not yet recognized) against the communes the plan names.
    let year = plan.header.year;
    let total = plan.criteria_set.len();
    for (c, met) in plan.communes.iter().zip(&f.met_target) {
        let recognized_before = c.recognized.iter().any(|r| r.year < year);
        let named = c
            .planned
            .iter()
            .any(|p| p.level == Level::Ntm && p.year <= year)
            || c.recognized.iter().any(|r| r.year == year);
        if recognized_before {
            continue;
        }
        if *met == total && !named {
            push(
                out,
                Severity::Warning,
                "candidate-not-named",
                Place::Commune(c.id.clone()),
                None,
                Some(format!("{met}/{total}")),
                format!(
                    "Xã {} đạt đủ {total}/{total} tiêu chí theo mục tiêu nhưng kế hoạch không đưa vào danh sách công nhận năm {year}.",
                    c.name
                ),
                format!(
                    "{} meets all {total} criteria at the target but the plan does not name it for recognition in {year}.",
                    c.name
                ),
            );
        } else if named && *met < total {
            push(
                out,
                Severity::Warning,
                "named-not-candidate",
                Place::Commune(c.id.clone()),
                Some(format!("{total}/{total}")),
                Some(format!("{met}/{total}")),
                format!(
                    "Xã {} dự kiến công nhận đạt chuẩn nhưng theo mục tiêu chỉ đạt {met}/{total} tiêu chí.",
                    c.name
                ),
                format!(
                    "{} is named for recognition but meets only {met}/{total} criteria at the target.",
                    c.name
                ),
            );
        }
    }
}

fn recognized_missing_criteria(plan: &Plan, out: &mut Vec<Finding>) {
    let set = &plan.criteria_set;
    let from = set.in_force_from();
    let end = plan.end_year();
    for c in &plan.communes {
        // Recognized under this set yet missing criteria at the baseline.
        if let Some(r) = c
            .recognized
            .iter()
            .filter(|r| r.year >= from && r.year < plan.header.year)
            .max_by_key(|r| r.year)
            && !c.baseline_unmet.is_empty()
        {
            push(
                out,
                Severity::Warning,
                "recognized-missing",
                Place::Commune(c.id.clone()),
                None,
                Some(c.baseline_unmet.join(", ")),
                format!(
                    "Xã {} được công nhận năm {} theo bộ tiêu chí này nhưng năm gốc chưa đạt tiêu chí {}.",
                    c.name,
                    r.year,
                    c.baseline_unmet.join(", ")
                ),
                format!(
                    "{} was recognized in {} under this set but does not meet criteria {} at the baseline.",
                    c.name,
                    r.year,
                    c.baseline_unmet.join(", ")
                ),
            );
        }
        // At NTM standard by the end of the plan, yet missing criteria at the target.
        let ntm_by_end = c.recognized.iter().any(|r| r.year <= end)
            || c.planned
                .iter()
                .any(|p| p.level == Level::Ntm && p.year <= end);
        if ntm_by_end && !c.target_unmet.is_empty() && plan.header.kind == PlanKind::Remediation {
            push(
                out,
                Severity::Warning,
                "recognized-missing",
                Place::Commune(c.id.clone()),
                None,
                Some(c.target_unmet.join(", ")),
                format!(
                    "Xã {} đã đạt chuẩn nhưng đến hết năm {end} vẫn chưa hoàn thiện tiêu chí {}.",
                    c.name,
                    c.target_unmet.join(", ")
                ),
                format!(
                    "{} is recognized but still misses criteria {} at the end of {end}.",
                    c.name,
                    c.target_unmet.join(", ")
                ),
            );
        }
    }
}

fn regressions(plan: &Plan, out: &mut Vec<Finding>) {
    for c in &plan.communes {
        for code in &c.target_unmet {
            if c.meets_baseline(code) {
                push(
                    out,
                    Severity::Warning,
                    "target-below-baseline",
                    Place::CommuneCriterion(c.id.clone(), code.clone()),
                    None,
                    None,
                    format!(
                        "Xã {}: tiêu chí {code} đạt ở năm gốc nhưng không đạt ở mục tiêu.",
                        c.name
                    ),
                    format!(
                        "{}: criterion {code} is met at the baseline but not at the target.",
                        c.name
                    ),
                );
            }
        }
    }
}

fn floor(plan: &Plan, f: &Figures, out: &mut Vec<Finding>) {
    let Some(floor) = plan.stated.floor else {
        return;
    };
    for (c, &met) in plan.communes.iter().zip(&f.met_target) {
        if met >= floor as usize {
            continue;
        }
        push(
            out,
            Severity::Warning,
            "below-floor",
            Place::Commune(c.id.clone()),
            Some(format!("≥ {floor}")),
            Some(met.to_string()),
            format!(
                "Xã {} chỉ đạt {met} tiêu chí theo mục tiêu, dưới mức sàn {floor} tiêu chí của kế hoạch.",
                c.name
            ),
            format!(
                "{} meets only {met} criteria at the target, below the plan's floor of {floor}.",
                c.name
            ),
        );
    }
}

fn projects(plan: &Plan, f: &Figures, out: &mut Vec<Finding>) {
    for (stated, data, vi, en) in [
        (
            plan.stated.projects,
            f.projects,
            "Tổng số dự án",
            "Investment projects",
        ),
        (
            plan.stated.special_projects,
            f.special_projects,
            "Số dự án theo cơ chế đặc thù",
            "Projects under the special mechanism",
        ),
    ] {
        if let Some(st) = stated
            && st as usize != data
        {
            push(
                out,
                Severity::Warning,
                "projects-count",
                Place::Projects,
                Some(st.to_string()),
                Some(data.to_string()),
                format!("{vi}: kế hoạch ghi {st}, danh mục có {data}."),
                format!("{en}: the plan states {st}, the list has {data}."),
            );
        }
    }
}

fn villages(plan: &Plan, f: &Figures, out: &mut Vec<Finding>) {
    if let Some(st) = plan.stated.villages_to_recognize
        && st != f.villages_to_recognize
    {
        let parts: Vec<String> = f
            .villages
            .iter()
            .map(|v| v.to_recognize.to_string())
            .collect();
        push(
            out,
            Severity::Warning,
            "villages-total",
            Place::Villages,
            Some(st.to_string()),
            Some(f.villages_to_recognize.to_string()),
            format!(
                "Số thôn, bản công nhận mới: kế hoạch ghi {st}, cộng theo từng đơn vị {} = {}.",
                parts.join(" + "),
                f.villages_to_recognize
            ),
            format!(
                "Villages to recognize: the plan states {st}, the units add up to {} = {}.",
                parts.join(" + "),
                f.villages_to_recognize
            ),
        );
    }
}

fn districts(plan: &Plan, f: &Figures, out: &mut Vec<Finding>) {
    let year = plan.header.year;
    let planned: Vec<&str> = plan
        .districts
        .iter()
        .filter(|d| d.planned == Some(year))
        .map(|d| d.name.as_str())
        .collect();
    if let Some(st) = plan.stated.districts_to_complete
        && st as usize != planned.len()
    {
        push(
            out,
            Severity::Warning,
            "districts-count",
            Place::Header,
            Some(st.to_string()),
            Some(planned.len().to_string()),
            format!(
                "Số huyện hoàn thành tiêu chí huyện: kế hoạch ghi {st}, dữ liệu có {} ({}).",
                planned.len(),
                planned.join(", ")
            ),
            format!(
                "Districts to complete the district set: the plan states {st}, the data has {} ({}).",
                planned.len(),
                planned.join(", ")
            ),
        );
    }
    for (d, figs) in plan.districts.iter().zip(&f.districts) {
        if d.planned == Some(year) && !figs.commune_conditions_met {
            push(
                out,
                Severity::Warning,
                "district-conditions",
                Place::District(d.id.clone()),
                None,
                Some(format!(
                    "{}/{} NTM, {} nâng cao",
                    figs.ntm_by_target, figs.communes, figs.advanced_by_target
                )),
                format!(
                    "Huyện {} dự kiến đạt chuẩn năm {year} nhưng theo dữ liệu xã: {}/{} xã đạt chuẩn NTM, {} xã nâng cao (cần 100% và ít nhất 10%).",
                    d.name, figs.ntm_by_target, figs.communes, figs.advanced_by_target
                ),
                format!(
                    "District {} is planned for {year} but its communes give {}/{} at NTM standard and {} advanced (needs all, and at least 10% advanced).",
                    d.name, figs.ntm_by_target, figs.communes, figs.advanced_by_target
                ),
            );
        }
    }
}

fn deadlines(plan: &Plan, out: &mut Vec<Finding>) {
    let (start, end) = (plan.header.year, plan.end_year());
    for (i, t) in plan.tasks.iter().enumerate() {
        if let Some(d) = t.deadline
            && (d.year < start || d.year > end)
        {
            let period = if start == end {
                format!("{start}")
            } else {
                format!("{start}–{end}")
            };
            push(
                out,
                Severity::Warning,
                "deadline-outside",
                Place::Task(i),
                Some(d.vi()),
                Some(period.clone()),
                format!(
                    "Nhiệm vụ của {}: thời hạn {} nằm ngoài thời gian của kế hoạch ({period}).",
                    t.agency,
                    d.vi()
                ),
                format!(
                    "Task of {}: deadline {} is outside the plan's period ({period}).",
                    t.agency,
                    d.vi()
                ),
            );
        }
    }
}

/// A project outside the plan's period, the way a task deadline is: one that ends
/// before the plan year, or starts or ends after the plan's end year. (A project
/// started in an earlier year and finishing within the period is ordinary.)
fn project_dates(plan: &Plan, out: &mut Vec<Finding>) {
    let (start, end) = (plan.header.year, plan.end_year());
    let period = if start == end {
        format!("{start}")
    } else {
        format!("{start}–{end}")
    };
    for p in &plan.projects {
        let late_start = p.start.filter(|d| d.year > end);
        let outside_end = p.end.filter(|d| d.year > end || d.year < start);
        let Some(date) = late_start.or(outside_end) else {
            continue;
        };
        let dates = match (p.start, p.end) {
            (Some(a), Some(b)) => format!("{}–{}", a.vi(), b.vi()),
            (Some(a), None) => a.vi(),
            (None, Some(b)) => b.vi(),
            (None, None) => date.vi(),
        };
        push(
            out,
            Severity::Warning,
            "project-outside",
            Place::Projects,
            Some(dates.clone()),
            Some(period.clone()),
            format!(
                "Dự án {} ({}): thời gian thực hiện {dates} nằm ngoài thời gian của kế hoạch ({period}).",
                p.name, p.id
            ),
            format!(
                "Project {} ({}): its dates {dates} are outside the plan's period ({period}).",
                p.name, p.id
            ),
        );
    }
}

fn roadmap(plan: &Plan, out: &mut Vec<Finding>) {
    if plan.header.kind != PlanKind::Remediation {
        return;
    }
    let end = plan.end_year();
    for c in &plan.communes {
        for code in &c.baseline_unmet {
            match c.detail(code).and_then(|d| d.year) {
                None => push(
                    out,
                    Severity::Warning,
                    "roadmap-no-year",
                    Place::CommuneCriterion(c.id.clone(), code.clone()),
                    None,
                    None,
                    format!(
                        "Xã {}: tiêu chí {code} chưa đạt nhưng chưa có năm dự kiến hoàn thành.",
                        c.name
                    ),
                    format!(
                        "{}: criterion {code} is not met and has no planned completion year.",
                        c.name
                    ),
                ),
                Some(y) if y > end => push(
                    out,
                    Severity::Warning,
                    "roadmap-late",
                    Place::CommuneCriterion(c.id.clone(), code.clone()),
                    Some(end.to_string()),
                    Some(y.to_string()),
                    format!(
                        "Xã {}: tiêu chí {code} dự kiến hoàn thành năm {y}, sau thời hạn {end} của kế hoạch.",
                        c.name
                    ),
                    format!(
                        "{}: criterion {code} is planned for {y}, after the plan's deadline of {end}.",
                        c.name
                    ),
                ),
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Date;

    fn lai_chau() -> crate::model::Plan {
        crate::format::load_str(include_str!("../../assets/samples/lai-chau-2025.ntm"))
            .expect("the sample loads")
            .plan
    }

    fn rules(plan: &crate::model::Plan) -> Vec<&'static str> {
        let f = crate::figures::compute(plan);
        super::all(plan, &f).iter().map(|x| x.rule).collect()
    }

    #[test]
    fn a_project_outside_the_plan_period_is_reported_like_a_task_deadline() {
        let mut plan = lai_chau();
        assert!(!rules(&plan).contains(&"project-outside"));
        // Started the year before and finishing in the plan year: ordinary.
        plan.projects[0].start = Some(Date::new(2024, 6, 1).unwrap());
        assert!(!rules(&plan).contains(&"project-outside"));
        // A 2027 project in a 2025 plan, as a 2027 task deadline.
        plan.projects[0].start = Some(Date::new(2027, 3, 1).unwrap());
        plan.projects[0].end = Some(Date::new(2027, 12, 31).unwrap());
        plan.tasks[0].deadline = Some(Date::new(2027, 12, 31).unwrap());
        let found = rules(&plan);
        assert!(found.contains(&"project-outside"), "{found:?}");
        assert!(found.contains(&"deadline-outside"));
        let f = crate::figures::compute(&plan);
        let finding = super::all(&plan, &f)
            .into_iter()
            .find(|x| x.rule == "project-outside")
            .unwrap();
        assert!(finding.message_vi.contains("01/03/2027–31/12/2027"));
        assert!(
            finding
                .message_en
                .contains("outside the plan's period (2025)")
        );
    }
}
