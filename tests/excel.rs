//! Excel export and import: every exported value reads back exactly with calamine,
//! export → import gives back the same matrix, and a hand-made workbook imports with
//! the expected changes, matches and problems.

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use ntm_planner::Plan;
use ntm_planner::excel::{CRITERIA_SHEET, export};
use ntm_planner::figures;
use ntm_planner::progress::NoProgress;
use rust_decimal::Decimal;
use std::io::Cursor;
use std::path::Path;
use std::str::FromStr;

fn sample(name: &str) -> Plan {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(name);
    ntm_planner::format::load_file(&p)
        .expect("sample loads")
        .plan
}

fn open(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes)).expect("calamine opens the export")
}

/// The number in a cell as an exact decimal (from its shortest f64 form).
fn num(range: &calamine::Range<Data>, row: u32, col: u32) -> Decimal {
    match range.get_value((row, col)) {
        Some(Data::Float(f)) => Decimal::from_str(&format!("{f}")).expect("decimal"),
        Some(Data::Int(i)) => Decimal::from(*i),
        other => panic!("expected a number at ({row},{col}), found {other:?}"),
    }
}

fn text(range: &calamine::Range<Data>, row: u32, col: u32) -> String {
    match range.get_value((row, col)) {
        Some(Data::String(s)) => s.clone(),
        Some(Data::Empty) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

#[test]
fn every_exported_value_reads_back_exactly() {
    for name in ["lai-chau-2025.ntm", "lang-son-2023.ntm"] {
        let plan = sample(name);
        let figs = figures::compute(&plan);
        let mut wb = open(export::to_bytes(&plan, &NoProgress).expect("export"));
        assert_eq!(wb.sheet_names(), export::sheet_names(&plan), "{name}");

        // Biểu 2: every funding node, in tree order, from row 5 (0-based 4).
        let funding = wb.worksheet_range(export::FUNDING_SHEET).unwrap();
        for (i, t) in figs.funding.iter().enumerate() {
            let row = 4 + i as u32;
            assert_eq!(text(&funding, row, 1), t.name, "{name} row {row}");
            assert_eq!(num(&funding, row, 2), t.computed, "{name} {}", t.name);
        }

        // Criteria: every cell of both layers, and the counts per commune and criterion.
        let crit = wb.worksheet_range(CRITERIA_SHEET).unwrap();
        let l = export::CriteriaLayout::of(&plan);
        for (ci, c) in plan.communes.iter().enumerate() {
            let row = export::CRITERIA_FIRST_ROW + ci as u32;
            assert_eq!(text(&crit, row, l.commune_col as u32), c.name);
            assert_eq!(
                num(&crit, row, l.commune_col as u32 + 1),
                Decimal::from(figs.met_baseline[ci] as u64)
            );
            assert_eq!(
                num(&crit, row, l.commune_col as u32 + 2),
                Decimal::from(figs.met_target[ci] as u64)
            );
            for (k, cr) in plan.criteria_set.criteria.iter().enumerate() {
                let b = text(&crit, row, (l.baseline_first as usize + k) as u32);
                let t = text(&crit, row, (l.target_first as usize + k) as u32);
                assert_eq!(
                    b == "x",
                    c.meets_baseline(&cr.code),
                    "{name} {} {}",
                    c.name,
                    cr.code
                );
                assert_eq!(
                    t == "x",
                    c.meets_target(&cr.code),
                    "{name} {} {}",
                    c.name,
                    cr.code
                );
            }
        }
        let total_row = export::CRITERIA_FIRST_ROW + plan.communes.len() as u32;
        for (k, pc) in figs.per_criterion.iter().enumerate() {
            assert_eq!(
                num(&crit, total_row, (l.target_first as usize + k) as u32),
                Decimal::from(pc.target as u64)
            );
            assert_eq!(
                num(&crit, total_row, (l.baseline_first as usize + k) as u32),
                Decimal::from(pc.baseline as u64)
            );
        }

        // Biểu 8: base, amounts and shares (as fractions).
        if let Some(a) = &figs.allocation {
            let r = wb.worksheet_range(export::ALLOCATION_SHEET).unwrap();
            assert_eq!(num(&r, 4, 2), a.base);
            for (i, line) in a.lines.iter().enumerate() {
                let row = 5 + i as u32;
                assert_eq!(num(&r, row, 2), line.amount);
                assert_eq!(num(&r, row, 3), line.share / Decimal::ONE_HUNDRED);
                if let Some(s) = line.stated_share {
                    assert_eq!(num(&r, row, 4), s / Decimal::ONE_HUNDRED);
                }
            }
        }

        // Biểu 9: the total and every project's total.
        if !plan.projects.is_empty() {
            let r = wb.worksheet_range(export::PROJECTS_SHEET).unwrap();
            assert_eq!(num(&r, 5, 4), figs.projects_amount);
            for (i, p) in plan.projects.iter().enumerate() {
                let row = 6 + i as u32;
                assert_eq!(text(&r, row, 1), p.name);
                assert_eq!(num(&r, row, 4), p.total());
            }
        }

        // Villages.
        if !plan.villages.is_empty() {
            let r = wb.worksheet_range(export::VILLAGES_SHEET).unwrap();
            for (i, v) in plan.villages.iter().enumerate() {
                assert_eq!(num(&r, 4 + i as u32, 4), Decimal::from(v.to_recognize));
            }
            let total = 4 + plan.villages.len() as u32;
            assert_eq!(num(&r, total, 4), Decimal::from(figs.villages_to_recognize));
        }
    }
}

#[test]
fn lai_chau_figures_as_the_plan_prints_them() {
    let plan = sample("lai-chau-2025.ntm");
    let mut wb = open(export::to_bytes(&plan, &NoProgress).unwrap());
    let funding = wb.worksheet_range(export::FUNDING_SHEET).unwrap();
    let amounts: Vec<Decimal> = (4..funding.height() as u32)
        .filter_map(|r| match funding.get_value((r, 2)) {
            Some(Data::Float(f)) => Some(Decimal::from_str(&format!("{f}")).unwrap()),
            _ => None,
        })
        .collect();
    for v in [
        "4503481", "96569", "157707", "1667139", "2581000", "1066", "74098", "22471",
    ] {
        assert!(amounts.contains(&d(v)), "{v} in Biểu 2");
    }
    let alloc = wb.worksheet_range(export::ALLOCATION_SHEET).unwrap();
    assert_eq!(num(&alloc, 4, 2), d("96569"));
    assert_eq!(num(&alloc, 5, 2), d("74098"));
    assert_eq!(num(&alloc, 5, 3), d("0.7673"));
    let shares: Vec<Decimal> = (5..alloc.height() as u32)
        .map(|r| num(&alloc, r, 3))
        .collect();
    assert_eq!(shares.iter().copied().sum::<Decimal>(), Decimal::ONE);
    assert!(shares.contains(&d("0.0032")) && shares.contains(&d("0.1666")));
}

#[test]
fn inexact_amounts_are_refused_with_their_cell() {
    let mut plan = sample("lai-chau-2025.ntm");
    plan.funding.children[0].children[0].children[0].amount = Some(d("1234567890.123456"));
    let err = export::to_bytes(&plan, &NoProgress)
        .unwrap_err()
        .to_string();
    // The total (first money cell, C5) is the first that cannot be exact.
    assert!(
        err.starts_with("Biểu 2 - Nguồn vốn!C5: 1239003391.123456 cannot be written exactly"),
        "{err}"
    );
}
