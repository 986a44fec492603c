//! Where the time of opening a national-scale plan goes, step by step:
//! `cargo run --release --example load_profile [RUNS]`. (The medians are measured by
//! `cargo bench --bench plan_io`; this splits runs into read, decode, parse, scan,
//! validate and check, each as the median of RUNS, for profiling with `perf`.)

use ntm_planner::{check, format, synthetic};
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(15);
    let plan = synthetic::national_plan(8_000, 700, 16_000, 2025);
    let dir = std::env::temp_dir().join(format!("ntm-load-profile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("national.ntm");
    format::save_file(&plan, &path).expect("saves");
    let bytes = std::fs::read(&path).expect("reads");
    let text = format::decode_text(&bytes).expect("decodes");
    let json = serde_json::to_string(&plan).expect("serializes");
    eprintln!("national plan: .ntm {} bytes", bytes.len());
    eprintln!(
        "read        {:?}",
        time(runs, || format::read_bounded(&path))
    );
    eprintln!(
        "decode      {:?}",
        time(runs, || format::decode_text(&bytes))
    );
    eprintln!(
        "fast parse  {:?}",
        time(runs, || format::fast::from_str::<format::PlanFile>(&text))
    );
    eprintln!(
        "in pieces   {:?}",
        time(runs, || format::fast::plan_file(&text))
    );
    eprintln!(
        "validate    {:?}",
        time(runs, || format::validate::problems(&plan))
    );
    eprintln!(
        "ron parse   {:?}",
        time(runs.min(5), || {
            ron::Options::default()
                .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
                .from_str::<format::PlanFile>(&text)
        })
    );
    eprintln!("load_str    {:?}", time(runs, || format::load_str(&text)));
    eprintln!("load_file   {:?}", time(runs, || format::load_file(&path)));
    eprintln!("check       {:?}", time(runs, || check::check(&plan)));
    let figures = ntm_planner::figures::compute(&plan).expect("the sums fit");
    eprintln!(
        "  figures   {:?}",
        time(runs, || ntm_planner::figures::compute(&plan))
    );
    eprintln!(
        "  rules     {:?}",
        time(runs, || check::check_with(&plan, &figures))
    );
    eprintln!(
        "json parse  {:?}",
        time(runs, || serde_json::from_str::<ntm_planner::Plan>(&json))
    );
    let _ = std::fs::remove_dir_all(&dir);
}
