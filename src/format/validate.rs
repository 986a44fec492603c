//! Semantic problems in a plan that parsed: references that point nowhere,
//! duplicates, negative amounts, impossible years. All are collected at once.
//!
//! A plan with any of these is refused on load (with every problem located) and on
//! save (so the program never writes a file it would itself refuse).

use super::{MAX_FUNDING_DEPTH, Problem};
use crate::model::date::YEARS;
use crate::model::{CriteriaSet, Date, FundingNode, Plan};
use rust_decimal::Decimal;
use std::collections::HashSet;
use std::fmt::{self, Display};

/// A string built only when it is shown: paths and names for problems, which are
/// rare, without an allocation per commune when there are none.
struct Lazy<F: Fn() -> String>(F);

impl<F: Fn() -> String> Display for Lazy<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&(self.0)())
    }
}

struct Collector {
    out: Vec<Problem>,
}

impl Collector {
    fn push(&mut self, path: impl Display, context: impl Display, message: impl Into<String>) {
        self.out.push(Problem {
            path: path.to_string(),
            pos: None,
            context: context.to_string(),
            message: message.into(),
        });
    }

    fn year(&mut self, path: impl FnOnce() -> String, context: impl Display, year: u16) {
        if !YEARS.contains(&year) {
            self.push(
                path(),
                context,
                format!(
                    "impossible year {year} (expected {}–{})",
                    YEARS.start(),
                    YEARS.end()
                ),
            );
        }
    }

    fn amount(&mut self, path: impl FnOnce() -> String, context: impl Display, amount: Decimal) {
        if amount.is_sign_negative() && !amount.is_zero() {
            self.push(path(), context, format!("negative amount {amount}"));
        }
    }

    fn codes(
        &mut self,
        path: &dyn Display,
        context: &dyn Display,
        codes: &[String],
        set: &CriteriaSet,
        what: &str,
    ) {
        let mut seen = HashSet::new();
        for (i, code) in codes.iter().enumerate() {
            if set.criterion(code).is_none() {
                self.push(
                    format!("{path}[{i}]"),
                    context,
                    format!(
                        "unknown criterion \"{code}\" (the {what} set \"{}\" has {})",
                        set.id,
                        code_list(set)
                    ),
                );
            } else if !seen.insert(code.as_str()) {
                self.push(
                    format!("{path}[{i}]"),
                    context,
                    format!("criterion \"{code}\" is listed twice"),
                );
            }
        }
    }
}

