//! `ntm-planner chart FILE --kind KIND --out PATH.png|PATH.svg [--size WxH]`: a chart
//! of a plan as a picture, with no window (for reports, slides and CI);
//! `--kind list` prints the kinds.

use super::out::{errln, out};
use crate::charts::{ChartKind, ChartSpec, png, svg};
use crate::figures;
use crate::format;
use crate::lang::Lang;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What the picture is written as, from the output's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Output {
    Png,
    Svg,
}

fn output_of(path: &Path) -> Option<Output> {
    let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
    match ext.as_str() {
        "png" => Some(Output::Png),
        "svg" => Some(Output::Svg),
        _ => None,
    }
}

/// The kinds, one a line: name, a tab, what it shows.
pub fn list(lang: Lang) -> String {
    ChartKind::ALL
        .iter()
        .map(|k| format!("{}\t{}\n", k.name(), k.describe(lang)))
        .collect()
}

pub fn run(
    file: Option<&Path>,
    kind: &str,
    out: Option<&PathBuf>,
    size: &str,
    lang: Lang,
) -> ExitCode {
    if kind.trim() == "list" {
        out!("{}", list(lang));
        return ExitCode::SUCCESS;
    }
    let Some(k) = ChartKind::from_name(kind) else {
        let names: Vec<&str> = ChartKind::ALL.iter().map(|k| k.name()).collect();
        errln!(
            "unknown chart kind \"{kind}\": use one of {} (or --kind list)",
            names.join(", ")
        );
        return ExitCode::from(2);
    };
    let Some(file) = file else {
        errln!(
            "which plan? give the plan file: ntm-planner chart FILE --kind {kind} --out OUT.png"
        );
        return ExitCode::from(2);
    };
    let Some(out) = out else {
        errln!("where to? give --out PATH.png or --out PATH.svg");
        return ExitCode::from(2);
    };
    let Some(output) = output_of(out) else {
        errln!("{}: the output must end in .png or .svg", out.display());
        return ExitCode::from(2);
    };
    let (w, h) = match png::parse_size(size) {
        Ok(s) => s,
        Err(e) => {
            errln!("--size {size}: {e} (write it as WIDTHxHEIGHT, e.g. 1920x1080)");
            return ExitCode::from(2);
        }
    };
    let loaded = match format::load_file(file) {
        Ok(l) => l,
        Err(e) => {
            errln!("{}: {}", file.display(), e.message(lang));
            return ExitCode::from(2);
        }
    };
    let figs = match figures::compute(&loaded.plan) {
        Ok(f) => f,
        Err(e) => {
            errln!("{}: {}", file.display(), e.message(lang));
            return ExitCode::from(1);
        }
    };
    let spec = ChartSpec::build(k, &loaded.plan, &figs, lang);
    if let crate::charts::ChartBody::NoData(msg) = &spec.body {
        errln!("{}: note: {msg}", file.display());
    }
    let bytes = match output {
        Output::Svg => svg::render(&spec, w, h).into_bytes(),
        Output::Png => match png::encode(&spec, w, h) {
            Ok(b) => b,
            Err(e) => {
                errln!("{}: {e}", out.display());
                return ExitCode::from(1);
            }
        },
    };
    if let Err(e) = format::save::write_export(out, &bytes, &[file]) {
        errln!("{}", e.message(lang));
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
