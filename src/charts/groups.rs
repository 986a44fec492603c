//! Charts per commune group (2026–2030: groups 1, 2, 3 with their own thresholds):
//! communes meeting each criterion at the target, as a share of the group's communes
//! (groups differ in size) labelled "met/communes of the group"; and the communes
//! recognized, at NTM by the end of the plan year and at NTM hiện đại, per group.

use super::{Bars, ChartBody, ChartKind, ChartSpec, Series, label_of, no_data, palette, subtitle};
use crate::figures::Figures;
use crate::i18n::{Arg, tr, tr_args};
use crate::lang::Lang;
use crate::model::Plan;
use crate::numfmt;

pub(super) fn criteria_by_group(plan: &Plan, figures: &Figures, lang: Lang) -> ChartSpec {
    let kind = ChartKind::CriteriaByGroup;
    let title = tr(lang, "chart-by-group-title");
    if !plan.criteria_set.uses_groups() {
        return no_data(
            kind,
            plan,
            lang,
            title,
            false,
            &tr(lang, "chart-by-group-no-groups"),
        );
    }
    let groups: Vec<_> = figures.by_group.iter().filter(|g| g.communes > 0).collect();
    if groups.is_empty() {
        return no_data(
            kind,
            plan,
            lang,
            title,
            false,
            &tr(lang, "chart-no-communes"),
        );
    }
    let year = plan.header.year.to_string();
    let labelled = groups.len() <= 2;
    let series = groups
        .iter()
        .map(|g| {
            let name = match g.group {
                Some(n) => tr_args(
                    lang,
                    "chart-by-group-series",
                    &[
                        ("group", Arg::Str(&n.to_string())),
                        ("n", Arg::from(g.communes)),
                    ],
                ),
                None => tr_args(lang, "chart-by-group-none", &[("n", Arg::from(g.communes))]),
            };
            // Groups keep their colour whatever groups are present; no group is grey.
            let color = match g.group {
                Some(n) => palette::categorical(usize::from(n).saturating_sub(1)),
                None => palette::MUTED,
            };
            Series {
                name,
                colors: vec![color; g.per_criterion.len()],
                values: g
                    .per_criterion
                    .iter()
                    .map(|&(_, t)| t as f64 * 100.0 / g.communes.max(1) as f64)
                    .collect(),
                // "13/26" at each bar when it has room; with three or four groups the
                // bars are thinner than a label, and the distribution tab's table has
                // the counts.
                labels: g
                    .per_criterion
                    .iter()
                    .map(|&(_, t)| {
                        if labelled {
                            format!("{t}/{}", g.communes)
                        } else {
                            String::new()
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let ntm: usize = groups.iter().map(|g| g.ntm_after).sum();
    let n: usize = groups.iter().map(|g| g.communes).sum();
    ChartSpec {
        kind,
        title,
        subtitle: format!(
            "{} · {}",
            subtitle(plan, lang, false),
            tr_args(
                lang,
                "chart-by-group-subtitle",
                &[("year", Arg::Str(&year))]
            )
        ),
        headline: format!("{}/{}", numfmt::count(ntm as i64), numfmt::count(n as i64)),
        headline_caption: tr_args(
            lang,
            "chart-by-group-headline",
            &[("year", Arg::Str(&year))],
        ),
        body: ChartBody::Bars(Bars {
            categories: plan
                .criteria_set
                .criteria
                .iter()
                .map(|c| label_of(Some(&c.code), &c.name))
                .collect(),
            series,
            value_axis: tr(lang, "chart-by-group-axis"),
            value_max: Some(100.0),
            money: false,
        }),
    }
}

pub(super) fn recognition_by_group(plan: &Plan, figures: &Figures, lang: Lang) -> ChartSpec {
    let kind = ChartKind::RecognitionByGroup;
    let title = tr(lang, "chart-recognition-by-group-title");
    if !plan.criteria_set.uses_groups() {
        return no_data(
            kind,
            plan,
            lang,
            title,
            false,
            &tr(lang, "chart-by-group-no-groups"),
        );
    }
    let groups: Vec<_> = figures.by_group.iter().filter(|g| g.communes > 0).collect();
    if groups.is_empty() {
        return no_data(
            kind,
            plan,
            lang,
            title,
            false,
            &tr(lang, "chart-no-communes"),
        );
    }
    let year = plan.header.year.to_string();
    let y = Arg::Str(&year);
    let series_of =
        |key: &str, color, value: &dyn Fn(&crate::figures::groups::GroupFigures) -> usize| Series {
            name: tr_args(lang, key, &[("year", y)]),
            colors: vec![color; groups.len()],
            values: groups.iter().map(|g| value(g) as f64).collect(),
            labels: groups
                .iter()
                .map(|g| format!("{}/{}", value(g), g.communes))
                .collect(),
        };
    let series = vec![
        series_of("chart-recognized-before", palette::BASELINE, &|g| {
            g.recognized
        }),
        series_of("chart-ntm-after", palette::TARGET, &|g| g.ntm_after),
        series_of("chart-modern-after", palette::GREEN, &|g| g.modern_after),
    ];
    let ntm: usize = groups.iter().map(|g| g.ntm_after).sum();
    let n: usize = groups.iter().map(|g| g.communes).sum();
    let largest = groups.iter().map(|g| g.communes).max().unwrap_or(1);
    ChartSpec {
        kind,
        title,
        subtitle: subtitle(plan, lang, false),
        headline: format!("{}/{}", numfmt::count(ntm as i64), numfmt::count(n as i64)),
        headline_caption: tr_args(lang, "chart-by-group-headline", &[("year", y)]),
        body: ChartBody::Bars(Bars {
            categories: groups
                .iter()
                .map(|g| match g.group {
                    Some(k) => tr_args(
                        lang,
                        "chart-by-group-series",
                        &[
                            ("group", Arg::Str(&k.to_string())),
                            ("n", Arg::from(g.communes)),
                        ],
                    ),
                    None => tr_args(lang, "chart-by-group-none", &[("n", Arg::from(g.communes))]),
                })
                .collect(),
            series,
            value_axis: tr(lang, "chart-communes-axis"),
            value_max: Some(largest as f64),
            money: false,
        }),
    }
}
