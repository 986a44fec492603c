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
    /// The signer's title in one line, e.g. "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH". The
    /// document uses [`Header::signature`] when it is given, else this line.
    #[serde(default)]
    pub signer: String,
    /// "Nơi nhận": the recipients, one line each as printed ("TT. Tỉnh ủy (B/c);",
    /// "Lưu: VT, Kt6."). Since format version 3.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<String>,
    /// The signature block under the text. Since format version 3.
    #[serde(default, skip_serializing_if = "Signature::is_empty")]
    pub signature: Signature,
}

/// The signature block of a document as Decree 30/2020/NĐ-CP sets it out: the
/// lines of authority above the signature ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
/// "PHÓ CHỦ TỊCH") and the signer's full name below it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// The lines above the signature, top to bottom.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub titles: Vec<String>,
    /// The signer's full name ("Lương Trọng Quỳnh"); empty while not known.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
}

impl Signature {
    pub fn is_empty(&self) -> bool {
        self.titles.is_empty() && self.name.is_empty()
    }
}

impl Header {
    /// The lines of the signature block above the signature: the plan's
    /// `signature.titles`, else its one-line `signer` split at " – " (the form the
    /// earlier files use), else nothing.
    pub fn signature_titles(&self) -> Vec<String> {
        if !self.signature.titles.is_empty() {
            return self.signature.titles.clone();
        }
        self.signer
            .split(['–', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    }
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
