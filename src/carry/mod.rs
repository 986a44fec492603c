//! Next year's plan from this one (lập kế hoạch năm sau), with no UI.
//!
//! [`propose`] reads a plan and says what the next one would be: every change, each
//! with what it was and what it becomes, those the planner may decline marked so, and
//! what is carried without a choice (each commune's baseline and where it came from;
//! what stays behind). [`Proposal::build`] then makes the plan from the changes the
//! planner kept. Two cases:
//!
//! - **Within the same criteria set and units** ([`same_set`]): the new baseline is this
//!   plan's result where one is recorded, else its target; recognitions granted become
//!   recognitions with their year; unfinished tasks and projects come along flagged,
//!   finished ones stay behind; the funding tree stays with its amounts emptied.
//! - **Across the 2025 reorganization and onto a new set** ([`across`]): the new plan is
//!   on the province's current units (the unit register), each carrying its history —
//!   the old communes it was formed from with their last status — and starting "not
//!   assessed" under the new set, with a proposed status from the criteria
//!   [`crosswalk`] for review. Old communes the register does not know, and those split
//!   between units, are named in the [`Report`]; nothing is dropped unlisted.
//!
//! The window's dialog and `ntm-planner carry` both call [`propose`] and
//! [`Proposal::build`].

pub mod across;
pub mod crosswalk;
pub mod data;
mod describe;
pub mod same_set;

use crate::i18n::{Arg, tr_args};
use crate::lang::Lang;
use crate::model::{CriteriaSet, Plan, Project, Task};
use crate::units::Register;

pub use crosswalk::Crosswalk;
pub use data::Renames;

/// A message in both languages: a catalogue key and its text arguments, each as
/// written in Vietnamese and in English (names and codes are the same in both).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub key: &'static str,
    /// (name, Vietnamese, English)
    pub args: Vec<(&'static str, String, String)>,
}

impl Text {
    /// Arguments that read the same in both languages (names, codes, years).
    pub fn new(key: &'static str, args: &[(&'static str, String)]) -> Text {
        Text {
            key,
            args: args
                .iter()
                .map(|(k, v)| (*k, v.clone(), v.clone()))
                .collect(),
        }
    }

    /// Arguments written in each language.
    pub fn bilingual(key: &'static str, args: &[(&'static str, String, String)]) -> Text {
        Text {
            key,
            args: args.to_vec(),
        }
    }

    pub fn get(&self, lang: Lang) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(k, vi, en)| (*k, Arg::Str(lang.pick(vi, en))))
            .collect();
        tr_args(lang, self.key, &args)
    }
}

/// Where a change belongs, for grouping in the preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    Header,
    Goals,
    Tasks,
    Projects,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Header,
        Section::Goals,
        Section::Tasks,
        Section::Projects,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Section::Header => "carry-section-header",
            Section::Goals => "carry-section-goals",
            Section::Tasks => "carry-section-tasks",
            Section::Projects => "carry-section-projects",
        }
    }
}

/// What a change does to the new plan when kept.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Title(String),
    Program(String),
    ClearNumber,
    ClearDate,
    Draft,
    AddLegalBasis(String),
    /// Replace the legal bases.
    LegalBases(Vec<String>),
    /// Replace the recipients ("Nơi nhận").
    Recipients(Vec<String>),
    /// Keep the source's general goal text.
    KeepGeneralGoal(String),
    ClearTargets,
    ClearStated,
    ClearDeadline,
    /// An unfinished task comes along (flagged with the year it comes from).
    Task(Box<Task>),
    /// An unfinished project comes along.
    Project(Box<Project>),
    /// Rename an agency in every task carried.
    Agency {
        from: String,
        to: String,
    },
}

/// One change of the new plan against the source, for the planner to confirm.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// A stable name for the command line's `--decline`: "header.title", "task.3".
    pub key: String,
    pub section: Section,
    pub what: Text,
    /// The value before and after, as shown.
    pub before: String,
    pub after: String,
    /// Kept unless the planner declines it.
    pub accepted: bool,
    pub action: Action,
}

/// Where a commune's new baseline comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaselineFrom {
    /// This plan's result.
    Result,
    /// This plan's target (no result recorded).
    Target,
    /// Not assessed under the new set (across the reorganization).
    NotAssessed,
}

