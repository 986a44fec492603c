//! Taking a commune office's (or former district's) plan into the province plan
//! for the communes it covers.
//!
//! With a base (the last version both sides had), a value changed on one side only
//! is taken from that side, and a value both sides changed differently is a
//! conflict for the user to decide. Without a base there is no telling who changed
//! what: the submission's values are proposed for its communes, each listed for
//! the user to see before accepting. The result is one [`Edit::Batch`], so the
//! merge undoes as one step.

use crate::diff::Difference;
use crate::document::Edit;
use crate::excel::import::name_key;
use crate::matrix::Layer;
use crate::model::{Commune, Plan};
use std::collections::HashMap;

/// One commune value the two sides disagree on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    Cell {
        criterion: String,
        layer: Layer,
    },
    /// A commune field: name, district, note, recognized, planned, details.
    Field(&'static str),
    /// The whole commune is new in the submission.
    NewCommune,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// Only the submission changed it (or there is no base): take theirs.
    TakeTheirs,
    /// Both changed it differently: the user decides.
    Conflict,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    KeepOurs,
    TakeTheirs,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MergeItem {
    /// Index of the commune in our plan; None for a new commune.
    pub ours_index: Option<usize>,
    /// Index in their plan.
    pub theirs_index: usize,
    pub name: String,
    pub what: What,
    pub base: Option<String>,
    pub ours: String,
    pub theirs: String,
    pub resolution: Resolution,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Merge {
    /// Every difference between our communes and theirs, both values.
    pub differences: Vec<Difference>,
    /// What the merge would change (items where the submission differs from us and
    /// we did not change it since the base), and the conflicts.
    pub items: Vec<MergeItem>,
    /// Whether a base was used.
    pub three_way: bool,
}

impl Merge {
    pub fn conflicts(&self) -> impl Iterator<Item = (usize, &MergeItem)> {
        self.items
            .iter()
            .enumerate()
            .filter(|(_, i)| i.resolution == Resolution::Conflict)
    }

    /// The one edit that applies the merge. `choices` maps item index → choice for
    /// conflicts; a conflict without a choice keeps ours.
    pub fn edit(&self, ours: &Plan, theirs: &Plan, choices: &HashMap<usize, Choice>) -> Edit {
        let mut merged: HashMap<usize, Commune> = HashMap::new();
        let mut inserts: Vec<Edit> = Vec::new();
        for (k, item) in self.items.iter().enumerate() {
            let take = match item.resolution {
                Resolution::TakeTheirs => true,
                Resolution::Conflict => choices.get(&k) == Some(&Choice::TakeTheirs),
            };
            if !take {
                continue;
            }
            let tc = &theirs.communes[item.theirs_index];
            let Some(oi) = item.ours_index else {
                inserts.push(Edit::InsertCommune(usize::MAX, Box::new(tc.clone())));
                continue;
            };
            let c = merged
                .entry(oi)
                .or_insert_with(|| ours.communes[oi].clone());
            match &item.what {
                What::Cell { criterion, layer } => {
                    let met = layer.meets(tc, criterion);
                    let list = match layer {
                        Layer::Baseline => &mut c.baseline_unmet,
                        Layer::Target => &mut c.target_unmet,
                        Layer::Result => continue,
                    };
                    list.retain(|x| x != criterion);
                    if !met {
                        list.push(criterion.clone());
                        let set = &ours.criteria_set;
                        list.sort_by_key(|code| set.index_of(code).unwrap_or(usize::MAX));
                    }
                }
                What::Field(f) => copy_field(c, tc, f),
                What::NewCommune => {}
            }
        }
        let mut edits: Vec<Edit> = {
            let mut v: Vec<(usize, Commune)> = merged.into_iter().collect();
            v.sort_by_key(|(i, _)| *i);
            v.into_iter()
                .map(|(i, c)| Edit::Commune(i, Box::new(c)))
                .collect()
        };
        edits.extend(inserts);
        Edit::Batch(edits)
    }
}

fn copy_field(c: &mut Commune, t: &Commune, field: &str) {
    match field {
        "name" => c.name = t.name.clone(),
        "district" => c.district = t.district.clone(),
        "note" => c.note = t.note.clone(),
        "recognized" => c.recognized = t.recognized.clone(),
        "planned" => c.planned = t.planned.clone(),
        "details" => c.details = t.details.clone(),
        _ => {}
    }
}

fn field_value(c: &Commune, field: &str) -> String {
    match field {
        "name" => c.name.clone(),
        "district" => c.district.clone().unwrap_or_default(),
        "note" => c.note.clone(),
        "recognized" => crate::model::describe_levels(&c.recognized),
        "planned" => crate::model::describe_levels(&c.planned),
        "details" => crate::model::describe_details(&c.details),
        _ => String::new(),
    }
}

const FIELDS: [&str; 6] = [
    "name",
    "district",
    "note",
    "recognized",
    "planned",
    "details",
];

/// Find a commune of `plan` for one of another plan: by id, else by name.
fn find(plan: &Plan, c: &Commune) -> Option<usize> {
    plan.communes.iter().position(|x| x.id == c.id).or_else(|| {
        let key = name_key(&c.name);
        let hits: Vec<usize> = plan
            .communes
            .iter()
            .enumerate()
            .filter(|(_, x)| name_key(&x.name) == key)
            .map(|(i, _)| i)
            .collect();
        (hits.len() == 1).then(|| hits[0])
    })
}

fn mark(met: bool) -> String {
    if met { "đạt" } else { "chưa đạt" }.to_string()
}

/// Work out the merge of `theirs` (a submission) into `ours`, with the last common
/// version `base` when there is one.
pub fn merge(ours: &Plan, theirs: &Plan, base: Option<&Plan>) -> Merge {
    let mut m = Merge {
        three_way: base.is_some(),
        ..Merge::default()
    };
    for (ti, tc) in theirs.communes.iter().enumerate() {
        let Some(oi) = find(ours, tc) else {
            m.differences.push(Difference::CommuneAdded {
                id: tc.id.clone(),
                name: tc.name.clone(),
            });
            m.items.push(MergeItem {
                ours_index: None,
                theirs_index: ti,
                name: tc.name.clone(),
                what: What::NewCommune,
                base: None,
                ours: String::new(),
                theirs: tc.name.clone(),
                resolution: Resolution::TakeTheirs,
            });
            continue;
        };
        let oc = &ours.communes[oi];
        crate::diff::commune_pair(ours, oc, tc, &mut m.differences);
        let bc = base.and_then(|b| find(b, tc).map(|i| &b.communes[i]));
        let decide = |o: &str, t: &str, b: Option<&str>| -> Option<Resolution> {
            if o == t {
                return None;
            }
            match (base.is_some(), b) {
                (true, Some(b)) if b == o => Some(Resolution::TakeTheirs),
                (true, Some(b)) if b == t => None,
                (true, _) => Some(Resolution::Conflict),
                (false, _) => Some(Resolution::TakeTheirs),
            }
        };
        for f in FIELDS {
            let (o, t) = (field_value(oc, f), field_value(tc, f));
            let b = bc.map(|b| field_value(b, f));
            if let Some(resolution) = decide(&o, &t, b.as_deref()) {
                m.items.push(MergeItem {
                    ours_index: Some(oi),
                    theirs_index: ti,
                    name: oc.name.clone(),
                    what: What::Field(f),
                    base: b,
                    ours: o,
                    theirs: t,
                    resolution,
                });
            }
        }
        for cr in &ours.criteria_set.criteria {
            for layer in [Layer::Baseline, Layer::Target] {
                let get = |c: &Commune| layer.meets(c, &cr.code);
                let (o, t) = (mark(get(oc)), mark(get(tc)));
                let b = bc.map(|b| mark(get(b)));
                if let Some(resolution) = decide(&o, &t, b.as_deref()) {
                    m.items.push(MergeItem {
                        ours_index: Some(oi),
                        theirs_index: ti,
                        name: oc.name.clone(),
                        what: What::Cell {
                            criterion: cr.code.clone(),
                            layer,
                        },
                        base: b,
                        ours: o,
                        theirs: t,
                        resolution,
                    });
                }
            }
        }
    }
    m
}
