//! What a unit register holds. The same structure is a register file under
//! `assets/units/`, a register the user imported, and the copy a plan embeds
//! (`plan.register`, format version 3), so a plan opens the same in every office.

use crate::i18n::{Arg, tr_args};
use crate::lang::Lang;
use crate::model::Date;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The kind of a commune-level unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum UnitKind {
    /// Xã.
    Commune,
    /// Phường.
    Ward,
    /// Thị trấn (only before 1 July 2025).
    Township,
    /// Đặc khu (special zone, since 1 July 2025).
    SpecialZone,
}

impl UnitKind {
    pub const ALL: [UnitKind; 4] = [
        UnitKind::Commune,
        UnitKind::Ward,
        UnitKind::Township,
        UnitKind::SpecialZone,
    ];

    /// The word written before the name, lower case: "xã", "phường".
    pub fn word(self) -> &'static str {
        match self {
            UnitKind::Commune => "xã",
            UnitKind::Ward => "phường",
            UnitKind::Township => "thị trấn",
            UnitKind::SpecialZone => "đặc khu",
        }
    }

    /// The catalogue key of the kind's name in the user's language.
    pub fn key(self) -> &'static str {
        match self {
            UnitKind::Commune => "unit-kind-commune",
            UnitKind::Ward => "unit-kind-ward",
            UnitKind::Township => "unit-kind-township",
            UnitKind::SpecialZone => "unit-kind-special-zone",
        }
    }

    /// The catalogue key of "N xã" / "N communes" (argument `n`).
    pub fn count_key(self) -> &'static str {
        match self {
            UnitKind::Commune => "units-count-commune",
            UnitKind::Ward => "units-count-ward",
            UnitKind::Township => "units-count-township",
            UnitKind::SpecialZone => "units-count-special-zone",
        }
    }

    /// "xã Tả Lèng", "phường Đoàn Kết".
    pub fn with_name(self, name: &str) -> String {
        format!("{} {name}", self.word())
    }
}

/// Tỉnh or thành phố (a centrally governed city).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ProvinceKind {
    #[default]
    Province,
    City,
}

impl ProvinceKind {
    pub fn word(self) -> &'static str {
        match self {
            ProvinceKind::Province => "tỉnh",
            ProvinceKind::City => "thành phố",
        }
    }
}

/// The commune-level units of one province from a date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Register {
    /// The province's name without "tỉnh" / "thành phố": "Lai Châu".
    pub province: String,
    #[serde(default)]
    pub province_kind: ProvinceKind,
    /// The day the units took effect: 2025-07-01.
    pub effective: Date,
    /// The resolution that formed the units, where there is one for the whole register.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub resolution: String,
    /// Where the data came from (each source, in a sentence).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provenance: Vec<String>,
    pub units: Vec<Unit>,
}

/// A current unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// The statistics office's unit code ("03388"); empty where the list gave none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub code: String,
    /// The name without its kind word: "Đoàn Kết".
    pub name: String,
    /// Other spellings of the name (the code list's, where it differs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    pub kind: UnitKind,
    /// The clause of the resolution that formed the unit ("36").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub clause: String,
    /// Kept as it was (not rearranged); `formed_from` then names the unit itself.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unchanged: bool,
    /// The old units (before the date) it was formed from, whole or in part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formed_from: Vec<OldUnit>,
}

/// An old unit, or the part of it, that went into a current unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OldUnit {
    /// The old unit's statistics code ("03391").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub code: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    pub kind: UnitKind,
    /// The old district, as the code list writes it: "Huyện Phong Thổ".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub district: String,
    /// The old province, when it is not the register's (provinces merged in 2025):
    /// "Tỉnh Kiên Giang" for a unit now in An Giang.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub province: String,
    /// Only part of the old unit went into this one (the rest into another).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub part: bool,
}

impl OldUnit {
    /// The same old unit (one entry per part when it was split): by code, or by name,
    /// kind and district when there is no code.
    pub fn same_as(&self, other: &OldUnit) -> bool {
        if !self.code.is_empty() || !other.code.is_empty() {
            return self.code == other.code;
        }
        self.identity() == other.identity()
    }

    /// What tells an old unit from another: its code, or (without one) its kind, name
    /// and district as keys. Two old units are [`same_as`](Self::same_as) each other
    /// exactly when their identities are equal, so a register's old units are grouped
    /// by a map, not by comparing each with every other (a hostile register of a
    /// million uncoded units would take hours that way).
    fn identity(&self) -> OldIdentity<'_> {
        if self.code.is_empty() {
            OldIdentity::Named(
                self.kind,
                super::names::key(&self.name),
                super::names::district_key(&self.district),
            )
        } else {
            OldIdentity::Code(&self.code)
        }
    }
}

#[derive(PartialEq, Eq, Hash)]
enum OldIdentity<'a> {
    Code(&'a str),
    Named(UnitKind, String, String),
}

