//! The plan's charts as data, with no UI: a [`ChartSpec`] holds a chart's title,
//! headline figure, categories, values and the labels printed on it, already in
//! Vietnamese number format (shares from [`crate::figures::shares`], so they add up
//! to 100,00%), and its colours from the one [`palette`].
//!
//! The window draws a spec with egui_plot; [`svg`] renders the same spec to SVG and
//! [`png`] rasterizes that SVG, with no display or GPU. Values are `f64` here and only
//! here, for plotting: money stays `Decimal` everywhere else, and every label is
//! formatted from the exact figure.

mod groups;
pub mod measure;
pub mod palette;
pub mod pdf;
pub mod png;
mod results;
pub mod svg;

use crate::figures::{Figures, shares::percent_shares};
use crate::lang::Lang;
use crate::model::Plan;
use crate::numfmt;
use palette::Rgb;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

/// The charts the program draws. Each has a stable kebab-case name (for
/// `ntm-planner chart --kind` and for the slides saved in a plan).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// Funding by source, as bars.
    FundingBySource,
    /// Funding by source, as a donut.
    FundingDonut,
    /// The allocation base (the central budget) by component content.
    CentralByComponent,
    /// Communes meeting each criterion, baseline and target.
    CriteriaBaselineTarget,
    /// Communes per band of criteria met, baseline and target.
    DistributionBands,
    /// Investment projects and their money by component content.
    ProjectsByComponent,
    /// Communes meeting each criterion at the target, per commune group.
    CriteriaByGroup,
    /// Communes recognized, at NTM and at NTM hiện đại by the end of the year, per group.
    RecognitionByGroup,
    /// Communes meeting each criterion, target and result.
    CriteriaTargetResult,
    /// Communes and villages recognized, planned and achieved.
    RecognitionTargetResult,
    /// Money per source, planned and mobilized.
    FundingPlanMobilized,
}

impl ChartKind {
    pub const ALL: [ChartKind; 11] = [
        ChartKind::FundingBySource,
        ChartKind::FundingDonut,
        ChartKind::CentralByComponent,
        ChartKind::CriteriaBaselineTarget,
        ChartKind::DistributionBands,
        ChartKind::ProjectsByComponent,
        ChartKind::CriteriaByGroup,
        ChartKind::RecognitionByGroup,
        ChartKind::CriteriaTargetResult,
        ChartKind::RecognitionTargetResult,
        ChartKind::FundingPlanMobilized,
    ];

    /// Whether the chart shows results (offered only for a plan that records them).
    pub fn is_result(self) -> bool {
        matches!(
            self,
            ChartKind::CriteriaTargetResult
                | ChartKind::RecognitionTargetResult
                | ChartKind::FundingPlanMobilized
        )
    }

