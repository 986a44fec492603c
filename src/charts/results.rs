//! The results charts: what was achieved against the targets, for the meeting that
//! reviews the year (criteria per commune, recognitions and villages, money
//! mobilized). Built only for a plan that records results; otherwise they say so.

use super::{Bars, ChartBody, ChartKind, ChartSpec, Series, f, no_data, palette, subtitle};
use crate::figures::Figures;
use crate::figures::results::ResultFigures;
use crate::lang::Lang;
use crate::model::Plan;
use crate::numfmt;
use rust_decimal::Decimal;

fn target_name(plan: &Plan, lang: Lang) -> String {
    format!("{} {}", lang.pick("Mục tiêu", "Target"), plan.end_year())
}

/// "Kết quả đến 31/12/2025" (or the plan year when the report has no date).
fn result_name(r: &ResultFigures, plan: &Plan, lang: Lang) -> String {
    match r.date {
        Some(d) => format!("{} {}", lang.pick("Kết quả đến", "Result as of"), d.vi()),
        None => format!("{} {}", lang.pick("Kết quả", "Result"), plan.header.year),
    }
}

fn missing(kind: ChartKind, plan: &Plan, lang: Lang, title: String, money: bool) -> ChartSpec {
    no_data(
        kind,
        plan,
        lang,
        title,
        money,
        lang.pick(
            "Kế hoạch chưa có kết quả thực hiện.",
            "The plan records no results yet.",
        ),
    )
}

fn two_series(
    target: String,
    result: String,
    counts: &[(f64, f64)],
    labels: Vec<(String, String)>,
) -> Vec<Series> {
    let (target_labels, result_labels) = labels.into_iter().unzip();
    vec![
        Series {
            name: target,
            colors: vec![palette::TARGET; counts.len()],
            values: counts.iter().map(|c| c.0).collect(),
            labels: target_labels,
        },
        Series {
            name: result,
            colors: vec![palette::RESULT; counts.len()],
            values: counts.iter().map(|c| c.1).collect(),
            labels: result_labels,
        },
    ]
}

/// Communes meeting each criterion: the target and the result ("93 → 90/94").
pub fn criteria(plan: &Plan, figures: &Figures, lang: Lang) -> ChartSpec {
    let kind = ChartKind::CriteriaTargetResult;
    let title = lang
        .pick(
            "Kết quả đạt tiêu chí so với mục tiêu",
            "Criteria met: result against target",
        )
        .to_string();
    let Some(r) = figures.results.as_ref().filter(|r| r.reported > 0) else {
        return missing(kind, plan, lang, title, false);
    };
    let n = r.communes;
    let counts: Vec<(f64, f64)> = r
        .per_criterion
        .iter()
        .map(|c| (c.target as f64, c.result as f64))
        .collect();
    let labels = r
        .per_criterion
        .iter()
        .map(|c| (String::new(), format!("{} → {}/{n}", c.target, c.result)))
        .collect();
    let avg = |d: Option<Decimal>| {
        d.map(|d| numfmt::fixed(crate::figures::round2(d), 2))
            .unwrap_or_else(|| "—".into())
    };
    let mut sub = format!(
        "{} · {} {} {}",
        subtitle(plan, lang, false),
        lang.pick("trên tổng số", "out of"),
        numfmt::count(n as i64),
        lang.pick("xã", "communes")
    );
    if r.reported < n {
        sub.push_str(&format!(
            " · {} {}",
            numfmt::count((n - r.reported) as i64),
            lang.pick("xã chưa báo cáo", "not reported")
        ));
    }
    ChartSpec {
        kind,
        title,
        subtitle: sub,
        headline: format!(
            "{} → {}",
            avg(figures.average_target),
            avg(r.average_result)
        ),
        headline_caption: lang
            .pick(
                "tiêu chí bình quân/xã, mục tiêu → kết quả",
                "criteria per commune on average, target → result",
            )
            .to_string(),
        body: ChartBody::Bars(Bars {
            categories: r
                .per_criterion
                .iter()
                .map(|c| {
                    format!(
                        "{}. {}",
                        c.code,
                        plan.criteria_set.criterion_name(&c.code, lang)
                    )
                })
                .collect(),
            series: two_series(
                target_name(plan, lang),
                result_name(r, plan, lang),
                &counts,
                labels,
            ),
            value_axis: lang.pick("số xã", "communes").to_string(),
            value_max: Some(n as f64),
            money: false,
        }),
    }
}

