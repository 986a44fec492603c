//! `ntm-planner chart FILE --kind KIND --out PATH.png|PATH.svg [--size WxH]`: a chart
//! of a plan as a picture, with no window (for reports, slides and CI);
//! `--kind list` prints the kinds.

use crate::charts::{ChartKind, ChartSpec, png, svg};
use crate::figures;
use crate::format;
use crate::i18n::{tr, tr_args};
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
        print!("{}", list(lang));
        return ExitCode::SUCCESS;
    }
    let Some(k) = ChartKind::from_name(kind) else {
        let names: Vec<&str> = ChartKind::ALL.iter().map(|k| k.name()).collect();
        eprintln!(
            "{}",
            tr_args(
                lang,
                "cli-chart-unknown-kind",
                &[("kind", kind.into()), ("kinds", (&names.join(", ")).into())]
            )
        );
        return ExitCode::from(2);
    };
    let Some(file) = file else {
        eprintln!(
            "{}",
            tr_args(lang, "cli-chart-no-plan", &[("kind", kind.into())])
        );
        return ExitCode::from(2);
    };
    let Some(out) = out else {
        eprintln!("{}", tr(lang, "cli-chart-no-out"));
        return ExitCode::from(2);
    };
    let Some(output) = output_of(out) else {
        eprintln!("{}: {}", out.display(), tr(lang, "cli-chart-extension"));
        return ExitCode::from(2);
    };
    let (w, h) = match png::parse_size(size) {
        Ok(s) => s,
        Err(e) => {
            eprintln!(
                "{}",
                tr_args(
                    lang,
                    "cli-chart-size",
                    &[("size", size.into()), ("error", (&e.to_string()).into())]
                )
            );
            return ExitCode::from(2);
        }
    };
    let loaded = match format::load_file(file) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{}: {e}", file.display());
            return ExitCode::from(2);
        }
    };
    let figs = figures::compute(&loaded.plan);
    let spec = ChartSpec::build(k, &loaded.plan, &figs, lang);
    if let crate::charts::ChartBody::NoData(msg) = &spec.body {
        eprintln!("{}: {}: {msg}", file.display(), tr(lang, "cli-note"));
    }
    let bytes = match output {
        Output::Svg => svg::render(&spec, w, h).into_bytes(),
        Output::Png => match png::encode(&spec, w, h) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{}: {e}", out.display());
                return ExitCode::from(1);
            }
        },
    };
    if let Err(e) = format::save::write_atomic(out, &bytes) {
        eprintln!(
            "{}",
            tr_args(
                lang,
                "cli-cannot-write",
                &[
                    ("file", (&out.display().to_string()).into()),
                    ("error", (&e.to_string()).into())
                ]
            )
        );
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
