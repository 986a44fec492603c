//! `ntm-planner send PLAN.ntm --out DIR [--communes ID,…] [--xlsx ID,…|all] [--replace]`
//!
//! One work file per commune into DIR (a `.ntm`, or an `.xlsx` form for the
//! communes named by `--xlsx`) and the manifest `_gui-xa.ron`. Exit 0 when
//! written, 2 when the plan cannot be read or nothing could be written.

use crate::i18n::{tr, tr_args};
use crate::lang::Lang;
use crate::progress::NoProgress;
use crate::rounds::{Form, SendOptions, send};
use std::path::Path;
use std::process::ExitCode;

pub fn run(
    file: &Path,
    out: &Path,
    communes: &[String],
    xlsx: &[String],
    replace: bool,
    lang: Lang,
) -> ExitCode {
    let plan = match crate::format::load_file(file) {
        Ok(l) => l.plan,
        Err(e) => {
            eprintln!("{}: {}", file.display(), e.message(lang));
            return ExitCode::from(2);
        }
    };
    let Some(date) = crate::model::date::today() else {
        return ExitCode::from(2);
    };
    let mut options = SendOptions::all(&plan, date);
    options.replace = replace;
    options.plan_file = crate::rounds::file_name(file);
    if !communes.is_empty() {
        for id in communes {
            if plan.commune(id).is_none() {
                eprintln!(
                    "{}",
                    crate::rounds::RoundError::UnknownCommune(id.clone()).message(lang)
                );
                return ExitCode::from(2);
            }
        }
        options.communes.retain(|(id, _)| communes.contains(id));
    }
    let all_xlsx = xlsx.iter().any(|x| x == "all");
    for (id, form) in &mut options.communes {
        if all_xlsx || xlsx.contains(id) {
            *form = Form::Xlsx;
        }
    }
    match send(&plan, out, &options, &NoProgress) {
        Ok(sent) => {
            println!(
                "{}",
                tr_args(
                    lang,
                    "send-cli-done",
                    &[
                        ("n", sent.files.len().into()),
                        ("dir", out.display().to_string().as_str().into()),
                    ],
                )
            );
            println!(
                "{}: {}",
                tr(lang, "send-cli-manifest"),
                sent.manifest.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", e.message(lang));
            ExitCode::from(2)
        }
    }
}
