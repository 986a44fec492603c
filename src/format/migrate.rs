//! Upgrading plans written in older file format versions.
//!
//! Each older version is read with its own rules (its own top-level types, with
//! `deny_unknown_fields` as it had them), then converted to the current model;
//! [`upgrade`] chains the steps.
//!
//! - **1 → 2**: version 2 added `plan.presentation` (the slides of the presentation
//!   deck). A version-1 file has none: it is read with the version-1 rules (so a
//!   `presentation` field in a file that says version 1 is refused, as version 1
//!   itself would) and gets an empty presentation, which means "every chart the
//!   plan has data for".
//! - **2 → 3**: version 3 only added optional fields (the unit register, results,
//!   history, the document's recipients and signature, …). A version-2 file is read
//!   with the current types: every field it can have means the same in version 3, and
//!   the new ones are absent (empty).

use super::load::ron_options;
use super::syntax::syntax;
use super::{FORMAT_VERSION, LoadError, PlanFile};
use crate::i18n::Message;
use crate::model::{
    Allocation, Commune, Component, CriteriaSet, District, FundingNode, Goals, Header, Plan,
    Presentation, Project, Provenance, Section, Stated, Task, VillageCount,
};
use serde::Deserialize;

pub fn upgrade(text: &str, from: u32) -> Result<PlanFile, LoadError> {
    match from {
        1 => {
            let v1: PlanFileV1 = ron_options().from_str(text).map_err(|e| syntax(text, e))?;
            Ok(PlanFile {
                format: v1.format,
                version: FORMAT_VERSION,
                plan: v1.plan.into(),
            })
        }
        2 => {
            let v2: PlanFile = ron_options().from_str(text).map_err(|e| syntax(text, e))?;
            Ok(PlanFile {
                format: v2.format,
                version: FORMAT_VERSION,
                plan: v2.plan,
            })
        }
        _ => Err(LoadError::Migration {
            from,
            message: Message::new("load-version-never-existed")
                .arg("found", from.to_string())
                .arg("latest", FORMAT_VERSION.to_string()),
        }),
    }
}

/// A version-1 file's top level.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "PlanFile")]
struct PlanFileV1 {
    format: String,
    #[allow(dead_code)]
    version: u32,
    plan: PlanV1,
}

/// The plan as version 1 wrote it: the current plan without `presentation`. The
/// parts below the top level did not change, so they are the current types.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Plan")]
struct PlanV1 {
    header: Header,
    #[serde(default)]
    goals: Goals,
    criteria_set: CriteriaSet,
    #[serde(default)]
    district_set: Option<CriteriaSet>,
    #[serde(default)]
    districts: Vec<District>,
    #[serde(default)]
    communes: Vec<Commune>,
    #[serde(default)]
    villages: Vec<VillageCount>,
    #[serde(default)]
    funding: FundingNode,
    #[serde(default)]
    components: Vec<Component>,
    #[serde(default)]
    allocation: Option<Allocation>,
    #[serde(default)]
    projects: Vec<Project>,
    #[serde(default)]
    tasks: Vec<Task>,
    #[serde(default)]
    solutions: Vec<Section>,
    #[serde(default)]
    stated: Stated,
    #[serde(default)]
    provenance: Provenance,
}

impl From<PlanV1> for Plan {
    fn from(v: PlanV1) -> Plan {
        Plan {
            header: v.header,
            goals: v.goals,
            criteria_set: v.criteria_set,
            district_set: v.district_set,
            districts: v.districts,
            communes: v.communes,
            villages: v.villages,
            funding: v.funding,
            components: v.components,
            allocation: v.allocation,
            projects: v.projects,
            tasks: v.tasks,
            solutions: v.solutions,
            stated: v.stated,
            provenance: v.provenance,
            presentation: Presentation::default(),
            register: None,
            work_file: None,
            results: None,
        }
    }
}
