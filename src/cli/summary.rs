//! `ntm-planner summary FILE [--json] [--lang vi|en]`

use super::out::{errln, out, outln};
use crate::check::{self, Finding, Severity};
use crate::figures::{self, Figures, round2};
use crate::format;
use crate::lang::Lang;
use crate::model::{Plan, PlanKind};
use crate::numfmt::{decimal, fixed, percent};
use rust_decimal::Decimal;
use serde::Serialize;
use std::path::Path;
use std::process::ExitCode;

pub fn run(path: &Path, json: bool, lang: Lang) -> ExitCode {
    let loaded = match format::load_file(path) {
        Ok(l) => l,
        Err(e) => {
            errln!("{}: {}", path.display(), e.message(lang));
            return ExitCode::from(2);
        }
    };
    let plan = &loaded.plan;
    let figs = match figures::compute(plan) {
        Ok(f) => f,
        Err(e) => {
            errln!("{}: {}", path.display(), e.message(lang));
            return ExitCode::from(1);
        }
    };
    let findings = check::check_with(plan, &figs);
    if json {
        let s = JsonSummary::new(plan, &figs, &findings, lang);
        match serde_json::to_string_pretty(&s) {
            Ok(t) => outln!("{t}"),
            Err(e) => {
                errln!("{e}");
                return ExitCode::from(2);
            }
        }
    } else {
        out!("{}", text(plan, &figs, &findings, lang));
    }
    ExitCode::SUCCESS
}

/// The plan's key figures as text, Vietnamese number format.
/// The results against the targets: "Kết quả đến 31/12/2025", then per criterion
/// "93/94 mục tiêu, 90/94 đạt được".
fn results_text(
    o: &mut String,
    r: &figures::results::ResultFigures,
    f: &Figures,
    plan: &Plan,
    lang: Lang,
) {
    use crate::i18n::{Arg, tr_args};
    use std::fmt::Write;
    let l = |vi: &'static str, en: &'static str| lang.pick(vi, en);
    let n = r.communes;
    let when = r
        .date
        .map(|d| format!(" {} {}", l("đến", "as of"), d.vi()))
        .unwrap_or_default();
    let _ = writeln!(
        o,
        "{}{when}: {} {}/{n} {}",
        l("Kết quả thực hiện", "Results"),
        l("báo cáo", "reported"),
        r.reported,
        l("xã", "communes")
    );
    let avg = |d: Option<rust_decimal::Decimal>| {
        d.map(|d| crate::numfmt::fixed(figures::round2(d), 2))
            .unwrap_or_else(|| "—".into())
    };
    let _ = writeln!(
        o,
        "  {}: {} → {}",
        l(
            "Bình quân tiêu chí/xã, mục tiêu → kết quả",
            "Criteria per commune, target → result"
        ),
        avg(f.average_target),
        avg(r.average_result)
    );
    for c in &r.per_criterion {
        let _ = writeln!(
            o,
            "  {:>2}. {}: {}",
            c.code,
            plan.criteria_set.criterion_name(&c.code, lang),
            tr_args(
                lang,
                "results-criterion-line",
                &[
                    ("target", Arg::from(c.target)),
                    ("result", c.result.into()),
                    ("n", n.into()),
                    ("unreported", (n - r.reported).into()),
                ],
            )
        );
    }
    let _ = writeln!(
        o,
        "  {}: {}/{} NTM, {}/{} {}",
        l(
            "Công nhận trong năm (kết quả/kế hoạch)",
            "Recognized this year (result/plan)"
        ),
        r.granted_ntm.len(),
        r.planned_ntm.len(),
        r.granted_advanced.len(),
        r.planned_advanced.len(),
        l("nâng cao", "advanced")
    );
    if let Some(m) = r.funding_mobilized {
        let _ = writeln!(
            o,
            "  {}: {} / {} {}",
            l("Vốn huy động", "Money mobilized"),
            crate::numfmt::decimal(m),
            crate::numfmt::decimal(r.funding_planned),
            l("triệu đồng", "million VND")
        );
    }
}

