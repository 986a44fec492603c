//! `ntm-planner deck FILE --pdf OUT.pdf`: the presentation deck (the slides chosen
//! on the Charts page, else every chart with data) as a PDF, one 16:9 page each.

use super::out::{errln, outln};
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
            errln!("{}: {}", file.display(), e.message(lang));
            return ExitCode::from(2);
        }
    };
    let plan = &loaded.plan;
    let figs = match figures::compute(plan) {
        Ok(f) => f,
        Err(e) => {
            errln!("{}: {}", file.display(), e.message(lang));
            return ExitCode::from(1);
        }
    };
    let slides = charts::deck(plan, &figs, lang);
    match pdf::write(&slides, &plan.header.title, lang, out, &NoProgress) {
        Ok(()) => {
            outln!(
                "{}: {} {} {}",
                out.display(),
                lang.pick("đã ghi", "written:"),
                slides.len(),
                lang.pick("trang", "pages")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            errln!("{}: {}", out.display(), e.message(lang));
            ExitCode::from(1)
        }
    }
}