    pub fn name(self) -> &'static str {
        match self {
            ChartKind::FundingBySource => "funding-by-source",
            ChartKind::FundingDonut => "funding-donut",
            ChartKind::CentralByComponent => "central-by-component",
            ChartKind::CriteriaBaselineTarget => "criteria-baseline-target",
            ChartKind::DistributionBands => "distribution-bands",
            ChartKind::ProjectsByComponent => "projects-by-component",
            ChartKind::CriteriaByGroup => "criteria-by-group",
            ChartKind::RecognitionByGroup => "recognition-by-group",
            ChartKind::CriteriaTargetResult => "criteria-target-result",
            ChartKind::RecognitionTargetResult => "recognition-target-result",
            ChartKind::FundingPlanMobilized => "funding-plan-mobilized",
        }
    }

    pub fn from_name(name: &str) -> Option<ChartKind> {
        let n = name.trim();
        ChartKind::ALL.into_iter().find(|k| k.name() == n)
    }

    /// What the chart shows, in a few words (lists of kinds, the slide chooser).
    pub fn describe(self, lang: Lang) -> &'static str {
        match self {
            ChartKind::FundingBySource => {
                lang.pick("Nguồn vốn theo nguồn (cột)", "Funding by source (bars)")
            }
            ChartKind::FundingDonut => lang.pick(
                "Cơ cấu nguồn vốn (biểu đồ vành khuyên)",
                "Funding by source (donut)",
            ),
            ChartKind::CentralByComponent => lang.pick(
                "Vốn ngân sách Trung ương theo nội dung thành phần",
                "Central budget by component content",
            ),
            ChartKind::CriteriaBaselineTarget => lang.pick(
                "Số xã đạt từng tiêu chí: năm gốc và mục tiêu",
                "Communes meeting each criterion: baseline and target",
            ),
            ChartKind::DistributionBands => lang.pick(
                "Phân bố xã theo số tiêu chí đạt",
                "Communes by number of criteria met",
            ),
            ChartKind::ProjectsByComponent => lang.pick(
                "Dự án đầu tư theo nội dung thành phần",
                "Investment projects by component content",
            ),
            ChartKind::CriteriaByGroup => lang.pick(
                "Số xã đạt từng tiêu chí theo nhóm xã",
                "Communes meeting each criterion by commune group",
            ),
            ChartKind::RecognitionByGroup => lang.pick(
                "Xã đạt chuẩn nông thôn mới, nông thôn mới hiện đại theo nhóm xã",
                "Communes at NTM and modern NTM standard by commune group",
            ),
            ChartKind::CriteriaTargetResult => lang.pick(
                "Kết quả: số xã đạt từng tiêu chí so với mục tiêu",
                "Results: communes meeting each criterion against the target",
            ),
            ChartKind::RecognitionTargetResult => lang.pick(
                "Kết quả: công nhận xã, thôn bản so với kế hoạch",
                "Results: communes and villages recognized against the plan",
            ),
            ChartKind::FundingPlanMobilized => lang.pick(
                "Kết quả: vốn huy động so với kế hoạch",
                "Results: money mobilized against the plan",
            ),
        }
    }
}

/// The file kinds a chart is exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    Png,
    Svg,
    /// One 16:9 page, vector, with the fonts embedded ([`pdf`]).
    Pdf,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Png => "png",
            ExportFormat::Svg => "svg",
            ExportFormat::Pdf => "pdf",
        }
    }

    /// The file's bytes for a chart at a pixel size.
    pub fn render(
        self,
        spec: &ChartSpec,
        width: u32,
        height: u32,
    ) -> Result<Vec<u8>, png::ExportError> {
        match self {
            ExportFormat::Png => png::encode(spec, width, height),
            ExportFormat::Svg => Ok(svg::render(spec, width, height).into_bytes()),
            // A PDF page has the slide's size whatever the pixel size asked.
            ExportFormat::Pdf => pdf::render(
                std::slice::from_ref(spec),
                &spec.title,
                Lang::Vi,
                &crate::progress::NoProgress,
            )
            .map_err(|e| png::ExportError::Pdf(Box::new(e))),
        }
    }
}

/// The slides of a plan's presentation deck: the kinds the planner chose, in their
/// order; when none are chosen, every chart the plan has data for — the year's
/// results first, when the plan records them (the meeting reviews them first).
pub fn deck(plan: &Plan, figures: &Figures, lang: Lang) -> Vec<ChartSpec> {
    let chosen: Vec<ChartKind> = plan
        .presentation
        .slides
        .iter()
        .filter_map(|n| ChartKind::from_name(n))
        .collect();
    if chosen.is_empty() {
        let mut all: Vec<ChartSpec> = ChartSpec::all(plan, figures, lang)
            .into_iter()
            .filter(ChartSpec::has_data)
            .collect();
        all.sort_by_key(|s| !s.kind.is_result());
        all
    } else {
        chosen
            .into_iter()
            .map(|k| ChartSpec::build(k, plan, figures, lang))
            .collect()
    }
}

/// One chart, ready to draw: the same on screen, in SVG and in PNG.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    pub kind: ChartKind,
    pub title: String,
    /// The plan it comes from and the unit ("Lai Châu, năm 2025 · đơn vị: triệu đồng").
    pub subtitle: String,
    /// The figure a leader looks for, large ("4.503.481 triệu đồng").
    pub headline: String,
    /// What the headline figure is ("Tổng nguồn vốn").
    pub headline_caption: String,
    pub body: ChartBody,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ChartBody {
    Bars(Bars),
    Donut(Donut),
    /// One category only: said plainly as a figure, not drawn as a lone bar.
    Single(Single),
    /// The plan has nothing to chart here; the message says what is missing.
    NoData(String),
}

