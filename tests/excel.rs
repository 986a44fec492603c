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
        let figs = figures::compute(&plan).expect("figures");
        let mut wb = open(export::to_bytes(&plan, &NoProgress).expect("export"));
        assert_eq!(wb.sheet_names(), export::sheet_names(&plan), "{name}");

        // Biểu 2: every funding node, in tree order, from row 5 (0-based 4) — for a
        // plan with funding; a plan of criteria alone has no Biểu 2.
        let has_funding = !plan.funding.children.is_empty();
        assert_eq!(
            wb.sheet_names()
                .contains(&export::FUNDING_SHEET.to_string()),
            has_funding,
            "{name}"
        );
        let funding = if has_funding {
            wb.worksheet_range(export::FUNDING_SHEET).unwrap()
        } else {
            calamine::Range::empty()
        };
        for (i, t) in figs.funding.iter().enumerate().filter(|_| has_funding) {
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

mod import {
    use super::*;
    use ntm_planner::document::{CellChange, Document};
    use ntm_planner::excel::import::{self, Grid, ImportOptions, Reason};
    use ntm_planner::matrix::Layer;
    use ntm_planner::model::Commune;
    use rust_xlsxwriter::{Format, Workbook};

    fn cleared(plan: &Plan) -> Plan {
        let mut p = plan.clone();
        for c in &mut p.communes {
            c.baseline_unmet.clear();
            c.target_unmet.clear();
        }
        p
    }

    #[test]
    fn export_then_import_gives_back_the_same_matrix() {
        for name in ["lai-chau-2025.ntm", "lang-son-2023.ntm"] {
            let plan = sample(name);
            let bytes = export::to_bytes(&plan, &NoProgress).unwrap();
            let grid = import::read_xlsx(Cursor::new(bytes), None, &NoProgress).unwrap();
            assert_eq!(grid.sheet, CRITERIA_SHEET);

            // Into the same plan: nothing to change, nothing left over.
            let same =
                import::preview(&plan, &grid, ImportOptions::default(), &NoProgress).unwrap();
            assert_eq!(same.header_row, 5, "{name}");
            // Baseline and target, and the result for a plan that records one.
            let layers = if figures::results::has_results(&plan) {
                3
            } else {
                2
            };
            assert_eq!(same.columns.len(), layers * plan.criteria_set.len());
            assert_eq!(same.matched.len(), plan.communes.len());
            assert!(
                same.changes.is_empty(),
                "{name}: {:?}",
                &same.changes[..3.min(same.changes.len())]
            );
            assert!(
                same.is_clean(),
                "{name}: {:?} {:?}",
                same.unmatched_rows,
                same.problems
            );
            assert_eq!(same.total_rows.len(), 1);

            // Into a plan with every criterion met: the import restores the matrix,
            // as one undoable step.
            let mut doc = Document::new(cleared(&plan));
            let p =
                import::preview(&doc.plan, &grid, ImportOptions::default(), &NoProgress).unwrap();
            assert!(!p.changes.is_empty());
            doc.apply(p.edit(), None);
            for (a, b) in doc.plan.communes.iter().zip(&plan.communes) {
                assert_eq!(a.baseline_unmet, b.baseline_unmet, "{name} {}", a.name);
                assert_eq!(a.target_unmet, b.target_unmet, "{name} {}", a.name);
            }
            assert!(doc.undo());
            assert_eq!(doc.plan, cleared(&plan), "one undo step takes it all back");
        }
    }

    fn small_plan() -> Plan {
        let set = ntm_planner::criteria_sets::by_name("2021-2025").unwrap();
        let mut plan = Plan::new_empty(set, "Lai Châu", 2025);
        for (id, name) in [
            ("ta-leng", "Tả Lèng"),
            ("thuy-son", "Thủy Sơn"),
            ("khoen-on", "Khoen On"),
            ("pa-khoa", "Pa Khóa"),
            ("na-tam", "Nà Tăm"),
        ] {
            plan.communes.push(Commune {
                id: id.into(),
                name: name.into(),
                target_unmet: vec!["2".into(), "5".into()],
                ..Commune::default()
            });
        }
        plan
    }

    /// Rows of the hand-made sheet below its header: name, then marks for criteria
    /// 1–10, then a note.
    const ROWS: [(&str, [&str; 10], &str); 6] = [
        (
            "Tả Lèng",
            ["x", "X", "đạt", "1", "✓", "", "x", "x", "x", "x"],
            "đủ hồ sơ",
        ),
        (
            "Thuỷ Sơn",
            ["x", "?", "2", "x", "x", "x", "x", "x", "x", "x"],
            "",
        ),
        (
            "khoen on",
            ["", "", "", "", "", "", "", "", "", ""],
            "chưa rà soát",
        ),
        (
            "Xã Mới Lập",
            ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"],
            "",
        ),
        (
            "Xã Pa Khoá",
            ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"],
            "",
        ),
        (
            "Tổng cộng",
            ["4", "3", "3", "4", "4", "3", "4", "4", "4", "4"],
            "",
        ),
    ];

    fn hand_made_xlsx() -> Vec<u8> {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        let bold = Format::new().set_bold();
        ws.merge_range(
            0,
            0,
            0,
            12,
            "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ",
            &bold,
        )
        .unwrap();
        ws.write_string(1, 0, "(Kèm theo báo cáo của UBND huyện)")
            .unwrap();
        ws.merge_range(3, 0, 4, 0, "STT", &bold).unwrap();
        ws.merge_range(3, 1, 4, 1, "Tên xã", &bold).unwrap();
        ws.merge_range(3, 2, 3, 11, "Tiêu chí", &bold).unwrap();
        ws.merge_range(3, 12, 4, 12, "Ghi chú", &bold).unwrap();
        for k in 0..10u16 {
            if k < 8 {
                ws.write_number(4, 2 + k, (k + 1) as f64).unwrap();
            } else if k == 8 {
                ws.write_string(4, 2 + k, "9").unwrap();
            } else {
                ws.write_string(4, 2 + k, "TC10").unwrap();
            }
        }
        for (i, (name, marks, note)) in ROWS.iter().enumerate() {
            let r = 5 + i as u32;
            if i < 5 {
                ws.write_number(r, 0, (i + 1) as f64).unwrap();
            }
            ws.write_string(r, 1, *name).unwrap();
            for (k, m) in marks.iter().enumerate() {
                let col = 2 + k as u16;
                match *m {
                    "" => {}
                    "1" | "2" | "3" | "4" => {
                        ws.write_number(r, col, m.parse::<f64>().unwrap()).unwrap();
                    }
                    m => {
                        ws.write_string(r, col, m).unwrap();
                    }
                }
            }
            if !note.is_empty() {
                ws.write_string(r, 12, *note).unwrap();
            }
        }
        wb.save_to_buffer().unwrap()
    }

    fn change(commune: usize, criterion: &str, met: bool) -> CellChange {
        CellChange {
            commune,
            criterion: criterion.into(),
            layer: Layer::Target,
            met,
        }
    }

    fn expected_changes() -> Vec<CellChange> {
        let mut v = vec![
            change(0, "2", true),
            change(0, "5", true),
            change(0, "6", false),
            change(1, "5", true),
        ];
        for k in ["1", "3", "4", "6", "7", "8", "9", "10"] {
            v.push(change(2, k, false));
        }
        v.push(change(3, "2", true));
        v.push(change(3, "5", true));
        v
    }

    fn check_hand_made(p: &import::ImportPreview, sheet: &str, header_row: u32, first: u32) {
        assert_eq!(p.header_row, header_row);
        assert_eq!(p.commune_col, "B");
        assert_eq!(p.columns.len(), 10);
        assert!(p.columns.iter().all(|c| c.layer == Layer::Target));
        assert_eq!(p.columns[9].col, "L");
        assert_eq!(p.columns[9].criterion, "10");
        assert_eq!(p.changes, expected_changes());
        let matched: Vec<(u32, &str, &str)> = p
            .matched
            .iter()
            .map(|m| (m.row, m.text.as_str(), m.commune_id.as_str()))
            .collect();
        assert_eq!(
            matched,
            vec![
                (first, "Tả Lèng", "ta-leng"),
                (first + 1, "Thuỷ Sơn", "thuy-son"),
                (first + 2, "khoen on", "khoen-on"),
                (first + 4, "Xã Pa Khoá", "pa-khoa"),
            ]
        );
        assert_eq!(p.unmatched_rows.len(), 1);
        assert_eq!(p.unmatched_rows[0].row, first + 3);
        assert_eq!(p.unmatched_rows[0].text, "Xã Mới Lập");
        assert_eq!(p.unmatched_rows[0].reason, Reason::NoSuchCommune);
        assert_eq!(p.total_rows, vec![(first + 5, "Tổng cộng".to_string())]);
        let problems: Vec<(String, &str, &Reason)> = p
            .problems
            .iter()
            .map(|x| (x.address(), x.text.as_str(), &x.reason))
            .collect();
        assert_eq!(
            problems,
            vec![
                (format!("{sheet}!D{}", first + 1), "?", &Reason::NotAMark),
                (format!("{sheet}!E{}", first + 1), "2", &Reason::NotAMark),
            ]
        );
    }

    #[test]
    fn hand_made_workbook_gives_the_expected_preview() {
        let plan = small_plan();
        let grid = import::read_xlsx(Cursor::new(hand_made_xlsx()), None, &NoProgress).unwrap();
        let p = import::preview(&plan, &grid, ImportOptions::default(), &NoProgress).unwrap();
        check_hand_made(&p, "Sheet1", 5, 6);
        assert_eq!(p.problems[0].address(), "Sheet1!D7");
        let lines = p.summary(ntm_planner::lang::Lang::Vi);
        assert!(
            lines
                .iter()
                .any(|l| l == "Sheet1!B9: \"Xã Mới Lập\": không có xã này trong kế hoạch"),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("Sheet1!D7: \"?\": không phải dấu")),
            "{lines:?}"
        );

        // Accepting is one step; the baseline layer when the user picks it.
        let mut doc = Document::new(plan.clone());
        doc.apply(p.edit(), None);
        assert!(doc.plan.communes[0].target_unmet == ["6"]);
        assert!(doc.plan.communes[2].target_unmet.len() == 10);
        doc.undo();
        assert_eq!(doc.plan, plan);
        let b = import::preview(
            &plan,
            &grid,
            ImportOptions {
                layer: Layer::Baseline,
            },
            &NoProgress,
        )
        .unwrap();
        assert!(b.changes.iter().all(|c| c.layer == Layer::Baseline));
    }

    #[test]
    fn csv_reads_the_same_way() {
        let mut text = String::from("BIỂU TỔNG HỢP;;;\n");
        text.push_str("STT;Tên xã;1;2;3;4;5;6;7;8;9;TC10;Ghi chú\n");
        for (i, (name, marks, note)) in ROWS.iter().enumerate() {
            let stt = if i < 5 {
                (i + 1).to_string()
            } else {
                String::new()
            };
            text.push_str(&format!("{stt};{name};{};\"{note}\"\n", marks.join(";")));
        }
        let grid = ntm_planner::excel::csv::parse("xa-gui-len", &text).unwrap();
        let p =
            import::preview(&small_plan(), &grid, ImportOptions::default(), &NoProgress).unwrap();
        check_hand_made(&p, "xa-gui-len", 2, 3);
    }

    /// Excel's "Unicode Text" (UTF-16 LE, tabs) reads like UTF-8; a file in an old
    /// Vietnamese encoding is refused with its line and column, not read with
    /// replacement characters that would match no commune.
    #[test]
    fn csv_files_are_decoded_or_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let mut text = String::from("STT\tTên xã\t1\t2\t3\t4\t5\t6\t7\t8\t9\tTC10\tGhi chú\r\n");
        for (i, (name, marks, note)) in ROWS.iter().enumerate() {
            let stt = if i < 5 {
                (i + 1).to_string()
            } else {
                String::new()
            };
            text.push_str(&format!("{stt}\t{name}\t{}\t{note}\r\n", marks.join("\t")));
        }
        let utf16 = dir.path().join("xa-gui-len.txt");
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        std::fs::write(&utf16, bytes).unwrap();
        let grid = import::read_file(&utf16, None, &NoProgress).unwrap();
        let p =
            import::preview(&small_plan(), &grid, ImportOptions::default(), &NoProgress).unwrap();
        check_hand_made(&p, "xa-gui-len", 1, 2);

        // "Xã Tả Lèng" in Windows-1258 bytes: è is 0xE8 there.
        let legacy = dir.path().join("cu.csv");
        std::fs::write(&legacy, b"STT;T\xEAn x\xE3\n1;T\xE1 L\xE8ng\n").unwrap();
        let err = import::read_file(&legacy, None, &NoProgress)
            .unwrap_err()
            .to_string();
        assert!(err.contains("cu.csv"), "{err}");
        assert!(err.contains("line 1, column 6"), "{err}");
        assert!(err.contains("not valid UTF-8"), "{err}");

        let empty = dir.path().join("trong.csv");
        std::fs::write(&empty, b"").unwrap();
        let err = import::read_file(&empty, None, &NoProgress)
            .unwrap_err()
            .to_string();
        assert!(err.contains("trong.csv: The file is empty"), "{err}");
    }

    #[test]
    fn ambiguous_names_are_problems_not_guesses() {
        let mut plan = small_plan();
        plan.communes[4].name = "Tả Lèng".into();
        let grid = Grid {
            sheet: "S".into(),
            cells: vec![
                vec!["Xã".into(), "1".into(), "2".into()],
                vec!["Ta Leng".into(), "x".into(), "x".into()],
            ],
            ..Grid::default()
        };
        plan.criteria_set.criteria.truncate(3);
        let p = import::preview(&plan, &grid, ImportOptions::default(), &NoProgress).unwrap();
        assert!(p.matched.is_empty());
        assert_eq!(
            p.unmatched_rows[0].reason,
            Reason::Ambiguous(vec!["Tả Lèng".into(), "Tả Lèng".into()])
        );
    }

    #[test]
    fn a_sheet_without_criteria_says_so() {
        let grid = Grid {
            sheet: "Ghi chú".into(),
            cells: vec![vec!["Xã".into(), "Dân số".into()]],
            ..Grid::default()
        };
        let err = import::preview(&small_plan(), &grid, ImportOptions::default(), &NoProgress)
            .unwrap_err()
            .to_string();
        assert!(err.contains("Sheet \"Ghi chú\": no header row"), "{err}");
    }
}

