//! Starting the window. The preferred renderer is OpenGL (glow); if it cannot start
//! (Remote Desktop, a basic display driver), the program starts itself again with
//! wgpu (Direct3D 12/Vulkan, with a software adapter where there is no GPU), and the
//! other way round. If neither starts, the user gets a readable message, not a
//! silent exit. `--renderer wgpu|glow` forces one.

use super::NtmApp;
use crate::prefs::{AppDirs, Preferences};
use eframe::egui;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RendererChoice {
    Glow,
    Wgpu,
}

impl RendererChoice {
    fn other(self) -> RendererChoice {
        match self {
            RendererChoice::Glow => RendererChoice::Wgpu,
            RendererChoice::Wgpu => RendererChoice::Glow,
        }
    }

    fn name(self) -> &'static str {
        match self {
            RendererChoice::Glow => "glow",
            RendererChoice::Wgpu => "wgpu",
        }
    }
}

/// When the process started (set first thing in `run`).
static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// With `NTM_PLANNER_REPORT_STARTUP` set, print the time from start to the first
/// frame drawn with the plan (for measuring start-up; see `scripts/xvfb-check.sh`).
pub fn report_first_frame() {
    if std::env::var_os("NTM_PLANNER_REPORT_STARTUP").is_some()
        && let Some(t) = STARTED.get()
    {
        eprintln!(
            "ntm-planner: first frame after {} ms",
            t.elapsed().as_millis()
        );
    }
}

/// Set in the environment of the second attempt, so it does not try a third.
const FALLBACK_ENV: &str = "NTM_PLANNER_RENDERER_FALLBACK";

/// Note the moment the process started (first thing in `main`).
pub fn mark_start() {
    STARTED.get_or_init(std::time::Instant::now);
}

pub fn run(file: Option<PathBuf>, forced: Option<RendererChoice>) -> ExitCode {
    mark_start();
    let first = forced.unwrap_or(RendererChoice::Glow);
    let error = match start(first, file.clone()) {
        Ok(()) => return ExitCode::SUCCESS,
        Err(e) => e,
    };
    eprintln!(
        "ntm-planner: the {} renderer could not start: {error}",
        first.name()
    );
    let is_fallback = std::env::var_os(FALLBACK_ENV).is_some();
    if forced.is_none() && !is_fallback {
        // A second event loop in one process is not allowed: start a new process.
        let second = first.other();
        eprintln!("ntm-planner: trying the {} renderer", second.name());
        if let Ok(exe) = std::env::current_exe() {
            let mut cmd = std::process::Command::new(exe);
            cmd.arg("--renderer")
                .arg(second.name())
                .env(FALLBACK_ENV, "1");
            if let Some(f) = &file {
                cmd.arg(f);
            }
            match cmd.status() {
                Ok(s) if s.success() => return ExitCode::SUCCESS,
                Ok(_) => return ExitCode::from(1),
                Err(e) => eprintln!("ntm-planner: cannot start the second attempt: {e}"),
            }
        }
    }
    if is_fallback || forced.is_some() || forced.is_none() {
        report_failure(&error);
    }
    ExitCode::from(1)
}

fn start(renderer: RendererChoice, file: Option<PathBuf>) -> Result<(), String> {
    let dirs = AppDirs::from_env();
    let prefs = Preferences::load(&dirs);
    let size = prefs.window_size.unwrap_or([1280.0, 800.0]);
    let icon =
        eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon/ntm-planner-256.png"))
            .ok();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("NTM Planner")
        .with_inner_size(size)
        .with_min_inner_size([640.0, 420.0])
        .with_drag_and_drop(true);
    if let Some(icon) = icon {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer: match renderer {
            RendererChoice::Glow => eframe::Renderer::Glow,
            RendererChoice::Wgpu => eframe::Renderer::Wgpu,
        },
        ..Default::default()
    };
    eframe::run_native(
        "NTM Planner",
        options,
        Box::new(move |_cc| Ok(Box::new(NtmApp::new(dirs, file)))),
    )
    .map_err(|e| e.to_string())
}

/// Tell the user the window could not start, in a native message box where there is
/// one, and on stderr.
fn report_failure(error: &str) {
    let text = format!(
        "NTM Planner không khởi động được cửa sổ: máy tính không có trình điều khiển đồ họa phù hợp (OpenGL 2 hoặc Direct3D 12/Vulkan).\n\
         Hãy cập nhật trình điều khiển card màn hình, hoặc chạy trên máy khác. Các lệnh dòng lệnh (check, summary) vẫn dùng được.\n\n\
         NTM Planner could not open its window: no usable graphics driver (OpenGL 2 or Direct3D 12/Vulkan).\n\nChi tiết / details: {error}"
    );
    eprintln!("{text}");
    let _ = rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title("NTM Planner")
        .set_description(&text)
        .show();
}
