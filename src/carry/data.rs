//! The data the carry-forward across 2025 uses besides the register and the crosswalk,
//! shipped under `assets/carry/` and editable: the merged 2026–2035 program's funding
//! tree (no amounts), and the agency names changed by the 2025 restructuring.

use crate::model::{Date, FundingNode};
use serde::{Deserialize, Serialize};

const FUNDING_2026: &str = include_str!("../../assets/carry/funding-2026-2035.ron");
const AGENCIES_2025: &str = include_str!("../../assets/carry/agencies-2025.ron");

/// Agency names before and after a restructuring.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Renames {
    /// The day the new names apply.
    pub effective: Date,
    /// Whole names.
    #[serde(default)]
    pub renames: Vec<Rename>,
    /// Names that start with `from`: the rest of the name goes where `to` has "{}".
    #[serde(default)]
    pub prefixes: Vec<Rename>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rename {
    pub from: String,
    pub to: String,
}

impl Renames {
    /// The new name of an agency, if it changed.
    pub fn rename(&self, agency: &str) -> Option<String> {
        let key = crate::text::fold(agency.trim());
        if let Some(r) = self
            .renames
            .iter()
            .find(|r| crate::text::fold(r.from.trim()) == key)
        {
            return Some(r.to.clone());
        }
        self.prefixes.iter().find_map(|p| {
            let rest = agency.trim().strip_prefix(p.from.as_str())?;
            (!rest.is_empty()).then(|| p.to.replace("{}", rest))
        })
    }
}

/// The shipped agency renames of 2025.
pub fn renames() -> Renames {
    parse_renames(AGENCIES_2025).unwrap_or_else(|e| panic!("assets/carry/agencies-2025.ron: {e}"))
}

pub fn parse_renames(text: &str) -> Result<Renames, String> {
    crate::format::load::ron_options()
        .from_str(text)
        .map_err(|e| {
            format!(
                "line {}, column {}: {}",
                e.span.start.line, e.span.start.col, e.code
            )
        })
}

/// The funding tree of the merged 2026–2035 program, without amounts.
pub fn funding_2026() -> FundingNode {
    crate::format::load::ron_options()
        .from_str(FUNDING_2026)
        .unwrap_or_else(|e| panic!("assets/carry/funding-2026-2035.ron: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_data_reads() {
        let tree = funding_2026();
        assert_eq!(tree.children.len(), 6);
        assert!(tree.walk().iter().all(|(_, n)| n.amount.is_none()));
        let r = renames();
        assert_eq!(
            r.rename("UBND các huyện, thành phố").as_deref(),
            Some("UBND các xã, phường")
        );
        assert_eq!(
            r.rename("UBND huyện Tam Đường").as_deref(),
            Some("UBND các xã thuộc huyện Tam Đường cũ")
        );
        assert_eq!(r.rename("Sở Nông nghiệp và Môi trường"), None);
        assert_eq!(r.rename("Sở Y tế"), None);
    }
}
