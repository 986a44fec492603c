//! Excel export and import of a national-scale plan (8.000 communes, 700 districts,
//! 16.000 projects): time for each, and how quickly Cancel stops them.
//!
//! `cargo bench --bench excel_io` prints the figures.

use ntm_planner::excel::{export, import};
use ntm_planner::progress::{NoProgress, Progress, SharedProgress};
use std::io::Cursor;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Run `work` on a thread, cancel after `after`, and return how long after the
/// cancel it returned, with whether it reported cancellation.
fn cancel_latency<F>(after: Duration, work: F) -> (f64, bool, f32)
where
    F: FnOnce(&dyn Progress) -> bool + Send + 'static,
{
    let p = Arc::new(SharedProgress::new());
    let q = Arc::clone(&p);
    let handle = std::thread::spawn(move || work(q.as_ref()));
    std::thread::sleep(after);
    let at = p.fraction();
    let t = Instant::now();
    p.cancel();
    let cancelled = handle.join().unwrap_or(false);
    (ms(t.elapsed()), cancelled, at)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

const RUNS: usize = 7;

fn main() {
    let plan = ntm_planner::synthetic::national_plan(8000, 700, 16000, 1);
    println!(
        "national plan: {} communes × {} criteria, {} projects",
        plan.communes.len(),
        plan.criteria_set.len(),
        plan.projects.len()
    );
    let mut export_times = Vec::new();
    let mut bytes = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        bytes = export::to_bytes(&plan, &NoProgress).expect("export");
        export_times.push(ms(t.elapsed()));
    }
    println!(
        "export: median {:.0} ms of {RUNS} runs (min {:.0}, max {:.0}), {} KB",
        median(export_times.clone()),
        export_times.iter().cloned().fold(f64::MAX, f64::min),
        export_times.iter().cloned().fold(0.0, f64::max),
        bytes.len() / 1024
    );
    let mut import_times = Vec::new();
    let mut read_times = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let grid = import::read_xlsx(Cursor::new(bytes.clone()), None, &NoProgress).expect("read");
        read_times.push(ms(t.elapsed()));
        let p = import::preview(&plan, &grid, Default::default(), &NoProgress).expect("preview");
        assert!(p.changes.is_empty() && p.matched.len() == plan.communes.len());
        import_times.push(ms(t.elapsed()));
    }
    println!(
        "import (read sheet + preview of 8.000 rows): median {:.0} ms of {RUNS} runs, of which reading the sheet {:.0} ms",
        median(import_times),
        median(read_times)
    );

    // A sheet 16.000 columns wide with no header row: every cell of the rows searched
    // for the header is compared with every criterion's name.
    let words = [
        "Trường học",
        "Giao thông",
        "Thủy lợi",
        "Y tế",
        "Văn hóa",
        "Nhà ở",
    ];
    let wide: String = (0..15)
        .map(|r| {
            (0..16_000)
                .map(|c| format!("{} {}", words[(r * 7 + c) % words.len()], c % 1000))
                .collect::<Vec<_>>()
                .join(";")
        })
        .collect::<Vec<_>>()
        .join("\n");
    let grid = ntm_planner::excel::csv::parse("wide", &wide).expect("parse");
    let mut wide_times = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let r = import::preview(&plan, &grid, Default::default(), &NoProgress);
        assert!(matches!(r, Err(import::ImportError::NoHeader { .. })));
        wide_times.push(ms(t.elapsed()));
    }
    println!(
        "import preview of a sheet 16.000 columns wide without a header: median {:.0} ms of {RUNS} runs",
        median(wide_times)
    );

    // Cancel at several points of each: how long after Cancel the work returns.
    // The export as the window runs it: to a file, which must not appear.
    let dir = std::env::temp_dir().join(format!("ntm-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for after in [20u64, 100, 300, 500, 700, 850] {
        let p1 = plan.clone();
        let out = dir.join(format!("cancel-{after}.xlsx"));
        let o2 = out.clone();
        let (lat, cancelled, at) = cancel_latency(Duration::from_millis(after), move |p| {
            matches!(
                export::export_file(&p1, &o2, None, p),
                Err(export::ExportError::Cancelled)
            )
        });
        println!(
            "export cancelled after {after} ms (at {:.0}%): returned {lat:.1} ms after Cancel (cancelled: {cancelled}, file written: {})",
            at * 100.0,
            out.exists()
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
    for after in [20u64, 100, 180, 220] {
        let p2 = plan.clone();
        let b2 = bytes.clone();
        let (lat, cancelled, at) = cancel_latency(Duration::from_millis(after), move |p| {
            let r = import::read_xlsx(Cursor::new(b2), None, p)
                .and_then(|g| import::preview(&p2, &g, Default::default(), p));
            matches!(r, Err(import::ImportError::Cancelled))
        });
        println!(
            "import cancelled after {after} ms (at {:.0}%): returned {lat:.1} ms after Cancel (cancelled: {cancelled})",
            at * 100.0
        );
    }
}
