//! `ntm-planner deck FILE --pdf OUT.pdf`: the presentation deck (the slides chosen
//! on the Charts page, else every chart with data) as a PDF, one 16:9 page each.

use crate::charts::{self, pdf};
use crate::figures;
use crate::format;
use crate::lang::Lang;
use crate::progress::NoProgress;
use std::path::Path;
use std::process::ExitCode;

pub fn run(file: &Path, out: &Path, lang: Lang) -> ExitCode {
    let loaded = match format::load_file(file) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{}: {e}", file.display());
            return ExitCode::from(2);
        }
    };
    let plan = &loaded.plan;
    let figs = figures::compute(plan);
    let slides = charts::deck(plan, &figs, lang);
    match pdf::write(&slides, &plan.header.title, lang, out, &NoProgress) {
        Ok(()) => {
            println!(
                "{}: {} {} {}",
                out.display(),
                lang.pick("đã ghi", "written:"),
                slides.len(),
                lang.pick("trang", "pages")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}: {}", out.display(), e.message(lang));
            ExitCode::from(1)
        }
    }
}
