//! Semantic problems in a plan that parsed: references that point nowhere,
//! duplicates, negative amounts, impossible years. All are collected at once.
//!
//! A plan with any of these is refused on load (with every problem located) and on
//! save (so the program never writes a file it would itself refuse).

use super::errors::{MAX_LISTED, Problems};
use super::{MAX_FUNDING_DEPTH, Problem};
use crate::i18n::Message;
use crate::model::date::YEARS;
use crate::model::{CriteriaSet, Date, FundingNode, Plan};
use crate::text::shown;
use rust_decimal::Decimal;
// foldhash: several times faster than SipHash on the ids of a national plan, and
// seeded per process, so a file cannot be made of colliding ids in advance.
use foldhash::{HashMap, HashSet, HashSetExt};
use std::fmt::{self, Display};

/// A string built only when it is shown: paths and names for problems, which are
/// rare, without an allocation per commune when there are none.
struct Lazy<F: Fn() -> String>(F);

impl<F: Fn() -> String> Display for Lazy<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&(self.0)())
    }
}

/// Collects problems: the first [`MAX_LISTED`] with their text, the rest counted, so
/// a hostile file with millions of problems costs no more memory than a hundred.
struct Collector<'p> {
    out: Problems,
    /// Criterion code → index, for the plan's set and the district set: a commune's
    /// lists are looked up thousands of times in a national plan.
    indexes: Vec<(&'p CriteriaSet, HashMap<&'p str, usize>)>,
    /// Which criteria a list has named so far: `seen[i] == now` (a new `now` per
    /// list, so nothing is cleared between lists).
    seen: Vec<u32>,
    now: u32,
}

impl<'p> Collector<'p> {
    fn new() -> Self {
        Collector {
            out: Problems::default(),
            indexes: Vec::new(),
            seen: Vec::new(),
            now: 0,
        }
    }

    /// The index of `code` in `set`.
    fn criterion(&mut self, set: &'p CriteriaSet, code: &str) -> Option<usize> {
        let k = match self.indexes.iter().position(|(s, _)| std::ptr::eq(*s, set)) {
            Some(k) => k,
            None => {
                let index = set
                    .criteria
                    .iter()
                    .enumerate()
                    .rev()
                    .map(|(i, c)| (c.code.as_str(), i))
                    .collect();
                self.indexes.push((set, index));
                self.indexes.len() - 1
            }
        };
        self.indexes[k].1.get(code).copied()
    }

    /// Start a list: nothing in it seen yet.
    fn new_list(&mut self, set: &CriteriaSet) {
        if self.seen.len() < set.criteria.len() {
            self.seen.resize(set.criteria.len(), 0);
        }
        self.now = self.now.wrapping_add(1);
        if self.now == 0 {
            self.seen.fill(0);
            self.now = 1;
        }
    }

    /// Whether criterion `i` was already seen in this list (and mark it).
    fn seen_before(&mut self, i: usize) -> bool {
        let before = self.seen[i] == self.now;
        self.seen[i] = self.now;
        before
    }

    fn full(&self) -> bool {
        self.out.list.len() >= MAX_LISTED
    }

    /// With the list full, count one more problem and say so: the caller then skips
    /// building its message. A file can hold tens of thousands of one mistake (34.000
    /// unknown codes took a second to describe, each message quoting the set).
    fn counted_beyond(&mut self) -> bool {
        let full = self.full();
        if full {
            self.out.more += 1;
        }
        full
    }

    /// The problems another collector found, after these (listed while there is
    /// room, counted after).
    fn append(&mut self, other: Problems) {
        for p in other.list {
            if self.full() {
                self.out.more += 1;
            } else {
                self.out.list.push(p);
            }
        }
        self.out.more += other.more;
    }

    fn push(&mut self, path: impl Display, context: impl Display, message: Message) {
        if self.full() {
            self.out.more += 1;
            return;
        }
        self.out.list.push(Problem {
            path: path.to_string(),
            pos: None,
            context: shown(&context.to_string()),
            message,
        });
    }