/// Recognitions and villages: planned and achieved.
pub fn recognition(plan: &Plan, figures: &Figures, lang: Lang) -> ChartSpec {
    let kind = ChartKind::RecognitionTargetResult;
    let title = lang
        .pick(
            "Kết quả công nhận xã, thôn bản đạt chuẩn",
            "Recognitions of communes and villages: result against plan",
        )
        .to_string();
    let Some(r) = figures.results.as_ref() else {
        return missing(kind, plan, lang, title, false);
    };
    // (category, what the headline's number is, planned, achieved)
    let mut rows: Vec<(&str, &str, usize, usize)> = Vec::new();
    if !r.planned_ntm.is_empty() || !r.granted_ntm.is_empty() {
        rows.push((
            lang.pick("Xã đạt chuẩn NTM", "Communes at NTM standard"),
            lang.pick(
                "xã công nhận đạt chuẩn NTM, kết quả/kế hoạch",
                "communes recognized at NTM standard, result/plan",
            ),
            r.planned_ntm.len(),
            r.granted_ntm.len(),
        ));
    }
    if !r.planned_advanced.is_empty() || !r.granted_advanced.is_empty() {
        rows.push((
            lang.pick("Xã NTM nâng cao", "Advanced NTM communes"),
            lang.pick(
                "xã công nhận NTM nâng cao, kết quả/kế hoạch",
                "communes recognized as advanced, result/plan",
            ),
            r.planned_advanced.len(),
            r.granted_advanced.len(),
        ));
    }
    if let Some(v) = r.villages_achieved {
        rows.push((
            lang.pick("Thôn, bản đạt chuẩn NTM", "Villages at NTM standard"),
            lang.pick(
                "thôn, bản đạt chuẩn NTM, kết quả/kế hoạch",
                "villages at NTM standard, result/plan",
            ),
            r.villages_planned as usize,
            v as usize,
        ));
    }
    if rows.is_empty() {
        return missing(kind, plan, lang, title, false);
    }
    let counts: Vec<(f64, f64)> = rows.iter().map(|r| (r.2 as f64, r.3 as f64)).collect();
    let labels = rows
        .iter()
        .map(|r| {
            (
                numfmt::count(r.2 as i64),
                format!(
                    "{}/{}",
                    numfmt::count(r.3 as i64),
                    numfmt::count(r.2 as i64)
                ),
            )
        })
        .collect();
    let (head, cap) = match rows.first() {
        Some((_, what, planned, got)) => (
            format!(
                "{}/{}",
                numfmt::count(*got as i64),
                numfmt::count(*planned as i64)
            ),
            what.to_string(),
        ),
        None => ("—".into(), String::new()),
    };
    ChartSpec {
        kind,
        title,
        subtitle: subtitle(plan, lang, false),
        headline: head,
        headline_caption: cap,
        body: ChartBody::Bars(Bars {
            categories: rows.iter().map(|r| r.0.to_string()).collect(),
            series: two_series(
                format!("{} {}", lang.pick("Kế hoạch", "Plan"), plan.header.year),
                result_name(r, plan, lang),
                &counts,
                labels,
            ),
            value_axis: lang.pick("số đơn vị", "units").to_string(),
            value_max: None,
            money: false,
        }),
    }
}

/// Money per source: the plan's and the money mobilized.
pub fn funding(plan: &Plan, figures: &Figures, lang: Lang) -> ChartSpec {
    let kind = ChartKind::FundingPlanMobilized;
    let title = lang
        .pick(
            "Vốn huy động so với kế hoạch",
            "Money mobilized against the plan",
        )
        .to_string();
    let Some((r, mobilized)) = figures
        .results
        .as_ref()
        .and_then(|r| r.funding_mobilized.map(|m| (r, m)))
    else {
        return missing(kind, plan, lang, title, true);
    };
    // The root's sources (depth 1), or the root alone.
    let rows: Vec<_> = {
        let top: Vec<_> = r.funding.iter().filter(|s| s.depth == 1).collect();
        if top.is_empty() {
            r.funding.iter().take(1).collect()
        } else {
            top
        }
    };
    let counts: Vec<(f64, f64)> = rows
        .iter()
        .map(|s| (f(s.planned), f(s.mobilized.unwrap_or_default())))
        .collect();
    let labels = rows
        .iter()
        .map(|s| {
            let share = s
                .mobilized
                .filter(|_| s.planned > Decimal::ZERO)
                .and_then(|m| m.checked_mul(Decimal::ONE_HUNDRED))
                .and_then(|m| m.checked_div(s.planned))
                .map(|p| format!(" ({})", numfmt::percent(crate::figures::round2(p))))
                .unwrap_or_default();
            (
                numfmt::decimal(s.planned),
                match s.mobilized {
                    Some(m) => format!("{}{share}", numfmt::decimal(m)),
                    None => lang.pick("chưa báo cáo", "not reported").to_string(),
                },
            )
        })
        .collect();
    ChartSpec {
        kind,
        title,
        subtitle: subtitle(plan, lang, true),
        headline: format!(
            "{}{}",
            numfmt::decimal(mobilized),
            r.mobilized_share()
                .map(|s| format!(" ({})", numfmt::percent(s)))
                .unwrap_or_default()
        ),
        headline_caption: format!(
            "{} {} {}",
            lang.pick(
                "triệu đồng huy động được, kế hoạch",
                "million VND mobilized, plan"
            ),
            numfmt::decimal(r.funding_planned),
            lang.pick("triệu đồng", "million VND")
        ),
        body: ChartBody::Bars(Bars {
            categories: rows
                .iter()
                .map(|s| super::source_name(&s.name, s.kind, lang))
                .collect(),
            series: two_series(
                format!("{} {}", lang.pick("Kế hoạch", "Plan"), plan.header.year),
                result_name(r, plan, lang),
                &counts,
                labels,
            ),
            value_axis: lang.pick("triệu đồng", "million VND").to_string(),
            value_max: None,
            money: true,
        }),
    }
}
