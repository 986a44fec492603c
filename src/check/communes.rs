//! Rules on the plan's list of communes: groups not chosen, duplicate and
//! near-duplicate names, unit codes, recognition levels the set does not grant, and
//! the province's completion as the plan states it against the data.

use super::{Finding, Place, Severity};
use crate::figures::Figures;
use crate::i18n::{Arg, tr_args};
use crate::lang::Lang;
use crate::model::{Commune, Level, Plan};
use crate::units::{UnitKind, names};
// foldhash: fast, and seeded per process (see format::validate).
use foldhash::{HashMap, HashMapExt};

/// At most this many names are listed in one finding; the rest are counted.
const NAMES_LISTED: usize = 12;

fn finding(
    severity: Severity,
    rule: &'static str,
    place: Place,
    key: &str,
    args: &[(&str, Arg)],
) -> Finding {
    Finding {
        severity,
        rule,
        place,
        stated: None,
        computed: None,
        message_vi: tr_args(Lang::Vi, key, args),
        message_en: tr_args(Lang::En, key, args),
    }
}

/// "Mường Kim, Khoen On, … (và 24 xã khác)".
fn name_list(names: &[&str], lang: Lang) -> String {
    let mut s = names
        .iter()
        .take(NAMES_LISTED)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > NAMES_LISTED {
        s.push_str(&tr_args(
            lang,
            "check-and-more",
            &[("n", Arg::from(names.len() - NAMES_LISTED))],
        ));
    }
    s
}

/// The commune's name with its kind word where it is not a xã.
fn shown(c: &Commune) -> String {
    match c.kind {
        Some(k) if k != UnitKind::Commune => k.with_name(&c.name),
        _ => c.name.clone(),
    }
}

pub fn all(plan: &Plan, f: &Figures, out: &mut Vec<Finding>) {
    groups(plan, out);
    duplicates(plan, out);
    codes(plan, out);
    levels(plan, out);
    completion(plan, f, out);
}

fn groups(plan: &Plan, out: &mut Vec<Finding>) {
    if !plan.criteria_set.uses_groups() {
        return;
    }
    let missing: Vec<&Commune> = plan.communes.iter().filter(|c| c.group.is_none()).collect();
    let Some(first) = missing.first() else { return };
    let list: Vec<&str> = missing.iter().map(|c| c.name.as_str()).collect();
    let mut f = finding(
        Severity::Warning,
        "group-missing",
        Place::Commune(first.id.clone()),
        "check-group-missing",
        &[],
    );
    for (lang, slot) in [(Lang::Vi, &mut f.message_vi), (Lang::En, &mut f.message_en)] {
        *slot = tr_args(
            lang,
            "check-group-missing",
            &[
                ("n", Arg::from(missing.len())),
                ("names", Arg::Str(&name_list(&list, lang))),
            ],
        );
    }
    f.computed = Some(missing.len().to_string());
    out.push(f);
}

/// Whether two communes are known to be different units: both have codes, and the
/// codes differ (the register tells "Văn Lang" from "Văn Lăng").
fn distinct_units(a: &Commune, b: &Commune) -> bool {
    matches!((&a.code, &b.code), (Some(x), Some(y)) if !x.is_empty() && !y.is_empty() && x != y)
}

fn duplicates(plan: &Plan, out: &mut Vec<Finding>) {
    let kind = |c: &Commune| c.kind.unwrap_or(UnitKind::Commune);
    // Communes by their loosest key first (one fold per commune: a national plan has
    // 8.000); only names that share it are compared more closely.
    let mut near: HashMap<(UnitKind, String), Vec<usize>> = HashMap::new();
    for (i, c) in plan.communes.iter().enumerate() {
        if !c.name.trim().is_empty() {
            near.entry((kind(c), names::loose_key(&c.name)))
                .or_default()
                .push(i);
        }
    }
    let mut found: Vec<(usize, Finding)> = Vec::new();
    for members in near.values().filter(|m| m.len() > 1) {
        let exact: Vec<String> = members
            .iter()
            .map(|&i| names::exact_key(&plan.communes[i].name))
            .collect();
        for (b, &i) in members.iter().enumerate().skip(1) {
            let c = &plan.communes[i];
            // The first earlier commune this one clashes with: the same name, or nearly.
            let Some(a) = (0..b).find(|&a| !distinct_units(&plan.communes[members[a]], c)) else {
                continue;
            };
            let j = members[a];
            let o = &plan.communes[j];
            let f = if exact[a] == exact[b] {
                finding(
                    Severity::Error,
                    "duplicate-name",
                    Place::Commune(c.id.clone()),
                    "check-duplicate-name",
                    &[
                        ("name", (&shown(c)).into()),
                        ("n", Arg::Str(&(j + 1).to_string())),
                        ("m", Arg::Str(&(i + 1).to_string())),
                    ],
                )
            } else {
                finding(
                    Severity::Error,
                    "near-duplicate-name",
                    Place::Commune(c.id.clone()),
                    "check-near-duplicate-name",
                    &[("a", (&shown(o)).into()), ("b", (&shown(c)).into())],
                )
            };
            found.push((i, f));
        }
    }
    // In the plan's order, whatever the map's.
    found.sort_by_key(|(i, _)| *i);
    out.extend(found.into_iter().map(|(_, f)| f));
}