    fn year(&mut self, path: impl FnOnce() -> String, context: impl Display, year: u16) {
        if !YEARS.contains(&year) {
            self.push(
                path(),
                context,
                Message::new("problem-impossible-year")
                    .arg("year", year.to_string())
                    .arg("from", YEARS.start().to_string())
                    .arg("to", YEARS.end().to_string()),
            );
        }
    }

    fn amount(&mut self, path: impl FnOnce() -> String, context: impl Display, amount: Decimal) {
        if let Err(m) = crate::model::money::check_bounds(amount) {
            self.push(path(), context, m);
        } else if amount.is_sign_negative() && !amount.is_zero() {
            self.push(
                path(),
                context,
                Message::new("problem-negative-amount").arg("value", amount.to_string()),
            );
        }
    }

    fn codes(
        &mut self,
        path: &dyn Display,
        context: &dyn Display,
        codes: &[String],
        set: &'p CriteriaSet,
        what: &'static str,
    ) {
        self.new_list(set);
        for (i, code) in codes.iter().enumerate() {
            let Some(index) = self.criterion(set, code) else {
                if self.counted_beyond() {
                    continue;
                }
                self.push(
                    format!("{path}[{i}]"),
                    context,
                    Message::new("problem-unknown-criterion")
                        .arg("code", shown(code))
                        .arg("what", Message::new(what))
                        .arg("set", shown(&set.id))
                        .arg("codes", code_list(set)),
                );
                continue;
            };
            if self.seen_before(index) && !self.counted_beyond() {
                self.push(
                    format!("{path}[{i}]"),
                    context,
                    Message::new("problem-criterion-twice").arg("code", shown(code)),
                );
            }
        }
    }
}

fn code_list(set: &CriteriaSet) -> String {
    match (set.criteria.first(), set.criteria.last()) {
        (Some(a), Some(b)) if set.criteria.len() > 2 => {
            format!("{}…{}", shown(&a.code), shown(&b.code))
        }
        _ => set
            .criteria
            .iter()
            .map(|c| shown(&c.code))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

fn dup_ids<'a>(
    c: &mut Collector<'_>,
    path: &str,
    what: &'static str,
    ids: impl Iterator<Item = (&'a str, &'a str)>,
) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (i, (id, name)) in ids.enumerate() {
        // An empty id, or one seen before (every other id goes into the set, so a
        // later duplicate is found whether or not its problem is still listed).
        let empty = id.trim().is_empty();
        let problem = empty || !seen.insert(id);
        if !problem || c.counted_beyond() {
            continue;
        }
        if empty {
            c.push(
                format!("{path}[{i}].id"),
                name,
                Message::new("problem-empty-id").arg("what", Message::new(what)),
            );
        } else {
            c.push(
                format!("{path}[{i}].id"),
                name,
                Message::new("problem-duplicate-id")
                    .arg("what", Message::new(what))
                    .arg("id", shown(id)),
            );
        }
    }
    seen
}

/// Every semantic problem in the plan, with its path (positions are filled in by the loader).
pub fn problems(plan: &Plan) -> Problems {
    problems_with(plan, plan.communes.len() >= PARALLEL_FROM)
}

