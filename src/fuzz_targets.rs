//! What the fuzzers run: one function per input path, taking arbitrary bytes. Each
//! returns normally on any input the program must survive (a refused file is fine)
//! and panics only on a bug: a panic inside the program, an abort, or a broken
//! promise checked here (a plan that loads must save and load back the same).
//!
//! Called by the libFuzzer targets under `fuzz/` (coverage-guided, `fuzz/run.sh`) and
//! by `tests/fuzz_corpus.rs`, which replays the corpus and a round of mutations on
//! every `cargo test`. No UI, no files: the same code the window and the command line
//! run on a file's bytes.

use crate::lang::Lang;
use crate::model::Plan;
use crate::progress::NoProgress;
use std::io::Cursor;

/// The plan the import and merge targets work against: the small sample.
fn reference_plan() -> Plan {
    static PLAN: std::sync::OnceLock<Plan> = std::sync::OnceLock::new();
    PLAN.get_or_init(|| {
        crate::format::load_str(include_str!("../tests/data/small-2026.ntm"))
            .map(|l| l.plan)
            .unwrap_or_else(|e| panic!("the sample plan: {e}"))
    })
    .clone()
}

/// Everything the program does with a plan that loaded: figures, findings, charts,
/// messages in both languages, the workbook export, and a save that loads back equal.
fn use_plan(plan: &Plan) {
    match crate::figures::compute(plan) {
        Ok(f) => {
            let findings = crate::check::check_with(plan, &f);
            for x in &findings {
                let _ = x.message(Lang::Vi);
            }
            for spec in crate::charts::ChartSpec::all(plan, &f, Lang::En) {
                let _ = crate::charts::svg::render(&spec, 640, 360);
            }
        }
        Err(e) => {
            let _ = e.message(Lang::Vi);
            let _ = crate::check::check(plan);
        }
    }
    let _ = crate::excel::export::to_bytes(plan, &NoProgress);
    let text = match crate::format::to_string(plan) {
        Ok(t) => t,
        Err(e) => panic!("a loaded plan does not serialize: {e}"),
    };
    match crate::format::load_str(&text) {
        Ok(back) => assert!(back.plan == *plan, "a saved plan loads back different"),
        Err(e) => panic!(
            "a loaded plan, saved, does not load: {}",
            e.message(Lang::En)
        ),
    }
}

/// A plan file's bytes, as the window and `check` read them.
pub fn plan_file(data: &[u8]) {
    // The fast reader of the program's own layout answers as `ron` does, or not at all.
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(fast) = crate::format::fast::plan_file(text)
    {
        match crate::format::load::ron_options().from_str::<crate::format::PlanFile>(text) {
            Ok(slow) => assert!(slow == fast, "the fast reader read a different plan"),
            Err(e) => panic!("the fast reader took a file ron refuses: {e}"),
        }
    }
    match crate::format::load_bytes(data) {
        Ok(loaded) => {
            for n in &loaded.notices {
                let _ = n.text(Lang::Vi);
            }
            use_plan(&loaded.plan);
        }
        Err(e) => {
            let vi = e.message(Lang::Vi);
            let en = e.message(Lang::En);
            // Messages stay bounded whatever the file holds.
            assert!(
                vi.len() < 200_000 && en.len() < 200_000,
                "message of {} bytes",
                vi.len()
            );
        }
    }
}

fn preview(grid: &crate::excel::import::Grid) {
    let plan = reference_plan();
    for layer in [crate::matrix::Layer::Target, crate::matrix::Layer::Baseline] {
        let options = crate::excel::ImportOptions { layer };
        match crate::excel::import::preview(&plan, grid, options, &NoProgress) {
            Ok(p) => {
                let _ = p.summary(Lang::Vi);
                let mut copy = plan.clone();
                p.edit().apply(&mut copy);
            }
            Err(e) => {
                let _ = e.message(Lang::Vi);
            }
        }
    }
}