pub fn text(plan: &Plan, f: &Figures, findings: &[Finding], lang: Lang) -> String {
    use std::fmt::Write;
    let l = |vi: &'static str, en: &'static str| lang.pick(vi, en);
    let mut o = String::new();
    let h = &plan.header;
    let _ = writeln!(o, "{}", h.title);
    let _ = writeln!(
        o,
        "{}: {}{}",
        l("Cơ quan ban hành", "Issued by"),
        h.issuing_body,
        if h.number.is_empty() {
            String::new()
        } else {
            format!(", {}", h.number)
        }
    );
    let _ = writeln!(
        o,
        "{}: {} ({} {})",
        l("Bộ tiêu chí", "Criteria set"),
        plan.criteria_set.name_in(lang),
        plan.criteria_set.len(),
        l("tiêu chí", "criteria")
    );
    let n = f.communes;
    let _ = writeln!(o, "{}: {n}", l("Số xã", "Communes"));
    let y = h.year;
    if h.kind == PlanKind::Yearly {
        let _ = writeln!(
            o,
            "{}: {} {}, {} {}, {} {} {y} → {} {}",
            l("Xã đạt chuẩn NTM", "Communes at NTM standard"),
            f.recognized,
            l("đã công nhận", "recognized"),
            f.awaiting.len(),
            l("chờ công nhận", "awaiting recognition"),
            f.to_recognize.len(),
            l("công nhận mới năm", "to recognize in"),
            f.recognized_after,
            l("xã", "communes"),
        );
        if !f.advanced_to_recognize.is_empty() {
            let _ = writeln!(
                o,
                "{} {y}: {} ({})",
                l(
                    "Xã NTM nâng cao công nhận năm",
                    "Advanced communes to recognize in"
                ),
                f.advanced_to_recognize.len(),
                f.advanced_to_recognize.join(", ")
            );
        }
    } else {
        let _ = writeln!(
            o,
            "{}: {} ({} {})",
            l("Xã đã đạt chuẩn", "Communes recognized"),
            f.recognized,
            f.advanced,
            l("nâng cao", "advanced")
        );
    }
    if let (Some(a), Some(b)) = (f.average_baseline, f.average_target) {
        let _ = writeln!(
            o,
            "{}: {} → {}",
            l("Bình quân tiêu chí/xã", "Average criteria per commune"),
            fixed(a, 2),
            fixed(b, 2)
        );
    }
    if n > 0 {
        let _ = writeln!(
            o,
            "{}:",
            l(
                "Phân bố số xã theo số tiêu chí đạt (năm gốc → mục tiêu)",
                "Communes by criteria met (baseline → target)"
            )
        );
        for b in &f.distribution {
            let _ = writeln!(
                o,
                "  {:<8} {:>5} → {}",
                b.label_in(lang),
                b.baseline,
                b.target
            );
        }
        let _ = writeln!(
            o,
            "{}:",
            l(
                "Số xã đạt từng tiêu chí (năm gốc → mục tiêu)",
                "Communes meeting each criterion (baseline → target)"
            )
        );
        for c in &f.per_criterion {
            let delta = c.target as i64 - c.baseline as i64;
            let d = if delta == 0 {
                String::new()
            } else {
                format!(" ({delta:+})")
            };
            let _ = writeln!(
                o,
                "  {:>2}. {}: {}/{n} → {}/{n}{d}",
                c.code,
                plan.criteria_set.criterion_name(&c.code, lang),
                c.baseline,
                c.target
            );
        }
        if !f.below_floor.is_empty() {
            let _ = writeln!(
                o,
                "{}: {}",
                l("Xã dưới mức sàn", "Communes below the floor"),
                f.below_floor.len()
            );
        }
    }
    if !plan.funding.children.is_empty() {
        let _ = writeln!(
            o,
            "{} ({}):",
            l("Nguồn vốn", "Funding"),
            l("triệu đồng", "million VND")
        );
        for t in &f.funding {
            let _ = writeln!(
                o,
                "  {}{}: {}",
                "  ".repeat(t.depth),
                crate::charts::source_name(&t.name, t.kind, lang),
                decimal(t.computed)
            );
        }
    }
    if let Some(a) = &f.allocation {
        let _ = writeln!(
            o,
            "{} {} ({} {}):",
            l("Phân bổ", "Allocation of"),
            crate::charts::source_name(
                &a.base_name,
                plan.funding.find(&a.base_id).and_then(|n| n.kind),
                lang
            ),
            decimal(a.base),
            l("triệu đồng", "million VND")
        );
        for line in &a.lines {
            let label = match &line.component {
                Some(c) => format!(
                    "{} {c}. {}",
                    l("Nội dung", "Component"),
                    plan.components
                        .iter()
                        .find(|x| x.code == *c)
                        .map(|x| x.name_in(lang))
                        .unwrap_or(&line.name)
                ),
                None => line.name.clone(),
            };
            let _ = writeln!(
                o,
                "  {label}: {} ({})",
                decimal(line.amount),
                percent(line.share)
            );
        }
    }
    if !plan.projects.is_empty() {
        let _ = writeln!(
            o,
            "{}: {} ({} {}), {} {}",
            l("Dự án đầu tư", "Investment projects"),
            f.projects,
            f.special_projects,
            l("theo cơ chế đặc thù", "under the special mechanism"),
            decimal(f.projects_amount),
            l("triệu đồng", "million VND")
        );
    }
    if !f.villages.is_empty() {
        let parts: Vec<String> = f
            .villages
            .iter()
            .map(|v| format!("{} {}", v.name, v.to_recognize))
            .collect();
        let _ = writeln!(
            o,
            "{}: {} ({})",
            l("Thôn, bản công nhận mới", "Villages to recognize"),
            f.villages_to_recognize,
            parts.join(", ")
        );
    }
    if !f.roadmap.is_empty() {
        let _ = writeln!(
            o,
            "{}:",
            l("Lộ trình hoàn thiện tiêu chí", "Roadmap of unmet criteria")
        );
        for r in &f.roadmap {
            let year = r
                .year
                .map(|y| y.to_string())
                .unwrap_or_else(|| l("chưa có năm", "no year").to_string());
            let _ = writeln!(
                o,
                "  {year}: {} {} {} {}",
                r.items,
                l("tiêu chí tại", "criteria in"),
                r.communes,
                l("xã", "communes")
            );
        }
    }
    if !plan.tasks.is_empty() {
        let _ = writeln!(
            o,
            "{}: {} ({} {})",
            l("Nhiệm vụ", "Tasks"),
            f.tasks,
            f.agencies,
            l("cơ quan", "agencies")
        );
    }
    if let Some(r) = &f.results {
        results_text(&mut o, r, f, plan, lang);
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let _ = writeln!(
        o,
        "{}: {}",
        l("Kiểm tra", "Check"),
        crate::i18n::tr_args(
            lang,
            "status-findings",
            &[
                ("errors", errors.into()),
                ("warnings", (findings.len() - errors).into())
            ]
        )
    );
    o
}

#[derive(Serialize)]
struct JsonSummary {
    title: String,
    province: String,
    year: u16,
    kind: PlanKind,
    criteria_set: JsonSet,
    communes: usize,
    criteria: Vec<JsonCriterion>,
    total_met_baseline: usize,
    total_met_target: usize,
    average_baseline: Option<Decimal>,
    average_target: Option<Decimal>,
    distribution: Vec<figures::BandCount>,
    recognition: JsonRecognition,
    total_funding: Decimal,
    funding: Vec<figures::FundingTotal>,
    allocation: Option<figures::AllocationFigures>,
    projects: JsonProjects,
    villages: JsonVillages,
    districts: Vec<figures::DistrictFigures>,
    roadmap: Vec<figures::RoadmapYear>,
    tasks: usize,
    agencies: usize,
    /// The results against the targets, for a plan that records results.
    #[serde(skip_serializing_if = "Option::is_none")]
    results: Option<figures::results::ResultFigures>,
    findings: JsonFindings,
}

#[derive(Serialize)]
struct JsonSet {
    id: String,
    name: String,
    criteria: usize,
}

#[derive(Serialize)]
struct JsonCriterion {
    code: String,
    name: String,
    baseline: usize,
    target: usize,
    /// "64/94"
    baseline_text: String,
    target_text: String,
}

#[derive(Serialize)]
struct JsonRecognition {
    recognized: usize,
    advanced: usize,
    awaiting: Vec<String>,
    to_recognize: Vec<String>,
    recognized_after: usize,
    advanced_to_recognize: Vec<String>,
    candidates: Vec<String>,
    below_floor: Vec<(String, usize)>,
}

#[derive(Serialize)]
struct JsonProjects {
    total: usize,
    special_mechanism: usize,
    amount: Decimal,
    by_component: Vec<figures::ComponentProjects>,
}

#[derive(Serialize)]
struct JsonVillages {
    to_recognize: u32,
    by_unit: Vec<figures::VillageTotal>,
}

#[derive(Serialize)]
struct JsonFindings {
    errors: usize,
    warnings: usize,
    items: Vec<JsonFinding>,
}

#[derive(Serialize)]
struct JsonFinding {
    severity: Severity,
    rule: &'static str,
    place: check::Place,
    stated: Option<String>,
    computed: Option<String>,
    message: String,
}

impl JsonSummary {
    fn new(plan: &Plan, f: &Figures, findings: &[Finding], lang: Lang) -> JsonSummary {
        let n = f.communes;
        let errors = findings
            .iter()
            .filter(|x| x.severity == Severity::Error)
            .count();
        JsonSummary {
            title: plan.header.title.clone(),
            province: plan.header.province.clone(),
            year: plan.header.year,
            kind: plan.header.kind,
            criteria_set: JsonSet {
                id: plan.criteria_set.id.clone(),
                name: plan.criteria_set.name.clone(),
                criteria: plan.criteria_set.len(),
            },
            communes: n,
            criteria: f
                .per_criterion
                .iter()
                .map(|c| JsonCriterion {
                    code: c.code.clone(),
                    name: c.name.clone(),
                    baseline: c.baseline,
                    target: c.target,
                    baseline_text: format!("{}/{n}", c.baseline),
                    target_text: format!("{}/{n}", c.target),
                })
                .collect(),
            total_met_baseline: f.total_met_baseline,
            total_met_target: f.total_met_target,
            average_baseline: f.average_baseline.map(round2),
            average_target: f.average_target.map(round2),
            distribution: f.distribution.clone(),
            recognition: JsonRecognition {
                recognized: f.recognized,
                advanced: f.advanced,
                awaiting: f.awaiting.clone(),
                to_recognize: f.to_recognize.clone(),
                recognized_after: f.recognized_after,
                advanced_to_recognize: f.advanced_to_recognize.clone(),
                candidates: f.candidates.clone(),
                below_floor: f.below_floor.clone(),
            },
            total_funding: f.total_funding,
            funding: f.funding.clone(),
            allocation: f.allocation.clone(),
            projects: JsonProjects {
                total: f.projects,
                special_mechanism: f.special_projects,
                amount: f.projects_amount,
                by_component: f.projects_by_component.clone(),
            },
            villages: JsonVillages {
                to_recognize: f.villages_to_recognize,
                by_unit: f.villages.clone(),
            },
            districts: f.districts.clone(),
            roadmap: f.roadmap.clone(),
            tasks: f.tasks,
            agencies: f.agencies,
            results: f.results.clone(),
            findings: JsonFindings {
                errors,
                warnings: findings.len() - errors,
                items: findings
                    .iter()
                    .map(|x| JsonFinding {
                        severity: x.severity,
                        rule: x.rule,
                        place: x.place.clone(),
                        stated: x.stated.clone(),
                        computed: x.computed.clone(),
                        message: x.message(lang).to_string(),
                    })
                    .collect(),
            },
        }
    }
}