fn codes(plan: &Plan, out: &mut Vec<Finding>) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, c) in plan.communes.iter().enumerate() {
        let Some(code) = c.code.as_deref().filter(|s| !s.is_empty()) else {
            continue;
        };
        if let Some(&j) = seen.get(code) {
            out.push(finding(
                Severity::Error,
                "duplicate-code",
                Place::Commune(c.id.clone()),
                "check-duplicate-code",
                &[
                    ("code", code.into()),
                    ("a", (&shown(&plan.communes[j])).into()),
                    ("b", (&shown(c)).into()),
                ],
            ));
        } else {
            seen.insert(code, i);
        }
        if let Some(r) = &plan.register
            && r.unit(code).is_none()
        {
            out.push(finding(
                Severity::Warning,
                "commune-code",
                Place::Commune(c.id.clone()),
                "check-commune-code",
                &[
                    ("name", (&shown(c)).into()),
                    ("code", code.into()),
                    ("register", (&r.title()).into()),
                ],
            ));
        }
    }
}

/// Planned recognitions at a level the set does not grant (nâng cao, kiểu mẫu under the
/// 2026–2030 set); recognitions before the set are history and fine.
fn levels(plan: &Plan, out: &mut Vec<Finding>) {
    let set = &plan.criteria_set;
    if set.levels.is_empty() {
        return;
    }
    let allowed: Vec<&str> = set.levels.iter().map(|l| l.vi()).collect();
    let allowed = allowed.join(", ");
    for c in &plan.communes {
        let bad = c
            .planned
            .iter()
            .chain(
                c.recognized
                    .iter()
                    .filter(|r| r.year >= set.in_force_from()),
            )
            .find(|l| !set.grants(l.level));
        if let Some(l) = bad {
            out.push(finding(
                Severity::Warning,
                "level-not-granted",
                Place::Commune(c.id.clone()),
                "check-level-not-granted",
                &[
                    ("name", (&shown(c)).into()),
                    ("level", l.level.vi().into()),
                    ("year", Arg::Str(&l.year.to_string())),
                    ("set", (&set.name).into()),
                    ("allowed", Arg::Str(&allowed)),
                ],
            ));
        }
    }
}

