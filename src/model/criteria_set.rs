//! Criteria sets (bộ tiêu chí) are data: shipped under `assets/criteria-sets/`
//! and embedded whole in every plan file, so a plan opens the same in every office.

use serde::{Deserialize, Serialize};

/// The most criteria a set may have (the national sets have 10 and 19; a province's
/// village set a few dozen). Bounds the work per commune whatever a file says.
pub const MAX_CRITERIA: usize = 200;
/// The most distribution bands a set may have.
pub const MAX_BANDS: usize = 100;
/// The most commune groups a set may have.
pub const MAX_GROUPS: usize = 100;

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

impl CriteriaSet {
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

    /// The band a number of criteria met falls in (bands are few: at most [`MAX_BANDS`]).
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

    /// Problems in the set itself (duplicate codes, bands that overlap or leave gaps),
    /// in the order found; linear in the set's size, whatever the bands say.
    pub fn problems(&self) -> Vec<crate::i18n::Message> {
        use crate::i18n::Message;
        use crate::text::shown;
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for c in &self.criteria {
            if c.code.trim().is_empty() {
                out.push(Message::new("set-empty-code"));
            } else if !seen.insert(c.code.as_str()) {
                out.push(Message::new("set-code-twice").arg("code", shown(&c.code)));
            }
        }
        if self.criteria.is_empty() {
            out.push(Message::new("set-no-criteria"));
        }
        for (what, count, max) in [
            ("set-too-many-criteria", self.criteria.len(), MAX_CRITERIA),
            ("set-too-many-bands", self.bands.len(), MAX_BANDS),
            ("set-too-many-groups", self.groups.len(), MAX_GROUPS),
        ] {
            if count > max {
                out.push(Message::new(what).arg("n", count).arg("max", max));
            }
        }
        if self.period_start > self.period_end {
            out.push(
                Message::new("set-period-backwards")
                    .arg("start", self.period_start.to_string())
                    .arg("end", self.period_end.to_string()),
            );
        }
        // How many bands cover each count of criteria met, by a difference array.
        let n = self.criteria.len();
        let mut diff = vec![0i64; n + 2];
        for b in &self.bands {
            let (lo, hi) = (b.min as usize, (b.max as usize).min(n));
            if lo <= hi {
                diff[lo] += 1;
                diff[hi + 1] -= 1;
            }
        }
        let mut hits = 0i64;
        for (met, d) in diff.iter().take(n + 1).enumerate() {
            hits += d;
            if hits == 0 {
                out.push(Message::new("set-band-gap").arg("n", met));
            } else if hits > 1 {
                out.push(
                    Message::new("set-band-overlap")
                        .arg("bands", hits.to_string())
                        .arg("n", met),
                );
            }
        }
        for b in &self.bands {
            if b.min > b.max {
                out.push(
                    Message::new("set-band-backwards")
                        .arg("band", shown(&b.label))
                        .arg("min", b.min.to_string())
                        .arg("max", b.max.to_string()),
                );
            }
        }
        let mut groups = std::collections::HashSet::new();
        for g in &self.groups {
            if !groups.insert(g.number) {
                out.push(
                    crate::i18n::Message::new("set-group-twice").arg("group", g.number.to_string()),
                );
            }
        }
        out
    }
}
