//! `ntm-planner diff A.ntm B.ntm`: exit 0 identical, 1 different, 2 unreadable.

use crate::format;
use crate::lang::Lang;
use std::path::Path;
use std::process::ExitCode;

pub fn run(a: &Path, b: &Path, lang: Lang) -> ExitCode {
    let load = |p: &Path| match format::load_file(p) {
        Ok(l) => Some(l.plan),
        Err(e) => {
            eprintln!("{}: {e}", p.display());
            None
        }
    };
    let (Some(pa), Some(pb)) = (load(a), load(b)) else {
        return ExitCode::from(2);
    };
    let diffs = crate::diff::diff(&pa, &pb);
    for d in &diffs {
        println!("{}", d.message(lang));
    }
    if diffs.is_empty() {
        println!("{}", crate::i18n::tr(lang, "diff-cli-same"));
        ExitCode::SUCCESS
    } else {
        println!(
            "{}",
            crate::i18n::tr_args(lang, "diff-cli-count", &[("n", diffs.len().into())])
        );
        ExitCode::from(1)
    }
}
