//! Criteria sets (bộ tiêu chí) are data: shipped under `assets/criteria-sets/`
//! and embedded whole in every plan file, so a plan opens the same in every office.

use super::Level;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// The English text when the language is English and the data has one, else the
/// Vietnamese (the plan's own words).
fn in_lang<'a>(lang: Lang, vi: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::En if !en.trim().is_empty() => en,
        _ => vi,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SetLevel {
    /// Xã nông thôn mới.
    Commune,
    /// Xã nông thôn mới nâng cao.
    AdvancedCommune,
    /// Huyện nông thôn mới.
    District,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriteriaSet {
    /// Stable identifier, e.g. "xa-2021-2025".
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name_en: String,
    pub level: SetLevel,
    /// The decision that issued it, e.g. "Quyết định 318/QĐ-TTg ngày 08/3/2022".
    #[serde(default)]
    pub legal_basis: String,
    pub period_start: u16,
    pub period_end: u16,
    /// The first year recognitions were granted under this set (it may be issued after
    /// its period starts); recognitions before it were under an earlier set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_force_from: Option<u16>,
    /// Commune groups with their own thresholds (the 2026–2030 set has 3); empty when the set has none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<CommuneGroup>,
    pub criteria: Vec<Criterion>,
    /// Distribution bands by number of criteria met, highest first.
    pub bands: Vec<Band>,
    /// Component contents (nội dung thành phần) of the program period, used as the default
    /// list for a new plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<Component>,
    /// What in this set could not be checked against the official text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unconfirmed: Vec<String>,
    /// The recognition levels granted under this set, lowest first (2026–2030: NTM and
    /// NTM hiện đại); empty: any level. Earlier levels stay readable as history.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<Level>,
    /// The conditions for a province to complete the NTM task, where the set has them
    /// (2026–2030: Phụ lục III of Decision 51/2025/QĐ-TTg).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province_completion: Option<ProvinceCompletion>,
    /// The program's targets for the end of the period (2030: about 65% of communes
    /// NTM, about 10% NTM hiện đại, Resolution 257/2025/QH15).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program_targets: Option<ProgramTargets>,
    /// The indicators (chỉ tiêu) with their thresholds, per commune group where the set
    /// has groups; filled in or imported by a province where the set does not list them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicator_list: Vec<Indicator>,
}

/// Phụ lục III: a province completes the task when this share of its communes (xã)
/// meet the NTM standard, this share reach NTM hiện đại, and each ward or special zone
/// taking part meets this share of the criteria.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvinceCompletion {
    /// Where the conditions come from.
    #[serde(default)]
    pub basis: String,
    pub ntm_percent: u8,
    pub modern_percent: u8,
    /// The share of criteria a ward or special zone taking part must meet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ward_criteria_percent: Option<u8>,
}

/// Targets for the share of communes at each level by a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgramTargets {
    #[serde(default)]
    pub basis: String,
    pub year: u16,
    pub ntm_percent: u8,
    pub modern_percent: u8,
}

/// An indicator (chỉ tiêu) of a criterion, with its threshold per commune group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// "2.1".
    pub code: String,
    /// The criterion's code: "2".
    pub criterion: String,
    pub name: String,
    /// Thresholds as written ("≥ 80%", "Đạt"), per group; a threshold without a group
    /// applies to every group.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub thresholds: Vec<Threshold>,
    /// Where the indicator comes from, or what is not confirmed about it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Threshold {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<u8>,
    pub value: String,
}