fn code_list(set: &CriteriaSet) -> String {
    match (set.criteria.first(), set.criteria.last()) {
        (Some(a), Some(b)) if set.criteria.len() > 2 => format!("{}…{}", a.code, b.code),
        _ => set
            .criteria
            .iter()
            .map(|c| c.code.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

fn dup_ids<'a>(
    c: &mut Collector,
    path: &str,
    what: &str,
    ids: impl Iterator<Item = (&'a str, &'a str)>,
) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (i, (id, name)) in ids.enumerate() {
        if id.trim().is_empty() {
            c.push(
                format!("{path}[{i}].id"),
                name,
                format!("{what} has an empty id"),
            );
        } else if !seen.insert(id) {
            c.push(
                format!("{path}[{i}].id"),
                name,
                format!("duplicate {what} id \"{id}\""),
            );
        }
    }
    seen
}

/// Every semantic problem in the plan, with its path (positions are filled in by the loader).
pub fn problems(plan: &Plan) -> Vec<Problem> {
    let mut c = Collector { out: Vec::new() };
    let set = &plan.criteria_set;
    for p in set.problems() {
        c.push("plan.criteria_set", &set.id, p);
    }
    if let Some(ds) = &plan.district_set {
        for p in ds.problems() {
            c.push("plan.district_set", &ds.id, p);
        }
    }

    // Header and goals.
    c.year(|| "plan.header.year".to_string(), "", plan.header.year);
    if let Some(d) = plan.goals.deadline_year {
        c.year(|| "plan.goals.deadline_year".to_string(), "", d);
        if d < plan.header.year {
            c.push(
                "plan.goals.deadline_year",
                "",
                format!(
                    "deadline year {d} is before the plan year {}",
                    plan.header.year
                ),
            );
        }
    }

    // Districts.
    let districts = dup_ids(
        &mut c,
        "plan.districts",
        "district",
        plan.districts
            .iter()
            .map(|d| (d.id.as_str(), d.name.as_str())),
    );
    for (i, d) in plan.districts.iter().enumerate() {
        let ctx = Lazy(|| format!("huyện {}", d.name));
        match &plan.district_set {
            Some(ds) => {
                c.codes(
                    &Lazy(|| format!("plan.districts[{i}].baseline_unmet")),
                    &ctx,
                    &d.baseline_unmet,
                    ds,
                    "district",
                );
                c.codes(
                    &Lazy(|| format!("plan.districts[{i}].target_unmet")),
                    &ctx,
                    &d.target_unmet,
                    ds,
                    "district",
                );
            }
            None if !d.baseline_unmet.is_empty() || !d.target_unmet.is_empty() => {
                c.push(
                    format!("plan.districts[{i}]"),
                    &ctx,
                    "district criteria are given but the plan has no district_set",
                );
            }
            None => {}
        }
        for (field, y) in [("recognized", d.recognized), ("planned", d.planned)] {
            if let Some(y) = y {
                c.year(|| format!("plan.districts[{i}].{field}"), &ctx, y);
            }
        }
    }

    // Communes.
    let communes = dup_ids(
        &mut c,
        "plan.communes",
        "commune",
        plan.communes
            .iter()
            .map(|x| (x.id.as_str(), x.name.as_str())),
    );
    for (i, m) in plan.communes.iter().enumerate() {
        let ctx = Lazy(|| format!("xã {}", m.name));
        let path = Lazy(|| format!("plan.communes[{i}]"));
        if m.name.trim().is_empty() {
            c.push(format!("{path}.name"), &m.id, "commune has no name");
        }
        if let Some(d) = &m.district
            && !districts.contains(d.as_str())
        {
            c.push(
                format!("{path}.district"),
                &ctx,
                format!("unknown district \"{d}\""),
            );
        }
        // A commune without a group (not chosen yet) loads; the checker lists it
        // (`group-missing`), so no group is ever chosen silently.
        match (set.uses_groups(), m.group) {
            (true, Some(g)) if !set.groups.iter().any(|x| x.number == g) => c.push(
                format!("{path}.group"),
                &ctx,
                format!("unknown commune group {g}"),
            ),
            (false, Some(g)) => c.push(
                format!("{path}.group"),
                &ctx,
                format!(
                    "group {g} given, but the set \"{}\" has no commune groups",
                    set.id
                ),
            ),
            _ => {}
        }
        for (field, list) in [("recognized", &m.recognized), ("planned", &m.planned)] {
            for (k, r) in list.iter().enumerate() {
                c.year(|| format!("{path}.{field}[{k}].year"), &ctx, r.year);
            }
        }
        c.codes(
            &Lazy(|| format!("{path}.baseline_unmet")),
            &ctx,
            &m.baseline_unmet,
            set,
            "commune",
        );
        c.codes(
            &Lazy(|| format!("{path}.target_unmet")),
            &ctx,
            &m.target_unmet,
            set,
            "commune",
        );
        let mut seen = HashSet::new();
        for (k, d) in m.details.iter().enumerate() {
            if set.criterion(&d.criterion).is_none() {
                c.push(
                    format!("{path}.details[{k}].criterion"),
                    &ctx,
                    format!(
                        "unknown criterion \"{}\" (the set \"{}\" has {})",
                        d.criterion,
                        set.id,
                        code_list(set)
                    ),
                );
            } else if !seen.insert(d.criterion.as_str()) {
                c.push(
                    format!("{path}.details[{k}].criterion"),
                    &ctx,
                    format!("criterion \"{}\" has two detail entries", d.criterion),
                );
            }
            if let Some(y) = d.year {
                c.year(|| format!("{path}.details[{k}].year"), &ctx, y);
            }
        }
    }

    // Villages.
    for (i, v) in plan.villages.iter().enumerate() {
        if !districts.contains(v.unit.as_str()) && !communes.contains(v.unit.as_str()) {
            c.push(
                format!("plan.villages[{i}].unit"),
                "",
                format!("unknown district or commune \"{}\"", v.unit),
            );
        }
        if let (Some(t), Some(r)) = (v.total, v.recognized)
            && r + v.to_recognize > t
        {
            c.push(
                format!("plan.villages[{i}]"),
                plan.unit_name(&v.unit),
                format!(
                    "{r} recognized + {} to recognize exceeds the {t} villages",
                    v.to_recognize
                ),
            );
        }
    }

    // Funding tree.
    let mut fund_ids = HashSet::new();
    funding(
        &mut c,
        &plan.funding,
        "plan.funding".into(),
        1,
        &mut fund_ids,
    );

    // Components and allocation.
    let comps = dup_ids(
        &mut c,
        "plan.components",
        "component",
        plan.components
            .iter()
            .map(|x| (x.code.as_str(), x.name.as_str())),
    );
    if let Some(a) = &plan.allocation {
        if !fund_ids.contains(a.base.as_str()) {
            c.push(
                "plan.allocation.base",
                "",
                format!("unknown funding node \"{}\"", a.base),
            );
        }
        let mut seen = HashSet::new();
        for (i, l) in a.lines.iter().enumerate() {
            let ctx = plan.component_name(&l.component);
            if !comps.contains(l.component.as_str()) {
                c.push(
                    format!("plan.allocation.lines[{i}].component"),
                    "",
                    format!("unknown component \"{}\"", l.component),
                );
            } else if !seen.insert(l.component.as_str()) {
                c.push(
                    format!("plan.allocation.lines[{i}].component"),
                    ctx,
                    format!("component \"{}\" is allocated twice", l.component),
                );
            }
            c.amount(
                || format!("plan.allocation.lines[{i}].amount"),
                ctx,
                l.amount,
            );
            if let Some(s) = l.stated_share {
                c.amount(
                    || format!("plan.allocation.lines[{i}].stated_share"),
                    ctx,
                    s,
                );
            }
        }
        if let Some(u) = &a.unallocated {
            c.amount(
                || "plan.allocation.unallocated.amount".to_string(),
                "",
                u.amount,
            );
        }
    }

    // Projects.
    let projects = dup_ids(
        &mut c,
        "plan.projects",
        "project",
        plan.projects
            .iter()
            .map(|x| (x.id.as_str(), x.name.as_str())),
    );
    let _ = projects;
    for (i, p) in plan.projects.iter().enumerate() {
        let path = Lazy(|| format!("plan.projects[{i}]"));
        let ctx = p.name.as_str();
        if let Some(m) = &p.commune
            && !communes.contains(m.as_str())
        {
            c.push(
                format!("{path}.commune"),
                ctx,
                format!("project in unknown commune \"{m}\""),
            );
        }
        if let Some(k) = &p.component
            && !comps.contains(k.as_str())
        {
            c.push(
                format!("{path}.component"),
                ctx,
                format!("unknown component \"{k}\""),
            );
        }
        for (k, a) in p.amounts.iter().enumerate() {
            if !fund_ids.contains(a.source.as_str()) {
                c.push(
                    format!("{path}.amounts[{k}].source"),
                    ctx,
                    format!("unknown funding source \"{}\"", a.source),
                );
            }
            c.amount(|| format!("{path}.amounts[{k}].amount"), ctx, a.amount);
        }
        if let (Some(s), Some(e)) = (p.start, p.end)
            && e < s
        {
            c.push(
                format!("{path}.end"),
                ctx,
                format!("ends {} before it starts {}", date_vi(e), date_vi(s)),
            );
        }
    }

    // Tasks.
    for (i, t) in plan.tasks.iter().enumerate() {
        let ctx = t.agency.as_str();
        c.codes(
            &Lazy(|| format!("plan.tasks[{i}].criteria")),
            &ctx,
            &t.criteria,
            set,
            "commune",
        );
        for (k, m) in t.communes.iter().enumerate() {
            if !communes.contains(m.as_str()) {
                c.push(
                    format!("plan.tasks[{i}].communes[{k}]"),
                    ctx,
                    format!("unknown commune \"{m}\""),
                );
            }
        }
    }

    results(&mut c, plan, &fund_ids);

    // Stated figures.
    for (i, s) in plan.stated.criteria.iter().enumerate() {
        if set.criterion(&s.criterion).is_none() {
            c.push(
                format!("plan.stated.criteria[{i}].criterion"),
                "",
                format!(
                    "unknown criterion \"{}\" (the set \"{}\" has {})",
                    s.criterion,
                    set.id,
                    code_list(set)
                ),
            );
        }
    }
    for (i, b) in plan.stated.distribution.iter().enumerate() {
        if !set.bands.iter().any(|x| x.label == b.band) {
            let labels: Vec<&str> = set.bands.iter().map(|x| x.label.as_str()).collect();
            c.push(
                format!("plan.stated.distribution[{i}].band"),
                "",
                format!(
                    "unknown band \"{}\" (the set's bands are {})",
                    b.band,
                    labels.join(", ")
                ),
            );
        }
    }
    // Presentation: the slides name known charts, each once.
    let mut slides = HashSet::new();
    for (i, name) in plan.presentation.slides.iter().enumerate() {
        if crate::charts::ChartKind::from_name(name).is_none() {
            let known: Vec<&str> = crate::charts::ChartKind::ALL
                .iter()
                .map(|k| k.name())
                .collect();
            c.push(
                format!("plan.presentation.slides[{i}]"),
                "",
                format!(
                    "unknown chart \"{name}\" (the charts are {})",
                    known.join(", ")
                ),
            );
        } else if !slides.insert(name.as_str()) {
            c.push(
                format!("plan.presentation.slides[{i}]"),
                "",
                format!("chart \"{name}\" is listed twice"),
            );
        }
    }
    for (field, v) in [
        ("average_baseline", plan.stated.average_baseline),
        ("average_target", plan.stated.average_target),
    ] {
        if let Some(v) = v {
            c.amount(|| format!("plan.stated.{field}"), "", v);
        }
    }
    c.out
}

/// The results and histories (format version 3): criteria of the set, known sources,
/// amounts that are not negative, possible years.
fn results(c: &mut Collector, plan: &Plan, fund_ids: &HashSet<&str>) {
    let set = &plan.criteria_set;
    for (i, m) in plan.communes.iter().enumerate() {
        let ctx = Lazy(|| format!("xã {}", m.name));
        c.codes(
            &Lazy(|| format!("plan.communes[{i}].proposed")),
            &ctx,
            &m.proposed,
            set,
            "commune",
        );
        for (k, p) in m.history.iter().enumerate() {
            if let Some(s) = &p.status {
                c.year(
                    || format!("plan.communes[{i}].history[{k}].status.plan_year"),
                    &ctx,
                    s.plan_year,
                );
                if s.met > s.of {
                    c.push(
                        format!("plan.communes[{i}].history[{k}].status.met"),
                        &ctx,
                        format!("{} criteria met of {}", s.met, s.of),
                    );
                }
                for (j, r) in s.recognized.iter().enumerate() {
                    c.year(
                        || format!("plan.communes[{i}].history[{k}].status.recognized[{j}].year"),
                        &ctx,
                        r.year,
                    );
                }
            }
        }
    }
    for (i, m) in plan.communes.iter().enumerate() {
        let Some(r) = &m.result else { continue };
        let ctx = Lazy(|| format!("xã {}", m.name));
        c.codes(
            &Lazy(|| format!("plan.communes[{i}].result.unmet")),
            &ctx,
            &r.unmet,
            set,
            "commune",
        );
        for (k, g) in r.granted.iter().enumerate() {
            c.year(
                || format!("plan.communes[{i}].result.granted[{k}].year"),
                &ctx,
                g.year,
            );
        }
    }
    if let Some(r) = &plan.results {
        let mut seen = HashSet::new();
        for (i, m) in r.mobilized.iter().enumerate() {
            if !fund_ids.contains(m.source.as_str()) {
                c.push(
                    format!("plan.results.mobilized[{i}].source"),
                    "",
                    format!("unknown funding source \"{}\"", m.source),
                );
            } else if !seen.insert(m.source.as_str()) {
                c.push(
                    format!("plan.results.mobilized[{i}].source"),
                    "",
                    format!("funding source \"{}\" is reported twice", m.source),
                );
            } else if plan
                .funding
                .find(&m.source)
                .is_some_and(|n| !n.children.is_empty())
            {
                c.push(
                    format!("plan.results.mobilized[{i}].source"),
                    "",
                    format!(
                        "funding source \"{}\" has sub-sources: report the money mobilized on each of them",
                        m.source
                    ),
                );
            }
            c.amount(
                || format!("plan.results.mobilized[{i}].amount"),
                &m.source,
                m.amount,
            );
        }
    }
    for (i, p) in plan.projects.iter().enumerate() {
        for (k, d) in p.disbursed.iter().enumerate() {
            c.amount(
                || format!("plan.projects[{i}].disbursed[{k}].amount"),
                &p.name,
                d.amount,
            );
        }
        if let Some(y) = p.carried_from {
            c.year(|| format!("plan.projects[{i}].carried_from"), &p.name, y);
        }
    }
    for (i, t) in plan.tasks.iter().enumerate() {
        if let Some(y) = t.carried_from {
            c.year(|| format!("plan.tasks[{i}].carried_from"), &t.agency, y);
        }
    }
}

fn date_vi(d: Date) -> String {
    d.vi()
}

fn funding<'a>(
    c: &mut Collector,
    node: &'a FundingNode,
    path: String,
    depth: usize,
    ids: &mut HashSet<&'a str>,
) {
    if node.id.trim().is_empty() {
        c.push(
            format!("{path}.id"),
            &node.name,
            "funding node has an empty id",
        );
    } else if !ids.insert(node.id.as_str()) {
        c.push(
            format!("{path}.id"),
            &node.name,
            format!("duplicate funding node id \"{}\"", node.id),
        );
    }
    if let Some(a) = node.amount {
        c.amount(|| format!("{path}.amount"), &node.name, a);
    }
    if depth > MAX_FUNDING_DEPTH {
        c.push(
            path,
            &node.name,
            format!("the funding tree is nested deeper than {MAX_FUNDING_DEPTH} levels"),
        );
        return;
    }
    for (i, ch) in node.children.iter().enumerate() {
        funding(c, ch, format!("{path}.children[{i}]"), depth + 1, ids);
    }
}
