//! `ntm-planner import FILE.ntm --xlsx IN.xlsx [--sheet NAME] --out OUT.ntm`
//!
//! Reads a commune × criteria sheet (or a CSV file) into a copy of the plan and
//! writes it to OUT; prints what changed and every row or cell it could not use.
//! Exit 0 when something matched (problems are printed), 2 when nothing matched or
//! a file cannot be read.

use super::out::{errln, outln};
use crate::excel::import::{self, ImportOptions};
use crate::format;
use crate::lang::Lang;
use crate::matrix::Layer;
use crate::progress::NoProgress;
use std::path::Path;
use std::process::ExitCode;

pub fn run(
    file: &Path,
    xlsx: &Path,
    sheet: Option<&str>,
    out: &Path,
    layer: Layer,
    lang: Lang,
) -> ExitCode {
    let same = out == file
        || matches!(
            (std::fs::canonicalize(out), std::fs::canonicalize(file)),
            (Ok(a), Ok(b)) if a == b
        );
    if same {
        errln!(
            "{}: {}",
            out.display(),
            lang.pick(
                "không ghi đè kế hoạch gốc; hãy chọn tệp --out khác",
                "will not overwrite the input plan; choose another --out file"
            )
        );
        return ExitCode::from(2);
    }
    let mut plan = match format::load_file(file) {
        Ok(l) => l.plan,
        Err(e) => {
            errln!("{}: {}", file.display(), e.message(lang));
            return ExitCode::from(2);
        }
    };
    let grid = match import::read_file(xlsx, sheet, &NoProgress) {
        Ok(g) => g,
        Err(e) => {
            errln!("{}: {}", xlsx.display(), e.message(lang));
            return ExitCode::from(2);
        }
    };
    let preview = match import::preview(&plan, &grid, ImportOptions { layer }, &NoProgress) {
        Ok(p) => p,
        Err(e) => {
            errln!("{}: {}", xlsx.display(), e.message(lang));
            return ExitCode::from(2);
        }
    };
    for line in preview.summary(lang) {
        outln!("{line}");
    }
    if preview.matched.is_empty() {
        errln!(
            "{}",
            lang.pick(
                "không dòng nào khớp với xã của kế hoạch; không ghi tệp",
                "no row matched a commune of the plan; nothing written"
            )
        );
        return ExitCode::from(2);
    }
    preview.edit().apply(&mut plan);
    if let Err(e) = format::save_file(&plan, out) {
        errln!("{}: {}", out.display(), e.message(lang));
        return ExitCode::from(2);
    }
    outln!("{}: {}", out.display(), lang.pick("đã ghi", "written"));
    ExitCode::SUCCESS
}
