//! Taking another version of a plan into the open one.
//!
//! A submission from a commune office (a work file sent with "Gửi xã…", or the
//! commune's own plan) is merged into its communes' part of the plan only
//! ([`scope`]): their records, villages, projects and tasks; what it changed
//! elsewhere is listed and not taken. A whole version of the plan (one that has
//! every commune of the open plan) is merged as a whole. Both go through the same
//! three-way merge of the plans' trees ([`three_way`]): with the common version,
//! a value changed on one side only is taken from that side and a value both
//! changed differently is a conflict; without one, the submission's values are
//! proposed. The result is one [`Edit`], so a merge undoes as one step.

pub mod scope;
pub mod three_way;

pub use scope::{OwnParts, Scope, write_back};
pub use three_way::{Choice, Conflict, Merged, merge_trees};

use crate::diff::{self, Difference, Names, Tree};
use crate::document::Edit;
use crate::excel::import::name_key;
use crate::lang::Lang;
use crate::model::Plan;
use std::collections::{HashMap, HashSet};

#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum MergeError {
    #[error("the merged plan cannot be read back: {0}")]
    Tree(String),
}

impl MergeError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            MergeError::Tree(e) => {
                crate::i18n::tr_args(lang, "merge-error-tree", &[("error", e.as_str().into())])
            }
        }
    }
}

/// A merge worked out, ready to show and to apply with the user's choices.
#[derive(Debug, Clone)]
pub struct PlanMerge {
    base: Tree,
    ours: Tree,
    theirs: Tree,
    pub names: Names,
    /// The communes whose part is merged; None for a whole plan.
    pub scope: Option<Scope>,
    /// Whether there was a common version.
    pub three_way: bool,
    /// Values both sides changed differently (decided keep / take).
    pub conflicts: Vec<Conflict>,
    /// What the merge changes in the open plan, with every conflict kept as ours.
    pub incoming: Vec<Difference>,
    /// Every difference between the open plan and the submission, in the part merged.
    pub differences: Vec<Difference>,
    /// What the submission changed outside its communes' part: listed, not taken.
    pub outside: Vec<Difference>,
}

/// Work out the merge of `theirs` into `ours`, against their common version `base`
/// when there is one.
pub fn merge(ours: &Plan, theirs: &Plan, base: Option<&Plan>) -> PlanMerge {
    let mut theirs = theirs.clone();
    let scope = scope_of(ours, &mut theirs);
    match scope {
        None => merge_whole(ours, &theirs, base),
        Some(scope) => {
            let from = base.unwrap_or(ours);
            let outside = diff::diff(
                &scope.without_own(&scope.extract(from)),
                &scope.without_own(&theirs),
            );
            merge_scoped(ours, &theirs, base, scope, outside)
        }
    }
}

/// The merge of a whole version of the plan: every part of it.
pub fn merge_whole(ours: &Plan, theirs: &Plan, base: Option<&Plan>) -> PlanMerge {
    let (o, t) = (Tree::of_plan(ours), Tree::of_plan(theirs));
    let b = base.map(Tree::of_plan).unwrap_or_else(|| o.clone());
    PlanMerge::new(b, o, t, None, base.is_some(), Vec::new())
}

/// The merge of a scope's part: `base` is what was sent (or the common version),
/// `outside` what the submission changed elsewhere.
pub fn merge_scoped(
    ours: &Plan,
    theirs: &Plan,
    base: Option<&Plan>,
    scope: Scope,
    outside: Vec<Difference>,
) -> PlanMerge {
    let o = scope.own(ours).tree();
    let t = scope.own(theirs).tree();
    let b = base
        .map(|b| scope.own(b).tree())
        .unwrap_or_else(|| o.clone());
    let mut m = PlanMerge::new(b, o, t, Some(scope), base.is_some(), outside);
    // Names of criteria and sources for the part's differences.
    m.names = Names::of(&[&Tree::of_plan(ours)]);
    m.refresh();
    m
}

/// The merge of a scope's own parts given directly (gathering many returns, with
/// the parts already found through an index).
pub fn merge_parts(
    base: OwnParts,
    ours: OwnParts,
    theirs: OwnParts,
    scope: Scope,
    names: Names,
) -> PlanMerge {
    let mut m = PlanMerge {
        base: base.tree(),
        ours: ours.tree(),
        theirs: theirs.tree(),
        names,
        scope: Some(scope),
        three_way: true,
        conflicts: Vec::new(),
        incoming: Vec::new(),
        differences: Vec::new(),
        outside: Vec::new(),
    };
    m.refresh();
    m
}

impl PlanMerge {
    fn new(
        base: Tree,
        ours: Tree,
        theirs: Tree,
        scope: Option<Scope>,
        three_way: bool,
        outside: Vec<Difference>,
    ) -> PlanMerge {
        let names = Names::of(&[&ours, &theirs]);
        let mut m = PlanMerge {
            base,
            ours,
            theirs,
            names,
            scope,
            three_way,
            conflicts: Vec::new(),
            incoming: Vec::new(),
            differences: Vec::new(),
            outside,
        };
        m.refresh();
        m
    }