/// Something in a register that does not hold together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegisterProblem {
    NoProvince,
    NoUnits,
    /// A unit without a name (its index).
    NoName(usize),
    /// Two units with one code: the code, the first unit and the other.
    DuplicateCode(String, String, String),
    /// Two units whose names are the same (letters and tones; case, spacing and the
    /// placement of tone marks aside).
    DuplicateName(String, String),
    /// An old unit placed whole in one unit and also in another (its name, the two units).
    OldUnitTwice(String, String, String),
    /// An old unit said to be split that appears in only one unit.
    LonePart(String, String),
    /// A province, name, code or district on more than one line (the text as the
    /// file gives it). Imports keep names on one line; a register file written by
    /// hand, or by another program, may not.
    LineBreak(String),
}

impl RegisterProblem {
    /// The problem in a language; names and codes quoted to a bounded length (a
    /// register file may come from anywhere).
    pub fn message(&self, lang: Lang) -> String {
        let q = |s: &str| crate::text::shown(s);
        match self {
            RegisterProblem::NoProvince => tr_args(lang, "register-no-province", &[]),
            RegisterProblem::NoUnits => tr_args(lang, "register-no-units", &[]),
            RegisterProblem::NoName(i) => tr_args(
                lang,
                "register-no-name",
                &[("n", Arg::Str(&(i + 1).to_string()))],
            ),
            RegisterProblem::DuplicateCode(c, a, b) => tr_args(
                lang,
                "register-duplicate-code",
                &[
                    ("code", (&q(c)).into()),
                    ("a", (&q(a)).into()),
                    ("b", (&q(b)).into()),
                ],
            ),
            RegisterProblem::DuplicateName(a, b) => tr_args(
                lang,
                "register-duplicate-name",
                &[("a", (&q(a)).into()), ("b", (&q(b)).into())],
            ),
            RegisterProblem::OldUnitTwice(old, a, b) => tr_args(
                lang,
                "register-old-twice",
                &[
                    ("old", (&q(old)).into()),
                    ("a", (&q(a)).into()),
                    ("b", (&q(b)).into()),
                ],
            ),
            RegisterProblem::LonePart(old, unit) => tr_args(
                lang,
                "register-lone-part",
                &[("old", (&q(old)).into()), ("unit", (&q(unit)).into())],
            ),
            RegisterProblem::LineBreak(text) => {
                tr_args(lang, "register-line-break", &[("text", (&q(text)).into())])
            }
        }
    }
}

impl Register {
    /// "tỉnh Lai Châu".
    pub fn title(&self) -> String {
        format!("{} {}", self.province_kind.word(), self.province)
    }

    pub fn unit(&self, code: &str) -> Option<&Unit> {
        if code.is_empty() {
            return None;
        }
        self.units.iter().find(|u| u.code == code)
    }

    /// Units of a kind, in the register's order.
    pub fn of_kind(&self, kind: UnitKind) -> impl Iterator<Item = &Unit> {
        self.units.iter().filter(move |u| u.kind == kind)
    }

    pub fn count(&self, kind: UnitKind) -> usize {
        self.of_kind(kind).count()
    }

    /// "38 đơn vị (36 xã, 2 phường), từ 106 đơn vị cũ".
    pub fn describe(&self, lang: Lang) -> String {
        let kinds: Vec<String> = UnitKind::ALL
            .iter()
            .filter(|k| self.count(**k) > 0)
            .map(|k| tr_args(lang, k.count_key(), &[("n", Arg::from(self.count(*k)))]))
            .collect();
        tr_args(
            lang,
            "cli-units-describe",
            &[
                ("units", Arg::from(self.units.len())),
                ("kinds", Arg::Str(&kinds.join(", "))),
                ("old", Arg::from(self.old_units())),
            ],
        )
    }

    /// Old units accounted for (a split unit once).
    pub fn old_units(&self) -> usize {
        self.units
            .iter()
            .flat_map(|u| &u.formed_from)
            .map(OldUnit::identity)
            .collect::<std::collections::HashSet<_>>()
            .len()
    }

