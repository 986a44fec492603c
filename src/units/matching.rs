//! Where did an old commune go? A plan written on the units before 1 July 2025 names
//! its communes by name, perhaps with a district and a code; this finds the register
//! entries of the old unit — one when it went whole into a new unit, several when it
//! was split — and says when the name alone cannot tell two old units apart.
//!
//! Order of evidence: the old unit's code; then the name ([`names::exact_key`], then
//! [`names::key`], then [`names::loose_key`], aliases included), narrowed by the kind
//! word the name carries (a name without one is the xã of that name when a thị trấn or
//! phường shares it) and by the old district. A name that fits several old units even
//! with its district is [`OldMatch::Ambiguous`], never guessed.

use super::names;
use super::{OldUnit, Register, Unit, UnitKind};
use crate::model::Plan;

/// An old commune as a plan or a list names it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OldQuery<'a> {
    /// The name, with or without its kind word ("Xã Tả Lèng", "Tả Lèng").
    pub name: &'a str,
    /// The old district, with or without "huyện"; None when unknown.
    pub district: Option<&'a str>,
    /// The old statistics code, when known.
    pub code: Option<&'a str>,
}

/// One old unit (or one part of it) and the current unit it went into.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement<'r> {
    pub unit: &'r Unit,
    pub old: &'r OldUnit,
}

#[derive(Debug, Clone, PartialEq)]
pub enum OldMatch<'r> {
    /// One old unit: one placement when it went whole into a unit, one per part when
    /// it was split (every placement then has `old.part`).
    Found(Vec<Placement<'r>>),
    /// Several old units fit; each inner list is one old unit's placements.
    Ambiguous(Vec<Vec<Placement<'r>>>),
    NotFound,
}

impl<'r> OldMatch<'r> {
    /// The placements of a unique match.
    pub fn found(&self) -> Option<&[Placement<'r>]> {
        match self {
            OldMatch::Found(v) => Some(v),
            _ => None,
        }
    }
}

/// A current unit found by name or code.
#[derive(Debug, Clone, PartialEq)]
pub enum UnitMatch<'r> {
    Found(&'r Unit),
    Ambiguous(Vec<&'r Unit>),
    NotFound,
}

type Key = fn(&str) -> String;
const TIERS: [Key; 3] = [names::exact_key, names::key, names::loose_key];

fn name_fits(key: Key, wanted: &str, name: &str, aliases: &[String]) -> bool {
    key(name) == wanted || aliases.iter().any(|a| key(a) == wanted)
}

/// Group placements by old unit, keeping the register's order.
fn by_old_unit<'r>(placements: Vec<Placement<'r>>) -> Vec<Vec<Placement<'r>>> {
    let mut groups: Vec<Vec<Placement<'r>>> = Vec::new();
    for p in placements {
        match groups.iter_mut().find(|g| g[0].old.same_as(p.old)) {
            Some(g) => g.push(p),
            None => groups.push(vec![p]),
        }
    }
    groups
}

