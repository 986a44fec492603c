//! `ntm-planner new --set SET --province NAME --year YEAR OUT.ntm`

use super::out::{errln, outln};
use crate::criteria_sets;
use crate::format;
use crate::model::Plan;
use crate::model::date::YEARS;
use std::path::Path;
use std::process::ExitCode;

pub fn run(set: &str, province: &str, year: u16, force: bool, out: &Path) -> ExitCode {
    let Some(set) = criteria_sets::by_name(set) else {
        errln!(
            "unknown criteria set \"{set}\"; choose one of: {}",
            criteria_sets::names().join(", ")
        );
        return ExitCode::from(2);
    };
    if !YEARS.contains(&year) {
        errln!("impossible year {year}");
        return ExitCode::from(2);
    }
    let province = crate::text::nfc(province.trim());
    if province.is_empty() {
        errln!("the province name is empty");
        return ExitCode::from(2);
    }
    if out.exists() && !force {
        errln!(
            "{} already exists; use --force to overwrite it",
            out.display()
        );
        return ExitCode::from(2);
    }
    let plan = Plan::new_empty(set, &province, year);
    match format::save_file(&plan, out) {
        Ok(()) => {
            outln!("{}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            errln!("{e}");
            ExitCode::from(2)
        }
    }
}
