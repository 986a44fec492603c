//! A commune's history across the 2025 reorganization (format version 3): the old
//! communes it was formed from, each with its last status in the plan it was carried
//! from — recognitions with their years, criteria met at the result or the target —
//! so a plan on the new units keeps what the old ones had achieved.

use super::LevelYear;
use crate::units::UnitKind;
use serde::{Deserialize, Serialize};

/// An old unit (or the part of it) a commune was formed from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Predecessor {
    pub name: String,
    #[serde(default = "commune", skip_serializing_if = "is_commune")]
    pub kind: UnitKind,
    /// The old statistics code.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub code: String,
    /// The old district ("Huyện Tam Đường").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub district: String,
    /// Only part of the old unit went into this commune (the rest into another).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub part: bool,
    /// Its last status in the plan it was carried from; None when that plan did not
    /// have it (a ward or township outside a plan of rural communes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PastStatus>,
}

/// What an old commune had reached, by the end of the plan it was carried from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PastStatus {
    /// The year of the plan the status comes from.
    pub plan_year: u16,
    /// The criteria set of that plan ("xa-ntm-2021-2025").
    pub set: String,
    /// Recognitions by the end of that year, oldest first (those granted in the year's
    /// results included).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recognized: Vec<LevelYear>,
    /// Criteria met, of how many.
    pub met: u16,
    pub of: u16,
    /// Whether `met` counts the recorded result or the plan's target.
    pub basis: StatusBasis,
    /// The criteria (codes of that set) not met.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unmet: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StatusBasis {
    /// The result recorded at the plan's results date.
    Result,
    /// The plan's target (no result recorded).
    Target,
}

impl StatusBasis {
    pub fn key(self) -> &'static str {
        match self {
            StatusBasis::Result => "history-basis-result",
            StatusBasis::Target => "history-basis-target",
        }
    }

    pub fn vi(self) -> &'static str {
        match self {
            StatusBasis::Result => "kết quả",
            StatusBasis::Target => "mục tiêu",
        }
    }
}

impl PastStatus {
    /// The highest level recognized.
    pub fn level(&self) -> Option<LevelYear> {
        self.recognized
            .iter()
            .max_by_key(|r| (r.level, r.year))
            .copied()
    }

    /// "Advanced NTM 2025; 19/19 criteria (result 2025)".
    pub fn describe_en(&self) -> String {
        let mut parts = Vec::new();
        match self.level() {
            Some(l) => parts.push(format!("{} {}", l.level.en(), l.year)),
            None => parts.push("not recognized".to_string()),
        }
        let basis = match self.basis {
            StatusBasis::Result => "result",
            StatusBasis::Target => "target",
        };
        parts.push(format!(
            "{}/{} criteria ({basis} {})",
            self.met, self.of, self.plan_year
        ));
        parts.join("; ")
    }

    /// "NTM nâng cao 2025; 19/19 tiêu chí (kết quả 2025)".
    pub fn describe_vi(&self) -> String {
        let mut parts = Vec::new();
        match self.level() {
            Some(l) => parts.push(format!("{} {}", l.level.vi(), l.year)),
            None => parts.push("chưa đạt chuẩn".to_string()),
        }
        parts.push(format!(
            "{}/{} tiêu chí ({} {})",
            self.met,
            self.of,
            self.basis.vi(),
            self.plan_year
        ));
        parts.join("; ")
    }
}

impl Predecessor {
    /// "xã Nà Tăm (Huyện Tam Đường, mã 03427)".
    pub fn title(&self) -> String {
        let mut extra = Vec::new();
        if !self.district.is_empty() {
            extra.push(self.district.clone());
        }
        if !self.code.is_empty() {
            extra.push(format!("mã {}", self.code));
        }
        if self.part {
            extra.push("một phần".to_string());
        }
        let name = self.kind.with_name(&self.name);
        if extra.is_empty() {
            name
        } else {
            format!("{name} ({})", extra.join(", "))
        }
    }
}

fn is_commune(k: &UnitKind) -> bool {
    *k == UnitKind::Commune
}

fn commune() -> UnitKind {
    UnitKind::Commune
}
