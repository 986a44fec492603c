//! The criteria crosswalk: which old criteria each criterion of a new set takes over,
//! shipped as data the user can edit (`assets/carry/crosswalk-2021-2025-to-2026-2030.ron`)
//! and used only to propose a starting status, never to set one.
//!
//! The rule: a new criterion is proposed met when every old criterion mapped to it was
//! met in every old commune the new one was formed from. A new criterion with nothing
//! mapped to it is not proposed.

use crate::format::LoadError;
use crate::i18n::tr_args;
use crate::lang::Lang;
use crate::model::{CriteriaSet, PastStatus};
use crate::text::shown;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

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

/// Read a crosswalk text (the shipped one, or one the user edited): a mistake in it is
/// a located [`LoadError::Syntax`].
pub fn parse(text: &str) -> Result<Crosswalk, LoadError> {
    crate::format::load::scan_text(text)?;
    crate::format::load::ron_options()
        .from_str(text)
        .map_err(|e| crate::format::syntax::syntax(text, e))
}

/// Read a crosswalk file given on the command line: bounded, decoded and normalized as
/// a plan file is, then checked against the two sets.
pub fn read(
    path: &Path,
    old: &CriteriaSet,
    new: &CriteriaSet,
) -> Result<Crosswalk, CrosswalkError> {
    let failed = |error| CrosswalkError::Read {
        path: path.to_path_buf(),
        error,
    };
    let bytes = crate::format::read_bounded(path).map_err(failed)?;
    let text = crate::format::decode_text(&bytes).map_err(failed)?;
    let crosswalk = parse(&crate::text::nfc(&text)).map_err(failed)?;
    let problems = crosswalk.problems(old, new);
    if problems.is_empty() {
        Ok(crosswalk)
    } else {
        Err(CrosswalkError::Invalid {
            path: path.to_path_buf(),
            problems,
        })
    }
}

/// Why a crosswalk file cannot be used, in both languages.
#[derive(Debug, thiserror::Error)]
pub enum CrosswalkError {
    #[error("{}", self.message(Lang::En))]
    Read { path: PathBuf, error: LoadError },
    #[error("{}", self.message(Lang::En))]
    Invalid {
        path: PathBuf,
        problems: Vec<CrosswalkProblem>,
    },
}

impl CrosswalkError {
    pub fn message(&self, lang: Lang) -> String {
        use crate::format::{file_unreadable, problem_list};
        match self {
            CrosswalkError::Read { path, error } => file_unreadable(
                lang,
                path,
                error,
                "crosswalk-not-text",
                "crosswalk-unreadable",
            ),
            CrosswalkError::Invalid { path, problems } => {
                let lines: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
                problem_list(lang, "crosswalk-invalid", path, &lines)
            }
        }
    }
}

/// Something in a crosswalk that does not fit the two sets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CrosswalkProblem {
    /// It maps other sets: (from, to) of the file, (old, new) of the plans.
    OtherSets {
        from: String,
        to: String,
        old: String,
        new: String,
    },
    UnknownNew(String),
    MappedTwice(String),
    /// An old code that is not in the old set, and the new criterion it is mapped to.
    UnknownOld(String, String),
}

impl CrosswalkProblem {
    pub fn message(&self, lang: Lang) -> String {
        let q = |s: &str| shown(s);
        match self {
            CrosswalkProblem::OtherSets { from, to, old, new } => tr_args(
                lang,
                "crosswalk-other-sets",
                &[
                    ("from", (&q(from)).into()),
                    ("to", (&q(to)).into()),
                    ("old", (&q(old)).into()),
                    ("new", (&q(new)).into()),
                ],
            ),
            CrosswalkProblem::UnknownNew(c) => {
                tr_args(lang, "crosswalk-unknown-new", &[("code", (&q(c)).into())])
            }
            CrosswalkProblem::MappedTwice(c) => {
                tr_args(lang, "crosswalk-mapped-twice", &[("code", (&q(c)).into())])
            }
            CrosswalkProblem::UnknownOld(o, n) => tr_args(
                lang,
                "crosswalk-unknown-old",
                &[("code", (&q(o)).into()), ("new", (&q(n)).into())],
            ),
        }
    }
}

