//! `ntm-planner fmt FILE...`: canonical layout, as the program itself saves.

use super::out::{errln, outln};
use crate::format;
use crate::i18n::{tr, tr_args};
use crate::lang::Lang;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(files: &[PathBuf], check_only: bool, lang: Lang) -> ExitCode {
    let mut code = 0u8;
    for path in files {
        let loaded = match format::load_file(path) {
            Ok(l) => l,
            Err(e) => {
                errln!("{}: {}", path.display(), e.message(lang));
                code = 2;
                continue;
            }
        };
        for n in &loaded.notices {
            errln!(
                "{}: {}: {}",
                path.display(),
                tr(lang, "cli-note"),
                n.text(lang)
            );
        }
        let text = match format::to_string(&loaded.plan) {
            Ok(t) => t,
            Err(e) => {
                errln!("{}: {}", path.display(), e.message(lang));
                code = 2;
                continue;
            }
        };
        let current = std::fs::read(path).unwrap_or_default();
        if current == text.as_bytes() {
            continue;
        }
        if check_only {
            outln!("{}: {}", path.display(), tr(lang, "cli-fmt-not-canonical"));
            code = code.max(1);
            continue;
        }
        match format::save_file(&loaded.plan, path) {
            Ok(()) => outln!(
                "{}: {}",
                path.display(),
                tr_args(
                    lang,
                    "cli-fmt-rewritten",
                    &[(
                        "backup",
                        (&format::backup_path(path).display().to_string()).into()
                    )]
                )
            ),
            Err(e) => {
                errln!("{}: {}", path.display(), e.message(lang));
                code = 2;
            }
        }
    }
    ExitCode::from(code)
}
