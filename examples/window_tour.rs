//! A developer's tool for looking at every page in a real window: opens a plan and
//! takes a screenshot of each page (and each chart, and each slide of the deck) in
//! Vietnamese and English, light and dark, then quits.
//!
//!   cargo run --example window_tour -- PLAN.ntm OUT_DIR [WIDTHxHEIGHT]
//!
//! PLAN.ntm may be `national` (the synthetic national plan: 3.321 communes, 16.000
//! projects) or `empty` (a new plan of the 2026–2030 set). Run it under Xvfb
//! (`Xvfb :56 -screen 0 1600x1000x24 &`, `DISPLAY=:56`); the pictures are named
//! `PAGE-LANG-THEME.png`.

use eframe::egui;
use ntm_planner::app::NtmApp;
use ntm_planner::app::command::{Command, Page};
use ntm_planner::app::pages::criteria::Tab;
use ntm_planner::charts::ChartKind;
use ntm_planner::lang::Lang;
use ntm_planner::prefs::{AppDirs, Theme};
use std::path::PathBuf;

/// One picture: what to show before it is taken.
#[derive(Clone)]
struct Shot {
    name: String,
    lang: Lang,
    theme: Theme,
    page: Page,
    chart: Option<ChartKind>,
    slide: Option<usize>,
    /// Select the first project / task / commune so the editors show.
    select: bool,
    /// The tab of the communes page.
    tab: Tab,
    /// The start page (no plan open).
    start: bool,
}

fn shots() -> Vec<Shot> {
    let mut out = Vec::new();
    for (lang, l) in [(Lang::Vi, "vi"), (Lang::En, "en")] {
        for (theme, t) in [(Theme::Light, "light"), (Theme::Dark, "dark")] {
            let base = Shot {
                name: String::new(),
                lang,
                theme,
                page: Page::Overview,
                chart: None,
                slide: None,
                select: false,
                tab: Tab::Matrix,
                start: false,
            };
            out.push(Shot {
                name: format!("start-{l}-{t}"),
                start: true,
                ..base.clone()
            });
            for tab in [Tab::Distribution, Tab::Roadmap, Tab::Villages] {
                out.push(Shot {
                    name: format!("{}-{l}-{t}", tab.key()),
                    page: Page::Communes,
                    tab,
                    ..base.clone()
                });
            }
            for page in Page::ALL {
                out.push(Shot {
                    name: format!("{}-{l}-{t}", page.key()),
                    page,
                    ..base.clone()
                });
            }
            for page in [Page::Communes, Page::Projects, Page::Tasks] {
                out.push(Shot {
                    name: format!("{}-selected-{l}-{t}", page.key()),
                    page,
                    select: true,
                    ..base.clone()
                });
            }
            if theme == Theme::Light {
                for kind in ChartKind::ALL {
                    out.push(Shot {
                        name: format!("chart-{}-{l}", kind.name()),
                        page: Page::Charts,
                        chart: Some(kind),
                        ..base.clone()
                    });
                }
                for i in 0..ChartKind::ALL.len() {
                    out.push(Shot {
                        name: format!("slide-{}-{l}", i + 1),
                        slide: Some(i),
                        ..base.clone()
                    });
                }
            }
        }
    }
    out
}

