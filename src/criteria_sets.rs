//! The criteria sets shipped with the program, from `assets/criteria-sets/`.
//!
//! They are compiled in so the program needs no data folder, and parsed with the
//! same RON options as plan files. A plan embeds its own copy of its set.

use crate::model::CriteriaSet;

/// (id, short name for the command line, RON text)
const BUNDLED: &[(&str, &str)] = &[
    (
        "2026-2030",
        include_str!("../assets/criteria-sets/commune-2026-2030.ron"),
    ),
    (
        "2021-2025",
        include_str!("../assets/criteria-sets/commune-2021-2025.ron"),
    ),
    (
        "2021-2025-advanced",
        include_str!("../assets/criteria-sets/advanced-commune-2021-2025.ron"),
    ),
    (
        "2021-2025-district",
        include_str!("../assets/criteria-sets/district-2021-2025.ron"),
    ),
];

/// The short names `new --set` accepts, default first.
pub fn names() -> Vec<&'static str> {
    BUNDLED.iter().map(|(n, _)| *n).collect()
}

/// A bundled set by its short name or its id.
pub fn by_name(name: &str) -> Option<CriteriaSet> {
    all()
        .into_iter()
        .find(|(n, s)| *n == name || s.id == name)
        .map(|(_, s)| s)
}

/// Every bundled set with its short name.
pub fn all() -> Vec<(&'static str, CriteriaSet)> {
    BUNDLED
        .iter()
        .map(|(n, text)| {
            let set =
                parse(text).unwrap_or_else(|e| panic!("bundled criteria set {n} is broken: {e}"));
            (*n, set)
        })
        .collect()
}

/// Parse a criteria set file.
pub fn parse(text: &str) -> Result<CriteriaSet, String> {
    let set: CriteriaSet = crate::format::load::ron_options()
        .from_str(text)
        .map_err(|e| {
            format!(
                "line {}, column {}: {}",
                e.span.start.line, e.span.start.col, e.code
            )
        })?;
    let problems = set.problems();
    if problems.is_empty() {
        Ok(set)
    } else {
        Err(problems
            .iter()
            .map(|m| m.to_string())
            .collect::<Vec<_>>()
            .join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SetLevel;

    #[test]
    fn bundled_sets_are_sound() {
        let sets = all();
        assert_eq!(sets.len(), 4);
        let s = by_name("2021-2025").unwrap();
        assert_eq!(
            (s.criteria.len(), s.level, s.bands.len(), s.components.len()),
            (19, SetLevel::Commune, 5, 11)
        );
        assert_eq!(
            s.criterion("17").unwrap().name,
            "Môi trường và an toàn thực phẩm"
        );
        let a = by_name("2021-2025-advanced").unwrap();
        assert_eq!((a.criteria.len(), a.level), (19, SetLevel::AdvancedCommune));
        let d = by_name("2021-2025-district").unwrap();
        assert_eq!((d.criteria.len(), d.level), (9, SetLevel::District));
        let n = by_name("xa-ntm-2026-2030").unwrap();
        assert_eq!((n.criteria.len(), n.groups.len()), (10, 3));
        assert_eq!(n.band_of(10), Some(0));
        assert_eq!(n.band_of(3), Some(3));
        assert_eq!(names()[0], "2026-2030");
    }
}
