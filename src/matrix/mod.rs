//! The commune × criteria matrix, without any UI: which rows to show (filters,
//! accent-insensitive search, Vietnamese sort, district grouping), what a cell says,
//! and copying and pasting rectangular ranges as tab-separated text (Excel).

pub mod paste;

use crate::model::{Commune, Level, Plan};
use crate::text;

/// The group filter's value for communes whose group is not chosen yet (no set has a
/// group 0).
pub const NO_GROUP: u8 = 0;

/// Which status a cell edit or a paste applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Layer {
    #[default]
    Target,
    Baseline,
    /// What was achieved by the plan's results date.
    Result,
}

impl Layer {
    /// The catalogue key of the layer's name.
    pub fn key(self) -> &'static str {
        match self {
            Layer::Baseline => "layer-baseline",
            Layer::Target => "layer-target",
            Layer::Result => "layer-result",
        }
    }

    /// Whether a commune meets a criterion in this layer. A commune with no result
    /// recorded reads as its target in the result layer: recording a result starts
    /// from what was planned.
    pub fn meets(self, c: &Commune, code: &str) -> bool {
        match self {
            Layer::Target => c.meets_target(code),
            Layer::Baseline => c.meets_baseline(code),
            Layer::Result => c.meets_result(code).unwrap_or_else(|| c.meets_target(code)),
        }
    }
}

/// What a cell shows in the result layer: the result against the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultCell {
    /// Targeted and met.
    Achieved,
    /// Met though the plan did not target it.
    Beyond,
    /// Targeted and not met.
    Missed,
    /// Neither targeted nor met.
    NotMet,
    /// No result recorded for the commune.
    NotReported,
}

impl ResultCell {
    pub fn of(c: &Commune, code: &str) -> ResultCell {
        match (c.meets_target(code), c.meets_result(code)) {
            (_, None) => ResultCell::NotReported,
            (true, Some(true)) => ResultCell::Achieved,
            (false, Some(true)) => ResultCell::Beyond,
            (true, Some(false)) => ResultCell::Missed,
            (false, Some(false)) => ResultCell::NotMet,
        }
    }
}

/// What a cell shows: baseline and target together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// Met at the baseline and at the target.
    Kept,
    /// Not met at the baseline, met at the target: this year's work.
    Gained,
    /// Not met at either.
    Missing,
    /// Met at the baseline, not at the target (an oddity the checker reports).
    Lost,
}

impl Cell {
    pub fn of(c: &Commune, code: &str) -> Cell {
        match (c.meets_baseline(code), c.meets_target(code)) {
            (true, true) => Cell::Kept,
            (false, true) => Cell::Gained,
            (false, false) => Cell::Missing,
            (true, false) => Cell::Lost,
        }
    }

    pub fn target_met(self) -> bool {
        matches!(self, Cell::Kept | Cell::Gained)
    }