fn main() -> eframe::Result {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (plan, out) = match args.as_slice() {
        [plan, out, ..] => (plan.clone(), PathBuf::from(out)),
        _ => {
            eprintln!("usage: window_tour PLAN.ntm|national|empty OUT_DIR [WIDTHxHEIGHT]");
            std::process::exit(2);
        }
    };
    let size = args
        .get(2)
        .and_then(|s| s.split_once('x'))
        .and_then(|(w, h)| Some([w.parse().ok()?, h.parse().ok()?]))
        .unwrap_or([1600.0, 1000.0]);
    std::fs::create_dir_all(&out).expect("the output folder");
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("NTM Planner")
            .with_inner_size(size),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "NTM Planner",
        options,
        Box::new(move |_cc| {
            let home = std::env::temp_dir().join(format!("ntm-tour-{}", std::process::id()));
            let dirs = AppDirs::under(&home);
            let mut app = match plan.as_str() {
                "national" => {
                    let mut app = NtmApp::new(dirs, None);
                    app.doc = Some(ntm_planner::document::Document::new(
                        ntm_planner::synthetic::national_plan(3321, 700, 16000, 1),
                    ));
                    app
                }
                "empty" => {
                    let mut app = NtmApp::new(dirs, None);
                    app.send(Command::New("2026-2030"));
                    app
                }
                path => NtmApp::new(dirs, Some(PathBuf::from(path))),
            };
            app.dialog = None;
            Ok(Box::new(Tour {
                app,
                shots: shots(),
                at: 0,
                frames: 0,
                requested: false,
                out,
                taken: std::sync::Arc::new(std::sync::Mutex::new(None)),
                parked: None,
            }))
        }),
    )
}

struct Tour {
    app: NtmApp,
    shots: Vec<Shot>,
    at: usize,
    frames: u32,
    requested: bool,
    out: PathBuf,
    /// The picture the screenshot callback handed back.
    taken: std::sync::Arc<std::sync::Mutex<Option<std::sync::Arc<egui::ColorImage>>>>,
    /// The plan, while the start page is shown.
    parked: Option<ntm_planner::document::Document>,
}

impl Tour {
    fn set_up(&mut self, shot: &Shot) {
        let app = &mut self.app;
        app.prefs.lang = shot.lang;
        app.prefs.theme = shot.theme;
        app.page = shot.page;
        app.presenting = shot.slide;
        app.matrix.tab = shot.tab;
        if shot.start {
            if let Some(d) = app.doc.take() {
                self.parked = Some(d);
            }
        } else if let Some(d) = self.parked.take() {
            app.doc = Some(d);
        }
        let app = &mut self.app;
        if let Some(k) = shot.chart {
            app.chart_kind = k;
        }
        let has_doc = app.doc.is_some();
        if shot.select && has_doc {
            app.matrix.commune = Some(0);
            app.matrix.anchor = Some((1, 1));
            app.matrix.cursor = Some((1, 1));
            app.projects_view.selected = app
                .doc
                .as_ref()
                .and_then(|d| d.plan.projects.first())
                .map(|p| p.id.clone());
            app.tasks_view.selected = Some(0);
        } else {
            app.matrix.commune = None;
            app.matrix.anchor = None;
            app.matrix.cursor = None;
            app.projects_view.selected = None;
            app.tasks_view.selected = None;
        }
    }
}

impl eframe::App for Tour {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let Some(shot) = self.shots.get(self.at).cloned() else {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        };
        if self.frames == 0 {
            self.set_up(&shot);
        }
        self.app.frame(ui);
        self.frames += 1;
        let image = self.taken.lock().ok().and_then(|mut t| t.take());
        if let Some(image) = image {
            let path = self.out.join(format!("{}.png", shot.name));
            save(&path, &image);
            eprintln!("{}", path.display());
            self.at += 1;
            self.frames = 0;
            self.requested = false;
        } else if self.frames > 12 && !self.requested {
            let slot = self.taken.clone();
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                if let Ok(mut s) = slot.lock() {
                    *s = Some(image);
                }
                repaint.request_repaint();
            });
            self.requested = true;
        }
        ctx.request_repaint();
    }
}

fn save(path: &std::path::Path, image: &egui::ColorImage) {
    let [w, h] = image.size;
    let mut bytes = Vec::with_capacity(w * h * 4);
    for p in &image.pixels {
        bytes.extend_from_slice(&p.to_array());
    }
    let file = std::fs::File::create(path).expect("a picture file");
    let mut enc = png::Encoder::new(std::io::BufWriter::new(file), w as u32, h as u32);
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    let mut writer = enc.write_header().expect("a PNG header");
    writer.write_image_data(&bytes).expect("PNG data");
}