impl Register {
    fn placements(&self) -> impl Iterator<Item = Placement<'_>> {
        self.units.iter().flat_map(|unit| {
            unit.formed_from
                .iter()
                .map(move |old| Placement { unit, old })
        })
    }

    /// Every placement of the old unit with this code (one, or one per part).
    pub fn old_by_code(&self, code: &str) -> Vec<Placement<'_>> {
        if code.trim().is_empty() {
            return Vec::new();
        }
        self.placements().filter(|p| p.old.code == code).collect()
    }

    /// Where the old unit a plan names went.
    pub fn find_old(&self, q: &OldQuery) -> OldMatch<'_> {
        if let Some(code) = q.code {
            let found = self.old_by_code(code.trim());
            if !found.is_empty() {
                return OldMatch::Found(found);
            }
        }
        let (kind, _) = names::split_kind(q.name);
        let district = q
            .district
            .map(names::district_key)
            .filter(|d| !d.is_empty());
        let mut fallback: Option<Vec<Vec<Placement>>> = None;
        for key in TIERS {
            let wanted = key(q.name);
            if wanted.is_empty() {
                return OldMatch::NotFound;
            }
            let mut groups = by_old_unit(
                self.placements()
                    .filter(|p| name_fits(key, &wanted, &p.old.name, &p.old.aliases))
                    .filter(|p| kind.is_none_or(|k| p.old.kind == k))
                    .collect(),
            );
            if groups.is_empty() {
                continue;
            }
            // A name without a kind word, in a plan of communes, is the xã of that name
            // when there is also a thị trấn or phường of it (Mường Tè: xã and thị trấn).
            if kind.is_none() && groups.len() > 1 {
                let communes: Vec<_> = groups
                    .iter()
                    .filter(|g| g[0].old.kind == UnitKind::Commune)
                    .cloned()
                    .collect();
                if !communes.is_empty() {
                    groups = communes;
                }
            }
            if let Some(d) = &district {
                let narrowed: Vec<_> = groups
                    .iter()
                    .filter(|g| names::district_key(&g[0].old.district) == *d)
                    .cloned()
                    .collect();
                if narrowed.is_empty() {
                    // The district does not fit at this tier: a looser spelling may.
                    fallback.get_or_insert(groups);
                    continue;
                }
                groups = narrowed;
            }
            return verdict(groups);
        }
        fallback.map(verdict).unwrap_or(OldMatch::NotFound)
    }

    /// A current unit by its code, or by name (kind word, accents and the code list's
    /// spellings allowed for).
    pub fn find_unit(&self, name: &str, code: Option<&str>) -> UnitMatch<'_> {
        if let Some(u) = code.and_then(|c| self.unit(c.trim())) {
            return UnitMatch::Found(u);
        }
        let (kind, _) = names::split_kind(name);
        for key in TIERS {
            let wanted = key(name);
            if wanted.is_empty() {
                return UnitMatch::NotFound;
            }
            let found: Vec<&Unit> = self
                .units
                .iter()
                .filter(|u| name_fits(key, &wanted, &u.name, &u.aliases))
                .filter(|u| kind.is_none_or(|k| u.kind == k))
                .collect();
            match found.len() {
                0 => continue,
                1 => return UnitMatch::Found(found[0]),
                _ => return UnitMatch::Ambiguous(found),
            }
        }
        UnitMatch::NotFound
    }

    /// Where each commune of a plan on the old units went, in the plan's order: by the
    /// commune's code when it has one, else by its name within its district.
    pub fn match_plan(&self, plan: &Plan) -> Vec<OldMatch<'_>> {
        plan.communes
            .iter()
            .map(|c| {
                let district = c.district.as_deref().map(|d| plan.unit_name(d));
                let name = match c.kind {
                    Some(k) if k != UnitKind::Commune => k.with_name(&c.name),
                    _ => c.name.clone(),
                };
                self.find_old(&OldQuery {
                    name: &name,
                    district,
                    code: c.code.as_deref(),
                })
            })
            .collect()
    }
}