    fn refresh(&mut self) {
        let merged = self.merged(&HashMap::new());
        self.conflicts = merged.conflicts;
        self.incoming = diff::diff_trees_named(&self.ours, &merged.tree, &self.names);
        self.differences = diff::diff_trees_named(&self.ours, &self.theirs, &self.names);
    }

    fn merged(&self, choices: &HashMap<String, Choice>) -> Merged {
        merge_trees(&self.base, &self.ours, &self.theirs, &self.names, choices)
    }

    /// How many values the merge changes with these choices.
    pub fn changes(&self, choices: &HashMap<String, Choice>) -> usize {
        let merged = self.merged(choices);
        diff::diff_trees_named(&self.ours, &merged.tree, &self.names).len()
    }

    /// The open plan with the merge applied.
    pub fn result(
        &self,
        ours: &Plan,
        choices: &HashMap<String, Choice>,
    ) -> Result<Plan, MergeError> {
        let merged = self.merged(choices);
        match &self.scope {
            None => merged
                .tree
                .to_value::<Plan>()
                .map_err(|e| MergeError::Tree(e.to_string())),
            Some(scope) => {
                let own: OwnParts = merged
                    .tree
                    .to_value()
                    .map_err(|e| MergeError::Tree(e.to_string()))?;
                let mut plan = ours.clone();
                write_back(&mut plan, &[(scope.clone(), own)]);
                Ok(plan)
            }
        }
    }

    /// The merged own parts (scoped merges), to write back with others at once.
    pub fn own_result(&self, choices: &HashMap<String, Choice>) -> Result<OwnParts, MergeError> {
        self.merged(choices)
            .tree
            .to_value()
            .map_err(|e| MergeError::Tree(e.to_string()))
    }

    /// The one edit that applies the merge (one undo step).
    pub fn edit(&self, ours: &Plan, choices: &HashMap<String, Choice>) -> Result<Edit, MergeError> {
        Ok(Edit::Plan(Box::new(self.result(ours, choices)?)))
    }
}

/// Which communes a submission covers in our plan. A work file covers the commune
/// it was sent to. Otherwise its communes are found by id, else by name (its ids
/// are then changed to ours); if it has every commune of ours it is a whole
/// version of the plan (None).
pub fn scope_of(ours: &Plan, theirs: &mut Plan) -> Option<Scope> {
    if let Some(w) = &theirs.work_file {
        return Some(Scope::of([w.commune.clone()]));
    }
    let ids: HashSet<&str> = ours.communes.iter().map(|c| c.id.as_str()).collect();
    let mut rename: HashMap<String, String> = HashMap::new();
    let mut covered = Vec::new();
    for c in &theirs.communes {
        if ids.contains(c.id.as_str()) {
            covered.push(c.id.clone());
            continue;
        }
        let key = name_key(&c.name);
        let hits: Vec<&str> = ours
            .communes
            .iter()
            .filter(|x| name_key(&x.name) == key)
            .map(|x| x.id.as_str())
            .collect();
        if let [one] = hits.as_slice() {
            rename.insert(c.id.clone(), one.to_string());
            covered.push(one.to_string());
        } else {
            covered.push(c.id.clone());
        }
    }
    if !rename.is_empty() {
        rename_communes(theirs, &rename);
    }
    let all = ours.communes.iter().all(|c| covered.contains(&c.id));
    if all && !ours.communes.is_empty() {
        None
    } else {
        Some(Scope::of(covered))
    }
}

/// Change commune ids, and every reference to them.
pub fn rename_communes(plan: &mut Plan, map: &HashMap<String, String>) {
    let re = |s: &mut String| {
        if let Some(n) = map.get(s.as_str()) {
            *s = n.clone();
        }
    };
    for c in &mut plan.communes {
        re(&mut c.id);
    }
    for v in &mut plan.villages {
        re(&mut v.unit);
    }
    for p in &mut plan.projects {
        if let Some(c) = &mut p.commune {
            re(c);
        }
    }
    for t in &mut plan.tasks {
        for c in &mut t.communes {
            re(c);
        }
    }
    if let Some(w) = &mut plan.work_file {
        re(&mut w.commune);
    }
}

/// A conflict as a row: what, and the three values.
pub fn conflict_row(c: &Conflict, lang: Lang) -> [String; 4] {
    let pat = crate::diff::shape::pattern(&c.path);
    let v = |t: &Option<Tree>| match t {
        Some(t) => crate::diff::label::value(&pat, t, lang),
        None => "—".to_string(),
    };
    [
        crate::diff::label::what(&c.path, &c.titles, lang),
        v(&c.base),
        v(&c.ours),
        v(&c.theirs),
    ]
}

#[cfg(test)]
mod tests;
