//! The criteria crosswalk: which old criteria each criterion of a new set takes over,
//! shipped as data the user can edit (`assets/carry/crosswalk-2021-2025-to-2026-2030.ron`)
//! and used only to propose a starting status, never to set one.
//!
//! The rule: a new criterion is proposed met when every old criterion mapped to it was
//! met in every old commune the new one was formed from. A new criterion with nothing
//! mapped to it is not proposed.

use crate::model::{CriteriaSet, PastStatus};
use serde::{Deserialize, Serialize};

const BUNDLED: &str = include_str!("../../assets/carry/crosswalk-2021-2025-to-2026-2030.ron");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Crosswalk {
    /// The old set's id ("xa-ntm-2021-2025").
    pub from: String,
    /// The new set's id ("xa-ntm-2026-2030").
    pub to: String,
    /// Where the mapping comes from, or that it is not confirmed.
    #[serde(default)]
    pub basis: String,
    pub map: Vec<Mapping>,
}

/// The old criteria one new criterion takes over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    pub new: String,
    #[serde(default)]
    pub old: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The shipped crosswalk from the 2021–2025 commune set to the 2026–2030 one.
pub fn bundled() -> Crosswalk {
    parse(BUNDLED).unwrap_or_else(|e| panic!("the shipped crosswalk is broken: {e}"))
}

/// Read a crosswalk file (the shipped one, or one the user edited).
pub fn parse(text: &str) -> Result<Crosswalk, String> {
    crate::format::load::ron_options()
        .from_str(text)
        .map_err(|e| {
            format!(
                "line {}, column {}: {}",
                e.span.start.line, e.span.start.col, e.code
            )
        })
}

impl Crosswalk {
    /// Problems against the two sets: unknown codes, a new criterion mapped twice.
    pub fn problems(&self, old: &CriteriaSet, new: &CriteriaSet) -> Vec<String> {
        let mut out = Vec::new();
        if self.from != old.id || self.to != new.id {
            out.push(format!(
                "the crosswalk goes from \"{}\" to \"{}\", not from \"{}\" to \"{}\"",
                self.from, self.to, old.id, new.id
            ));
        }
        let mut seen = std::collections::HashSet::new();
        for m in &self.map {
            if new.criterion(&m.new).is_none() {
                out.push(format!("unknown new criterion \"{}\"", m.new));
            } else if !seen.insert(m.new.as_str()) {
                out.push(format!("new criterion \"{}\" is mapped twice", m.new));
            }
            for o in &m.old {
                if old.criterion(o).is_none() {
                    out.push(format!(
                        "unknown old criterion \"{o}\" (mapped to \"{}\")",
                        m.new
                    ));
                }
            }
        }
        out
    }

    /// The old criteria mapped to a new one.
    pub fn old_of(&self, new: &str) -> &[String] {
        self.map
            .iter()
            .find(|m| m.new == new)
            .map(|m| m.old.as_slice())
            .unwrap_or_default()
    }

    /// The new criteria (in the new set's order) proposed met for a commune formed
    /// from old communes with these statuses: every mapped old criterion met in every
    /// one of them. Nothing is proposed without statuses.
    pub fn propose(&self, new_set: &CriteriaSet, statuses: &[&PastStatus]) -> Vec<String> {
        if statuses.is_empty() {
            return Vec::new();
        }
        new_set
            .criteria
            .iter()
            .filter(|c| {
                let old = self.old_of(&c.code);
                !old.is_empty()
                    && statuses
                        .iter()
                        .all(|s| old.iter().all(|o| !s.unmet.contains(o)))
            })
            .map(|c| c.code.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria_sets;
    use crate::model::StatusBasis;

    fn status(unmet: &[&str]) -> PastStatus {
        PastStatus {
            plan_year: 2025,
            set: "xa-ntm-2021-2025".into(),
            recognized: Vec::new(),
            met: (19 - unmet.len()) as u16,
            of: 19,
            basis: StatusBasis::Result,
            unmet: unmet.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn the_shipped_crosswalk_fits_both_sets_and_maps_every_old_criterion() {
        let old = criteria_sets::by_name("2021-2025").unwrap();
        let new = criteria_sets::by_name("2026-2030").unwrap();
        let c = bundled();
        assert_eq!(c.problems(&old, &new), Vec::<String>::new());
        for o in &old.criteria {
            assert!(
                c.map.iter().any(|m| m.old.contains(&o.code)),
                "old criterion {} is mapped",
                o.code
            );
        }
        assert_eq!(c.map.len(), new.len());
    }

    /// "Proposed met: every mapped old criterion was met in every merged commune."
    #[test]
    fn proposes_exactly_what_the_rule_says() {
        let new = criteria_sets::by_name("2026-2030").unwrap();
        let c = bundled();
        // One commune meeting all 19: everything proposed.
        let all = status(&[]);
        assert_eq!(c.propose(&new, &[&all]).len(), 10);
        // Two merged: one lacks income (10), the other environment (17). New 3
        // (income + production) and 8 (environment) are not proposed.
        let a = status(&["10"]);
        let b = status(&["17"]);
        let p = c.propose(&new, &[&a, &b]);
        assert_eq!(p, ["1", "2", "4", "5", "6", "7", "9", "10"]);
        // Criterion 18 feeds both 9 and 10.
        let d = status(&["18"]);
        let p = c.propose(&new, &[&all, &d]);
        assert!(!p.contains(&"9".to_string()) && !p.contains(&"10".to_string()));
        assert_eq!(p.len(), 8);
        // No statuses: nothing proposed. A new criterion with nothing mapped: never.
        assert!(c.propose(&new, &[]).is_empty());
        let mut partial = c.clone();
        partial.map.retain(|m| m.new != "7");
        assert!(!partial.propose(&new, &[&all]).contains(&"7".to_string()));
    }

    #[test]
    fn an_edited_crosswalk_is_checked() {
        let old = criteria_sets::by_name("2021-2025").unwrap();
        let new = criteria_sets::by_name("2026-2030").unwrap();
        let text = BUNDLED.replace(
            "(new: \"4\", old: [\"12\"]",
            "(new: \"4\", old: [\"12\", \"20\"]",
        );
        let c = parse(&text).unwrap();
        assert_eq!(
            c.problems(&old, &new),
            ["unknown old criterion \"20\" (mapped to \"4\")"]
        );
        assert!(parse("(from: \"a\")").unwrap_err().contains("line 1"));
    }
}
