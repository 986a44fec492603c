//! The slides the planner chose for the presentation deck, in order, saved in the
//! plan so the deck is the same on every machine (format version 2).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Presentation {
    /// Chart kinds by their names ("funding-donut"), in slide order. Empty: every
    /// chart the plan has data for, in the program's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub slides: Vec<String>,
}

impl Presentation {
    pub fn is_empty(&self) -> bool {
        self.slides.is_empty()
    }
}
