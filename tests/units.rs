//! The unit registers against the national table of the 2025 reorganization
//! (tests/data/reform-2025, derived from the dvhcvn/20250701 dataset):
//! the shipped registers of Lai Châu and Lạng Sơn put every old unit in the right new
//! unit, with the cross-district units, the two partial splits and the spelling
//! variants; the whole national table imports, every province and unit found.

use ntm_planner::progress::NoProgress;
use ntm_planner::units::import::{self, ImportOptions, UnitList};
use ntm_planner::units::{OldMatch, OldQuery, Register, UnitKind, UnitMatch, bundled, names};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/reform-2025")
        .join(name)
}

fn read(name: &str) -> UnitList {
    import::read_file(&data(name), None, &ImportOptions::default(), &NoProgress).unwrap()
}

/// Old code → sorted (new code, part) placements.
fn placements(r: &Register) -> BTreeMap<String, Vec<(String, bool)>> {
    let mut out: BTreeMap<String, Vec<(String, bool)>> = BTreeMap::new();
    for u in &r.units {
        for o in &u.formed_from {
            out.entry(o.code.clone())
                .or_default()
                .push((u.code.clone(), o.part));
        }
    }
    for v in out.values_mut() {
        v.sort();
    }
    out
}

#[test]
fn the_shipped_registers_agree_with_the_code_list() {
    let table = read("lai-chau-lang-son-units-2025.csv");
    assert_eq!(table.rows, 302);
    assert_eq!(table.refused(), 0, "{:?}", table.problems);
    for (province, units, communes, wards, olds) in
        [("Lai Châu", 38, 36, 2, 106), ("Lạng Sơn", 65, 61, 4, 194)]
    {
        let shipped = bundled::by_province(province).unwrap();
        let listed = &table.province(province).unwrap().register;
        assert_eq!(shipped.units.len(), units, "{province}");
        assert_eq!(shipped.count(UnitKind::Commune), communes, "{province}");
        assert_eq!(shipped.count(UnitKind::Ward), wards, "{province}");
        assert_eq!(shipped.old_units(), olds, "{province}");
        assert_eq!(listed.old_units(), olds, "{province}");
        // Every old unit in the right new unit(s), whole or in part.
        assert_eq!(placements(&shipped), placements(listed), "{province}");
        for lu in &listed.units {
            let su = shipped.unit(&lu.code).unwrap();
            // The new unit's name and kind, allowing for the code list's spellings.
            assert_eq!(su.kind, lu.kind, "{}", lu.name);
            assert!(
                matches!(shipped.find_unit(&lu.name, None), UnitMatch::Found(u) if u.code == lu.code),
                "{province}: new unit {} found by the code list's name",
                lu.name
            );
            for lo in &lu.formed_from {
                // The old unit's district and kind, and its name as the code list spells it.
                let so = su.formed_from.iter().find(|o| o.code == lo.code).unwrap();
                assert_eq!(so.kind, lo.kind, "{}", lo.name);
                assert_eq!(
                    names::district_key(&so.district),
                    names::district_key(&lo.district)
                );
                let m = shipped.find_old(&OldQuery {
                    name: &lo.kind.with_name(&lo.name),
                    district: Some(&lo.district),
                    code: None,
                });
                let found = m
                    .found()
                    .unwrap_or_else(|| panic!("{province}: {} {m:?}", lo.name));
                assert!(found.iter().all(|p| p.old.code == lo.code), "{}", lo.name);
            }
        }
    }
}

#[test]
fn cross_district_units_unchanged_units_and_the_partial_splits() {
    let lc = bundled::by_province("Lai Châu").unwrap();
    let cross: BTreeSet<&str> = lc
        .units
        .iter()
        .filter(|u| u.old_districts().len() > 1)
        .map(|u| u.name.as_str())
        .collect();
    assert_eq!(
        cross,
        BTreeSet::from([
            "Sin Suối Hồ",
            "Lê Lợi",
            "Pa Tần",
            "Hua Bum",
            "Tân Phong",
            "Đoàn Kết"
        ])
    );
    let unchanged: Vec<&str> = lc
        .units
        .iter()
        .filter(|u| u.unchanged)
        .map(|u| u.name.as_str())
        .collect();
    assert_eq!(unchanged, ["Mù Cả", "Tà Tổng"]);
    assert!(lc.units.iter().all(|u| !u.clause.is_empty()));
    // A new unit that reuses an old name for a larger territory.
    let ban_bo = lc.unit("03424").unwrap();
    assert_eq!(ban_bo.name, "Bản Bo");
    assert_eq!(
        ban_bo.describe_old(ntm_planner::lang::Lang::Vi),
        "Nà Tăm, Bản Bo"
    );

    let ls = bundled::by_province("Lạng Sơn").unwrap();
    assert!(ls.units.iter().all(|u| !u.unchanged), "none kept unchanged");
    for (old, into) in [
        ("Bính Xá", ["Đình Lập", "Kiên Mộc"]),
        ("Kiên Mộc", ["Châu Sơn", "Kiên Mộc"]),
    ] {
        let m = ls.find_old(&OldQuery {
            name: old,
            district: Some("Đình Lập"),
            code: None,
        });
        let OldMatch::Found(parts) = m else {
            panic!("{old}: {m:?}")
        };
        let mut got: Vec<&str> = parts.iter().map(|p| p.unit.name.as_str()).collect();
        got.sort();
        let mut want = into.to_vec();
        want.sort();
        assert_eq!(got, want, "{old}");
        assert!(parts.iter().all(|p| p.old.part), "{old} is split");
        // The clauses: 40 and 43 for Bính Xá, 42 and 43 for Kiên Mộc.
        assert!(parts.iter().any(|p| p.unit.clause == "43"));
    }
}