impl BaselineFrom {
    pub fn key(self) -> &'static str {
        match self {
            BaselineFrom::Result => "carry-baseline-result",
            BaselineFrom::Target => "carry-baseline-target",
            BaselineFrom::NotAssessed => "carry-baseline-not-assessed",
        }
    }
}

/// A commune of the new plan: where its baseline comes from and what else it carries.
#[derive(Debug, Clone, PartialEq)]
pub struct CommuneLine {
    pub id: String,
    pub name: String,
    pub baseline: BaselineFrom,
    /// Criteria met at the new baseline, of how many.
    pub met: usize,
    pub of: usize,
    /// Notes: recognitions carried, planned recognitions still awaited, the old
    /// communes it was formed from, the crosswalk's proposal.
    pub notes: Vec<Text>,
}

/// What the carry-forward could not place, or placed only in part: every old commune
/// of the source that is not in exactly one history is here.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Report {
    /// Old communes of the source the register does not know (name, district).
    pub unknown: Vec<(String, String)>,
    /// Old communes whose name fits several old units (name, district, candidates).
    pub ambiguous: Vec<(String, String, Vec<String>)>,
    /// Old communes split between units (name, the units that got a part).
    pub partial: Vec<(String, Vec<String>)>,
    /// Old communes of the source that fit an old unit another commune of the source
    /// was already taken for (name, district, that other commune): a name listed twice.
    pub duplicates: Vec<(String, String, String)>,
    /// Old units in the register's histories that the source plan did not have (the
    /// unit, the old units): towns and wards outside a plan of rural communes.
    pub outside: Vec<(String, Vec<String>)>,
    /// Everything else carried only in part or not at all, each in a sentence.
    pub notes: Vec<Text>,
}

impl Report {
    pub fn is_empty(&self) -> bool {
        self.unknown.is_empty()
            && self.ambiguous.is_empty()
            && self.duplicates.is_empty()
            && self.partial.is_empty()
            && self.outside.is_empty()
            && self.notes.is_empty()
    }
}

/// How to carry a plan forward.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// The new plan's year.
    pub year: u16,
    /// Carry onto the province's current units and a new criteria set; None: the same
    /// set and units.
    pub across: Option<Across>,
}

/// What carrying across the reorganization needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Across {
    pub set: CriteriaSet,
    pub register: Register,
    pub crosswalk: Crosswalk,
    pub renames: Renames,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CarryError {
    #[error("the new plan's year {to} is not after {from}")]
    YearNotAfter { from: u16, to: u16 },
    #[error("impossible year {0}")]
    ImpossibleYear(u16),
    #[error(
        "the crosswalk goes from set \"{crosswalk_from}\" to \"{crosswalk_to}\", but the plan is on \"{plan}\" and the new set is \"{new}\""
    )]
    CrosswalkSets {
        crosswalk_from: String,
        crosswalk_to: String,
        plan: String,
        new: String,
    },
    #[error("the register is for {register}, the plan for {plan}")]
    Province { register: String, plan: String },
}

impl CarryError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CarryError::YearNotAfter { from, to } => tr_args(
                lang,
                "carry-error-year",
                &[
                    ("from", Arg::Str(&from.to_string())),
                    ("to", Arg::Str(&to.to_string())),
                ],
            ),
            CarryError::ImpossibleYear(y) => tr_args(
                lang,
                "carry-error-impossible-year",
                &[("year", Arg::Str(&y.to_string()))],
            ),
            CarryError::CrosswalkSets {
                crosswalk_from,
                crosswalk_to,
                plan,
                new,
            } => tr_args(
                lang,
                "carry-error-crosswalk",
                &[
                    ("from", crosswalk_from.into()),
                    ("to", crosswalk_to.into()),
                    ("plan", plan.into()),
                    ("new", new.into()),
                ],
            ),
            CarryError::Province { register, plan } => tr_args(
                lang,
                "carry-error-province",
                &[("register", register.into()), ("plan", plan.into())],
            ),
        }
    }
}

/// The next plan, as proposed.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub from_year: u16,
    pub year: u16,
    /// Whether the plan goes onto new units and a new set.
    pub across: bool,
    pub changes: Vec<Change>,
    pub communes: Vec<CommuneLine>,
    /// Tasks and projects that stay behind, finished (descriptions).
    pub left_behind: Vec<Text>,
    /// What is carried without a choice (funding emptied, results not carried, …).
    pub notes: Vec<Text>,
    pub report: Report,
    /// The new plan before the changes are applied.
    core: Plan,
}

