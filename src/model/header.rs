//! The plan's header, goals, solutions text and provenance.

use super::Date;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum PlanKind {
    /// Kế hoạch thực hiện năm: the yearly implementation plan.
    #[default]
    Yearly,
    /// Kế hoạch hoàn thiện tiêu chí: bringing recognized communes up to a new set.
    Remediation,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// "Ủy ban nhân dân tỉnh Lai Châu".
    pub issuing_body: String,
    pub province: String,
    /// Document number, e.g. "123/KH-UBND"; empty in a draft.
    #[serde(default)]
    pub number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Place written before the date ("Lai Châu, ngày …").
    #[serde(default)]
    pub place: String,
    pub title: String,
    /// The national target program the plan carries out (format version 3); from 2026
    /// the merged program of Resolution 257/2025/QH15.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub program: String,
    /// The plan year.
    pub year: u16,
    #[serde(default)]
    pub kind: PlanKind,
    #[serde(default)]
    pub draft: bool,
    /// "Căn cứ …" lines.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legal_bases: Vec<String>,
    #[serde(default)]
    pub signer: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goals {
    /// Mục tiêu chung.
    #[serde(default)]
    pub general: String,
    /// Mục tiêu cụ thể, as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<String>,
    /// The year by which the plan's targets are due, when later than the plan year
    /// (Lạng Sơn: end of 2024).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline_year: Option<u16>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub title: String,
    #[serde(default)]
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// The document the plan was taken from.
    #[serde(default)]
    pub source: String,
    /// Parts of the data that are illustrative rather than taken from the source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub illustrative: Vec<String>,
    #[serde(default)]
    pub note: String,
}
