//! The unit register (danh mục đơn vị hành chính cấp xã): the commune-level units of a
//! province as a dated fact — since 1 July 2025 for the registers shipped here — with,
//! for each current unit, its name, kind, statistics-office code, and the old units it
//! was formed from (name, kind, old district, old code, whole or part), with the
//! resolution and clause.
//!
//! No egui, no plan editing here:
//!
//! - [`register`]: the data (what a register file and a plan's embedded copy hold) and
//!   its own consistency checks;
//! - [`names`]: how unit, district and province names are compared (kind words,
//!   accents, spelling variants);
//! - [`matching`]: finding where an old commune went (by code, by name within its old
//!   district, by name alone), with ambiguity reported — what carrying a plan on the
//!   old communes forward onto the new ones needs;
//! - [`import`]: a unit list from a CSV or XLSX sheet in the layout of the national
//!   table (`old_province, old_district, old_code, old_name, type, new_province,
//!   new_code, new_name`, other header names accepted), every unusable row listed with
//!   its line and reason;
//! - [`bundled`]: the registers shipped under `assets/units/` (Lai Châu, Lạng Sơn);
//! - [`store`]: registers the user imported, kept in the program's data folder.

pub mod bundled;
pub mod import;
pub mod matching;
pub mod names;
pub mod register;
pub mod store;

pub use matching::{OldMatch, OldQuery, Placement, UnitMatch};
pub use register::{OldUnit, ProvinceKind, Register, RegisterProblem, Unit, UnitKind};
