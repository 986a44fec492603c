//! `ntm-planner chart FILE --kind KIND --out PATH.png|PATH.svg|PATH.pdf [--size WxH]`: a chart
//! of a plan as a picture, with no window (for reports, slides and CI);
//! `--kind list` prints the kinds.

use super::out::{errln, out};
use crate::charts::{ChartKind, ChartSpec, pdf, png, svg};
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
    /// One 16:9 page (the size is the slide's; `--size` is not used).
    Pdf,
}

fn output_of(path: &Path) -> Option<Output> {
    let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
    match ext.as_str() {
        "png" => Some(Output::Png),
        "svg" => Some(Output::Svg),
        "pdf" => Some(Output::Pdf),
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
        errln!(
            "{}",
            tr_args(lang, "cli-chart-no-plan", &[("kind", kind.into())])
        );
        return ExitCode::from(2);
    };
    let Some(out) = out else {
        errln!("{}", tr(lang, "cli-chart-no-out"));
        return ExitCode::from(2);
    };
    let Some(output) = output_of(out) else {
        errln!("{}: {}", out.display(), tr(lang, "cli-chart-extension"));
        return ExitCode::from(2);
    };
    let (w, h) = match png::parse_size(size) {
        Ok(s) => s,
        Err(e) => {
            errln!(
                "{}",
                tr_args(
                    lang,
                    "cli-chart-size",
                    &[("size", size.into()), ("error", (&e.message(lang)).into())]
                )
            );
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
        errln!("{}: {}: {msg}", file.display(), tr(lang, "cli-note"));
    }
    let bytes = match output {
        Output::Svg => svg::render(&spec, w, h).into_bytes(),
        Output::Pdf => match pdf::render(
            std::slice::from_ref(&spec),
            &spec.title,
            lang,
            &crate::progress::NoProgress,
        ) {
            Ok(b) => b,
            Err(e) => {
                errln!("{}: {}", out.display(), e.message(lang));
                return ExitCode::from(1);
            }
        },
        Output::Png => match png::encode(&spec, w, h) {
            Ok(b) => b,
            Err(e) => {
                errln!("{}: {}", out.display(), e.message(lang));
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
