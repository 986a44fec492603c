//! Exact figures computed from a plan: pure functions of the data, no rounding
//! until a figure is printed (averages and shares are also given rounded as the
//! plans print them).

pub mod groups;
pub mod results;
pub mod shares;

use crate::check::Place;
use crate::i18n::Message;
use crate::lang::Lang;
use crate::model::{Level, Plan, SourceKind};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// A sum or a share that does not fit the exact decimal type (about 7,9·10^28): the
/// plan holds numbers beyond what a plan may hold (they are refused on load and on
/// save; this is the last guard, for a plan built some other way). Says where.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub struct ArithmeticError {
    /// Where to go to fix it.
    pub place: Place,
    /// The plan path of the values that were being added or divided.
    pub path: String,
}

impl ArithmeticError {
    fn at(place: Place, path: impl Into<String>) -> ArithmeticError {
        ArithmeticError {
            place,
            path: path.into(),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        Message::new("figures-overflow")
            .arg("path", self.path.clone())
            .text(lang)
    }
}

/// Add, or say where the sum overflowed.
fn add(
    a: Decimal,
    b: Decimal,
    at: impl FnOnce() -> ArithmeticError,
) -> Result<Decimal, ArithmeticError> {
    a.checked_add(b).ok_or_else(at)
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionCount {
    pub code: String,
    pub name: String,
    /// Communes meeting it at the baseline.
    pub baseline: usize,
    /// Communes meeting it at the target.
    pub target: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BandCount {
    pub label: String,
    /// The set's English label, if it has one (see [`BandCount::label_in`]).
    #[serde(skip)]
    pub label_en: String,
    pub min: u16,
    pub max: u16,
    pub baseline: usize,
    pub target: usize,
}

impl BandCount {
    /// The band's label in a language ("dưới 5" / "under 5").
    pub fn label_in(&self, lang: crate::lang::Lang) -> String {
        crate::model::Band {
            label: self.label.clone(),
            label_en: self.label_en.clone(),
            min: self.min,
            max: self.max,
        }
        .label_in(lang)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FundingTotal {
    pub id: String,
    pub name: String,
    pub depth: usize,
    pub kind: Option<SourceKind>,
    /// The amount the plan states for the node (for a leaf, its amount).
    pub stated: Option<Decimal>,
    /// The node's value: a leaf's amount, or the sum of the children.
    pub computed: Decimal,
    pub is_leaf: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ShareLine {
    /// Component code, or None for the unallocated remainder.
    pub component: Option<String>,
    pub name: String,
    pub amount: Decimal,
    /// Share of the base in percent, two decimals, apportioned to add up to 100.
    pub share: Decimal,
    pub stated_share: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AllocationFigures {
    pub base_id: String,
    pub base_name: String,
    pub base: Decimal,
    pub lines: Vec<ShareLine>,
    /// Sum of the lines including the unallocated remainder.
    pub allocated: Decimal,
    /// Sum of the printed shares the plan states, when it states them all.
    pub stated_shares_sum: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComponentProjects {
    pub component: Option<String>,
    pub name: String,
    pub projects: usize,
    pub special: usize,
    pub amount: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VillageTotal {
    pub unit: String,
    pub name: String,
    pub to_recognize: u32,
    pub recognized: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DistrictFigures {
    pub id: String,
    pub name: String,
    pub communes: usize,
    /// Communes at NTM standard (or above) by the end of the plan.
    pub ntm_by_target: usize,
    /// Communes advanced (or above) by the end of the plan.
    pub advanced_by_target: usize,
    /// All communes at NTM standard and at least 10% advanced.
    pub commune_conditions_met: bool,
    pub criteria_met_baseline: Option<usize>,
    pub criteria_met_target: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoadmapYear {
    /// The planned completion year; None for unmet criteria with no year.
    pub year: Option<u16>,
    /// Unmet (commune, criterion) pairs planned for that year.
    pub items: usize,
    /// Communes with at least one of them.
    pub communes: usize,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Figures {
    pub communes: usize,
    pub criteria_in_set: usize,
    pub per_criterion: Vec<CriterionCount>,
    /// Criteria met by each commune (in plan order), baseline and target.
    pub met_baseline: Vec<usize>,
    pub met_target: Vec<usize>,
    pub total_met_baseline: usize,
    pub total_met_target: usize,
    /// Average criteria per commune, exact.
    pub average_baseline: Option<Decimal>,
    pub average_target: Option<Decimal>,
    pub distribution: Vec<BandCount>,
    /// Communes at NTM standard (or above) before the plan year.
    pub recognized: usize,
    /// Of which advanced (or above).
    pub advanced: usize,
    /// Communes whose planned recognition year has passed without recognition.
    pub awaiting: Vec<String>,
    /// Communes the plan names for NTM recognition in the plan year.
    pub to_recognize: Vec<String>,
    /// Communes the plan names for advanced recognition in the plan year.
    pub advanced_to_recognize: Vec<String>,
    /// Communes at NTM standard by the end of the plan year (recognized, awaiting or planned).
    pub recognized_after: usize,
    /// Communes not recognized at the baseline that meet every criterion at the target.
    pub candidates: Vec<String>,
    /// Communes below the plan's floor at the target, with the criteria they meet.
    pub below_floor: Vec<(String, usize)>,
    pub funding: Vec<FundingTotal>,
    pub total_funding: Decimal,
    pub allocation: Option<AllocationFigures>,
    pub projects: usize,
    pub special_projects: usize,
    pub projects_amount: Decimal,
    pub projects_by_component: Vec<ComponentProjects>,
    pub villages: Vec<VillageTotal>,
    pub villages_to_recognize: u32,
    pub districts: Vec<DistrictFigures>,
    pub roadmap: Vec<RoadmapYear>,
    pub tasks: usize,
    pub agencies: usize,
    /// Counts per commune group, where the set has groups.
    pub by_group: Vec<groups::GroupFigures>,
    /// The province's completion of the NTM task, where the set states the conditions.
    pub completion: Option<groups::Completion>,
    /// The results against the targets, for a plan that records results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<results::ResultFigures>,
}

/// Round as plans print: two decimals, half away from zero.
pub fn round2(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

impl Figures {
    pub fn average_baseline_2dp(&self) -> Option<Decimal> {
        self.average_baseline.map(round2)
    }

    pub fn average_target_2dp(&self) -> Option<Decimal> {
        self.average_target.map(round2)
    }
}

/// The figures that do not depend on amounts, for a plan whose amounts do not add up
/// within the decimal type ([`compute`] failed): the window still shows its communes
/// and criteria, and the checker's error says where the amounts are wrong.
pub fn compute_without_money(plan: &Plan) -> Figures {
    let mut p = plan.clone();
    p.funding = crate::model::FundingNode::root();
    p.allocation = None;
    for pr in &mut p.projects {
        pr.amounts.clear();
    }
    for v in &mut p.villages {
        v.to_recognize = 0;
    }
    compute(&p).unwrap_or_default()
}

/// Compute every figure of a plan. Every sum is checked: a plan whose amounts add up
/// beyond the decimal type gives an error that says where, never a panic.
pub fn compute(plan: &Plan) -> Result<Figures, ArithmeticError> {
    let set = &plan.criteria_set;
    let n = plan.communes.len();
    let year = plan.header.year;

    // Criteria matrix. Unmet lists are short, so count misses per criterion index.
    let index: foldhash::HashMap<&str, usize> = set
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| (c.code.as_str(), i))
        .collect();
    let mut miss_b = vec![0usize; set.len()];
    let mut miss_t = vec![0usize; set.len()];
    let mut met_baseline = Vec::with_capacity(n);
    let mut met_target = Vec::with_capacity(n);
    for c in &plan.communes {
        let mut unmet_b = 0;
        for code in &c.baseline_unmet {
            if let Some(&i) = index.get(code.as_str()) {
                miss_b[i] += 1;
                unmet_b += 1;
            }
        }
        let mut unmet_t = 0;
        for code in &c.target_unmet {
            if let Some(&i) = index.get(code.as_str()) {
                miss_t[i] += 1;
                unmet_t += 1;
            }
        }
        met_baseline.push(set.len() - unmet_b);
        met_target.push(set.len() - unmet_t);
    }
    let per_criterion = set
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| CriterionCount {
            code: c.code.clone(),
            name: c.name.clone(),
            baseline: n - miss_b[i],
            target: n - miss_t[i],
        })
        .collect();
    let total_met_baseline: usize = met_baseline.iter().sum();
    let total_met_target: usize = met_target.iter().sum();
    let avg = |total: usize| (n > 0).then(|| Decimal::from(total as u64) / Decimal::from(n as u64));
    let mut distribution: Vec<BandCount> = set
        .bands
        .iter()
        .map(|b| BandCount {
            label: b.label.clone(),
            label_en: b.label_en.clone(),
            min: b.min,
            max: b.max,
            baseline: 0,
            target: 0,
        })
        .collect();
    for (&b, &t) in met_baseline.iter().zip(&met_target) {
        if let Some(i) = set.band_of(b) {
            distribution[i].baseline += 1;
        }
        if let Some(i) = set.band_of(t) {
            distribution[i].target += 1;
        }
    }

    // Recognition.
    let names = |f: &dyn Fn(&crate::model::Commune) -> bool| -> Vec<String> {
        plan.communes
            .iter()
            .filter(|c| f(c))
            .map(|c| c.name.clone())
            .collect()
    };
    let ntm_before = |c: &crate::model::Commune| c.recognized.iter().any(|r| r.year < year);
    let recognized = plan.communes.iter().filter(|c| ntm_before(c)).count();
    let advanced = plan
        .communes
        .iter()
        .filter(|c| {
            c.recognized
                .iter()
                .any(|r| r.year < year && r.level >= Level::Advanced)
        })
        .count();
    let awaiting = names(&|c| {
        !ntm_before(c)
            && c.planned
                .iter()
                .any(|p| p.level == Level::Ntm && p.year < year)
            && !c.recognized.iter().any(|r| r.year <= year)
    });
    let to_recognize = names(&|c| {
        c.planned
            .iter()
            .any(|p| p.level == Level::Ntm && p.year == year)
    });
    let advanced_to_recognize = names(&|c| {
        c.planned
            .iter()
            .any(|p| p.level == Level::Advanced && p.year == year)
    });
    let recognized_after = plan
        .communes
        .iter()
        .filter(|c| {
            c.recognized.iter().any(|r| r.year <= year) || c.planned.iter().any(|p| p.year <= year)
        })
        .count();
    let candidates = plan
        .communes
        .iter()
        .zip(&met_target)
        .filter(|(c, m)| **m == set.len() && !ntm_before(c))
        .map(|(c, _)| c.name.clone())
        .collect();
    let below_floor = match plan.stated.floor {
        Some(floor) => plan
            .communes
            .iter()
            .zip(&met_target)
            .filter(|(_, m)| **m < floor as usize)
            .map(|(c, m)| (c.name.clone(), *m))
            .collect(),
        None => Vec::new(),
    };

    // Funding: every node's total, checked.
    let mut funding: Vec<FundingTotal> = Vec::new();
    for (depth, node) in plan.funding.walk() {
        let computed = node.checked_total().ok_or_else(|| {
            ArithmeticError::at(
                Place::Funding(node.id.clone()),
                format!("plan.funding ({})", crate::text::shown(&node.id)),
            )
        })?;
        funding.push(FundingTotal {
            id: node.id.clone(),
            name: node.name.clone(),
            depth,
            kind: node.kind,
            stated: node.amount,
            computed,
            is_leaf: node.children.is_empty(),
        });
    }
    let total_funding = funding.first().map(|f| f.computed).unwrap_or_default();
    let component_names: HashMap<&str, &str> = plan
        .components
        .iter()
        .rev()
        .map(|c| (c.code.as_str(), c.name.as_str()))
        .collect();
    let component_name = |code: &str| -> String {
        component_names
            .get(code)
            .copied()
            .unwrap_or(code)
            .to_string()
    };

    // Allocation.
    let allocation = match &plan.allocation {
        None => None,
        Some(a) => {
            let overflow = || ArithmeticError::at(Place::Allocation(None), "plan.allocation");
            let base_node = plan.funding.find(&a.base);
            let base = match base_node {
                Some(n) => match n.amount {
                    Some(v) => v,
                    None => n.checked_total().ok_or_else(overflow)?,
                },
                None => Decimal::ZERO,
            };
            let mut lines: Vec<ShareLine> = a
                .lines
                .iter()
                .map(|l| ShareLine {
                    component: Some(l.component.clone()),
                    name: component_name(&l.component),
                    amount: l.amount,
                    share: Decimal::ZERO,
                    stated_share: l.stated_share,
                })
                .collect();
            if let Some(u) = &a.unallocated {
                lines.push(ShareLine {
                    component: None,
                    name: "Nội dung chưa phân bổ chi tiết".into(),
                    amount: u.amount,
                    share: Decimal::ZERO,
                    stated_share: u.stated_share,
                });
            }
            let amounts: Vec<Decimal> = lines.iter().map(|l| l.amount).collect();
            let shares = shares::percent_shares(&amounts, base, 2).ok_or_else(overflow)?;
            for (l, s) in lines.iter_mut().zip(shares) {
                l.share = s;
            }
            let stated_shares_sum = match lines
                .iter()
                .map(|l| l.stated_share)
                .collect::<Option<Vec<Decimal>>>()
                .filter(|v| !v.is_empty())
            {
                Some(v) => Some(
                    v.into_iter()
                        .try_fold(Decimal::ZERO, |acc, x| acc.checked_add(x))
                        .ok_or_else(overflow)?,
                ),
                None => None,
            };
            let mut allocated = Decimal::ZERO;
            for x in &amounts {
                allocated = add(allocated, *x, overflow)?;
            }
            Some(AllocationFigures {
                base_id: a.base.clone(),
                base_name: base_node.map(|n| n.name.clone()).unwrap_or_default(),
                base,
                allocated,
                lines,
                stated_shares_sum,
            })
        }
    };

    // Projects.
    let special_projects = plan.projects.iter().filter(|p| p.special_mechanism).count();
    let mut projects_amount = Decimal::ZERO;
    let mut by_comp: BTreeMap<Option<&str>, ComponentProjects> = BTreeMap::new();
    for (i, p) in plan.projects.iter().enumerate() {
        let at = || ArithmeticError::at(Place::Projects, format!("plan.projects[{i}]"));
        let total = p.checked_total().ok_or_else(at)?;
        projects_amount = add(projects_amount, total, at)?;
        let key = p.component.as_deref();
        let e = by_comp.entry(key).or_insert_with(|| ComponentProjects {
            component: key.map(str::to_string),
            name: key
                .map(component_name)
                .unwrap_or_else(|| "Chưa xác định".into()),
            projects: 0,
            special: 0,
            amount: Decimal::ZERO,
        });
        e.projects += 1;
        e.special += usize::from(p.special_mechanism);
        e.amount = add(e.amount, total, at)?;
    }
    let mut projects_by_component: Vec<ComponentProjects> = by_comp.into_values().collect();
    // Component order as the plan lists its components.
    let component_order: HashMap<&str, usize> = plan
        .components
        .iter()
        .enumerate()
        .rev()
        .map(|(i, c)| (c.code.as_str(), i))
        .collect();
    projects_by_component.sort_by_key(|c| {
        c.component
            .as_deref()
            .and_then(|k| component_order.get(k).copied())
            .unwrap_or(usize::MAX)
    });

    // Villages.
    let unit_names = plan.unit_names();
    let villages: Vec<VillageTotal> = plan
        .villages
        .iter()
        .map(|v| VillageTotal {
            unit: v.unit.clone(),
            name: unit_names
                .get(v.unit.as_str())
                .copied()
                .unwrap_or(v.unit.as_str())
                .to_string(),
            to_recognize: v.to_recognize,
            recognized: v.recognized,
        })
        .collect();
    let mut villages_to_recognize = 0u32;
    for v in &villages {
        villages_to_recognize = villages_to_recognize
            .checked_add(v.to_recognize)
            .ok_or_else(|| ArithmeticError::at(Place::Villages, "plan.villages"))?;
    }

    // Districts: group the communes once.
    let mut by_district: std::collections::HashMap<&str, Vec<&crate::model::Commune>> =
        std::collections::HashMap::new();
    for c in &plan.communes {
        if let Some(d) = &c.district {
            by_district.entry(d.as_str()).or_default().push(c);
        }
    }
    let at = |c: &crate::model::Commune, level: Level| {
        c.recognized
            .iter()
            .any(|r| r.level >= level && r.year <= year)
            || c.planned.iter().any(|p| p.level >= level && p.year <= year)
    };
    let ds_len = plan.district_set.as_ref().map(|s| s.len());
    let districts = plan
        .districts
        .iter()
        .map(|d| {
            let mine = by_district
                .get(d.id.as_str())
                .map(Vec::as_slice)
                .unwrap_or_default();
            let ntm_by_target = mine.iter().filter(|c| at(c, Level::Ntm)).count();
            let advanced_by_target = mine.iter().filter(|c| at(c, Level::Advanced)).count();
            DistrictFigures {
                id: d.id.clone(),
                name: d.name.clone(),
                communes: mine.len(),
                ntm_by_target,
                advanced_by_target,
                commune_conditions_met: !mine.is_empty()
                    && ntm_by_target == mine.len()
                    && advanced_by_target * 10 >= mine.len(),
                criteria_met_baseline: ds_len.map(|l| l - d.baseline_unmet.len().min(l)),
                criteria_met_target: ds_len.map(|l| l - d.target_unmet.len().min(l)),
            }
        })
        .collect();

    // Roadmap: unmet criteria at the baseline with their planned completion year.
    let mut roadmap: BTreeMap<Option<u16>, (usize, usize, usize)> = BTreeMap::new(); // (items, communes, last commune + 1)
    for (ci, c) in plan.communes.iter().enumerate() {
        for code in &c.baseline_unmet {
            let y = c.detail(code).and_then(|d| d.year);
            let e = roadmap.entry(y).or_default();
            e.0 += 1;
            if e.2 != ci + 1 {
                e.1 += 1;
                e.2 = ci + 1;
            }
        }
    }
    let roadmap = roadmap
        .into_iter()
        .map(|(year, (items, communes, _))| RoadmapYear {
            year,
            items,
            communes,
        })
        .collect();

    let agencies = plan
        .tasks
        .iter()
        .map(|t| t.agency.as_str())
        .collect::<std::collections::BTreeSet<_>>()
        .len();

    let by_group = groups::by_group(plan, &met_target);
    let completion = groups::completion(plan, &met_target);
    Ok(Figures {
        by_group,
        completion,
        communes: n,
        criteria_in_set: set.len(),
        per_criterion,
        met_baseline,
        met_target,
        total_met_baseline,
        total_met_target,
        average_baseline: avg(total_met_baseline),
        average_target: avg(total_met_target),
        distribution,
        recognized,
        advanced,
        awaiting,
        to_recognize,
        advanced_to_recognize,
        recognized_after,
        candidates,
        below_floor,
        funding,
        total_funding,
        allocation,
        projects: plan.projects.len(),
        special_projects,
        projects_amount,
        projects_by_component,
        villages,
        villages_to_recognize,
        districts,
        roadmap,
        tasks: plan.tasks.len(),
        agencies,
        results: results::compute(plan),
    })
}
