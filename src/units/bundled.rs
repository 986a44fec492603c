//! The registers shipped with the program, from `assets/units/`: the commune-level units
//! of Lai Châu and Lạng Sơn since 1 July 2025, written from Resolutions 1670 and
//! 1672/NQ-UBTVQH15 (units, kinds, clauses, the old units and whole or part) and the
//! statistics office's code list (codes, old districts), by
//! `tools/units/make_registers.py`. Compiled in, like the criteria sets.

use super::Register;

/// (short name, RON text)
const BUNDLED: &[(&str, &str)] = &[
    ("lai-chau", include_str!("../../assets/units/lai-chau.ron")),
    ("lang-son", include_str!("../../assets/units/lang-son.ron")),
];

/// Parse a register file (the shipped ones, or one the user imported and saved).
pub fn parse(text: &str) -> Result<Register, ParseFailure> {
    // Control characters (a name that would rewrite the terminal) and deep nesting
    // are refused with their place, as in a plan.
    crate::format::load::scan_text(text).map_err(ParseFailure::Syntax)?;
    let register: Register = crate::format::load::ron_options()
        .from_str(text)
        .map_err(|e| ParseFailure::Syntax(crate::format::syntax::syntax(text, e)))?;
    let problems = register.problems();
    if problems.is_empty() {
        Ok(register)
    } else {
        Err(ParseFailure::Invalid(problems))
    }
}

/// Why a register text cannot be used.
#[derive(Debug)]
pub enum ParseFailure {
    /// Not RON of a register: where, and why ([`LoadError::Syntax`](crate::format::LoadError::Syntax)).
    Syntax(crate::format::LoadError),
    /// Read, but it does not hold together.
    Invalid(Vec<super::RegisterProblem>),
}

/// Every shipped register, in the order above.
pub fn all() -> Vec<Register> {
    BUNDLED
        .iter()
        .map(|(name, text)| {
            parse(text).unwrap_or_else(|e| panic!("bundled unit register {name} is broken: {e:?}"))
        })
        .collect()
}

/// A shipped register by province name ("Lai Châu", "tỉnh Lạng Sơn", "lai chau") or
/// short name ("lai-chau").
pub fn by_province(name: &str) -> Option<Register> {
    let key = super::names::province_key(name);
    BUNDLED
        .iter()
        .position(|(short, _)| *short == name.trim())
        .map(|i| all().swap_remove(i))
        .or_else(|| {
            all()
                .into_iter()
                .find(|r| super::names::province_key(&r.province) == key)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::UnitKind;

    #[test]
    fn the_shipped_registers_load_and_count_as_the_resolutions_say() {
        let lc = by_province("Lai Châu").unwrap();
        assert_eq!(
            (
                lc.units.len(),
                lc.count(UnitKind::Commune),
                lc.count(UnitKind::Ward),
                lc.old_units()
            ),
            (38, 36, 2, 106)
        );
        let ls = by_province("tỉnh Lạng Sơn").unwrap();
        assert_eq!(
            (
                ls.units.len(),
                ls.count(UnitKind::Commune),
                ls.count(UnitKind::Ward),
                ls.old_units()
            ),
            (65, 61, 4, 194)
        );
        assert_eq!(by_province("lang-son").unwrap(), ls);
        assert!(by_province("Hà Nội").is_none());
        assert_eq!(lc.effective.to_string(), "2025-07-01");
    }
}
