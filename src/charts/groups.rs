//! The chart of communes meeting each criterion per commune group (2026–2030: groups
//! 1, 2, 3 with their own thresholds), at the target: one bar per group in each
//! criterion's row, labelled "met/communes of the group".

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
                values: g.per_criterion.iter().map(|&(_, t)| t as f64).collect(),
                labels: g
                    .per_criterion
                    .iter()
                    .map(|&(_, t)| format!("{t}/{}", g.communes))
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
            value_axis: tr(lang, "chart-communes-axis"),
            value_max: None,
            money: false,
        }),
    }
}