/// The plan's stated modern counts and completion year against the data.
fn completion(plan: &Plan, f: &Figures, out: &mut Vec<Finding>) {
    let year = plan.header.year;
    let st = &plan.stated;
    let modern_now = plan
        .communes
        .iter()
        .filter(|c| {
            c.planned
                .iter()
                .any(|p| p.level == Level::Modern && p.year == year)
        })
        .count();
    let mut count = |stated: Option<u32>, data: usize, key: &str| {
        if let Some(s) = stated
            && s as usize != data
        {
            let mut x = finding(
                Severity::Warning,
                "completion-stated",
                Place::Recognition,
                key,
                &[
                    ("stated", Arg::from(s)),
                    ("data", Arg::from(data)),
                    ("year", Arg::Str(&year.to_string())),
                ],
            );
            x.stated = Some(s.to_string());
            x.computed = Some(data.to_string());
            out.push(x);
        }
    };
    count(
        st.modern_to_recognize,
        modern_now,
        "check-modern-to-recognize",
    );
    if let Some(c) = &f.completion {
        count(st.modern_after, c.modern_after, "check-modern-after");
        if let Some(y) = st.completes
            && y <= year
            && !c.complete
        {
            let mut x = finding(
                Severity::Warning,
                "completion-stated",
                Place::Recognition,
                "check-completes",
                &[
                    ("stated", Arg::Str(&y.to_string())),
                    ("year", Arg::Str(&year.to_string())),
                    ("ntm", Arg::from(c.ntm_after)),
                    ("communes", Arg::from(c.communes)),
                    ("ntm_missing", Arg::from(c.ntm_missing())),
                    ("modern", Arg::from(c.modern_after)),
                    ("modern_required", Arg::from(c.modern_required)),
                    ("wards_short", Arg::from(c.wards_short.len())),
                ],
            );
            x.stated = Some(y.to_string());
            out.push(x);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LevelYear;

    fn plan() -> Plan {
        let set = crate::criteria_sets::by_name("2026-2030").unwrap();
        let register = crate::units::bundled::by_province("Lai Châu").unwrap();
        crate::new_plan::NewPlan::with_register(set, register, 2027).build()
    }

    fn found(plan: &Plan) -> Vec<Finding> {
        let f = crate::figures::compute(plan).unwrap();
        let mut out = Vec::new();
        all(plan, &f, &mut out);
        out
    }

    #[test]
    fn communes_without_a_group_are_listed_once() {
        let mut p = plan();
        let f = found(&p);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].rule, "group-missing");
        assert!(f[0].message_vi.contains("36 xã"), "{}", f[0].message_vi);
        assert!(f[0].message_vi.contains("Mường Kim"), "{}", f[0].message_vi);
        assert!(
            f[0].message_en.contains("and 24 more"),
            "{}",
            f[0].message_en
        );
        for c in &mut p.communes {
            c.group = Some(3);
        }
        assert!(found(&p).is_empty());
    }

    #[test]
    fn duplicate_and_near_duplicate_names_are_errors_unless_codes_tell_them_apart() {
        let mut p = plan();
        for c in &mut p.communes {
            c.group = Some(3);
        }
        let mut dup = p.communes[10].clone(); // Tả Lèng
        dup.id = "ta-leng-2".into();
        dup.code = None;
        dup.name = "xã  Tả Lèng".into();
        p.communes.push(dup.clone());
        let mut near = dup.clone();
        near.id = "ta-leng-3".into();
        near.name = "Ta Leng".into();
        p.communes.push(near);
        let rules: Vec<&str> = found(&p).iter().map(|f| f.rule).collect();
        assert_eq!(rules, ["duplicate-name", "near-duplicate-name"]);
        assert!(crate::check::has_errors(&found(&p)));
        // Two communes whose names differ only by accents are two units when the
        // register's codes say so (Văn Lang and Văn Lăng of Thái Nguyên).
        let mut p = plan();
        for c in &mut p.communes {
            c.group = Some(3);
        }
        p.communes[0].name = "Văn Lang".into();
        p.communes[1].name = "Văn Lăng".into();
        assert!(found(&p).iter().all(|f| f.rule != "near-duplicate-name"));
        p.communes[1].code = None;
        assert_eq!(found(&p)[0].rule, "near-duplicate-name");
        // The same code twice.
        p.communes[1].code = p.communes[0].code.clone();
        assert!(found(&p).iter().any(|f| f.rule == "duplicate-code"));
        p.communes[1].code = Some("99999".into());
        assert!(found(&p).iter().any(|f| f.rule == "commune-code"));
    }

    #[test]
    fn levels_the_set_does_not_grant_and_the_stated_completion() {
        let mut p = plan();
        for c in &mut p.communes {
            c.group = Some(3);
            c.recognized.push(LevelYear {
                level: Level::Ntm,
                year: 2024,
            });
        }
        // History: an advanced recognition of 2023 is fine; a planned one is not.
        p.communes[0].recognized.push(LevelYear {
            level: Level::Advanced,
            year: 2023,
        });
        assert!(found(&p).is_empty());
        p.communes[1].planned.push(LevelYear {
            level: Level::Advanced,
            year: 2027,
        });
        let f = found(&p);
        assert_eq!(f[0].rule, "level-not-granted");
        assert!(
            f[0].message_vi.contains("NTM nâng cao"),
            "{}",
            f[0].message_vi
        );
        p.communes[1].planned[0].level = Level::Modern;
        p.communes[2].planned.push(LevelYear {
            level: Level::Modern,
            year: 2027,
        });
        p.stated.modern_to_recognize = Some(3);
        p.stated.completes = Some(2027);
        let f = found(&p);
        let rules: Vec<&str> = f.iter().map(|f| f.rule).collect();
        assert_eq!(rules, ["completion-stated", "completion-stated"]);
        assert!(f[0].message_vi.contains('3') && f[0].message_vi.contains('2'));
        // 36/36 NTM, 2 of the 4 hiện đại needed.
        assert!(f[1].message_vi.contains("2027"), "{}", f[1].message_vi);
        for c in p.communes.iter_mut().skip(3).take(2) {
            c.planned.push(LevelYear {
                level: Level::Modern,
                year: 2027,
            });
        }
        p.stated.modern_to_recognize = Some(4);
        assert!(found(&p).is_empty(), "{:?}", found(&p));
    }
}
