//! `ntm-planner gather PLAN.ntm --from DIR [--manifest FILE] [--accept clean|all]
//! [--conflicts keep|take] [--out OUT.ntm] [--report REPORT.xlsx]`
//!
//! Reads every returned file in DIR against the sending's manifest and prints the
//! board: each commune returned or missing, its file, changes, conflicts and the
//! checker's findings, and every refused file with its reason. With `--out`, writes
//! the plan with the returns taken (the clean ones, or `--accept all` also those
//! with conflicts, decided by `--conflicts`); with `--report`, the consolidation
//! report. Exit 0 when every file was taken or unchanged, 1 when a file is refused
//! or a conflict was met, 2 when the plan, the folder or the manifest cannot be read.

use crate::i18n::tr_args;
use crate::lang::Lang;
use crate::merge::Choice;
use crate::progress::NoProgress;
use crate::rounds::{Status, gather_dir};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::process::ExitCode;

#[allow(clippy::too_many_arguments)]
pub fn run(
    file: &Path,
    from: &Path,
    manifest: Option<&Path>,
    accept_all: bool,
    take_theirs: bool,
    out: Option<&Path>,
    report: Option<&Path>,
    lang: Lang,
) -> ExitCode {
    if let Some(o) = out
        && crate::cli::same_file(o, file)
    {
        eprintln!(
            "{}: {}",
            o.display(),
            crate::i18n::tr(lang, "cli-no-overwrite-input")
        );
        return ExitCode::from(2);
    }
    let plan = match crate::format::load_file(file) {
        Ok(l) => l.plan,
        Err(e) => {
            eprintln!("{}: {}", file.display(), e.message(lang));
            return ExitCode::from(2);
        }
    };
    let board = match gather_dir(&plan, from, manifest, &NoProgress) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{}", e.message(lang));
            return ExitCode::from(2);
        }
    };
    for line in board.summary(lang) {
        println!("{line}");
    }
    let mut accepted: HashSet<String> = board.clean().into_iter().collect();
    let mut choices = HashMap::new();
    if accept_all {
        for l in &board.lines {
            if matches!(l.status, Status::Conflicts) {
                accepted.insert(l.commune.clone());
                if let Some(m) = board.line_return(&l.commune).and_then(|r| r.merge.as_ref()) {
                    let c = if take_theirs {
                        Choice::TakeTheirs
                    } else {
                        Choice::KeepOurs
                    };
                    choices.insert(
                        l.commune.clone(),
                        m.conflicts.iter().map(|x| (x.id(), c)).collect(),
                    );
                }
            }
        }
    }
    println!(
        "{}",
        tr_args(
            lang,
            "gather-cli-total",
            &[
                (
                    "returned",
                    (board.count(Status::Returned) + board.count(Status::Conflicts)).into()
                ),
                ("missing", board.count(Status::Missing).into()),
                (
                    "refused",
                    (board.count(Status::Refused) + board.refused.len()).into()
                ),
                ("taken", accepted.len().into()),
            ],
        )
    );
    if let Some(o) = out {
        let result = board.result(&plan, &accepted, &choices);
        let written = result
            .map_err(|e| e.message(lang))
            .and_then(|p| crate::format::save_file(&p, o).map_err(|e| e.message(lang)));
        if let Err(e) = written {
            eprintln!("{}: {e}", o.display());
            return ExitCode::from(2);
        }
    }
    if let Some(r) = report
        && let Err(e) = crate::rounds::report::write(&board, &accepted, lang, r)
    {
        eprintln!("{}", e.message(lang));
        return ExitCode::from(2);
    }
    let troubled = board.count(Status::Refused) > 0
        || !board.refused.is_empty()
        || board.count(Status::Conflicts) > 0;
    if troubled {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
