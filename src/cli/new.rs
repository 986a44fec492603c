//! `ntm-planner new --set SET --province NAME --year YEAR [--units FILE] OUT.ntm`
//!
//! A new plan for a province and a year: with the province's unit register (shipped,
//! imported with `units import`, or given with `--units` as a register file or a unit
//! list), every current xã is in the plan with its code; wards and special zones only
//! with `--ward NAME` or `--all-wards`. The header is filled in from the choices.

use super::out::{errln, outln};
use crate::criteria_sets;
use crate::format;
use crate::i18n::{Arg, tr, tr_args};
use crate::lang::Lang;
use crate::model::date::YEARS;
use crate::new_plan::NewPlan;
use crate::units::{Register, UnitKind, UnitMatch};
use std::path::Path;
use std::process::ExitCode;

pub struct Args<'a> {
    pub set: &'a str,
    pub province: &'a str,
    pub year: u16,
    pub units: Option<&'a Path>,
    pub wards: &'a [String],
    pub all_wards: bool,
    pub group: Option<u8>,
    pub force: bool,
    pub out: &'a Path,
    pub lang: Lang,
}

fn fail(message: String) -> ExitCode {
    errln!("{message}");
    ExitCode::from(2)
}

/// The register for the province: from `--units`, else shipped or imported.
fn register(a: &Args, province: &str) -> Result<Option<Register>, String> {
    let Some(path) = a.units else {
        return Ok(super::units::find(province, a.lang).ok());
    };
    if path.extension().is_some_and(|e| e == "ron") {
        return crate::units::store::read(path)
            .map(Some)
            .map_err(|e| e.message(a.lang));
    }
    let list = super::units::read_list(path, None, Some(province))
        .map_err(|e| format!("{}: {}", path.display(), e.message(a.lang)))?;
    for p in list.problems.iter().filter(|p| !p.reason.is_note()) {
        errln!(
            "{}: {}",
            path.display(),
            tr_args(
                a.lang,
                "units-import-row",
                &[
                    ("line", Arg::from(p.line)),
                    ("text", (&p.text).into()),
                    ("reason", (&p.reason.message(a.lang)).into()),
                ],
            )
        );
    }
    list.province(province)
        .map(|p| Some(p.register.clone()))
        .ok_or_else(|| {
            tr_args(
                a.lang,
                "cli-units-no-province",
                &[
                    ("province", province.into()),
                    ("file", Arg::Str(&path.display().to_string())),
                    (
                        "list",
                        Arg::Str(
                            &list
                                .provinces
                                .iter()
                                .map(|p| p.register.province.clone())
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                    ),
                ],
            )
        })
}

pub fn run(a: &Args) -> ExitCode {
    let lang = a.lang;
    let Some(set) = criteria_sets::by_name(a.set) else {
        return fail(tr_args(
            lang,
            "cli-new-unknown-set",
            &[
                ("set", a.set.into()),
                ("sets", Arg::Str(&criteria_sets::names().join(", "))),
            ],
        ));
    };
    if !YEARS.contains(&a.year) {
        return fail(tr_args(
            lang,
            "cli-new-bad-year",
            &[("year", Arg::Str(&a.year.to_string()))],
        ));
    }
    let province = crate::text::nfc(a.province.trim());
    if province.is_empty() {
        return fail(tr(lang, "cli-new-no-province"));
    }
    if a.out.exists() && !a.force {
        return fail(tr_args(
            lang,
            "cli-new-exists",
            &[("file", Arg::Str(&a.out.display().to_string()))],
        ));
    }
    if let Some(g) = a.group
        && !set.groups.iter().any(|x| x.number == g)
    {
        return fail(tr_args(
            lang,
            "cli-new-bad-group",
            &[
                ("group", Arg::Str(&g.to_string())),
                ("set", (&set.name).into()),
            ],
        ));
    }
    let register = match register(a, &province) {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    let mut spec = match register {
        Some(r) => NewPlan::with_register(set, r, a.year),
        None => {
            errln!(
                "{}",
                tr_args(
                    lang,
                    "cli-new-no-register",
                    &[("province", (&province).into())]
                )
            );
            NewPlan::without_register(set, &province, a.year)
        }
    };
    spec.group = a.group;
    if let Some(r) = &spec.register {
        if a.all_wards {
            spec.include = r
                .units
                .iter()
                .filter(|u| u.kind != UnitKind::Township)
                .map(|u| u.code.clone())
                .collect();
        }
        for w in a.wards {
            match r.find_unit(w, Some(w)) {
                UnitMatch::Found(u) => {
                    if !spec.include.contains(&u.code) {
                        spec.include.push(u.code.clone());
                    }
                }
                _ => {
                    return fail(tr_args(
                        lang,
                        "cli-new-unknown-ward",
                        &[("name", w.into()), ("province", Arg::Str(&r.title()))],
                    ));
                }
            }
        }
    }
    let plan = spec.build();
    let kind = |c: &crate::model::Commune| c.kind.unwrap_or(UnitKind::Commune);
    let counts: Vec<String> = UnitKind::ALL
        .iter()
        .map(|k| (k, plan.communes.iter().filter(|c| kind(c) == *k).count()))
        .filter(|(k, n)| *n > 0 || **k == UnitKind::Commune)
        .map(|(k, n)| tr_args(lang, k.count_key(), &[("n", Arg::from(n))]))
        .collect();
    match format::save_file(&plan, a.out) {
        Ok(()) => {
            outln!(
                "{}",
                tr_args(
                    lang,
                    "cli-new-written",
                    &[
                        ("file", Arg::Str(&a.out.display().to_string())),
                        ("units", Arg::Str(&counts.join(", "))),
                    ],
                )
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(e.message(lang)),
    }
}