fn verdict(groups: Vec<Vec<Placement<'_>>>) -> OldMatch<'_> {
    match groups.len() {
        0 => OldMatch::NotFound,
        1 => OldMatch::Found(groups.into_iter().next().unwrap_or_default()),
        _ => OldMatch::Ambiguous(groups),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::bundled;

    fn lai_chau() -> Register {
        bundled::by_province("Lai Châu").unwrap()
    }

    fn new_name(m: &OldMatch) -> Vec<String> {
        match m {
            OldMatch::Found(v) => v.iter().map(|p| p.unit.name.clone()).collect(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn old_communes_are_found_by_code_name_district_and_spelling() {
        let r = lai_chau();
        let q = |name, district| OldQuery {
            name,
            district,
            code: None,
        };
        // The new "Mường Than" is old Phúc Than + Mường Mít; old Mường Than went into
        // the new Than Uyên.
        assert_eq!(new_name(&r.find_old(&q("Mường Than", None))), ["Than Uyên"]);
        assert_eq!(new_name(&r.find_old(&q("Mường Mít", None))), ["Mường Than"]);
        // Spellings of the code list and the resolution both work.
        assert_eq!(
            new_name(&r.find_old(&q("Lả Nhì Thàng", None))),
            ["Đoàn Kết"]
        );
        assert_eq!(new_name(&r.find_old(&q("Ma Ly Pho", None))), ["Phong Thổ"]);
        assert_eq!(new_name(&r.find_old(&q("xã Kan Hồ", None))), ["Bum Tở"]);
        assert_eq!(new_name(&r.find_old(&q("Pa Khoá", None))), ["Pu Sam Cáp"]);
        // Nậm Cha (Sìn Hồ) and Nậm Chà (Nậm Nhùn) are two communes.
        assert_eq!(new_name(&r.find_old(&q("Nậm Cha", None))), ["Nậm Tăm"]);
        assert_eq!(new_name(&r.find_old(&q("Nậm Chà", None))), ["Mường Mô"]);
        // Unaccented, the name fits both; the district tells them apart.
        assert!(matches!(
            r.find_old(&q("Nam Cha", None)),
            OldMatch::Ambiguous(v) if v.len() == 2
        ));
        assert_eq!(
            new_name(&r.find_old(&q("Nam Cha", Some("Nậm Nhùn")))),
            ["Mường Mô"]
        );
        // By code.
        let by_code = r.find_old(&OldQuery {
            name: "whatever",
            district: None,
            code: Some("03391"),
        });
        assert_eq!(new_name(&by_code), ["Đoàn Kết"]);
        // A township and a commune of one name: the kind word tells them apart.
        assert_eq!(
            new_name(&r.find_old(&q("Thị trấn Than Uyên", None))),
            ["Than Uyên"]
        );
        assert_eq!(r.find_old(&q("Hà Nội", None)), OldMatch::NotFound);
    }

    #[test]
    fn a_split_commune_is_found_in_every_part() {
        let r = bundled::by_province("Lạng Sơn").unwrap();
        let m = r.find_old(&OldQuery {
            name: "Bính Xá",
            district: Some("Đình Lập"),
            code: None,
        });
        let mut parts = new_name(&m);
        parts.sort();
        assert_eq!(parts, ["Kiên Mộc", "Đình Lập"]);
        assert!(m.found().unwrap().iter().all(|p| p.old.part));
        // Two old communes named Hòa Bình (Bình Gia, Văn Quan, Hữu Lũng, Chi Lăng):
        // without a district it is ambiguous; with one, found.
        let q = |district| OldQuery {
            name: "Hòa Bình",
            district,
            code: None,
        };
        assert!(matches!(r.find_old(&q(None)), OldMatch::Ambiguous(v) if v.len() == 4));
        assert_eq!(
            new_name(&r.find_old(&q(Some("Huyện Văn Quan")))),
            ["Văn Quan"]
        );
        assert_eq!(new_name(&r.find_old(&q(Some("Chi Lăng")))), ["Vạn Linh"]);
    }

    #[test]
    fn current_units_by_name_or_code() {
        let r = lai_chau();
        assert!(
            matches!(r.find_unit("Phường Đoàn Kết", None), UnitMatch::Found(u) if u.code == "03388")
        );
        assert!(matches!(
            r.find_unit("xa Ta Leng", None),
            UnitMatch::NotFound
        ));
        assert!(matches!(r.find_unit("Ta Leng", None), UnitMatch::Found(u) if u.name == "Tả Lèng"));
        assert!(
            matches!(r.find_unit("?", Some("03451")), UnitMatch::Found(u) if u.name == "Mù Cả")
        );
    }

    /// Every commune of the Lai Châu 2025 sample (94 communes on the old units, with
    /// their districts) is found in the register, each in one new unit.
    #[test]
    fn the_lai_chau_2025_sample_maps_onto_the_new_communes() {
        let text = include_str!("../../assets/samples/lai-chau-2025.ntm");
        let plan = crate::format::load_str(text).unwrap().plan;
        let r = lai_chau();
        let matches = r.match_plan(&plan);
        assert_eq!(matches.len(), 94);
        for (c, m) in plan.communes.iter().zip(&matches) {
            let found = m.found().unwrap_or_else(|| panic!("{}: {m:?}", c.name));
            assert_eq!(found.len(), 1, "{}", c.name);
        }
    }
}
