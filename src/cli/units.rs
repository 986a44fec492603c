//! `ntm-planner units import|list|show`: the unit registers on the command line.
//!
//! - `units import FILE [--province NAME] [--out OUT.ron]`: read a unit list (CSV or
//!   XLSX in the layout of the national table); without `--province` list the provinces
//!   found; with it, keep that province's register (in the program's data folder, where
//!   the window and `new` find it, or in OUT). Every unusable row is printed with its
//!   line and reason. Exit 0, or 2 when the file cannot be read or has no such province.
//! - `units list`: the registers the program offers (shipped and imported).
//! - `units show NAME|FILE.ron`: a register's units with their codes and old units.

use super::out::{errln, outln};
use crate::i18n::{Arg, tr, tr_args};
use crate::lang::Lang;
use crate::prefs::AppDirs;
use crate::progress::NoProgress;
use crate::units::Register;
use crate::units::import::{self, ImportOptions, UnitList};
use crate::units::store::{self, Source};
use std::path::Path;
use std::process::ExitCode;

fn describe(r: &Register, lang: Lang) -> String {
    r.describe(lang)
}

/// Read a unit list; a list without a province column is read again as `province`'s.
pub fn read_list(
    path: &Path,
    sheet: Option<&str>,
    province: Option<&str>,
) -> Result<UnitList, import::UnitImportError> {
    let source = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let options = ImportOptions {
        source,
        ..ImportOptions::default()
    };
    let list = import::read_file(path, sheet, &options, &NoProgress)?;
    let has_province_column = list
        .columns
        .iter()
        .any(|(f, _)| matches!(f, import::Field::NewProvince | import::Field::OldProvince));
    match province {
        Some(p) if !has_province_column => import::read_file(
            path,
            sheet,
            &ImportOptions {
                province: Some(p.to_string()),
                ..options
            },
            &NoProgress,
        ),
        _ => Ok(list),
    }
}

pub fn import(
    file: &Path,
    sheet: Option<&str>,
    province: Option<&str>,
    out: Option<&Path>,
    lang: Lang,
) -> ExitCode {
    let list = match read_list(file, sheet, province) {
        Ok(l) => l,
        Err(e) => {
            errln!("{}: {}", file.display(), e.message(lang));
            return ExitCode::from(2);
        }
    };
    for line in list.summary(lang) {
        outln!("{line}");
    }
    let chosen = match (province, list.provinces.as_slice()) {
        (Some(p), _) => match list.province(p) {
            Some(x) => x,
            None => {
                errln!(
                    "{}",
                    tr_args(
                        lang,
                        "cli-units-no-province",
                        &[
                            ("province", p.into()),
                            ("file", Arg::Str(&file.display().to_string())),
                            ("list", Arg::Str(&province_names(&list))),
                        ]
                    )
                );
                return ExitCode::from(2);
            }
        },
        (None, [one]) if out.is_some() => one,
        (None, _) => {
            for p in &list.provinces {
                outln!("{}: {}", p.register.title(), describe(&p.register, lang));
            }
            if out.is_some() {
                errln!("{}", tr(lang, "cli-units-choose-province"));
                return ExitCode::from(2);
            }
            return ExitCode::SUCCESS;
        }
    };
    for p in &chosen.problems {
        outln!("{}", p.message(lang));
    }
    let written = match out {
        Some(path) => store::write(&chosen.register, path).map(|()| path.to_path_buf()),
        None => store::save(&AppDirs::from_env(), &chosen.register),
    };
    match written {
        Ok(path) => {
            outln!(
                "{}",
                tr_args(
                    lang,
                    "cli-units-written",
                    &[
                        ("province", Arg::Str(&chosen.register.title())),
                        ("what", Arg::Str(&describe(&chosen.register, lang))),
                        ("file", Arg::Str(&path.display().to_string())),
                    ]
                )
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            errln!("{}", e.message(lang));
            ExitCode::from(2)
        }
    }
}

fn province_names(list: &UnitList) -> String {
    list.provinces
        .iter()
        .map(|p| p.register.province.clone())
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn list(lang: Lang) -> ExitCode {
    let (available, errors) = store::available(&AppDirs::from_env());
    for a in &available {
        let source = match &a.source {
            Source::Bundled => tr(lang, "cli-units-bundled"),
            Source::Imported(p) => p.display().to_string(),
        };
        outln!(
            "{}: {} — {source}",
            a.register.title(),
            describe(&a.register, lang)
        );
    }
    for e in errors {
        errln!("{}", e.message(lang));
    }
    ExitCode::SUCCESS
}

/// A register by file (.ron) or by province among those offered; the error says why
/// in the user's language (the file's problem, or that no register has that name).
pub fn find(name: &str, lang: Lang) -> Result<Register, String> {
    let path = Path::new(name);
    if path.extension().is_some_and(|e| e == "ron") || path.is_file() {
        return store::read(path).map_err(|e| e.message(lang));
    }
    let key = crate::units::names::province_key(name);
    store::available(&AppDirs::from_env())
        .0
        .into_iter()
        .find(|a| crate::units::names::province_key(&a.register.province) == key)
        .map(|a| a.register)
        .ok_or_else(|| tr_args(lang, "cli-units-unknown", &[("name", Arg::Str(name))]))
}

pub fn show(name: &str, lang: Lang) -> ExitCode {
    let r = match find(name, lang) {
        Ok(r) => r,
        Err(e) => {
            errln!("{e}");
            return ExitCode::from(2);
        }
    };
    outln!("{}: {}", r.title(), describe(&r, lang));
    if !r.resolution.is_empty() {
        outln!("{}", r.resolution);
    }
    for u in &r.units {
        outln!(
            "{:>6}  {:<9} {:<22} {}",
            u.code,
            tr(lang, u.kind.key()),
            u.name,
            u.describe_old(lang)
        );
    }
    ExitCode::SUCCESS
}