impl Proposal {
    /// The new plan with the changes the planner kept.
    pub fn build(&self) -> Plan {
        let mut plan = self.core.clone();
        for ch in self.changes.iter().filter(|c| c.accepted) {
            apply(&mut plan, &ch.action);
        }
        // Task agencies are renamed after all tasks are in.
        for ch in self.changes.iter().filter(|c| c.accepted) {
            if let Action::Agency { from, to } = &ch.action {
                for t in plan.tasks.iter_mut().filter(|t| &t.agency == from) {
                    t.agency = to.clone();
                }
            }
        }
        plan
    }

    /// Decline (or keep) the change with this key; false when there is none.
    pub fn set_accepted(&mut self, key: &str, accepted: bool) -> bool {
        match self.changes.iter_mut().find(|c| c.key == key) {
            Some(c) => {
                c.accepted = accepted;
                true
            }
            None => false,
        }
    }
}

fn apply(plan: &mut Plan, action: &Action) {
    let h = &mut plan.header;
    match action {
        Action::Title(t) => h.title = t.clone(),
        Action::Program(p) => h.program = p.clone(),
        Action::ClearNumber => h.number.clear(),
        Action::ClearDate => h.date = None,
        Action::Draft => h.draft = true,
        Action::AddLegalBasis(b) => h.legal_bases.push(b.clone()),
        Action::LegalBases(v) => h.legal_bases = v.clone(),
        Action::Recipients(v) => h.recipients = v.clone(),
        Action::KeepGeneralGoal(g) => plan.goals.general = g.clone(),
        Action::ClearTargets => plan.goals.targets.clear(),
        Action::ClearStated => plan.stated = Default::default(),
        Action::ClearDeadline => plan.goals.deadline_year = None,
        Action::Task(t) => plan.tasks.push((**t).clone()),
        Action::Project(p) => plan.projects.push((**p).clone()),
        Action::Agency { .. } => {}
    }
}

/// The plan the options make of `source`, as a proposal to confirm.
pub fn propose(source: &Plan, options: &Options) -> Result<Proposal, CarryError> {
    let from = source.header.year;
    if !crate::model::date::YEARS.contains(&options.year) {
        return Err(CarryError::ImpossibleYear(options.year));
    }
    if options.year <= from {
        return Err(CarryError::YearNotAfter {
            from,
            to: options.year,
        });
    }
    match &options.across {
        None => Ok(same_set::propose(source, options.year)),
        Some(a) => across::propose(source, options.year, a),
    }
}

/// The options a plan is carried with by default: the next year; onto the current
/// units and the set in force when the plan's set ends before that year (a 2025 plan
/// on the 2021–2025 set becomes a 2026 plan on the 2026–2030 set and the province's
/// units since 1 July 2025), when the program has a register for the province.
pub fn default_options(source: &Plan, year: Option<u16>) -> Options {
    options_with(source, year, &crate::units::bundled::all())
}

/// The same, finding the province's register among `registers` (the shipped ones and
/// those the user imported).
pub fn options_with(source: &Plan, year: Option<u16>, registers: &[Register]) -> Options {
    let year = year.unwrap_or_else(|| source.header.year.saturating_add(1));
    let across = (source.criteria_set.period_end < year)
        .then(|| across_for(source, year, registers))
        .flatten();
    Options { year, across }
}

/// What carrying across needs for this plan and year, from the program's data: the
/// set in force in that year, the province's register, the shipped crosswalk and
/// agency renames. None when the program has no set for that year or no register for
/// the province.
pub fn across_for(source: &Plan, year: u16, registers: &[Register]) -> Option<Across> {
    let set = set_for(year)?;
    let key = crate::units::names::province_key(&source.header.province);
    let register = registers
        .iter()
        .rev()
        .find(|r| crate::units::names::province_key(&r.province) == key)?
        .clone();
    Some(Across {
        set,
        register,
        crosswalk: crosswalk::bundled(),
        renames: data::renames(),
    })
}

/// The commune criteria set in force in a year.
pub fn set_for(year: u16) -> Option<CriteriaSet> {
    crate::criteria_sets::all()
        .into_iter()
        .map(|(_, s)| s)
        .find(|s| {
            s.level == crate::model::SetLevel::Commune
                && (s.period_start..=s.period_end).contains(&year)
        })
}
