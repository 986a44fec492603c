//! Figures the plan's text states. The data is the truth; these are kept so the
//! checker can say where the text and the data disagree.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stated {
    /// Communes meeting each criterion, baseline and target ("64/94 → 93/94").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<StatedCriterion>,
    /// Number of communes the plan covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub communes: Option<u32>,
    /// Average criteria per commune at the baseline, as printed ("14.55").
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::money::opt"
    )]
    pub average_baseline: Option<Decimal>,
    /// Average criteria per commune targeted ("17.3").
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::money::opt"
    )]
    pub average_target: Option<Decimal>,
    /// Communes per distribution band, by band label.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub distribution: Vec<StatedBand>,
    /// Communes recognized at NTM standard before the plan year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recognized: Option<u32>,
    /// Of those, communes recognized as advanced (or above) before the plan year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced: Option<u32>,
    /// Communes whose recognition, planned for an earlier year, is still awaited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub awaiting: Option<u32>,
    /// Communes to recognize at NTM standard in the plan year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_recognize: Option<u32>,
    /// Communes at NTM standard after the plan ("nâng tổng số … 54 xã").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recognized_after: Option<u32>,
    /// Communes to recognize as advanced in the plan year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced_to_recognize: Option<u32>,
    /// No commune below this many criteria at the target ("không còn xã dưới 15 tiêu chí").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub floor: Option<u16>,
    /// Communes to recognize as NTM hiện đại in the plan year (format version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modern_to_recognize: Option<u32>,
    /// Communes at NTM hiện đại after the plan (format version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modern_after: Option<u32>,
    /// The year the plan says the province completes the NTM task (format version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completes: Option<u16>,
    /// Villages to recognize, in total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub villages_to_recognize: Option<u32>,
    /// Districts to complete the district set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub districts_to_complete: Option<u32>,
    /// Investment projects allocated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projects: Option<u32>,
    /// Of which under the special mechanism.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special_projects: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatedCriterion {
    pub criterion: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatedBand {
    /// The band's label in the plan's criteria set ("15–18").
    pub band: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<u32>,
}