fn problems_with(plan: &Plan, parallel: bool) -> Problems {
    let mut c = Collector::new();
    let set = &plan.criteria_set;
    for p in set.problems() {
        c.push("plan.criteria_set", &set.id, p);
    }
    if let Some(ds) = &plan.district_set {
        for p in ds.problems() {
            c.push("plan.district_set", &ds.id, p);
        }
    }
    // Counts bound the work of everything that follows (a commune's unmet lists are
    // checked against the set; bands are looked up per commune).
    if set.criteria.len() > crate::model::criteria_set::MAX_CRITERIA
        || set.bands.len() > crate::model::criteria_set::MAX_BANDS
    {
        return c.out;
    }

    // Header and goals.
    c.year(|| "plan.header.year".to_string(), "", plan.header.year);
    if let Some(d) = plan.goals.deadline_year {
        c.year(|| "plan.goals.deadline_year".to_string(), "", d);
        if d < plan.header.year {
            c.push(
                "plan.goals.deadline_year",
                "",
                Message::new("problem-deadline-before-year")
                    .arg("deadline", d.to_string())
                    .arg("year", plan.header.year.to_string()),
            );
        }
    }

    // Districts.
    let districts = dup_ids(
        &mut c,
        "plan.districts",
        "what-district",
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
                    "what-district-set",
                );
                c.codes(
                    &Lazy(|| format!("plan.districts[{i}].target_unmet")),
                    &ctx,
                    &d.target_unmet,
                    ds,
                    "what-district-set",
                );
            }
            None if !d.baseline_unmet.is_empty() || !d.target_unmet.is_empty() => {
                c.push(
                    format!("plan.districts[{i}]"),
                    &ctx,
                    Message::new("problem-district-no-set"),
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
        "what-commune",
        plan.communes
            .iter()
            .map(|x| (x.id.as_str(), x.name.as_str())),
    );
    // The communes' own problems on a second thread in a national plan (the largest
    // part of the work with the projects), the rest here; joined in the order of the
    // file, so the problems (and which are listed) are those of one pass.
    if !parallel {
        commune_problems(&mut c, plan, &districts);
        tail(&mut c, plan, &districts, &communes);
        return c.out;
    }
    let (own, rest) = std::thread::scope(|scope| {
        let handle = scope.spawn(|| {
            let mut own = Collector::new();
            commune_problems(&mut own, plan, &districts);
            own.out
        });
        let mut rest = Collector::new();
        tail(&mut rest, plan, &districts, &communes);
        let own = handle.join().unwrap_or_else(|_| {
            let mut own = Collector::new();
            commune_problems(&mut own, plan, &districts);
            own.out
        });
        (own, rest.out)
    });
    c.append(own);
    c.append(rest);
    c.out
}

/// Plans with fewer communes are checked on one thread (a thread costs more than it
/// saves there).
const PARALLEL_FROM: usize = 1_000;

/// Each commune's fields: name, district, group, years, criteria lists and details.
fn commune_problems<'p>(c: &mut Collector<'p>, plan: &'p Plan, districts: &HashSet<&str>) {
    let set = &plan.criteria_set;
    for (i, m) in plan.communes.iter().enumerate() {
        let ctx = Lazy(|| format!("xã {}", m.name));
        let path = Lazy(|| format!("plan.communes[{i}]"));
        if m.name.trim().is_empty() {
            c.push(
                format!("{path}.name"),
                &m.id,
                Message::new("problem-commune-no-name"),
            );
        }
        if let Some(d) = &m.district
            && !districts.contains(d.as_str())
        {
            c.push(
                format!("{path}.district"),
                &ctx,
                Message::new("problem-unknown-district").arg("id", shown(d)),
            );
        }
        // A commune without a group (not chosen yet) loads; the checker lists it
        // (`group-missing`), so no group is ever chosen silently.
        match (set.uses_groups(), m.group) {
            (true, Some(g)) if !set.groups.iter().any(|x| x.number == g) => c.push(
                format!("{path}.group"),
                &ctx,
                Message::new("problem-unknown-group").arg("group", g.to_string()),
            ),
            (false, Some(g)) => c.push(
                format!("{path}.group"),
                &ctx,
                Message::new("problem-group-without-groups")
                    .arg("group", g.to_string())
                    .arg("set", shown(&set.id)),
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
            "what-commune-set",
        );
        c.codes(
            &Lazy(|| format!("{path}.target_unmet")),
            &ctx,
            &m.target_unmet,
            set,
            "what-commune-set",
        );
        c.new_list(set);
        for (k, d) in m.details.iter().enumerate() {
            let index = c.criterion(set, &d.criterion);
            if index.is_none() {
                c.push(
                    format!("{path}.details[{k}].criterion"),
                    &ctx,
                    Message::new("problem-unknown-criterion")
                        .arg("code", shown(&d.criterion))
                        .arg("what", Message::new("what-commune-set"))
                        .arg("set", shown(&set.id))
                        .arg("codes", code_list(set)),
                );
            } else if index.is_some_and(|i| c.seen_before(i)) {
                c.push(
                    format!("{path}.details[{k}].criterion"),
                    &ctx,
                    Message::new("problem-detail-twice").arg("code", shown(&d.criterion)),
                );
            }
            if let Some(y) = d.year {
                c.year(|| format!("{path}.details[{k}].year"), &ctx, y);
            }
        }
    }
}