#[test]
fn the_spelling_variants_of_the_resolution_and_the_code_list_are_one_unit() {
    let lc = bundled::by_province("Lai Châu").unwrap();
    let ls = bundled::by_province("Lạng Sơn").unwrap();
    for (a, b) in [
        ("Lản Nhì Thàng", "Lả Nhì Thàng"),
        ("Hua Bum", "Hua Bun"),
        ("Can Hồ", "Kan Hồ"),
        ("Tung Qua Lìn", "Tông Qua Lìn"),
        ("Ma Li Pho", "Ma Ly Pho"),
        ("Ta Gia", "Tà Gia"),
        ("Pa Vệ Sủ", "Pa Vệ Sử"),
        ("Pa Khóa", "Pa Khoá"),
        ("Pa Ủ", "Pa ủ"),
        ("Đồng Ý", "Đồng ý"),
        ("Thị trấn Nông Trường Thái Bình", "Thị trấn NT Thái Bình"),
    ] {
        let find = |name: &str| {
            for r in [&lc, &ls] {
                if let OldMatch::Found(p) = r.find_old(&OldQuery {
                    name,
                    district: None,
                    code: None,
                }) {
                    return p[0].old.code.clone();
                }
            }
            panic!("{name} not found")
        };
        assert_eq!(find(a), find(b), "{a} / {b}");
    }
}

#[test]
fn the_national_table_imports_every_province_and_unit() {
    let list = read("national-units-2025.csv");
    assert_eq!(list.rows, 10_599);
    assert_eq!(
        list.refused(),
        0,
        "{:?}",
        &list.problems[..list.problems.len().min(5)]
    );
    assert_eq!(list.provinces.len(), 34);
    // The table's new units (3.316 of the 3.321: five units were formed from no old
    // commune-level unit and have no row) and old units, as the table counts them.
    let text = std::fs::read_to_string(data("national-units-2025.csv")).unwrap();
    let mut new_codes: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut old_codes = BTreeSet::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        let province = ntm_planner::text::nfc(f[5].trim());
        new_codes
            .entry(names::province_key(&province))
            .or_default()
            .insert(f[6].to_string());
        old_codes.insert(f[2].to_string());
    }
    assert_eq!(old_codes.len(), 10_047);
    assert_eq!(list.units(), 3_316);
    for p in &list.provinces {
        let key = names::province_key(&p.register.province);
        let want = &new_codes[&key];
        let got: BTreeSet<String> = p.register.units.iter().map(|u| u.code.clone()).collect();
        assert_eq!(&got, want, "{}", p.register.province);
        assert!(
            p.problems.is_empty(),
            "{}: {:?}",
            p.register.province,
            p.problems
        );
    }
    let olds: usize = list.provinces.iter().map(|p| p.register.old_units()).sum();
    assert_eq!(olds, 10_047);
    let hn = list.province("Hà Nội").unwrap();
    assert_eq!(hn.register.title(), "thành phố Hà Nội");
    // Kiên Hải (An Giang) is a special zone formed from communes of old Kiên Giang.
    let ag = &list.province("An Giang").unwrap().register;
    let kh = ag.unit("31108").unwrap();
    assert_eq!(kh.kind, UnitKind::SpecialZone);
    assert_eq!(kh.formed_from[0].province, "Tỉnh Kiên Giang");
    // The imported Lai Châu is the shipped one's units and placements.
    let lc = &list.province("Lai Châu").unwrap().register;
    assert_eq!(
        placements(lc),
        placements(&bundled::by_province("Lai Châu").unwrap())
    );
}
