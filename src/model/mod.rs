//! The plan document: everything a yearly NTM plan holds, as plain data.
//!
//! Nothing here knows about files or the UI. Money is [`rust_decimal::Decimal`]
//! in million VND ("triệu đồng"); criteria are keyed by their code inside the
//! plan's own criteria set, which the plan embeds.

pub mod criteria_set;
pub mod date;
pub mod funding;
pub mod header;
pub mod history;
pub mod money;
pub mod presentation;
pub mod results;
pub mod stated;
pub mod units;
pub mod work;
pub mod work_file;

pub use criteria_set::{
    Band, CommuneGroup, Component, CriteriaSet, Criterion, Indicator, ProgramTargets,
    ProvinceCompletion, SetLevel, Threshold,
};
pub use date::Date;
pub use funding::{Allocation, AllocationLine, FundingNode, SourceKind, Unallocated};
pub use header::{Goals, Header, PlanKind, Provenance, Section, Signature};
pub use history::{PastStatus, Predecessor, StatusBasis};
pub use presentation::Presentation;
pub use results::{
    CommuneResult, Disbursement, Granted, Mobilized, ReportKind, Results, TaskResult, TaskState,
};
pub use stated::{Stated, StatedBand, StatedCriterion};
pub use units::{
    Commune, CriterionDetail, District, Level, LevelYear, VillageCount, describe_details,
    describe_levels,
};
pub use work::{Project, ProjectAmount, ProjectStatus, Task, TaskStatus};
pub use work_file::WorkFile;

use serde::{Deserialize, Serialize};

/// A whole plan, as saved in a `.ntm` file (inside the file's envelope).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub header: Header,
    #[serde(default)]
    pub goals: Goals,
    /// The commune criteria set the plan is written against, embedded in full.
    pub criteria_set: CriteriaSet,
    /// The district criteria set, for plans that have district targets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district_set: Option<CriteriaSet>,
    /// Districts (huyện). Empty for plans after the 2025 reform.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub districts: Vec<District>,
    #[serde(default)]
    pub communes: Vec<Commune>,
    /// Villages (thôn, bản) recognized and to recognize, per district or commune.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub villages: Vec<VillageCount>,
    /// The funding-source tree; its root is the plan's total.
    #[serde(default)]
    pub funding: FundingNode,
    /// Component contents (nội dung thành phần) the plan allocates money over.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<Component>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allocation: Option<Allocation>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub projects: Vec<Project>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<Task>,
    /// Solutions (giải pháp) as titled sections of text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub solutions: Vec<Section>,
    /// Figures the plan's text states, kept so the checker can compare them with the data.
    #[serde(default)]
    pub stated: Stated,
    /// Where the data came from and which parts are illustrative.
    #[serde(default)]
    pub provenance: Provenance,
    /// The presentation deck's slides (format version 2).
    #[serde(default, skip_serializing_if = "Presentation::is_empty")]
    pub presentation: Presentation,
    /// The unit register the plan's communes were taken from (format version 3),
    /// embedded like the criteria set so the plan opens the same in every office.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub register: Option<crate::units::Register>,
    /// Set in a work file sent to one commune ("Gửi xã…"), since version 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_file: Option<WorkFile>,
    /// The results report: its date and kind, and the money mobilized per source
    /// (format version 3). The other results sit beside what they report on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Results>,
}

impl Plan {
    /// An empty plan for a criteria set: header filled in, one funding root, the set's
    /// default component contents.
    pub fn new_empty(set: CriteriaSet, province: &str, year: u16) -> Plan {
        let kind = PlanKind::Yearly;
        let title = format!(
            "Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh {province} năm {year}"
        );
        Plan {
            header: Header {
                issuing_body: format!("Ủy ban nhân dân tỉnh {province}"),
                province: province.to_string(),
                number: String::new(),
                date: None,
                place: province.to_string(),
                title,
                program: String::new(),
                year,
                kind,
                draft: true,
                legal_bases: Vec::new(),
                signer: String::new(),
                recipients: Vec::new(),
                signature: Signature::default(),
            },
            goals: Goals::default(),
            components: set.components.clone(),
            criteria_set: set,
            district_set: None,
            districts: Vec::new(),
            communes: Vec::new(),
            villages: Vec::new(),
            funding: FundingNode::root(),
            allocation: None,
            projects: Vec::new(),
            tasks: Vec::new(),
            solutions: Vec::new(),
            stated: Stated::default(),
            provenance: Provenance::default(),
            presentation: Presentation::default(),
            register: None,
            work_file: None,
            results: None,
        }
    }

    pub fn commune(&self, id: &str) -> Option<&Commune> {
        self.communes.iter().find(|c| c.id == id)
    }

    pub fn district(&self, id: &str) -> Option<&District> {
        self.districts.iter().find(|d| d.id == id)
    }

    /// The name of a district or commune id, for messages; the id itself when unknown.
    pub fn unit_name<'a>(&'a self, id: &'a str) -> &'a str {
        if let Some(d) = self.district(id) {
            return &d.name;
        }
        if let Some(c) = self.commune(id) {
            return &c.name;
        }
        id
    }

    /// Every district's and commune's name by id, for code that names many units
    /// (a lookup per unit with [`Plan::unit_name`] would be quadratic on a large plan).
    /// A district wins over a commune with the same id, as in `unit_name`.
    pub fn unit_names(&self) -> std::collections::HashMap<&str, &str> {
        let mut out =
            std::collections::HashMap::with_capacity(self.communes.len() + self.districts.len());
        for c in self.communes.iter().rev() {
            out.insert(c.id.as_str(), c.name.as_str());
        }
        for d in self.districts.iter().rev() {
            out.insert(d.id.as_str(), d.name.as_str());
        }
        out
    }

    pub fn component_name<'a>(&'a self, code: &'a str) -> &'a str {
        self.components
            .iter()
            .find(|c| c.code == code)
            .map(|c| c.name.as_str())
            .unwrap_or(code)
    }

    /// The last year the plan covers: its stated deadline year, else its plan year.
    pub fn end_year(&self) -> u16 {
        self.goals
            .deadline_year
            .unwrap_or(self.header.year)
            .max(self.header.year)
    }
}