/// The one category of a chart that has only one ("2. Phát triển hạ tầng kinh tế -
/// xã hội") and its figure ("74.098 triệu đồng · 86 dự án").
#[derive(Debug, Clone, PartialEq)]
pub struct Single {
    pub category: String,
    pub value: String,
    pub color: Rgb,
}

/// Horizontal bars: one row per category (its label above its bars), one bar per
/// series in each row, each bar with its label printed at its end.
#[derive(Debug, Clone, PartialEq)]
pub struct Bars {
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    /// The value axis' title ("triệu đồng", "số xã").
    pub value_axis: String,
    /// The axis' end when it has a natural one (the number of communes).
    pub value_max: Option<f64>,
    /// Whether the values are money (axis ticks grouped as amounts) or counts.
    pub money: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// The legend name ("Năm gốc", "Mục tiêu 2025").
    pub name: String,
    /// One colour per value (a single-series chart colours each category).
    pub colors: Vec<Rgb>,
    pub values: Vec<f64>,
    /// Printed at the end of each bar ("2.581.000 (57,31%)", "93/94").
    pub labels: Vec<String>,
}

impl Series {
    /// The legend colour.
    pub fn color(&self) -> Rgb {
        self.colors.first().copied().unwrap_or(palette::BLUE)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Donut {
    pub slices: Vec<Slice>,
    /// In the hole: the total ("4.503.481").
    pub center: String,
    /// Under it ("triệu đồng").
    pub center_caption: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Slice {
    pub name: String,
    pub value: f64,
    pub value_label: String,
    /// Share of the total, apportioned so the shares add up to 100,00%.
    pub share_label: String,
    pub color: Rgb,
}

impl Bars {
    /// The value axis' end: its natural end, or the largest value.
    pub fn axis_max(&self) -> f64 {
        let largest = self
            .series
            .iter()
            .flat_map(|s| s.values.iter().copied())
            .fold(0.0_f64, f64::max);
        match self.value_max {
            Some(m) => m.max(largest),
            None if largest > 0.0 => largest,
            None => 1.0,
        }
    }
}

/// "96.569 (2,14%)".
fn value_and_share(amount: Decimal, share: Decimal) -> String {
    format!("{} ({})", numfmt::decimal(amount), numfmt::percent(share))
}

fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

fn unit_money(lang: Lang) -> &'static str {
    lang.pick("triệu đồng", "million VND")
}

fn subtitle(plan: &Plan, lang: Lang, money: bool) -> String {
    let place = format!(
        "{}, {} {}",
        plan.header.province,
        lang.pick("năm", "year"),
        plan.header.year
    );
    if money {
        format!(
            "{place} · {}: {}",
            lang.pick("đơn vị", "unit"),
            unit_money(lang)
        )
    } else {
        place
    }
}

/// A funding source's name in a language: in English the standard name of its kind
/// (the plan's own names are Vietnamese), else the plan's name.
pub fn source_name(name: &str, kind: Option<crate::model::SourceKind>, lang: Lang) -> String {
    use crate::model::SourceKind as K;
    let en = match (lang, kind) {
        (Lang::Vi, _) | (_, None) | (_, Some(K::Other)) => None,
        (Lang::En, Some(k)) => Some(match k {
            K::Central => "Central budget",
            K::CentralInvestment => "Central budget: development investment",
            K::CentralRecurrent => "Central budget: recurrent funds",
            K::Local => "Local budget (counterpart funds)",
            K::Integrated => "Integrated from other programs",
            K::Credit => "Credit",
            K::Enterprise => "Enterprises",
            K::Community => "Community contributions",
            K::Other => "",
        }),
    };
    en.map(str::to_string).unwrap_or_else(|| name.to_string())
}

/// A component content's name in a language (the plan's English name where it has one).
fn component_name<'a>(plan: &'a Plan, code: &str, fallback: &'a str, lang: Lang) -> &'a str {
    plan.components
        .iter()
        .find(|c| c.code == code)
        .map(|c| c.name_in(lang))
        .unwrap_or(fallback)
}

fn label_of(code: Option<&str>, name: &str) -> String {
    match code {
        Some(c) => format!("{c}. {name}"),
        None => name.to_string(),
    }
}

impl ChartSpec {
    /// Build a chart of the plan. Never fails: a plan without the data says so in
    /// [`ChartBody::NoData`]; a chart of one category is [`ChartBody::Single`].
    pub fn build(kind: ChartKind, plan: &Plan, figures: &Figures, lang: Lang) -> ChartSpec {
        let spec = match kind {
            ChartKind::FundingBySource | ChartKind::FundingDonut => funding(kind, plan, lang),
            ChartKind::CentralByComponent => central(plan, figures, lang),
            ChartKind::CriteriaBaselineTarget => criteria(plan, figures, lang),
            ChartKind::DistributionBands => bands(plan, figures, lang),
            ChartKind::ProjectsByComponent => projects(plan, figures, lang),
            ChartKind::CriteriaByGroup => groups::criteria_by_group(plan, figures, lang),
            ChartKind::RecognitionByGroup => groups::recognition_by_group(plan, figures, lang),
            ChartKind::CriteriaTargetResult => results::criteria(plan, figures, lang),
            ChartKind::RecognitionTargetResult => results::recognition(plan, figures, lang),
            ChartKind::FundingPlanMobilized => results::funding(plan, figures, lang),
        };
        spec.single_if_one(lang)
    }

    /// A bar chart with one bar, or a donut with one slice, becomes its figure.
    fn single_if_one(mut self, lang: Lang) -> ChartSpec {
        let single = match &self.body {
            ChartBody::Bars(b) if b.categories.len() == 1 && b.series.len() == 1 => {
                let s = &b.series[0];
                Some(Single {
                    category: b.categories[0].clone(),
                    // The unit goes after the amount the label starts with:
                    // "74.098 triệu đồng · 86 dự án (63 đặc thù)".
                    value: match s.labels.first().filter(|l| !l.is_empty()) {
                        Some(l) if b.money => match l.split_once(' ') {
                            Some((amount, rest)) => {
                                format!("{amount} {} {rest}", unit_money(lang))
                            }
                            None => format!("{l} {}", unit_money(lang)),
                        },
                        Some(l) => l.clone(),
                        None => String::new(),
                    },
                    color: s.color(),
                })
            }
            ChartBody::Donut(d) if d.slices.len() == 1 => d.slices.first().map(|s| Single {
                category: s.name.clone(),
                value: format!("{} {} ({})", s.value_label, unit_money(lang), s.share_label),
                color: s.color,
            }),
            _ => None,
        };
        if let Some(s) = single {
            self.body = ChartBody::Single(s);
        }
        self
    }

    /// Every chart of the plan, in [`ChartKind::ALL`] order; the results charts only
    /// for a plan that records results.
    pub fn all(plan: &Plan, figures: &Figures, lang: Lang) -> Vec<ChartSpec> {
        ChartKind::ALL
            .into_iter()
            .filter(|k| !k.is_result() || figures.results.is_some())
            .map(|k| ChartSpec::build(k, plan, figures, lang))
            .collect()
    }

    pub fn has_data(&self) -> bool {
        !matches!(self.body, ChartBody::NoData(_))
    }
}

fn no_data(
    kind: ChartKind,
    plan: &Plan,
    lang: Lang,
    title: String,
    money: bool,
    message: &str,
) -> ChartSpec {
    ChartSpec {
        kind,
        title,
        subtitle: subtitle(plan, lang, money),
        headline: "—".into(),
        headline_caption: String::new(),
        body: ChartBody::NoData(message.to_string()),
    }
}

fn funding(kind: ChartKind, plan: &Plan, lang: Lang) -> ChartSpec {
    let root = &plan.funding;
    let title = match kind {
        ChartKind::FundingDonut => lang.pick("Cơ cấu nguồn vốn", "Funding by source, shares"),
        _ => lang.pick("Nguồn vốn theo nguồn", "Funding by source"),
    }
    .to_string();
    // The sources are the root's children; a root without children is one source.
    let sources: Vec<(String, Decimal)> = if root.children.is_empty() {
        root.amount
            .map(|a| vec![(source_name(&root.name, root.kind, lang), a)])
            .unwrap_or_default()
    } else {
        root.children
            .iter()
            .map(|c| {
                (
                    source_name(&c.name, c.kind, lang),
                    c.checked_total().unwrap_or(Decimal::MAX),
                )
            })
            .collect()
    };
    let total = sources
        .iter()
        .try_fold(Decimal::ZERO, |acc, (_, a)| acc.checked_add(*a));
    let amounts: Vec<Decimal> = sources.iter().map(|(_, a)| *a).collect();
    // Sums and shares beyond the decimal type cannot happen for a plan within its
    // bounds (the figures would have failed first); no chart rather than a panic.
    let shares = total.and_then(|t| percent_shares(&amounts, t, 2));
    let (Some(total), Some(shares)) = (total, shares) else {
        return no_data(
            kind,
            plan,
            lang,
            title,
            true,
            lang.pick(
                "Số liệu nguồn vốn vượt quá giới hạn tính toán.",
                "The funding figures are beyond what can be computed.",
            ),
        );
    };
    if sources.is_empty() || total <= Decimal::ZERO {
        return no_data(
            kind,
            plan,
            lang,
            title,
            true,
            lang.pick(
                "Kế hoạch chưa có số liệu nguồn vốn.",
                "The plan has no funding figures yet.",
            ),
        );
    }
    let headline = format!("{} {}", numfmt::decimal(total), unit_money(lang));
    let headline_caption = match lang {
        Lang::Vi => root.name.clone(),
        Lang::En => "Total funding".to_string(),
    };
    let body = match kind {
        ChartKind::FundingDonut => ChartBody::Donut(Donut {
            slices: sources
                .iter()
                .zip(&shares)
                .enumerate()
                .map(|(i, ((name, amount), share))| Slice {
                    name: name.to_string(),
                    value: f(*amount),
                    value_label: numfmt::decimal(*amount),
                    share_label: numfmt::percent(*share),
                    color: palette::categorical(i),
                })
                .collect(),
            center: numfmt::decimal(total),
            center_caption: unit_money(lang).to_string(),
        }),
        _ => ChartBody::Bars(Bars {
            categories: sources.iter().map(|(n, _)| n.to_string()).collect(),
            series: vec![Series {
                name: headline_caption.clone(),
                colors: (0..sources.len()).map(palette::categorical).collect(),
                values: amounts.iter().copied().map(f).collect(),
                labels: amounts
                    .iter()
                    .zip(&shares)
                    .map(|(a, s)| value_and_share(*a, *s))
                    .collect(),
            }],
            value_axis: unit_money(lang).to_string(),
            value_max: None,
            money: true,
        }),
    };
    ChartSpec {
        kind,
        title,
        subtitle: subtitle(plan, lang, true),
        headline,
        headline_caption,
        body,
    }
}

fn central(plan: &Plan, figures: &Figures, lang: Lang) -> ChartSpec {
    let kind = ChartKind::CentralByComponent;
    let Some(a) = figures
        .allocation
        .as_ref()
        .filter(|a| a.base > Decimal::ZERO && !a.lines.is_empty())
    else {
        return no_data(
            kind,
            plan,
            lang,
            lang.pick(
                "Phân bổ vốn theo nội dung thành phần",
                "Allocation by component content",
            )
            .to_string(),
            true,
            lang.pick(
                "Kế hoạch chưa phân bổ vốn theo nội dung thành phần.",
                "The plan has no allocation by component content yet.",
            ),
        );
    };
    let categories = a
        .lines
        .iter()
        .map(|l| match &l.component {
            Some(c) => label_of(Some(c), component_name(plan, c, &l.name, lang)),
            None => lang
                .pick("Nội dung chưa phân bổ chi tiết", "Not yet allocated")
                .to_string(),
        })
        .collect();
    let base_kind = plan.funding.find(&a.base_id).and_then(|n| n.kind);
    let base_name = match (lang, base_kind) {
        (Lang::En, None) => "The allocation base".to_string(),
        _ => source_name(&a.base_name, base_kind, lang),
    };
    ChartSpec {
        kind,
        title: format!(
            "{} {}",
            base_name,
            lang.pick("theo nội dung thành phần", "by component content")
        ),
        subtitle: subtitle(plan, lang, true),
        headline: format!("{} {}", numfmt::decimal(a.base), unit_money(lang)),
        headline_caption: base_name.clone(),
        body: ChartBody::Bars(Bars {
            categories,
            series: vec![Series {
                name: base_name.clone(),
                colors: (0..a.lines.len()).map(palette::categorical).collect(),
                values: a.lines.iter().map(|l| f(l.amount)).collect(),
                labels: a
                    .lines
                    .iter()
                    .map(|l| value_and_share(l.amount, l.share))
                    .collect(),
            }],
            value_axis: unit_money(lang).to_string(),
            value_max: None,
            money: true,
        }),
    }
}

fn baseline_name(lang: Lang) -> String {
    lang.pick("Năm gốc", "Baseline").to_string()
}

fn target_name(plan: &Plan, lang: Lang) -> String {
    format!("{} {}", lang.pick("Mục tiêu", "Target"), plan.end_year())
}

fn criteria(plan: &Plan, figures: &Figures, lang: Lang) -> ChartSpec {
    let kind = ChartKind::CriteriaBaselineTarget;
    let title = lang
        .pick("Số xã đạt từng tiêu chí", "Communes meeting each criterion")
        .to_string();
    let n = figures.communes;
    if n == 0 || figures.per_criterion.is_empty() {
        return no_data(
            kind,
            plan,
            lang,
            title,
            false,
            lang.pick(
                "Kế hoạch chưa có danh sách xã.",
                "The plan has no communes yet.",
            ),
        );
    }
    let rows = &figures.per_criterion;
    let headline = match (figures.average_baseline_2dp(), figures.average_target_2dp()) {
        (Some(b), Some(t)) => format!("{} → {}", numfmt::fixed(b, 2), numfmt::fixed(t, 2)),
        _ => "—".into(),
    };
    ChartSpec {
        kind,
        title,
        subtitle: format!(
            "{} · {} {} {}",
            subtitle(plan, lang, false),
            lang.pick("trên tổng số", "out of"),
            numfmt::count(n as i64),
            lang.pick("xã", "communes")
        ),
        headline,
        headline_caption: lang
            .pick(
                "tiêu chí bình quân/xã, năm gốc → mục tiêu",
                "criteria per commune on average, baseline → target",
            )
            .to_string(),
        body: ChartBody::Bars(Bars {
            categories: rows
                .iter()
                .map(|c| {
                    label_of(
                        Some(&c.code),
                        plan.criteria_set.criterion_name(&c.code, lang),
                    )
                })
                .collect(),
            series: baseline_and_target(
                plan,
                lang,
                rows.iter().map(|c| (c.baseline, c.target)),
                // The target's label carries both counts ("64 → 93/94"), so 19 rows
                // of two bars stay readable.
                |b, t| (String::new(), format!("{b} → {t}/{n}")),
            ),
            value_axis: lang.pick("số xã", "communes").to_string(),
            value_max: Some(n as f64),
            money: false,
        }),
    }
}

/// The two series of a baseline-vs-target chart, from (baseline, target) counts;
/// `label` gives both bars' printed labels.
fn baseline_and_target(
    plan: &Plan,
    lang: Lang,
    counts: impl Iterator<Item = (usize, usize)>,
    label: impl Fn(usize, usize) -> (String, String),
) -> Vec<Series> {
    let counts: Vec<(usize, usize)> = counts.collect();
    let (base_labels, target_labels) = counts.iter().map(|&(b, t)| label(b, t)).unzip();
    vec![
        Series {
            name: baseline_name(lang),
            colors: vec![palette::BASELINE; counts.len()],
            values: counts.iter().map(|&(b, _)| b as f64).collect(),
            labels: base_labels,
        },
        Series {
            name: target_name(plan, lang),
            colors: vec![palette::TARGET; counts.len()],
            values: counts.iter().map(|&(_, t)| t as f64).collect(),
            labels: target_labels,
        },
    ]
}

fn bands(plan: &Plan, figures: &Figures, lang: Lang) -> ChartSpec {
    let kind = ChartKind::DistributionBands;
    let title = lang
        .pick(
            "Phân bố xã theo số tiêu chí đạt",
            "Communes by number of criteria met",
        )
        .to_string();
    let n = figures.communes;
    if n == 0 || figures.distribution.is_empty() {
        return no_data(
            kind,
            plan,
            lang,
            title,
            false,
            lang.pick(
                "Kế hoạch chưa có danh sách xã.",
                "The plan has no communes yet.",
            ),
        );
    }
    let d = &figures.distribution;
    let top = &d[0];
    ChartSpec {
        kind,
        title,
        subtitle: format!(
            "{} · {} {} {}",
            subtitle(plan, lang, false),
            lang.pick("trên tổng số", "out of"),
            numfmt::count(n as i64),
            lang.pick("xã", "communes")
        ),
        headline: format!(
            "{} → {} {}",
            numfmt::count(top.baseline as i64),
            numfmt::count(top.target as i64),
            lang.pick("xã", "communes")
        ),
        headline_caption: format!(
            "{} {} {}",
            lang.pick("đạt", "meeting"),
            top.label_in(lang),
            lang.pick(
                "tiêu chí, năm gốc → mục tiêu",
                "criteria, baseline → target"
            )
        ),
        body: ChartBody::Bars(Bars {
            categories: d
                .iter()
                .map(|b| format!("{} {}", b.label_in(lang), lang.pick("tiêu chí", "criteria")))
                .collect(),
            series: baseline_and_target(
                plan,
                lang,
                d.iter().map(|b| (b.baseline, b.target)),
                |b, t| (numfmt::count(b as i64), numfmt::count(t as i64)),
            ),
            value_axis: lang.pick("số xã", "communes").to_string(),
            value_max: Some(n as f64),
            money: false,
        }),
    }
}

fn projects(plan: &Plan, figures: &Figures, lang: Lang) -> ChartSpec {
    let kind = ChartKind::ProjectsByComponent;
    let title = lang
        .pick(
            "Dự án đầu tư theo nội dung thành phần",
            "Investment projects by component content",
        )
        .to_string();
    if figures.projects == 0 {
        return no_data(
            kind,
            plan,
            lang,
            title,
            true,
            lang.pick(
                "Kế hoạch chưa có danh mục dự án.",
                "The plan has no projects yet.",
            ),
        );
    }
    let rows = &figures.projects_by_component;
    let word = lang.pick("dự án", "projects");
    ChartSpec {
        kind,
        title,
        subtitle: subtitle(plan, lang, true),
        headline: format!("{} {word}", numfmt::count(figures.projects as i64)),
        headline_caption: format!(
            "{} {}; {} {}",
            numfmt::decimal(figures.projects_amount),
            unit_money(lang),
            numfmt::count(figures.special_projects as i64),
            lang.pick("theo cơ chế đặc thù", "under the special mechanism")
        ),
        body: ChartBody::Bars(Bars {
            categories: rows
                .iter()
                .map(|c| match &c.component {
                    Some(code) => label_of(Some(code), component_name(plan, code, &c.name, lang)),
                    None => lang
                        .pick("Chưa xác định nội dung", "No component")
                        .to_string(),
                })
                .collect(),
            series: vec![Series {
                name: lang.pick("Vốn các dự án", "Project funding").to_string(),
                colors: (0..rows.len()).map(palette::categorical).collect(),
                values: rows.iter().map(|c| f(c.amount)).collect(),
                labels: rows
                    .iter()
                    .map(|c| {
                        format!(
                            "{} · {} {word} ({} {})",
                            numfmt::decimal(c.amount),
                            numfmt::count(c.projects as i64),
                            numfmt::count(c.special as i64),
                            lang.pick("đặc thù", "special")
                        )
                    })
                    .collect(),
            }],
            value_axis: unit_money(lang).to_string(),
            value_max: None,
            money: true,
        }),
    }
}

/// Ticks for a value axis from 0 to `max`: about `target` round steps (1, 2, 5 × 10ⁿ).
pub fn ticks(max: f64, target: usize) -> Vec<f64> {
    if max <= 0.0 || !max.is_finite() {
        return vec![0.0];
    }
    let raw = max / target.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag)
        .max(1.0);
    let mut out = Vec::new();
    let mut v = 0.0;
    while v <= max + step * 1e-9 {
        out.push(v);
        v += step;
    }
    out
}

/// A tick value in Vietnamese format ("1.000.000").
pub fn tick_label(v: f64) -> String {
    numfmt::count(v.round() as i64)
}

#[cfg(test)]
mod tests;
