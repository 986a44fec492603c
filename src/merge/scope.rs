//! The part of a plan that belongs to some communes: their own records, their
//! villages, their projects and the tasks that name only them. A commune's work
//! file holds that part (with the plan's header, criteria set and funding sources
//! for reference); a return is merged back into that part only, so communes'
//! returns never touch each other and the province's own parts.

use crate::diff::Tree;
use crate::model::{Commune, Plan, Project, Task, VillageCount};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};

/// Commune ids.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Scope {
    pub communes: BTreeSet<String>,
}

/// What a scope owns, as lists in the plan's order. Its tree has the same paths as
/// the plan's (`communes[].note`, `projects[].amounts`), so it is compared,
/// merged and labelled as the plan is.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct OwnParts {
    #[serde(default)]
    pub communes: Vec<Commune>,
    #[serde(default)]
    pub villages: Vec<VillageCount>,
    #[serde(default)]
    pub projects: Vec<Project>,
    #[serde(default)]
    pub tasks: Vec<Task>,
}

impl OwnParts {
    pub fn tree(&self) -> Tree {
        Tree::of(self).unwrap_or(Tree::Null)
    }
}

/// Where each commune's records are in a plan, so the parts of thousands of
/// communes are found without scanning the plan for each.
#[derive(Debug, Clone, Default)]
pub struct PlanIndex {
    communes: HashMap<String, usize>,
    projects: HashMap<String, Vec<usize>>,
    villages: HashMap<String, Vec<usize>>,
    /// Tasks by the first commune they name.
    tasks: HashMap<String, Vec<usize>>,
}

impl PlanIndex {
    pub fn of(plan: &Plan) -> PlanIndex {
        let mut ix = PlanIndex::default();
        for (i, c) in plan.communes.iter().enumerate() {
            ix.communes.entry(c.id.clone()).or_insert(i);
        }
        for (i, p) in plan.projects.iter().enumerate() {
            if let Some(c) = &p.commune {
                ix.projects.entry(c.clone()).or_default().push(i);
            }
        }
        for (i, v) in plan.villages.iter().enumerate() {
            ix.villages.entry(v.unit.clone()).or_default().push(i);
        }
        for (i, t) in plan.tasks.iter().enumerate() {
            if let Some(c) = t.communes.first() {
                ix.tasks.entry(c.clone()).or_default().push(i);
            }
        }
        ix
    }
}

