//! `ntm-planner export FILE --xlsx OUT.xlsx`

use super::out::{errln, outln};
use crate::excel::export;
use crate::format;
use crate::lang::Lang;
use crate::progress::NoProgress;
use std::path::Path;
use std::process::ExitCode;

pub fn run(file: &Path, xlsx: &Path, lang: Lang) -> ExitCode {
    let loaded = match format::load_file(file) {
        Ok(l) => l,
        Err(e) => {
            errln!("{}: {}", file.display(), e.message(lang));
            return ExitCode::from(2);
        }
    };
    let plan = &loaded.plan;
    match export::export_file(plan, xlsx, Some(file), &NoProgress) {
        Ok(()) => {
            let sheets = export::sheet_names(plan);
            outln!(
                "{}: {} {} {}",
                xlsx.display(),
                lang.pick("đã ghi", "written:"),
                sheets.len(),
                lang.pick("biểu", "sheets")
            );
            for s in sheets {
                outln!("  {s}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            errln!(
                "{}: {}: {}",
                xlsx.display(),
                lang.pick("không xuất được", "export failed"),
                e.message(lang)
            );
            ExitCode::from(1)
        }
    }
}
