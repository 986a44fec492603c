//! `ntm-planner check FILE...`

use super::out::{errln, outln};
use crate::check::{self, Severity};
use crate::format;
use crate::lang::Lang;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(files: &[PathBuf], lang: Lang) -> ExitCode {
    let mut worst = 0u8;
    for path in files {
        match format::load_file(path) {
            Err(e) => {
                errln!("{}: {}", path.display(), e.message(lang));
                worst = 2;
            }
            Ok(loaded) => {
                for n in &loaded.notices {
                    outln!(
                        "{}: {}: {}",
                        path.display(),
                        lang.pick("lưu ý", "note"),
                        n.text(lang)
                    );
                }
                let findings = check::check(&loaded.plan);
                let errors = findings
                    .iter()
                    .filter(|f| f.severity == Severity::Error)
                    .count();
                let warnings = findings.len() - errors;
                for f in &findings {
                    let sev = match f.severity {
                        Severity::Error => lang.pick("LỖI", "ERROR"),
                        Severity::Warning => lang.pick("cảnh báo", "warning"),
                    };
                    outln!(
                        "{}: {sev} [{}]: {}",
                        path.display(),
                        f.rule,
                        crate::text::shown_max(f.message(lang), usize::MAX)
                    );
                }
                outln!(
                    "{}: {}",
                    path.display(),
                    crate::i18n::tr_args(
                        lang,
                        "status-findings",
                        &[("errors", errors.into()), ("warnings", warnings.into())]
                    )
                );
                if errors > 0 {
                    worst = worst.max(1);
                }
            }
        }
    }
    ExitCode::from(worst)
}
