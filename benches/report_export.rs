//! The plan document (.docx) and the deck (PDF) of a national-scale plan (8.000
//! communes × 19 criteria, 700 districts, 16.000 projects in Biểu số 9), and of the
//! Lai Châu sample.
//!
//! `cargo bench --bench report_export`; criterion prints the medians.

use criterion::{Criterion, criterion_group, criterion_main};
use ntm_planner::charts::{self, pdf};
use ntm_planner::lang::Lang;
use ntm_planner::progress::NoProgress;
use ntm_planner::{figures, format, report, synthetic};
use std::hint::black_box;
use std::time::Duration;

fn national(c: &mut Criterion) {
    let plan = synthetic::national_plan(8_000, 700, 16_000, 2025);
    let figs = figures::compute(&plan).expect("the sums fit");
    let slides = charts::deck(&plan, &figs, Lang::Vi);
    let docx = report::docx_bytes(&plan).expect("document");
    let deck = pdf::render(&slides, &plan.header.title, Lang::Vi, &NoProgress).expect("deck");
    eprintln!(
        "national plan: {} communes, {} projects; .docx {} KB, deck {} slides {} KB",
        plan.communes.len(),
        plan.projects.len(),
        docx.len() / 1024,
        slides.len(),
        deck.len() / 1024
    );
    let mut g = c.benchmark_group("national");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function("document_content", |b| {
        b.iter(|| report::build(black_box(&plan)).expect("the sample's sums fit"))
    });
    g.bench_function("document_docx", |b| {
        b.iter(|| report::docx_bytes(black_box(&plan)).expect("document"))
    });
    g.bench_function("deck_pdf", |b| {
        b.iter(|| {
            let figs = figures::compute(black_box(&plan)).expect("the sums fit");
            let slides = charts::deck(&plan, &figs, Lang::Vi);
            pdf::render(&slides, &plan.header.title, Lang::Vi, &NoProgress).expect("deck")
        })
    });
    g.finish();
}

fn lai_chau(c: &mut Criterion) {
    let text = include_str!("../assets/samples/lai-chau-2025.ntm");
    let plan = format::load_str(text).expect("loads").plan;
    let mut g = c.benchmark_group("lai_chau");
    g.sample_size(20).measurement_time(Duration::from_secs(8));
    g.bench_function("document_docx", |b| {
        b.iter(|| report::docx_bytes(black_box(&plan)).expect("document"))
    });
    g.bench_function("deck_pdf", |b| {
        b.iter(|| {
            let figs = figures::compute(black_box(&plan)).expect("the sums fit");
            let slides = charts::deck(&plan, &figs, Lang::Vi);
            pdf::render(&slides, &plan.header.title, Lang::Vi, &NoProgress).expect("deck")
        })
    });
    g.finish();
}

criterion_group!(benches, national, lai_chau);
criterion_main!(benches);