/// Everything after the communes: villages, funding, components and allocation,
/// projects, tasks, results, stated figures, presentation.
fn tail<'p>(
    c: &mut Collector<'p>,
    plan: &'p Plan,
    districts: &HashSet<&str>,
    communes: &HashSet<&str>,
) {
    let set = &plan.criteria_set;
    // Villages.
    for (i, v) in plan.villages.iter().enumerate() {
        if !districts.contains(v.unit.as_str()) && !communes.contains(v.unit.as_str()) {
            c.push(
                format!("plan.villages[{i}].unit"),
                "",
                Message::new("problem-unknown-unit").arg("id", shown(&v.unit)),
            );
        }
        if let (Some(t), Some(r)) = (v.total, v.recognized)
            && u64::from(r) + u64::from(v.to_recognize) > u64::from(t)
        {
            let name = if c.full() {
                ""
            } else {
                plan.unit_name(&v.unit)
            };
            c.push(
                format!("plan.villages[{i}]"),
                name,
                Message::new("problem-villages-exceed")
                    .arg("recognized", r)
                    .arg("to_recognize", v.to_recognize)
                    .arg("total", t),
            );
        }
    }

    // Funding tree.
    let mut fund_ids = HashSet::new();
    funding(c, &plan.funding, "plan.funding".into(), 1, &mut fund_ids);

    // Components and allocation.
    let comps = dup_ids(
        c,
        "plan.components",
        "what-component",
        plan.components
            .iter()
            .map(|x| (x.code.as_str(), x.name.as_str())),
    );
    if let Some(a) = &plan.allocation {
        if !fund_ids.contains(a.base.as_str()) {
            c.push(
                "plan.allocation.base",
                "",
                Message::new("problem-unknown-funding-node").arg("id", shown(&a.base)),
            );
        }
        let mut seen = HashSet::new();
        for (i, l) in a.lines.iter().enumerate() {
            let ctx = Lazy(|| plan.component_name(&l.component).to_string());
            if !comps.contains(l.component.as_str()) {
                c.push(
                    format!("plan.allocation.lines[{i}].component"),
                    "",
                    Message::new("problem-unknown-component").arg("code", shown(&l.component)),
                );
            } else if !seen.insert(l.component.as_str()) {
                c.push(
                    format!("plan.allocation.lines[{i}].component"),
                    &ctx,
                    Message::new("problem-component-twice").arg("code", shown(&l.component)),
                );
            }
            c.amount(
                || format!("plan.allocation.lines[{i}].amount"),
                &ctx,
                l.amount,
            );
            if let Some(s) = l.stated_share {
                c.amount(
                    || format!("plan.allocation.lines[{i}].stated_share"),
                    &ctx,
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
            if let Some(s) = u.stated_share {
                c.amount(
                    || "plan.allocation.unallocated.stated_share".to_string(),
                    "",
                    s,
                );
            }
        }
    }

    // Projects.
    let projects = dup_ids(
        c,
        "plan.projects",
        "what-project",
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
                Message::new("problem-project-unknown-commune").arg("id", shown(m)),
            );
        }
        if let Some(k) = &p.component
            && !comps.contains(k.as_str())
        {
            c.push(
                format!("{path}.component"),
                ctx,
                Message::new("problem-unknown-component").arg("code", shown(k)),
            );
        }
        for (k, a) in p.amounts.iter().enumerate() {
            if !fund_ids.contains(a.source.as_str()) {
                c.push(
                    format!("{path}.amounts[{k}].source"),
                    ctx,
                    Message::new("problem-unknown-source").arg("id", shown(&a.source)),
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
                Message::new("problem-ends-before-start")
                    .arg("end", date_vi(e))
                    .arg("start", date_vi(s)),
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
            "what-commune-set",
        );
        for (k, m) in t.communes.iter().enumerate() {
            if !communes.contains(m.as_str()) {
                c.push(
                    format!("plan.tasks[{i}].communes[{k}]"),
                    ctx,
                    Message::new("problem-unknown-commune").arg("id", shown(m)),
                );
            }
        }
    }

    results(c, plan, &fund_ids);

    // Stated figures.
    for (i, s) in plan.stated.criteria.iter().enumerate() {
        if set.criterion(&s.criterion).is_none() {
            c.push(
                format!("plan.stated.criteria[{i}].criterion"),
                "",
                Message::new("problem-unknown-criterion")
                    .arg("code", shown(&s.criterion))
                    .arg("what", Message::new("what-commune-set"))
                    .arg("set", shown(&set.id))
                    .arg("codes", code_list(set)),
            );
        }
    }
    for (i, b) in plan.stated.distribution.iter().enumerate() {
        if !set.bands.iter().any(|x| x.label == b.band) {
            let mut labels: Vec<String> =
                set.bands.iter().take(12).map(|x| shown(&x.label)).collect();
            if set.bands.len() > 12 {
                labels.push("…".into());
            }
            c.push(
                format!("plan.stated.distribution[{i}].band"),
                "",
                Message::new("problem-unknown-band")
                    .arg("band", shown(&b.band))
                    .arg("bands", labels.join(", ")),
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
                Message::new("problem-unknown-chart")
                    .arg("name", shown(name))
                    .arg("charts", known.join(", ")),
            );
        } else if !slides.insert(name.as_str()) {
            c.push(
                format!("plan.presentation.slides[{i}]"),
                "",
                Message::new("problem-chart-twice").arg("name", shown(name)),
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
}

/// The results and histories (format version 3): criteria of the set, known sources,
/// amounts that are not negative, possible years.
fn results<'p>(c: &mut Collector<'p>, plan: &'p Plan, fund_ids: &HashSet<&str>) {
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
                        Message::new("problem-met-over-of")
                            .arg("met", s.met.to_string())
                            .arg("of", s.of.to_string()),
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
                    Message::new("problem-unknown-source").arg("id", shown(&m.source)),
                );
            } else if !seen.insert(m.source.as_str()) {
                c.push(
                    format!("plan.results.mobilized[{i}].source"),
                    "",
                    Message::new("problem-source-twice").arg("id", shown(&m.source)),
                );
            } else if plan
                .funding
                .find(&m.source)
                .is_some_and(|n| !n.children.is_empty())
            {
                c.push(
                    format!("plan.results.mobilized[{i}].source"),
                    "",
                    Message::new("problem-source-has-parts").arg("id", shown(&m.source)),
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
    c: &mut Collector<'_>,
    node: &'a FundingNode,
    path: String,
    depth: usize,
    ids: &mut HashSet<&'a str>,
) {
    if node.id.trim().is_empty() {
        c.push(
            format!("{path}.id"),
            &node.name,
            Message::new("problem-empty-id").arg("what", Message::new("what-funding-node")),
        );
    } else if !ids.insert(node.id.as_str()) {
        c.push(
            format!("{path}.id"),
            &node.name,
            Message::new("problem-duplicate-id")
                .arg("what", Message::new("what-funding-node"))
                .arg("id", shown(&node.id)),
        );
    }
    if let Some(a) = node.amount {
        c.amount(|| format!("{path}.amount"), &node.name, a);
    }
    if depth > MAX_FUNDING_DEPTH {
        c.push(
            path,
            &node.name,
            Message::new("problem-funding-too-deep").arg("max", MAX_FUNDING_DEPTH),
        );
        return;
    }
    for (i, ch) in node.children.iter().enumerate() {
        funding(c, ch, format!("{path}.children[{i}]"), depth + 1, ids);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(p: &Problems) -> Vec<String> {
        p.list
            .iter()
            .map(|x| format!("{} | {} | {:?}", x.path, x.context, x.message))
            .collect()
    }

    /// Problems beyond the listed ones are counted without being described: the
    /// counts are those of describing every one (duplicate, empty and unknown ids and
    /// codes, a code twice in a list), and the listed ones are the first.
    #[test]
    fn problems_beyond_the_list_are_counted_exactly() {
        let mut plan = crate::format::load_str(include_str!("../../tests/data/small-2026.ntm"))
            .unwrap()
            .plan;
        plan.projects.clear();
        plan.tasks.clear();
        plan.villages.clear();
        let mut commune = plan.communes[3].clone();
        commune.baseline_unmet = vec!["99".into(), "1".into(), "1".into()];
        let n = 300;
        plan.communes = (0..n)
            .map(|i| {
                let mut c = commune.clone();
                c.id = match i % 3 {
                    0 => "x".into(),
                    1 => " ".into(),
                    _ => format!("c{i}"),
                };
                c
            })
            .collect();
        // 99 more "x" after the first, 100 empty ids; each commune one unknown code
        // and one code twice.
        let expected = 99 + 100 + 2 * n;
        for parallel in [false, true] {
            let p = problems_with(&plan, parallel);
            assert_eq!(p.total(), expected, "{:#?}", &p.list[..3]);
            assert_eq!(p.list.len(), MAX_LISTED);
            // The first listed are the ids' (checked before the lists), in order.
            assert!(
                p.list[0].path.ends_with("communes[1].id"),
                "{:?}",
                p.list[0]
            );
            assert!(
                p.list[1].path.ends_with("communes[3].id"),
                "{:?}",
                p.list[1]
            );
        }
    }

    /// The communes checked on a second thread give exactly the problems of one
    /// pass: the same listed (in the file's order) and the same count beyond.
    #[test]
    fn the_communes_on_a_second_thread_give_the_problems_of_one_pass() {
        let clean = crate::synthetic::national_plan(1_200, 100, 2_400, 7);
        assert!(clean.communes.len() >= PARALLEL_FROM);
        assert!(problems(&clean).is_empty());
        // Problems before, among and after the communes, more than are listed.
        for (communes_hit, projects_hit) in [(3, 5), (70, 70), (150, 10), (0, 130)] {
            let mut plan = clean.clone();
            plan.header.year = 1800;
            for m in plan.communes.iter_mut().step_by(7).take(communes_hit) {
                m.baseline_unmet.push("99".into());
            }
            for p in plan.projects.iter_mut().step_by(5).take(projects_hit) {
                if let Some(a) = p.amounts.first_mut() {
                    a.source = "nowhere".into();
                }
            }
            let one = problems_with(&plan, false);
            let two = problems_with(&plan, true);
            assert_eq!(listed(&one), listed(&two));
            assert_eq!(one.more, two.more);
            assert_eq!(
                one.total(),
                1 + communes_hit + projects_hit.min(plan.projects.len())
            );
            assert_eq!(listed(&problems(&plan)), listed(&one));
        }
    }
}
