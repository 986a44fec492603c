//! `ntm-planner export FILE --xlsx OUT.xlsx`

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
            eprintln!("{}: {e}", file.display());
            return ExitCode::from(2);
        }
    };
    let plan = &loaded.plan;
    match export::export_file(plan, xlsx, &NoProgress) {
        Ok(()) => {
            let sheets = export::sheet_names(plan);
            println!(
                "{}: {} {} {}",
                xlsx.display(),
                lang.pick("đã ghi", "written:"),
                sheets.len(),
                lang.pick("biểu", "sheets")
            );
            for s in sheets {
                println!("  {s}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!(
                "{}: {}: {e}",
                xlsx.display(),
                lang.pick("không xuất được", "export failed")
            );
            ExitCode::from(1)
        }
    }
}
