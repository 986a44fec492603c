//! The criteria matrix, headless: CPU time per frame while scrolling a national plan
//! (8.000 communes × 19 criteria) at 1920×1080, and the time from a cell edit to
//! refreshed totals, distribution and findings, for a province and nationally.
//!
//! `cargo bench --bench matrix_view` prints medians and 95th percentiles.

use eframe::egui::{
    self, Event, Modifiers, MouseWheelSource, MouseWheelUnit, Pos2, TouchPhase, Vec2,
};
use ntm_planner::app::NtmApp;
use ntm_planner::app::command::{Command, Page};
use ntm_planner::document::{CellChange, Document, Edit};
use ntm_planner::matrix::Layer;
use ntm_planner::prefs::AppDirs;
use std::time::{Duration, Instant};

fn stats(mut v: Vec<Duration>) -> (f64, f64) {
    v.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    (
        ms(v[v.len() / 2]),
        ms(v[(v.len() * 95 / 100).min(v.len() - 1)]),
    )
}

fn frame(ctx: &egui::Context, app: &mut NtmApp, events: Vec<Event>) -> Duration {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            Pos2::ZERO,
            Vec2::new(1920.0, 1080.0),
        )),
        events,
        ..Default::default()
    };
    let t = Instant::now();
    let mut out = ctx.run_ui(input, |ui| app.frame(ui));
    let shapes = std::mem::take(&mut out.shapes);
    let prims = ctx.tessellate(shapes, out.pixels_per_point);
    let took = t.elapsed();
    std::hint::black_box(prims);
    out.textures_delta.clear();
    took
}

fn scrolling(name: &str, plan: ntm_planner::Plan) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut app = NtmApp::new(AppDirs::under(tmp.path()), None);
    app.doc = Some(Document::new(plan));
    app.send(Command::ShowPage(Page::Communes));
    let ctx = egui::Context::default();
    ntm_planner::app::fonts::install(&ctx);
    for _ in 0..10 {
        frame(
            &ctx,
            &mut app,
            vec![Event::PointerMoved(Pos2::new(1000.0, 600.0))],
        );
    }
    let wheel = |dy: f32| Event::MouseWheel {
        unit: MouseWheelUnit::Point,
        delta: Vec2::new(0.0, dy),
        phase: TouchPhase::Move,
        source: MouseWheelSource::Unknown,
        modifiers: Modifiers::NONE,
    };
    let mut times = Vec::new();
    for i in 0..400 {
        // Down for most of the run, with a few sideways scrolls and a way back up.
        let ev = match i % 50 {
            0 => Event::MouseWheel {
                unit: MouseWheelUnit::Point,
                delta: Vec2::new(-300.0, 0.0),
                phase: TouchPhase::Move,
                source: MouseWheelSource::Unknown,
                modifiers: Modifiers::NONE,
            },
            25 => wheel(2000.0),
            _ => wheel(-240.0),
        };
        times.push(frame(
            &ctx,
            &mut app,
            vec![Event::PointerMoved(Pos2::new(1000.0, 600.0)), ev],
        ));
    }
    let (med, p95) = stats(times);
    println!("{name}: frame while scrolling at 1920×1080: median {med:.2} ms, p95 {p95:.2} ms");
}

fn edit_to_refresh(name: &str, plan: ntm_planner::Plan) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut app = NtmApp::new(AppDirs::under(tmp.path()), None);
    app.doc = Some(Document::new(plan));
    let _ = app.analysis();
    let mut times = Vec::new();
    for i in 0..60 {
        let t = Instant::now();
        if let Some(doc) = app.doc.as_mut() {
            let code = doc.plan.criteria_set.criteria[i % 19].code.clone();
            let met = !doc.plan.communes[i].meets_target(&code);
            doc.apply(
                Edit::Cells(vec![CellChange {
                    commune: i,
                    criterion: code,
                    layer: Layer::Target,
                    met,
                }]),
                None,
            );
        }
        let (f, findings) = app.analysis().expect("a plan is open");
        std::hint::black_box((f.per_criterion.len(), f.distribution.len(), findings.len()));
        times.push(t.elapsed());
    }
    let (med, p95) = stats(times);
    println!(
        "{name}: cell edit → totals, distribution, findings: median {med:.2} ms, p95 {p95:.2} ms"
    );
}

fn main() {
    // `cargo test --benches` runs bench targets with --bench absent; stay quick then.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let lai_chau =
        ntm_planner::format::load_str(include_str!("../assets/samples/lai-chau-2025.ntm"))
            .expect("sample loads")
            .plan;
    let national = ntm_planner::synthetic::national_plan(8_000, 700, 16_000, 1);
    scrolling("national (8.000 communes)", national.clone());
    scrolling("Lai Châu (94 communes)", lai_chau.clone());
    edit_to_refresh("Lai Châu (94 communes)", lai_chau);
    edit_to_refresh("national (8.000 communes)", national);
}
