//! `ntm-planner fmt FILE...`: canonical layout, as the program itself saves.

use super::out::{errln, outln};
use crate::format;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(files: &[PathBuf], check_only: bool) -> ExitCode {
    let mut code = 0u8;
    for path in files {
        let loaded = match format::load_file(path) {
            Ok(l) => l,
            Err(e) => {
                errln!("{}: {e}", path.display());
                code = 2;
                continue;
            }
        };
        for n in &loaded.notices {
            errln!("{}: note: {n}", path.display());
        }
        let text = match format::to_string(&loaded.plan) {
            Ok(t) => t,
            Err(e) => {
                errln!("{}: {e}", path.display());
                code = 2;
                continue;
            }
        };
        let current = std::fs::read(path).unwrap_or_default();
        if current == text.as_bytes() {
            continue;
        }
        if check_only {
            outln!("{}: not in canonical layout", path.display());
            code = code.max(1);
            continue;
        }
        match format::save_file(&loaded.plan, path) {
            Ok(()) => outln!(
                "{}: rewritten (previous file: {})",
                path.display(),
                format::backup_path(path).display()
            ),
            Err(e) => {
                errln!("{}: {e}", path.display());
                code = 2;
            }
        }
    }
    ExitCode::from(code)
}