    pub fn baseline_met(self) -> bool {
        matches!(self, Cell::Kept | Cell::Lost)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// As the plan lists them (grouped by district where there are districts).
    #[default]
    Plan,
    /// By name, Vietnamese alphabetical order.
    Name,
    /// Most criteria met at the target first.
    MetDesc,
    /// Fewest criteria met at the target first.
    MetAsc,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LevelFilter {
    #[default]
    All,
    /// Not recognized at any level.
    NotRecognized,
    /// Recognized at NTM standard (any level).
    Recognized,
    /// Recognized as advanced or above.
    Advanced,
    /// Named for recognition in the plan year.
    PlannedThisYear,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Query {
    /// District id (plans with districts) to show only its communes.
    pub district: Option<String>,
    /// Commune group to show only its communes; [`NO_GROUP`] for those without one.
    pub group: Option<u8>,
    pub level: LevelFilter,
    /// Show only communes that do not meet this criterion at the target.
    pub unmet: Option<String>,
    /// Accent- and case-insensitive search in commune names.
    pub search: String,
    pub sort: SortBy,
}

/// One row of the matrix view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// A district heading with its subtotals (index into plan.districts).
    District(usize),
    /// A commune (index into plan.communes).
    Commune(usize),
}

impl Query {
    pub fn matches(&self, plan: &Plan, c: &Commune, folded_search: &str) -> bool {
        if let Some(d) = &self.district
            && c.district.as_ref() != Some(d)
        {
            return false;
        }
        if let Some(g) = self.group
            && c.group != Some(g).filter(|&g| g != NO_GROUP)
        {
            return false;
        }
        if let Some(code) = &self.unmet
            && c.meets_target(code)
        {
            return false;
        }
        let year = plan.header.year;
        let ok = match self.level {
            LevelFilter::All => true,
            LevelFilter::NotRecognized => c.level().is_none(),
            LevelFilter::Recognized => c.level().is_some(),
            LevelFilter::Advanced => c.level().is_some_and(|l| l >= Level::Advanced),
            LevelFilter::PlannedThisYear => c.planned.iter().any(|p| p.year == year),
        };
        ok && (folded_search.is_empty() || text::fold(&c.name).contains(folded_search))
    }

    /// The rows to show, in order. Communes are grouped under district headings when
    /// the plan has districts and the sort is the plan's order.
    pub fn rows(&self, plan: &Plan, met_target: &[usize]) -> Vec<Row> {
        let folded = text::fold(&self.search);
        let mut communes: Vec<usize> = (0..plan.communes.len())
            .filter(|&i| self.matches(plan, &plan.communes[i], &folded))
            .collect();
        match self.sort {
            SortBy::Plan => {}
            SortBy::Name => {
                communes.sort_by_cached_key(|&i| text::collation_key(&plan.communes[i].name))
            }
            SortBy::MetDesc => communes
                .sort_by_key(|&i| std::cmp::Reverse(met_target.get(i).copied().unwrap_or(0))),
            SortBy::MetAsc => communes.sort_by_key(|&i| met_target.get(i).copied().unwrap_or(0)),
        }
        if self.sort != SortBy::Plan || plan.districts.is_empty() {
            return communes.into_iter().map(Row::Commune).collect();
        }
        // Group under districts, in the districts' order; communes without a district last.
        let mut out = Vec::with_capacity(communes.len() + plan.districts.len());
        let mut by_district: std::collections::HashMap<&str, Vec<usize>> =
            std::collections::HashMap::new();
        let mut loose = Vec::new();
        for i in communes {
            match plan.communes[i].district.as_deref() {
                Some(d) => by_district.entry(d).or_default().push(i),
                None => loose.push(i),
            }
        }
        for (di, d) in plan.districts.iter().enumerate() {
            if let Some(list) = by_district.remove(d.id.as_str()) {
                out.push(Row::District(di));
                out.extend(list.into_iter().map(Row::Commune));
            }
        }
        out.extend(loose.into_iter().map(Row::Commune));
        out
    }
}

/// Communes meeting each criterion at the target among `communes` (for subtotals).
pub fn subtotals(plan: &Plan, communes: impl Iterator<Item = usize>) -> (Vec<usize>, usize) {
    subtotals_in(plan, communes, Layer::Target)
}

/// The same in a layer; in the result layer, communes whose result meets each
/// criterion (a commune without a result counts as not meeting it).
pub fn subtotals_in(
    plan: &Plan,
    communes: impl Iterator<Item = usize>,
    layer: Layer,
) -> (Vec<usize>, usize) {
    let set = &plan.criteria_set;
    let mut met = vec![0usize; set.len()];
    let mut n = 0;
    for i in communes {
        n += 1;
        let c = &plan.communes[i];
        for (k, crit) in set.criteria.iter().enumerate() {
            let yes = match layer {
                Layer::Result => c.meets_result(&crit.code) == Some(true),
                _ => c.meets_target(&crit.code),
            };
            if yes {
                met[k] += 1;
            }
        }
    }
    (met, n)
}

/// Copy a rectangle of the matrix as tab-separated text: "x" for met, empty for not
/// met, one line per commune, with a header line of criterion codes.
pub fn copy_tsv(
    plan: &Plan,
    communes: &[usize],
    criteria: std::ops::RangeInclusive<usize>,
    layer: Layer,
) -> String {
    let set = &plan.criteria_set;
    let codes: Vec<&str> = set.criteria[criteria.clone()]
        .iter()
        .map(|c| c.code.as_str())
        .collect();
    let mut out = String::new();
    for &i in communes {
        let c = &plan.communes[i];
        let cells: Vec<&str> = codes
            .iter()
            .map(|code| {
                // An unreported result copies as empty, not as its target.
                let met = match layer {
                    Layer::Result => c.meets_result(code) == Some(true),
                    _ => layer.meets(c, code),
                };
                if met { "x" } else { "" }
            })
            .collect();
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lai_chau() -> Plan {
        crate::format::load_str(include_str!("../../assets/samples/lai-chau-2025.ntm"))
            .unwrap()
            .plan
    }

    #[test]
    fn search_ignores_accents_and_case() {
        let plan = lai_chau();
        let f = crate::figures::compute(&plan).expect("figures");
        let q = Query {
            search: "muong te".into(),
            sort: SortBy::Name,
            ..Query::default()
        };
        let rows = q.rows(&plan, &f.met_target);
        let names: Vec<&str> = rows
            .iter()
            .filter_map(|r| {
                if let Row::Commune(i) = r {
                    Some(plan.communes[*i].name.as_str())
                } else {
                    None
                }
            })
            .collect();
        assert_eq!(names, ["Mường Tè"]);
        let q = Query {
            search: "THAN".into(),
            sort: SortBy::Name,
            ..Query::default()
        };
        let rows = q.rows(&plan, &f.met_target);
        assert!(rows.iter().all(
            |r| matches!(r, Row::Commune(i) if text::fold(&plan.communes[*i].name).contains("than"))
        ));
    }

    #[test]
    fn grouping_filters_and_sorting() {
        let plan = lai_chau();
        let f = crate::figures::compute(&plan).expect("figures");
        let rows = Query::default().rows(&plan, &f.met_target);
        assert_eq!(
            rows.iter()
                .filter(|r| matches!(r, Row::District(_)))
                .count(),
            plan.districts.len()
        );
        assert_eq!(
            rows.iter().filter(|r| matches!(r, Row::Commune(_))).count(),
            94
        );
        let q = Query {
            unmet: Some("10".into()),
            ..Query::default()
        };
        assert_eq!(
            q.rows(&plan, &f.met_target)
                .iter()
                .filter(|r| matches!(r, Row::Commune(_)))
                .count(),
            94 - 54
        );
        let q = Query {
            sort: SortBy::MetAsc,
            ..Query::default()
        };
        let rows = q.rows(&plan, &f.met_target);
        let mets: Vec<usize> = rows
            .iter()
            .map(|r| {
                if let Row::Commune(i) = r {
                    f.met_target[*i]
                } else {
                    0
                }
            })
            .collect();
        assert!(mets.windows(2).all(|w| w[0] <= w[1]));
        let q = Query {
            level: LevelFilter::PlannedThisYear,
            sort: SortBy::Name,
            ..Query::default()
        };
        assert_eq!(
            q.rows(&plan, &f.met_target).len(),
            10 + 6,
            "10 new NTM and 6 advanced (Sơn Bình and Pha Mu: NTM planned for 2024, advanced this year)"
        );
    }

    #[test]
    fn copy_gives_x_for_met() {
        let plan = lai_chau();
        let i = plan
            .communes
            .iter()
            .position(|c| !c.target_unmet.is_empty())
            .unwrap();
        let tsv = copy_tsv(&plan, &[i], 0..=18, Layer::Target);
        let cells: Vec<&str> = tsv.trim_end_matches('\n').split('\t').collect();
        assert_eq!(cells.len(), 19);
        for (k, crit) in plan.criteria_set.criteria.iter().enumerate() {
            assert_eq!(cells[k] == "x", plan.communes[i].meets_target(&crit.code));
        }
    }
}