#[test]
fn the_task_sheet_says_overdue_where_the_window_does() {
    let mut plan = sample("lai-chau-2025.ntm");
    let today = ntm_planner::model::date::today();
    // One open task long past its deadline, one open task far ahead, one done.
    plan.tasks[0].deadline = Some(ntm_planner::model::Date::new(2020, 1, 31).unwrap());
    plan.tasks[0].status = ntm_planner::model::TaskStatus::Open;
    plan.tasks[1].deadline = Some(ntm_planner::model::Date::new(2100, 12, 31).unwrap());
    plan.tasks[1].status = ntm_planner::model::TaskStatus::Open;
    plan.tasks[2].status = ntm_planner::model::TaskStatus::Done;
    assert!(plan.tasks[0].is_overdue(today) && !plan.tasks[1].is_overdue(today));
    let mut wb = open(export::to_bytes(&plan, &NoProgress).expect("export"));
    let r = wb.worksheet_range(export::TASKS_SHEET).unwrap();
    let row_of = |text_of_task: &str| {
        (0..r.height() as u32)
            .find(|row| text(&r, *row, 2) == text_of_task)
            .expect("the task is in the sheet")
    };
    assert_eq!(text(&r, row_of(&plan.tasks[0].text), 6), "Quá hạn");
    assert_eq!(text(&r, row_of(&plan.tasks[1].text), 6), "Đang thực hiện");
    assert_eq!(text(&r, row_of(&plan.tasks[2].text), 6), "Hoàn thành");
}