    /// Everything that does not hold together, for a register read from a file or an
    /// import. An empty list means the register can be used.
    pub fn problems(&self) -> Vec<RegisterProblem> {
        let mut out = Vec::new();
        if self.province.trim().is_empty() {
            out.push(RegisterProblem::NoProvince);
        }
        if self.units.is_empty() {
            out.push(RegisterProblem::NoUnits);
        }
        // Every name and code of the register on one line (a line break in a name
        // would split it in every list, heading and document it appears in).
        let broken = |t: &str| t.contains(['\n', '\t', '\u{2028}', '\u{2029}']);
        let own = std::iter::once(&self.province);
        let units = self.units.iter().flat_map(|u| {
            [&u.code, &u.name]
                .into_iter()
                .chain(&u.aliases)
                .chain(u.formed_from.iter().flat_map(|o| {
                    [&o.code, &o.name, &o.district, &o.province]
                        .into_iter()
                        .chain(&o.aliases)
                }))
        });
        out.extend(
            own.chain(units)
                .filter(|t| broken(t))
                .take(crate::format::MAX_LISTED)
                .map(|t| RegisterProblem::LineBreak(t.clone())),
        );
        let mut codes: HashMap<&str, usize> = HashMap::new();
        let mut names: HashMap<String, usize> = HashMap::new();
        for (i, u) in self.units.iter().enumerate() {
            if u.name.trim().is_empty() {
                out.push(RegisterProblem::NoName(i));
                continue;
            }
            if !u.code.is_empty()
                && let Some(j) = codes.insert(&u.code, i)
            {
                // The unit named first keeps the code in the map: each later one is
                // paired with it.
                codes.insert(&u.code, j);
                out.push(RegisterProblem::DuplicateCode(
                    u.code.clone(),
                    self.units[j].kind.with_name(&self.units[j].name),
                    u.kind.with_name(&u.name),
                ));
            }
            let key = super::names::exact_key(&u.name);
            if let Some(&j) = names.get(&key) {
                out.push(RegisterProblem::DuplicateName(
                    self.units[j].kind.with_name(&self.units[j].name),
                    u.kind.with_name(&u.name),
                ));
            } else {
                names.insert(key, i);
            }
        }
        // Each old unit: whole in exactly one unit, or in parts in two or more.
        let mut places: Vec<(&OldUnit, Vec<(usize, bool)>)> = Vec::new();
        let mut slots: HashMap<OldIdentity, usize> = HashMap::new();
        for (i, u) in self.units.iter().enumerate() {
            for o in &u.formed_from {
                match slots.entry(o.identity()) {
                    std::collections::hash_map::Entry::Occupied(k) => {
                        places[*k.get()].1.push((i, o.part))
                    }
                    std::collections::hash_map::Entry::Vacant(v) => {
                        v.insert(places.len());
                        places.push((o, vec![(i, o.part)]));
                    }
                }
            }
        }
        for (o, at) in &places {
            let name = o.kind.with_name(&o.name);
            let unit_name = |k: usize| {
                let u = &self.units[k];
                u.kind.with_name(&u.name)
            };
            if at.len() > 1 && at.iter().any(|(_, part)| !part) {
                out.push(RegisterProblem::OldUnitTwice(
                    name,
                    unit_name(at[0].0),
                    unit_name(at[1].0),
                ));
            } else if at.len() == 1 && at[0].1 {
                out.push(RegisterProblem::LonePart(name, unit_name(at[0].0)));
            }
        }
        out
    }
}

impl Unit {
    /// The old units as a reader would list them: "Tà Mung, Tà Hừa (một phần)".
    pub fn describe_old(&self, lang: Lang) -> String {
        self.formed_from
            .iter()
            .map(|o| {
                if o.part {
                    format!("{} ({})", o.name, crate::i18n::tr(lang, "register-part"))
                } else {
                    o.name.clone()
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The old districts the unit draws on, in order of first appearance.
    pub fn old_districts(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for o in &self.formed_from {
            if !o.district.is_empty()
                && !out.iter().any(|d| {
                    super::names::district_key(d) == super::names::district_key(&o.district)
                })
            {
                out.push(&o.district);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn old(code: &str, name: &str, part: bool) -> OldUnit {
        OldUnit {
            code: code.into(),
            name: name.into(),
            aliases: Vec::new(),
            kind: UnitKind::Commune,
            district: "Huyện Đình Lập".into(),
            province: String::new(),
            part,
        }
    }

    fn unit(code: &str, name: &str, from: Vec<OldUnit>) -> Unit {
        Unit {
            code: code.into(),
            name: name.into(),
            aliases: Vec::new(),
            kind: UnitKind::Commune,
            clause: String::new(),
            unchanged: false,
            formed_from: from,
        }
    }

    #[test]
    fn a_register_that_does_not_hold_together_says_why() {
        let mut r = Register {
            province: "Lạng Sơn".into(),
            province_kind: ProvinceKind::Province,
            effective: Date::new(2025, 7, 1).unwrap(),
            resolution: String::new(),
            provenance: Vec::new(),
            units: vec![
                unit("1", "Đình Lập", vec![old("a", "Bính Xá", true)]),
                unit("2", "Kiên Mộc", vec![old("a", "Bính Xá", true)]),
            ],
        };
        assert!(r.problems().is_empty());
        assert_eq!(r.old_units(), 1);
        r.units[1].formed_from[0].part = false;
        r.units
            .push(unit("2", "kiên mộc", vec![old("b", "Bắc Xa", true)]));
        let p = r.problems();
        assert!(
            p.contains(&RegisterProblem::DuplicateCode(
                "2".into(),
                "xã Kiên Mộc".into(),
                "xã kiên mộc".into()
            )),
            "{p:?}"
        );
        assert!(
            p.contains(&RegisterProblem::DuplicateName(
                "xã Kiên Mộc".into(),
                "xã kiên mộc".into()
            )),
            "{p:?}"
        );
        assert!(
            p.iter()
                .any(|x| matches!(x, RegisterProblem::OldUnitTwice(..)))
        );
        assert!(p.iter().any(|x| matches!(x, RegisterProblem::LonePart(..))));
        for x in &p {
            assert!(!x.message(Lang::Vi).is_empty() && !x.message(Lang::En).is_empty());
        }
        assert_eq!(r.title(), "tỉnh Lạng Sơn");
        assert_eq!(r.units[0].describe_old(Lang::Vi), "Bính Xá (một phần)");
    }
}
