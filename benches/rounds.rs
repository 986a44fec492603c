//! Sending a plan to every commune and gathering the returns: a province of 124
//! communes (the largest provinces have over 120 since the 2025 reform), and the
//! whole country's 3.321 communes into a national plan. Every commune returns its
//! work file with a note changed and one cell of the matrix changed.
//!
//! Also compare (the plan's whole tree) on a national plan.
//!
//! `cargo bench --bench rounds` prints the medians.

use ntm_planner::model::Date;
use ntm_planner::progress::NoProgress;
use ntm_planner::rounds::{SendOptions, Status, gather_dir, send};
use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn round(communes: usize, projects: usize, runs: usize) {
    let plan = ntm_planner::synthetic::national_plan(communes, 1, projects, 3);
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("gui-xa");
    let date = Date::parse("2026-03-02").expect("date");

    let mut send_times = Vec::new();
    for _ in 0..runs.min(3) {
        let mut options = SendOptions::all(&plan, date);
        options.replace = true;
        let t = Instant::now();
        send(&plan, &dir, &options, &NoProgress).expect("send");
        send_times.push(ms(t.elapsed()));
    }
    // Every commune returns its file: a note, and its first criterion flipped at the target.
    let manifest = ntm_planner::rounds::Manifest::load(&dir.join("_gui-xa.ron")).expect("manifest");
    for c in &manifest.communes {
        let path = dir.join(&c.file);
        let mut w = ntm_planner::format::load_file(&path)
            .expect("work file")
            .plan;
        let com = &mut w.communes[0];
        com.note = "Xã đã rà soát".into();
        if com.target_unmet.is_empty() {
            com.target_unmet.push("1".into());
        } else {
            com.target_unmet.remove(0);
        }
        std::fs::write(&path, ntm_planner::format::to_string(&w).expect("text")).expect("write");
    }
    let mut gather_times = Vec::new();
    let mut apply_times = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let board = gather_dir(&plan, &dir, None, &NoProgress).expect("gather");
        gather_times.push(ms(t.elapsed()));
        assert_eq!(
            board.count(Status::Returned),
            communes,
            "every commune returned"
        );
        let accepted: HashSet<String> = board.clean().into_iter().collect();
        let t = Instant::now();
        let merged = board
            .result(&plan, &accepted, &HashMap::new())
            .expect("apply");
        apply_times.push(ms(t.elapsed()));
        assert!(merged.communes.iter().all(|c| c.note == "Xã đã rà soát"));
    }
    println!(
        "{communes} communes ({} projects): send median {:.0} ms; gather {communes} returns median {:.0} ms of {runs} runs (min {:.0}, max {:.0}); apply median {:.0} ms",
        plan.projects.len(),
        median(send_times),
        median(gather_times.clone()),
        gather_times.iter().cloned().fold(f64::MAX, f64::min),
        gather_times.iter().cloned().fold(0.0, f64::max),
        median(apply_times),
    );
}

/// Compare over the whole serialized tree, on a national plan: two versions with
/// one cell and one project amount apart.
fn compare_national(runs: usize) {
    let a = ntm_planner::synthetic::national_plan(8000, 700, 16000, 1);
    let mut b = a.clone();
    b.communes[4000].target_unmet.push("19".into());
    if let Some(x) = b.projects[9000].amounts.first_mut() {
        x.amount += rust_decimal::Decimal::ONE;
    }
    let mut times = Vec::new();
    let mut n = 0;
    for _ in 0..runs {
        let t = Instant::now();
        n = ntm_planner::diff::diff(&a, &b).len();
        times.push(ms(t.elapsed()));
    }
    println!(
        "compare two national plans (8.000 communes, 16.000 projects): {n} differences, median {:.0} ms of {runs} runs",
        median(times)
    );
}

fn main() {
    round(124, 400, 7);
    round(3321, 8000, 5);
    compare_national(5);
}
