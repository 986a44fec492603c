//! `ntm-planner document FILE --docx OUT.docx`: the plan as the Word document an
//! office signs (Decree 30/2020/NĐ-CP layout), with no window.

use super::out::{errln, outln};
use crate::format;
use crate::lang::Lang;
use crate::progress::NoProgress;
use crate::report;
use std::path::Path;
use std::process::ExitCode;

pub fn run(file: &Path, docx: &Path, lang: Lang) -> ExitCode {
    let loaded = match format::load_file(file) {
        Ok(l) => l,
        Err(e) => {
            errln!("{}: {}", file.display(), e.message(lang));
            return ExitCode::from(2);
        }
    };
    match report::write_docx(&loaded.plan, docx, &NoProgress) {
        Ok(()) => {
            let forms = report::build(&loaded.plan).map_or(0, |d| d.appendices.len());
            outln!(
                "{}: {} ({} {})",
                docx.display(),
                lang.pick("đã ghi văn bản kế hoạch", "plan document written"),
                forms,
                lang.pick("biểu kèm theo", "appendix forms")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            errln!("{}: {}", docx.display(), e.message(lang));
            ExitCode::from(1)
        }
    }
}