/// A workbook's bytes, as the import reads an .xlsx file.
pub fn workbook(data: &[u8]) {
    let names = match crate::excel::import::xlsx_sheets(Cursor::new(data)) {
        Ok(n) => n,
        Err(e) => {
            let _ = e.message(Lang::Vi);
            return;
        }
    };
    for name in names.iter().take(4) {
        match crate::excel::import::read_xlsx(Cursor::new(data), Some(name), &NoProgress) {
            Ok(grid) => preview(&grid),
            Err(e) => {
                let _ = e.message(Lang::En);
            }
        }
    }
}

/// A CSV file's bytes, as the import reads a .csv file.
pub fn csv(data: &[u8]) {
    match crate::format::decode_text(data) {
        Ok(text) => match crate::excel::csv::parse("fuzz", &crate::text::nfc(&text)) {
            Ok(grid) => preview(&grid),
            Err(e) => {
                let _ = e.message(Lang::Vi);
            }
        },
        Err(e) => {
            let _ = e.message(Lang::Vi);
        }
    }
}

/// Text pasted into the criteria matrix.
pub fn paste(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let parsed = crate::matrix::paste::parse(&text);
    for p in &parsed.problems {
        assert!(p.row >= 1 && p.col >= 1);
    }
}

/// Numbers and dates as planners type them and as files write them: what parses
/// prints and parses back to the same value.
pub fn numbers_dates(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(d) = crate::numfmt::parse(&text) {
        let shown = crate::numfmt::decimal(d);
        let _ = crate::numfmt::fixed(d, 2);
        let _ = crate::numfmt::percent(d);
        if let Ok(back) = crate::numfmt::parse(&shown) {
            assert_eq!(back, d, "{text:?} → {shown:?}");
        }
    }
    if let Ok(d) = crate::model::money::parse_canonical(&text) {
        let written = crate::model::money::canonical(d);
        assert_eq!(
            crate::model::money::parse_canonical(&written).ok(),
            Some(d),
            "{text:?} → {written:?}"
        );
    }
    if let Ok(d) = crate::model::Date::read(&text) {
        assert_eq!(crate::model::Date::read(&d.to_string()).ok(), Some(d));
        assert_eq!(crate::model::Date::read(&d.vi()).ok(), Some(d));
    }
}

/// Two versions of a plan and their common base, made from the sample by edits the
/// bytes choose: compare them, merge them, and apply the merge.
pub fn compare_merge(data: &[u8]) {
    let base = reference_plan();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let mut bytes = data.iter().copied();
    let mut next = move || bytes.next();
    let mut n = 0;
    while let Some(op) = next() {
        n += 1;
        if n > 64 {
            break;
        }
        let target = if op & 1 == 0 { &mut ours } else { &mut theirs };
        let arg = next().unwrap_or(0) as usize;
        let word = format!("{}{}", ["Nà", "Tả", "x", "", "Mường Nhé"][arg % 5], arg);
        match op >> 1 & 7 {
            0 if !target.communes.is_empty() => {
                let i = arg % target.communes.len();
                target.communes[i].name = word;
            }
            1 if !target.communes.is_empty() => {
                let i = arg % target.communes.len();
                let code = ((arg / 7) % 10 + 1).to_string();
                let list = &mut target.communes[i].target_unmet;
                match list.iter().position(|c| *c == code) {
                    Some(k) => {
                        list.remove(k);
                    }
                    None => list.push(code),
                }
            }
            2 if !target.communes.is_empty() => {
                let i = arg % target.communes.len();
                target.communes.remove(i);
            }
            3 => {
                let mut c = base.communes.first().cloned().unwrap_or_default();
                c.id = format!("new-{arg}");
                c.name = word;
                target.communes.push(c);
            }
            4 => {
                target.funding.amount = Some(rust_decimal::Decimal::from(arg as i64 * 1000));
            }
            5 if !target.projects.is_empty() => {
                let i = arg % target.projects.len();
                target.projects[i].name = word;
            }
            6 => target.header.number = word,
            _ => target.header.signer = word,
        }
    }
    // Only plans the program can hold: a plan that would not load or save (two
    // communes with one id) is not one a planner compares.
    if !crate::format::validate::problems(&ours).is_empty()
        || !crate::format::validate::problems(&theirs).is_empty()
    {
        return;
    }
    let diffs = crate::diff::diff(&ours, &theirs);
    for d in &diffs {
        let _ = d.message(Lang::Vi);
    }
    let same = crate::diff::diff(&ours, &ours);
    assert!(
        same.is_empty(),
        "a plan differs from itself: {:?}",
        same.iter().map(|d| d.message(Lang::En)).collect::<Vec<_>>()
    );
    let merged = crate::merge::merge(&ours, &theirs, Some(&base));
    // Apply the merge as the window does (keeping ours where they conflict), and
    // undo it: the plan is as it was.
    let Ok(edit) = merged.edit(&ours, &std::collections::HashMap::new()) else {
        return;
    };
    let mut applied = ours.clone();
    let inverse = edit.apply(&mut applied);
    inverse.apply(&mut applied);
    assert!(applied == ours, "a merge undone leaves the plan changed");
}

