//! `ntm-planner carry FILE.ntm --out NEXT.ntm [--year YEAR] [--same-set]
//! [--register FILE] [--crosswalk FILE] [--decline KEY]... [--force] [--lang vi|en]`
//!
//! Next year's plan from this one: prints every change (with the key `--decline`
//! takes), each commune's new baseline and where it comes from, what stays behind and
//! the report (old communes not placed, split, outside the plan), then writes the new
//! plan. Across the 2025 reorganization when the plan's criteria set ends before the
//! new year and the province has a unit register. Exit 0 written, 2 refused.

use crate::carry::{self, Options};
use crate::format;
use crate::i18n::{Arg, tr_args};
use crate::lang::Lang;
use crate::prefs::AppDirs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub struct Args {
    pub file: PathBuf,
    pub out: PathBuf,
    pub year: Option<u16>,
    pub same_set: bool,
    pub register: Option<PathBuf>,
    pub crosswalk: Option<PathBuf>,
    pub decline: Vec<String>,
    pub force: bool,
    pub lang: Lang,
}

fn fail(lang: Lang, key: &str, args: &[(&str, Arg)]) -> ExitCode {
    eprintln!("{}", tr_args(lang, key, args));
    ExitCode::from(2)
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || matches!(
            (std::fs::canonicalize(a), std::fs::canonicalize(b)),
            (Ok(x), Ok(y)) if x == y
        )
}

pub fn run(a: Args) -> ExitCode {
    let lang = a.lang;
    let out_name = a.out.display().to_string();
    if same_file(&a.out, &a.file) {
        return fail(lang, "carry-cli-same-file", &[("file", (&out_name).into())]);
    }
    if a.out.exists() && !a.force {
        return fail(lang, "carry-cli-exists", &[("file", (&out_name).into())]);
    }
    let source = match format::load_file(&a.file) {
        Ok(l) => l.plan,
        Err(e) => {
            eprintln!("{}: {}", a.file.display(), e.message(lang));
            return ExitCode::from(2);
        }
    };
    let mut registers: Vec<crate::units::Register> =
        crate::units::store::available(&AppDirs::from_env())
            .0
            .into_iter()
            .map(|r| r.register)
            .collect();
    if let Some(path) = &a.register {
        match crate::units::store::read(path) {
            Ok(r) => registers.push(r),
            Err(e) => {
                eprintln!("{}", e.message(lang));
                return ExitCode::from(2);
            }
        }
    }
    let mut options = if a.same_set {
        Options {
            year: a.year.unwrap_or(source.header.year.saturating_add(1)),
            across: None,
        }
    } else {
        carry::options_with(&source, a.year, &registers)
    };
    if !a.same_set && options.across.is_none() && source.criteria_set.period_end < options.year {
        // The set ends before the year but the province has no register here.
        return fail(
            lang,
            "carry-cli-no-register",
            &[
                ("province", (&source.header.province).into()),
                ("year", Arg::Str(&options.year.to_string())),
            ],
        );
    }
    if let (Some(path), Some(across)) = (&a.crosswalk, options.across.as_mut()) {
        match carry::crosswalk::read(path, &source.criteria_set, &across.set) {
            Ok(c) => across.crosswalk = c,
            Err(e) => {
                eprintln!("{}", e.message(lang));
                return ExitCode::from(2);
            }
        }
    }
    let mut proposal = match carry::propose(&source, &options) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{}: {}", a.file.display(), e.message(lang));
            return ExitCode::from(2);
        }
    };
    for key in &a.decline {
        if !proposal.set_accepted(key, false) {
            return fail(lang, "carry-cli-no-change", &[("key", key.into())]);
        }
    }
    // Printed with errors ignored: a reader that stops early (`| head`) is not a
    // reason to leave the new plan unwritten.
    {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        for line in proposal.lines(lang) {
            if writeln!(out, "{line}").is_err() {
                break;
            }
        }
    }
    let plan = proposal.build();
    match format::save_file(&plan, &a.out) {
        Ok(()) => {
            use std::io::Write;
            let _ = writeln!(
                std::io::stdout(),
                "\n{}",
                tr_args(lang, "carry-cli-written", &[("file", (&out_name).into())])
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", e.message(lang));
            ExitCode::from(2)
        }
    }
}