impl Crosswalk {
    /// Problems against the two sets: other sets, unknown codes, a new criterion
    /// mapped twice.
    pub fn problems(&self, old: &CriteriaSet, new: &CriteriaSet) -> Vec<CrosswalkProblem> {
        let mut out = Vec::new();
        if self.from != old.id || self.to != new.id {
            out.push(CrosswalkProblem::OtherSets {
                from: self.from.clone(),
                to: self.to.clone(),
                old: old.id.clone(),
                new: new.id.clone(),
            });
        }
        let mut seen = std::collections::HashSet::new();
        for m in &self.map {
            if new.criterion(&m.new).is_none() {
                out.push(CrosswalkProblem::UnknownNew(m.new.clone()));
            } else if !seen.insert(m.new.as_str()) {
                out.push(CrosswalkProblem::MappedTwice(m.new.clone()));
            }
            for o in &m.old {
                if old.criterion(o).is_none() {
                    out.push(CrosswalkProblem::UnknownOld(o.clone(), m.new.clone()));
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
        assert_eq!(c.problems(&old, &new), []);
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
        let problems = c.problems(&old, &new);
        assert_eq!(
            problems,
            [CrosswalkProblem::UnknownOld("20".into(), "4".into())]
        );
        assert_eq!(
            problems[0].message(Lang::En),
            "unknown old criterion \"20\" (mapped to \"4\")"
        );
        assert_eq!(
            problems[0].message(Lang::Vi),
            "không có tiêu chí cũ \"20\" (ghép vào \"4\")"
        );
        let e = parse("(from: \"a\")").unwrap_err();
        assert!(
            e.message(Lang::Vi).starts_with("dòng 1"),
            "{}",
            e.message(Lang::Vi)
        );
        assert!(
            e.message(Lang::En).starts_with("line 1"),
            "{}",
            e.message(Lang::En)
        );
    }

    /// A crosswalk file given on the command line: each way it can fail says so in
    /// both languages, with the file, and a mistake in it with its line.
    #[test]
    fn a_crosswalk_file_that_cannot_be_used_says_why_in_both_languages() {
        let old = criteria_sets::by_name("2021-2025").unwrap();
        let new = criteria_sets::by_name("2026-2030").unwrap();
        let tmp = tempfile::tempdir().unwrap();
        let write = |name: &str, bytes: &[u8]| {
            let p = tmp.path().join(name);
            std::fs::write(&p, bytes).unwrap();
            p
        };
        assert_eq!(
            read(&write("ok.ron", BUNDLED.as_bytes()), &old, &new).unwrap(),
            bundled()
        );
        let missing = tmp.path().join("missing.ron");
        let e = read(&missing, &old, &new).unwrap_err();
        assert!(e.message(Lang::Vi).starts_with("Không đọc được"), "{e:?}");
        assert!(e.message(Lang::Vi).contains("missing.ron"));
        let e = read(&write("broken.ron", b"(from: \"a\""), &old, &new).unwrap_err();
        let vi = e.message(Lang::Vi);
        assert!(
            vi.starts_with("Không đọc được bảng tương ứng tiêu chí"),
            "{vi}"
        );
        assert!(vi.contains("dòng 1"), "{vi}");
        let en = e.message(Lang::En);
        assert!(en.starts_with("Cannot read the criteria crosswalk"), "{en}");
        let e = read(&write("bytes.ron", &[0xff, 0xfe, 0x00, 0xd8]), &old, &new).unwrap_err();
        assert!(matches!(e, CrosswalkError::Read { .. }), "{e:?}");
        let swapped = BUNDLED
            .replace("from: \"xa-ntm-2021-2025\"", "from: \"x\"")
            .replace(
                "(new: \"4\", old: [\"12\"]",
                "(new: \"4\", old: [\"12\", \"99\"]",
            );
        let e = read(&write("other.ron", swapped.as_bytes()), &old, &new).unwrap_err();
        let vi = e.message(Lang::Vi);
        assert!(vi.contains("có 2 chỗ không khớp"), "{vi}");
        assert!(vi.contains("không có tiêu chí cũ \"99\""), "{vi}");
        assert!(
            e.message(Lang::En)
                .contains("2 problems in the criteria crosswalk")
        );
    }
}
