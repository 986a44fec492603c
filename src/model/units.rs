//! Administrative units: districts (optional since the 2025 reform), communes with
//! their recognition and criteria status, and village counts.

use serde::{Deserialize, Serialize};

/// A recognition level, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    /// Đạt chuẩn nông thôn mới.
    Ntm,
    /// Nông thôn mới nâng cao.
    Advanced,
    /// Nông thôn mới kiểu mẫu.
    Model,
    /// Nông thôn mới hiện đại (2026–2030 pilot).
    Modern,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelYear {
    pub level: Level,
    pub year: u16,
}

impl Level {
    /// The level's name in English.
    pub fn en(self) -> &'static str {
        match self {
            Level::Ntm => "NTM",
            Level::Advanced => "advanced NTM",
            Level::Model => "model NTM",
            Level::Modern => "modern NTM",
        }
    }

    /// The level's name as plans write it.
    pub fn vi(self) -> &'static str {
        match self {
            Level::Ntm => "NTM",
            Level::Advanced => "NTM nâng cao",
            Level::Model => "NTM kiểu mẫu",
            Level::Modern => "NTM hiện đại",
        }
    }
}

/// Recognitions as a reader would write them: "NTM 2019; NTM nâng cao 2023".
pub fn describe_levels(v: &[LevelYear]) -> String {
    v.iter()
        .map(|l| format!("{} {}", l.level.vi(), l.year))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A commune's per-criterion roadmap: "TC 5: 2025, Phòng Kinh tế; TC 17: 2026".
pub fn describe_details(v: &[CriterionDetail]) -> String {
    v.iter()
        .map(|d| {
            let mut parts = Vec::new();
            if let Some(y) = d.year {
                parts.push(y.to_string());
            }
            if !d.agency.is_empty() {
                parts.push(d.agency.clone());
            }
            if !d.note.is_empty() {
                parts.push(d.note.clone());
            }
            format!("TC {}: {}", d.criterion, parts.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct District {
    pub id: String,
    pub name: String,
    /// District-set criteria not met at the plan's baseline (codes of the district set).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub baseline_unmet: Vec<String>,
    /// District-set criteria still not met at the plan's target.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_unmet: Vec<String>,
    /// Year the district was recognized at NTM standard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recognized: Option<u16>,
    /// Year the plan means to complete the district set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned: Option<u16>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commune {
    /// Stable key, unique in the plan ("ta-leng").
    pub id: String,
    pub name: String,
    /// The unit's kind where it is not a xã: a ward (phường) or special zone (đặc khu)
    /// taking part in the program (format version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<crate::units::UnitKind>,
    /// The statistics office's unit code ("03405"), linking the commune to the plan's
    /// unit register (format version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The district's id, where the plan has districts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    /// Commune group (1, 2 or 3) where the set uses groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<u8>,
    /// Recognitions already granted, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recognized: Vec<LevelYear>,
    /// Recognitions the plan intends, with the year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub planned: Vec<LevelYear>,
    /// Criteria (codes) not met at the baseline; every other criterion of the set is met.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub baseline_unmet: Vec<String>,
    /// Criteria (codes) still not met at the plan's target.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_unmet: Vec<String>,
    /// Per-criterion planned completion year, agency in charge and note.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<CriterionDetail>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// What the commune achieved by the plan's results date (format version 3); None
    /// while no result is recorded for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<super::CommuneResult>,
    /// The old communes it was formed from in the 2025 reorganization, with their last
    /// status (format version 3); empty for a commune carried within one set of units.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<super::Predecessor>,
    /// Not yet assessed under the plan's criteria set (a commune carried onto a new
    /// set): its criteria are listed unmet until the planner assesses them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unassessed: bool,
    /// Criteria (codes of the plan's set) a crosswalk from the old set proposes as met,
    /// for the planner to review; never applied by itself.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub proposed: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriterionDetail {
    pub criterion: String,
    /// Year the criterion is planned to be completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// Agency in charge.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub agency: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Commune {
    /// The highest level recognized so far.
    pub fn level(&self) -> Option<Level> {
        self.recognized.iter().map(|r| r.level).max()
    }

    /// The highest level recognized by the end of `year`.
    pub fn level_by(&self, year: u16) -> Option<LevelYear> {
        self.recognized
            .iter()
            .filter(|r| r.year <= year)
            .max_by_key(|r| (r.level, r.year))
            .copied()
    }

    pub fn planned_for(&self, level: Level) -> Option<u16> {
        self.planned
            .iter()
            .find(|p| p.level == level)
            .map(|p| p.year)
    }

    pub fn detail(&self, criterion: &str) -> Option<&CriterionDetail> {
        self.details.iter().find(|d| d.criterion == criterion)
    }

    pub fn meets_baseline(&self, criterion: &str) -> bool {
        !self.baseline_unmet.iter().any(|c| c == criterion)
    }

    pub fn meets_target(&self, criterion: &str) -> bool {
        !self.target_unmet.iter().any(|c| c == criterion)
    }

    /// Whether the recorded result meets a criterion; None when no result is recorded.
    pub fn meets_result(&self, criterion: &str) -> Option<bool> {
        self.result.as_ref().map(|r| r.meets(criterion))
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VillageCount {
    /// District or commune id the villages belong to.
    pub unit: String,
    /// Villages in the unit, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<u32>,
    /// Villages already recognized.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recognized: Option<u32>,
    /// Villages to recognize in the plan.
    pub to_recognize: u32,
    /// Villages recognized during the plan by its results date (format version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achieved: Option<u32>,
}

#[cfg(test)]
mod describe_tests {
    use super::*;

    #[test]
    fn recognitions_and_roadmaps_read_as_text() {
        let v = [
            LevelYear {
                level: Level::Ntm,
                year: 2019,
            },
            LevelYear {
                level: Level::Advanced,
                year: 2023,
            },
        ];
        assert_eq!(describe_levels(&v), "NTM 2019; NTM nâng cao 2023");
        let d = [CriterionDetail {
            criterion: "5".into(),
            year: Some(2025),
            agency: "Phòng Kinh tế".into(),
            note: String::new(),
        }];
        assert_eq!(describe_details(&d), "TC 5: 2025, Phòng Kinh tế");
    }
}
