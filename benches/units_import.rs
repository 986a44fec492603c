//! Import of the national table of the 2025 reorganization (10.599 rows: 10.047 old
//! units into 3.316 new ones in 34 provinces) from its CSV file: reading and decoding
//! the file, and building the 34 registers from it.
//!
//! `cargo bench --bench units_import`; criterion prints the median of each.

use criterion::{Criterion, criterion_group, criterion_main};
use ntm_planner::progress::NoProgress;
use ntm_planner::units::import::{self, ImportOptions};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

fn national(c: &mut Criterion) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/reform-2025/national-units-2025.csv");
    let options = ImportOptions::default();
    let grid = ntm_planner::excel::import::read_file(&path, None, &NoProgress).expect("reads");
    let list = import::read(&grid, &options, &NoProgress).expect("imports");
    eprintln!(
        "national table: {} rows, {} provinces, {} units",
        list.rows,
        list.provinces.len(),
        list.units()
    );
    let mut g = c.benchmark_group("units_import");
    g.sample_size(20).measurement_time(Duration::from_secs(8));
    g.bench_function("read_file+import (whole table)", |b| {
        b.iter(|| {
            import::read_file(black_box(&path), None, &options, &NoProgress).expect("imports")
        })
    });
    g.bench_function("import (parsed grid)", |b| {
        b.iter(|| import::read(black_box(&grid), &options, &NoProgress).expect("imports"))
    });
    g.finish();
}

criterion_group!(benches, national);
criterion_main!(benches);
