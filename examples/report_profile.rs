//! Where the time of the plan document goes, step by step, for a national-scale
//! plan: `cargo run --release --example report_profile [PROJECTS] [--write PLAN.ntm]`.
//! (The medians are measured by `cargo bench --bench report_export`; this splits
//! one run into content, layout, XML and package, and can write the plan for the
//! command line.)

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(16_000);
    let plan = ntm_planner::synthetic::national_plan(8_000, 700, n, 2025);
    if let Some(i) = args.iter().position(|a| a == "--write") {
        let path = args.get(i + 1).expect("--write PLAN.ntm");
        ntm_planner::format::save_file(&plan, std::path::Path::new(path)).expect("saves");
    }
    let t = std::time::Instant::now();
    let doc = ntm_planner::report::build(&plan).expect("the sums fit");
    eprintln!("content {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let docx = ntm_planner::report::docx::layout(&doc);
    eprintln!("layout  {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let xml = docx.build();
    eprintln!("xml     {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out).expect("packs");
    eprintln!("package {:?}", t.elapsed());
}
