//! The mark of a commune's work file (since format version 3): the province sent
//! this file to one commune with "Gửi xã…", and gathering the returns uses the mark
//! to find the commune and what was sent to it.

use super::Date;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkFile {
    /// The sending the file belongs to (the identity written in its manifest).
    pub round: String,
    /// The commune it was sent to: its id in the province's plan.
    pub commune: String,
    /// The day it was sent.
    pub sent: Date,
}
