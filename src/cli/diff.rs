//! `ntm-planner diff A.ntm B.ntm`: exit 0 identical, 1 different, 2 unreadable.

use super::out::{errln, outln};
use crate::format;
use crate::lang::Lang;
use std::path::Path;
use std::process::ExitCode;

pub fn run(a: &Path, b: &Path, lang: Lang) -> ExitCode {
    let load = |p: &Path| match format::load_file(p) {
        Ok(l) => Some(l.plan),
        Err(e) => {
            errln!("{}: {}", p.display(), e.message(lang));
            None
        }
    };
    let (Some(pa), Some(pb)) = (load(a), load(b)) else {
        return ExitCode::from(2);
    };
    let diffs = crate::diff::diff(&pa, &pb);
    for d in &diffs {
        // One difference, one line: a value holding line breaks cannot add lines.
        outln!("{}", crate::text::shown_max(&d.message(lang), usize::MAX));
    }
    if diffs.is_empty() {
        outln!("{}", crate::i18n::tr(lang, "diff-cli-same"));
        ExitCode::SUCCESS
    } else {
        outln!(
            "{}",
            crate::i18n::tr_args(lang, "diff-cli-count", &[("n", diffs.len().into())])
        );
        ExitCode::from(1)
    }
}