impl Scope {
    /// [`Scope::own`] through an index of the plan.
    pub fn own_indexed(&self, plan: &Plan, ix: &PlanIndex) -> OwnParts {
        let idx = |m: &HashMap<String, Vec<usize>>| -> Vec<usize> {
            let mut v: Vec<usize> = self
                .communes
                .iter()
                .filter_map(|c| m.get(c))
                .flatten()
                .copied()
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let mut communes: Vec<usize> = self
            .communes
            .iter()
            .filter_map(|c| ix.communes.get(c).copied())
            .collect();
        communes.sort_unstable();
        OwnParts {
            communes: communes.iter().map(|&i| plan.communes[i].clone()).collect(),
            villages: idx(&ix.villages)
                .into_iter()
                .map(|i| plan.villages[i].clone())
                .collect(),
            projects: idx(&ix.projects)
                .into_iter()
                .map(|i| plan.projects[i].clone())
                .collect(),
            tasks: idx(&ix.tasks)
                .into_iter()
                .map(|i| &plan.tasks[i])
                .filter(|t| self.owns_task(t))
                .cloned()
                .collect(),
        }
    }

    /// [`Scope::extract`] through an index of the plan.
    pub fn extract_indexed(&self, plan: &Plan, ix: &PlanIndex) -> Plan {
        self.extract_from(plan, self.own_indexed(plan, ix))
    }

    pub fn of<I: IntoIterator<Item = S>, S: Into<String>>(ids: I) -> Scope {
        Scope {
            communes: ids.into_iter().map(Into::into).collect(),
        }
    }

    pub fn has(&self, id: &str) -> bool {
        self.communes.contains(id)
    }

    pub fn owns_project(&self, p: &Project) -> bool {
        p.commune.as_deref().is_some_and(|c| self.has(c))
    }

    pub fn owns_village(&self, v: &VillageCount) -> bool {
        self.has(&v.unit)
    }

    /// A task is a commune's own when it names that commune and no other.
    pub fn owns_task(&self, t: &Task) -> bool {
        !t.communes.is_empty() && t.communes.iter().all(|c| self.has(c))
    }

    /// The scope's own parts of a plan.
    pub fn own(&self, plan: &Plan) -> OwnParts {
        OwnParts {
            communes: plan
                .communes
                .iter()
                .filter(|c| self.has(&c.id))
                .cloned()
                .collect(),
            villages: plan
                .villages
                .iter()
                .filter(|v| self.owns_village(v))
                .cloned()
                .collect(),
            projects: plan
                .projects
                .iter()
                .filter(|p| self.owns_project(p))
                .cloned()
                .collect(),
            tasks: plan
                .tasks
                .iter()
                .filter(|t| self.owns_task(t))
                .cloned()
                .collect(),
        }
    }

    /// The work file for the scope: the plan's header, criteria sets, the scope's
    /// districts, component contents and funding sources (for reference: projects
    /// name them), and the scope's own parts. Everything else is left out.
    pub fn extract(&self, plan: &Plan) -> Plan {
        self.extract_from(plan, self.own(plan))
    }

    fn extract_from(&self, plan: &Plan, own: OwnParts) -> Plan {
        let districts: BTreeSet<&str> = own
            .communes
            .iter()
            .filter_map(|c| c.district.as_deref())
            .collect();
        let mut out = Plan::new_empty(
            plan.criteria_set.clone(),
            &plan.header.province,
            plan.header.year,
        );
        out.header = plan.header.clone();
        out.district_set = plan.district_set.clone();
        out.districts = plan
            .districts
            .iter()
            .filter(|d| districts.contains(d.id.as_str()))
            .cloned()
            .collect();
        out.components = plan.components.clone();
        out.funding = plan.funding.clone();
        out.communes = own.communes;
        out.villages = own.villages;
        out.projects = own.projects;
        out.tasks = own.tasks;
        out
    }

    /// The plan with the scope's own parts cleared: what is left is shared.
    pub fn without_own(&self, plan: &Plan) -> Plan {
        let mut p = plan.clone();
        p.communes.retain(|c| !self.has(&c.id));
        p.villages.retain(|v| !self.owns_village(v));
        p.projects.retain(|x| !self.owns_project(x));
        p.tasks.retain(|t| !self.owns_task(t));
        p
    }
}

/// Put merged own parts back into a plan, for several scopes at once (their
/// communes do not overlap): records replaced where they are, removed ones
/// dropped, new ones placed after the scope's others (or at the end).
pub fn write_back(plan: &mut Plan, parts: &[(Scope, OwnParts)]) {
    let owner: HashMap<&str, usize> = parts
        .iter()
        .enumerate()
        .flat_map(|(i, (s, _))| s.communes.iter().map(move |c| (c.as_str(), i)))
        .collect();
    let of_commune = |id: Option<&str>| id.and_then(|c| owner.get(c).copied());
    let task_owner = |t: &Task| -> Option<usize> {
        let first = owner.get(t.communes.first()?.as_str()).copied()?;
        t.communes
            .iter()
            .all(|c| owner.get(c.as_str()) == Some(&first))
            .then_some(first)
    };

    // Communes: by id, in place.
    let mut new_communes: Vec<Vec<Commune>> =
        parts.iter().map(|(_, o)| o.communes.clone()).collect();
    let mut communes = Vec::with_capacity(plan.communes.len());
    let mut last_at: HashMap<usize, usize> = HashMap::new();
    for c in std::mem::take(&mut plan.communes) {
        match of_commune(Some(&c.id)) {
            None => communes.push(c),
            Some(i) => {
                if let Some(p) = new_communes[i].iter().position(|x| x.id == c.id) {
                    communes.push(new_communes[i].remove(p));
                }
                last_at.insert(i, communes.len());
            }
        }
    }
    insert_rest(&mut communes, new_communes, &last_at);
    plan.communes = communes;

    // Villages and tasks: a scope's own ones replaced where its first one was.
    plan.villages = replace_runs(
        std::mem::take(&mut plan.villages),
        |v| of_commune(Some(&v.unit)),
        parts.iter().map(|(_, o)| o.villages.clone()).collect(),
    );
    plan.tasks = replace_runs(
        std::mem::take(&mut plan.tasks),
        task_owner,
        parts.iter().map(|(_, o)| o.tasks.clone()).collect(),
    );

    // Projects: by id, in place; new ones after the scope's last.
    let mut new_projects: Vec<Vec<Project>> =
        parts.iter().map(|(_, o)| o.projects.clone()).collect();
    let mut projects = Vec::with_capacity(plan.projects.len());
    let mut last_at: HashMap<usize, usize> = HashMap::new();
    for p in std::mem::take(&mut plan.projects) {
        match of_commune(p.commune.as_deref()) {
            None => projects.push(p),
            Some(i) => {
                if let Some(k) = new_projects[i].iter().position(|x| x.id == p.id) {
                    projects.push(new_projects[i].remove(k));
                }
                last_at.insert(i, projects.len());
            }
        }
    }
    insert_rest(&mut projects, new_projects, &last_at);
    plan.projects = projects;
}

/// Insert each scope's remaining new items after its last kept one, or at the end;
/// later positions first, so earlier ones stay right.
fn insert_rest<T>(out: &mut Vec<T>, rest: Vec<Vec<T>>, last_at: &HashMap<usize, usize>) {
    let mut at_end = Vec::new();
    let mut placed: Vec<(usize, Vec<T>)> = Vec::new();
    for (i, items) in rest.into_iter().enumerate() {
        if items.is_empty() {
            continue;
        }
        match last_at.get(&i) {
            Some(&pos) => placed.push((pos, items)),
            None => at_end.extend(items),
        }
    }
    placed.sort_by_key(|(pos, _)| std::cmp::Reverse(*pos));
    for (pos, items) in placed {
        let pos = pos.min(out.len());
        out.splice(pos..pos, items);
    }
    out.extend(at_end);
}

/// Replace each scope's run of items (wherever they are) by its new list, put where
/// its first old item was, or at the end.
fn replace_runs<T>(items: Vec<T>, owner: impl Fn(&T) -> Option<usize>, new: Vec<Vec<T>>) -> Vec<T> {
    let mut new: Vec<Option<Vec<T>>> = new.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        match owner(&it) {
            None => out.push(it),
            Some(i) => {
                if let Some(v) = new.get_mut(i).and_then(Option::take) {
                    out.extend(v);
                }
            }
        }
    }
    for v in new.into_iter().flatten() {
        out.extend(v);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lai_chau() -> Plan {
        crate::format::load_str(include_str!("../../assets/samples/lai-chau-2025.ntm"))
            .unwrap()
            .plan
    }

    #[test]
    fn writing_back_unchanged_parts_gives_the_plan_back() {
        let plan = lai_chau();
        let ids: Vec<String> = plan.communes.iter().map(|c| c.id.clone()).collect();
        let parts: Vec<(Scope, OwnParts)> = ids
            .iter()
            .map(|id| {
                let s = Scope::of([id.clone()]);
                let o = s.own(&plan);
                (s, o)
            })
            .collect();
        let mut back = plan.clone();
        write_back(&mut back, &parts);
        assert_eq!(back, plan);
    }

    #[test]
    fn a_commune_part_is_replaced_where_it_is() {
        let plan = lai_chau();
        let id = plan.communes[3].id.clone();
        let s = Scope::of([id.clone()]);
        let mut own = s.own(&plan);
        own.communes[0].note = "Đã rà soát".into();
        own.projects.push(Project {
            id: "moi".into(),
            name: "Nhà văn hóa".into(),
            commune: Some(id.clone()),
            ..Project::default()
        });
        let mut back = plan.clone();
        write_back(&mut back, &[(s.clone(), own)]);
        assert_eq!(back.communes[3].note, "Đã rà soát");
        assert_eq!(back.communes.len(), plan.communes.len());
        assert_eq!(back.projects.len(), plan.projects.len() + 1);
        assert!(back.projects.iter().any(|p| p.id == "moi"));
        let work = s.extract(&plan);
        assert_eq!(work.communes.len(), 1);
        assert!(
            work.projects
                .iter()
                .all(|p| p.commune.as_deref() == Some(id.as_str()))
        );
    }
}