impl Indicator {
    /// The threshold for a group: its own, else the one for every group.
    pub fn threshold(&self, group: Option<u8>) -> Option<&str> {
        self.thresholds
            .iter()
            .find(|t| t.group.is_some() && t.group == group)
            .or_else(|| self.thresholds.iter().find(|t| t.group.is_none()))
            .map(|t| t.value.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// The criterion's number in its set: "1" … "19".
    pub code: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name_en: String,
    /// Number of indicators (chỉ tiêu), where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicators: Option<u16>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommuneGroup {
    pub number: u8,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name_en: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// As printed in plans: "19", "15–18", "dưới 5".
    pub label: String,
    /// The English label ("under 5"); since format version 3. When absent, English
    /// shows a label made from `min` and `max`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label_en: String,
    pub min: u16,
    pub max: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Component {
    pub code: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name_en: String,
}

impl Criterion {
    /// The name in a language (English where the set gives one).
    pub fn name_in(&self, lang: Lang) -> &str {
        in_lang(lang, &self.name, &self.name_en)
    }
}

impl CommuneGroup {
    pub fn name_in(&self, lang: Lang) -> &str {
        in_lang(lang, &self.name, &self.name_en)
    }
}

impl Component {
    pub fn name_in(&self, lang: Lang) -> &str {
        in_lang(lang, &self.name, &self.name_en)
    }
}

impl Band {
    /// The label in a language: "dưới 5" / "under 5". A set without English labels
    /// (files written before they existed) gets one made from the band's range.
    pub fn label_in(&self, lang: Lang) -> String {
        match lang {
            Lang::Vi => self.label.clone(),
            Lang::En if !self.label_en.trim().is_empty() => self.label_en.clone(),
            Lang::En => {
                let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit() || "–-".contains(c));
                if digits(&self.label) {
                    self.label.clone()
                } else if self.min == 0 {
                    format!("under {}", u32::from(self.max) + 1)
                } else if self.min == self.max {
                    self.min.to_string()
                } else {
                    format!("{}–{}", self.min, self.max)
                }
            }
        }
    }
}

impl CriteriaSet {
    pub fn name_in(&self, lang: Lang) -> &str {
        in_lang(lang, &self.name, &self.name_en)
    }

    /// The name of the criterion with this code in a language; the code itself when
    /// the set has no such criterion.
    pub fn criterion_name<'a>(&'a self, code: &'a str, lang: Lang) -> &'a str {
        self.criterion(code)
            .map(|c| c.name_in(lang))
            .unwrap_or(code)
    }

    pub fn criterion(&self, code: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.code == code)
    }

    pub fn index_of(&self, code: &str) -> Option<usize> {
        self.criteria.iter().position(|c| c.code == code)
    }

    pub fn len(&self) -> usize {
        self.criteria.len()
    }

    pub fn is_empty(&self) -> bool {
        self.criteria.is_empty()
    }

    /// The band a number of criteria met falls in.
    pub fn band_of(&self, met: usize) -> Option<usize> {
        self.bands
            .iter()
            .position(|b| (b.min as usize..=b.max as usize).contains(&met))
    }

    pub fn in_force_from(&self) -> u16 {
        self.in_force_from.unwrap_or(self.period_start)
    }

    pub fn uses_groups(&self) -> bool {
        !self.groups.is_empty()
    }

    /// Whether a commune can be recognized at a level under this set.
    pub fn grants(&self, level: Level) -> bool {
        self.levels.is_empty() || self.levels.contains(&level)
    }

    /// A group's name, or None for a number the set does not have.
    pub fn group_name(&self, number: u8) -> Option<&CommuneGroup> {
        self.groups.iter().find(|g| g.number == number)
    }

    /// Problems in the set itself (duplicate codes, bands that overlap or leave gaps).
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for c in &self.criteria {
            if c.code.trim().is_empty() {
                out.push("a criterion has an empty code".to_string());
            } else if !seen.insert(c.code.as_str()) {
                out.push(format!("criterion code \"{}\" appears twice", c.code));
            }
        }
        if self.criteria.is_empty() {
            out.push("the set has no criteria".to_string());
        }
        if self.period_start > self.period_end {
            out.push(format!(
                "period {}–{} ends before it starts",
                self.period_start, self.period_end
            ));
        }
        let n = self.criteria.len();
        for met in 0..=n {
            let hits = self
                .bands
                .iter()
                .filter(|b| (b.min as usize..=b.max as usize).contains(&met))
                .count();
            if hits == 0 {
                out.push(format!("no distribution band covers {met} criteria"));
            } else if hits > 1 {
                out.push(format!("{hits} distribution bands cover {met} criteria"));
            }
        }
        for b in &self.bands {
            if b.min > b.max {
                out.push(format!(
                    "band \"{}\" has min {} above max {}",
                    b.label, b.min, b.max
                ));
            }
        }
        let mut groups = std::collections::HashSet::new();
        for g in &self.groups {
            if !groups.insert(g.number) {
                out.push(format!("commune group {} appears twice", g.number));
            }
        }
        let mut indicators = std::collections::HashSet::new();
        for i in &self.indicator_list {
            if i.code.trim().is_empty() {
                out.push("an indicator has an empty code".to_string());
            } else if !indicators.insert(i.code.as_str()) {
                out.push(format!("indicator \"{}\" appears twice", i.code));
            }
            if self.criterion(&i.criterion).is_none() {
                out.push(format!(
                    "indicator \"{}\" belongs to unknown criterion \"{}\"",
                    i.code, i.criterion
                ));
            }
            for t in &i.thresholds {
                if let Some(g) = t.group
                    && !groups.contains(&g)
                {
                    out.push(format!(
                        "indicator \"{}\" has a threshold for unknown commune group {g}",
                        i.code
                    ));
                }
            }
        }
        let percents = self
            .province_completion
            .iter()
            .flat_map(|c| {
                [
                    Some(c.ntm_percent),
                    Some(c.modern_percent),
                    c.ward_criteria_percent,
                ]
            })
            .chain(
                self.program_targets
                    .iter()
                    .flat_map(|t| [Some(t.ntm_percent), Some(t.modern_percent)]),
            )
            .flatten();
        for p in percents {
            if p > 100 {
                out.push(format!("a share of {p}% is more than 100%"));
            }
        }
        out
    }
}
