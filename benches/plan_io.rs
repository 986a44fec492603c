//! Load, check and save a national-scale plan (8.000 communes × 19 criteria,
//! 16.000 projects), with serde_json on the same model as a reference.
//!
//! `cargo bench --bench plan_io`

use criterion::{Criterion, criterion_group, criterion_main};
use ntm_planner::{check, figures, format, synthetic};
use std::hint::black_box;
use std::time::Duration;

fn national(c: &mut Criterion) {
    let plan = synthetic::national_plan(8_000, 700, 16_000, 2025);
    let text = format::to_string(&plan).expect("serializes");
    let json = serde_json::to_string(&plan).expect("serializes");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("national.ntm");
    format::save_file(&plan, &path).expect("saves");
    eprintln!(
        "national plan: {} communes, {} projects; .ntm {:.1} MiB, JSON {:.1} MiB",
        plan.communes.len(),
        plan.projects.len(),
        text.len() as f64 / 1048576.0,
        json.len() as f64 / 1048576.0
    );

    let mut g = c.benchmark_group("national");
    g.sample_size(20).measurement_time(Duration::from_secs(8));
    g.bench_function("load_file", |b| {
        b.iter(|| format::load_file(black_box(&path)).expect("loads"))
    });
    g.bench_function("check", |b| b.iter(|| check::check(black_box(&plan))));
    g.bench_function("figures", |b| b.iter(|| figures::compute(black_box(&plan))));
    g.bench_function("load_file+check", |b| {
        b.iter(|| {
            let loaded = format::load_file(black_box(&path)).expect("loads");
            check::check(&loaded.plan)
        })
    });
    g.bench_function("to_string", |b| {
        b.iter(|| format::to_string(black_box(&plan)).expect("serializes"))
    });
    g.bench_function("save_file", |b| {
        b.iter(|| format::save_file(black_box(&plan), &path).expect("saves"))
    });
    g.bench_function("serde_json/to_string", |b| {
        b.iter(|| serde_json::to_string(black_box(&plan)).expect("serializes"))
    });
    g.bench_function("serde_json/from_str", |b| {
        b.iter(|| serde_json::from_str::<ntm_planner::Plan>(black_box(&json)).expect("parses"))
    });
    g.finish();
}

criterion_group!(benches, national);
criterion_main!(benches);
