//! NTM Planner: the plan document, its file format, its checker and figures.
//!
//! - [`model`]: what a plan holds (no I/O, no UI).
//! - [`format`]: the `.ntm` file: load with located errors, atomic save.
//! - [`criteria_sets`]: the criteria sets shipped with the program.
//! - [`new_plan`]: a new plan for a province and a year, its header filled in.
//! - [`figures`]: exact figures computed from a plan.
//! - [`charts`]: the plan's charts as data (no UI), rendered to SVG and PNG for export.
//! - [`check`]: findings where the plan is wrong or disagrees with itself.
//! - [`matrix`]: the commune × criteria matrix: rows, filters, copy and paste.
//! - [`document`]: an open plan: edits, undo, dirty state, recovery copies.
//! - [`carry`]: next year's plan from this one, also across the 2025 reorganization
//!   and onto a new criteria set (histories, crosswalk proposals, the report).
//! - [`units`]: the unit register (communes since 1 July 2025, and the old units
//!   they were formed from), its import from a spreadsheet, and matching old communes.
//! - [`prefs`]: the user's preferences and the app's folders.
//! - [`i18n`]: every text a user can see, in Vietnamese and English (Fluent catalogues).
//! - [`numfmt`], [`text`], [`lang`]: Vietnamese conventions.
//! - [`synthetic`]: generated plans of any size, for benchmarks and tests.
//! - [`fuzz_targets`]: each input path as a function of arbitrary bytes, for the fuzzers.
//! - [`cli`]: the command line; [`app`]: the window (egui), which only reads the
//!   model and sends edits to the document.

#[cfg(feature = "gui")]
pub mod app;
pub mod carry;
pub mod charts;
pub mod check;
#[cfg(feature = "gui")]
pub mod cli;
pub mod criteria_sets;
pub mod diff;
pub mod document;
pub mod excel;
pub mod figures;
pub mod fonts_data;
pub mod format;
pub mod fuzz_targets;
pub mod i18n;
pub mod lang;
pub mod matrix;
pub mod merge;
pub mod model;
pub mod new_plan;
pub mod numfmt;
pub mod prefs;
pub mod progress;
pub mod report;
pub mod rounds;
pub mod synthetic;
pub mod text;
pub mod units;

pub use model::Plan;