/// A list of administrative units (the register import), as a workbook or as CSV:
/// the bytes are read both ways.
pub fn unit_list(data: &[u8]) {
    let options = crate::units::import::ImportOptions::default();
    let mut grids = Vec::new();
    if let Ok(names) = crate::excel::import::xlsx_sheets(Cursor::new(data)) {
        for name in names.iter().take(2) {
            if let Ok(g) =
                crate::excel::import::read_xlsx(Cursor::new(data), Some(name), &NoProgress)
            {
                grids.push(g);
            }
        }
    }
    if let Ok(text) = crate::format::decode_text(data) {
        let text = crate::text::nfc(&text);
        if let Ok(g) = crate::excel::csv::parse("units", &text) {
            grids.push(g);
        }
        // The same bytes as a register file (`units show`, `--units`, `--register`, the
        // data folder) and as a criteria crosswalk (`carry --crosswalk`).
        register_text(&text);
        match crate::carry::crosswalk::parse(&text) {
            Ok(c) => {
                let old = crate::criteria_sets::by_name("2021-2025");
                let new = crate::criteria_sets::by_name("2026-2030");
                if let (Some(old), Some(new)) = (old, new) {
                    for p in c.problems(&old, &new) {
                        let _ = p.message(Lang::Vi);
                    }
                }
            }
            Err(e) => {
                let _ = e.message(Lang::En);
            }
        }
    }
    for g in &grids {
        match crate::units::import::read(g, &options, &NoProgress) {
            Ok(list) => {
                let _ = list.summary(Lang::Vi);
            }
            Err(e) => {
                let _ = e.message(Lang::En);
            }
        }
    }
}

/// A register text: read, described, and — when it reads — written in the program's
/// layout and read back as the same register (what `units import` keeps must open).
fn register_text(text: &str) {
    use crate::units::bundled::{ParseFailure, parse};
    match parse(text) {
        Ok(r) => {
            let _ = r.describe(Lang::Vi);
            for u in &r.units {
                let _ = u.describe_old(Lang::En);
            }
            if let Ok(written) = crate::units::store::to_text(&r) {
                match parse(&written) {
                    Ok(back) => assert_eq!(back, r, "a register reads back as written"),
                    Err(e) => panic!("a register written by the program does not read: {e:?}"),
                }
            }
        }
        Err(ParseFailure::Syntax(e)) => {
            let _ = e.message(Lang::Vi);
        }
        Err(ParseFailure::Invalid(problems)) => {
            for p in problems.iter().take(crate::format::MAX_LISTED) {
                let _ = p.message(Lang::En);
            }
        }
    }
}
