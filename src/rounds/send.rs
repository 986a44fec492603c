//! "Gửi xã…": one work file per commune into a folder, and the manifest.

use super::manifest::{Form, Manifest, SentCommune, fingerprint, plan_fingerprint};
use super::{RoundError, file_stem};
use crate::merge::Scope;
use crate::model::{Date, Plan, WorkFile};
use crate::progress::{Progress, Steps};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq)]
pub struct SendOptions {
    /// The communes to send to (ids, in the plan's order) and how.
    pub communes: Vec<(String, Form)>,
    /// The day of sending.
    pub date: Date,
    /// The plan's file name, for the manifest.
    pub plan_file: String,
    /// Replace an earlier sending in the same folder.
    pub replace: bool,
}

impl SendOptions {
    /// Every commune of the plan, as `.ntm` files.
    pub fn all(plan: &Plan, date: Date) -> SendOptions {
        SendOptions {
            communes: plan
                .communes
                .iter()
                .map(|c| (c.id.clone(), Form::Ntm))
                .collect(),
            date,
            plan_file: String::new(),
            replace: false,
        }
    }
}

/// What a sending wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Sent {
    pub manifest: PathBuf,
    pub files: Vec<PathBuf>,
}

/// Write the work files and the manifest into `dir`. A cancelled or failed sending
/// removes what it wrote.
pub fn send(
    plan: &Plan,
    dir: &Path,
    options: &SendOptions,
    progress: &dyn Progress,
) -> Result<Sent, RoundError> {
    if options.communes.is_empty() {
        return Err(RoundError::NoCommunes);
    }
    let manifest_path = dir.join(super::MANIFEST_FILE);
    if manifest_path.exists() && !options.replace {
        return Err(RoundError::AlreadySent(dir.display().to_string()));
    }
    std::fs::create_dir_all(dir).map_err(RoundError::io(dir))?;
    let revision = plan_fingerprint(plan);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let round = fingerprint(&format!("{revision}{nanos}{}", std::process::id()))[..12].to_string();
    let mut written: Vec<PathBuf> = Vec::new();
    let result = write_all(plan, dir, options, &round, &mut written, progress);
    let communes = match result {
        Ok(c) => c,
        Err(e) => {
            for f in &written {
                let _ = std::fs::remove_file(f);
            }
            return Err(e);
        }
    };
    let manifest = Manifest {
        round,
        sent: options.date,
        province: plan.header.province.clone(),
        year: plan.header.year,
        title: plan.header.title.clone(),
        criteria_set: plan.criteria_set.id.clone(),
        revision,
        plan_file: options.plan_file.clone(),
        communes,
        plan: plan.clone(),
    };
    match manifest.save(dir) {
        Ok(path) => {
            progress.report(1.0);
            Ok(Sent {
                manifest: path,
                files: written,
            })
        }
        Err(e) => {
            for f in &written {
                let _ = std::fs::remove_file(f);
            }
            Err(e)
        }
    }
}

fn write_all(
    plan: &Plan,
    dir: &Path,
    options: &SendOptions,
    round: &str,
    written: &mut Vec<PathBuf>,
    progress: &dyn Progress,
) -> Result<Vec<SentCommune>, RoundError> {
    let index = crate::merge::scope::PlanIndex::of(plan);
    let mut names = HashSet::new();
    let mut out = Vec::new();
    let mut steps = Steps::new(progress, options.communes.len(), 0.0, 0.95);
    for (id, form) in &options.communes {
        let Some(c) = plan.commune(id) else {
            return Err(RoundError::UnknownCommune(id.clone()));
        };
        // One file per commune: a name met before takes the commune's id too, and
        // (ids that fold alike, names cut to the same start) a number after that.
        let mut stem = file_stem(&c.name);
        if names.contains(&stem) {
            stem = format!("{stem}-{}", file_stem(id));
        }
        let first = stem.clone();
        let mut n = 2;
        while !names.insert(stem.clone()) {
            stem = format!("{first}-{n}");
            n += 1;
        }
        let file = format!("{stem}.{}", form.extension());
        let path = dir.join(&file);
        let scope = Scope::of([id.clone()]);
        let mut work = scope.extract_indexed(plan, &index);
        work.work_file = Some(WorkFile {
            round: round.to_string(),
            commune: id.clone(),
            sent: options.date,
        });
        match form {
            Form::Ntm => {
                let text = crate::format::to_string(&work).map_err(RoundError::write)?;
                crate::format::save::write_atomic_located(&path, text.as_bytes())
                    .map_err(RoundError::write)?;
            }
            Form::Xlsx => {
                let bytes = super::form::to_bytes(&work).map_err(|e| e.for_file(&path))?;
                crate::format::save::write_atomic_located(&path, &bytes)
                    .map_err(RoundError::write)?;
            }
        }
        written.push(path);
        out.push(SentCommune {
            id: id.clone(),
            name: c.name.clone(),
            file,
            form: *form,
            fingerprint: fingerprint(&scope.own_indexed(plan, &index).tree().canonical()),
        });
        if !steps.step() {
            return Err(RoundError::Cancelled);
        }
    }
    Ok(out)
}
