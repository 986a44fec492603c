//! Every change to a plan, as a value that can be applied and gives back its inverse.
//! The UI never mutates a plan directly; it sends one of these to
//! [`super::Document::apply`].

use crate::matrix::Layer;
use crate::model::{
    Allocation, Commune, CommuneResult, Date, FundingNode, Indicator, Plan, PlanKind, Project,
    Results, Signature, Task,
};

/// One matrix cell set to met or not met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellChange {
    pub commune: usize,
    pub criterion: String,
    pub layer: Layer,
    pub met: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HeaderField {
    IssuingBody,
    Province,
    Number,
    Place,
    Title,
    Program,
    Signer,
    GoalsGeneral,
}

impl HeaderField {
    pub const ALL: [HeaderField; 8] = [
        HeaderField::Title,
        HeaderField::Program,
        HeaderField::IssuingBody,
        HeaderField::Province,
        HeaderField::Number,
        HeaderField::Place,
        HeaderField::Signer,
        HeaderField::GoalsGeneral,
    ];

    /// The catalogue key of the field's label.
    pub fn key(self) -> &'static str {
        match self {
            HeaderField::IssuingBody => "field-issuing-body",
            HeaderField::Province => "field-province",
            HeaderField::Number => "field-number",
            HeaderField::Place => "field-place",
            HeaderField::Title => "field-title",
            HeaderField::Program => "field-program",
            HeaderField::Signer => "field-signer",
            HeaderField::GoalsGeneral => "field-goals-general",
        }
    }

    pub fn get(self, plan: &Plan) -> &str {
        let h = &plan.header;
        match self {
            HeaderField::IssuingBody => &h.issuing_body,
            HeaderField::Province => &h.province,
            HeaderField::Number => &h.number,
            HeaderField::Place => &h.place,
            HeaderField::Title => &h.title,
            HeaderField::Program => &h.program,
            HeaderField::Signer => &h.signer,
            HeaderField::GoalsGeneral => &plan.goals.general,
        }
    }

    fn slot(self, plan: &mut Plan) -> &mut String {
        let h = &mut plan.header;
        match self {
            HeaderField::IssuingBody => &mut h.issuing_body,
            HeaderField::Province => &mut h.province,
            HeaderField::Number => &mut h.number,
            HeaderField::Place => &mut h.place,
            HeaderField::Title => &mut h.title,
            HeaderField::Program => &mut h.program,
            HeaderField::Signer => &mut h.signer,
            HeaderField::GoalsGeneral => &mut plan.goals.general,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Set a text field of the header or goals (text is normalized to NFC).
    HeaderText(HeaderField, String),
    Year(u16),
    Kind(PlanKind),
    Draft(bool),
    Date(Option<Date>),
    /// The "Căn cứ …" lines, whole.
    LegalBases(Vec<String>),
    /// The specific targets, whole.
    Targets(Vec<String>),
    /// "Nơi nhận": the recipients' lines, whole.
    Recipients(Vec<String>),
    /// The signature block, whole.
    Signature(Signature),
    /// Replace the commune at an index.
    Commune(usize, Box<Commune>),
    /// Insert a commune at an index.
    InsertCommune(usize, Box<Commune>),
    /// Remove the commune at an index.
    RemoveCommune(usize),
    /// Set matrix cells: (commune index, criterion code, layer, met).
    Cells(Vec<CellChange>),
    /// The funding-source tree, whole (it is small; a whole tree keeps every
    /// structural change — add, remove, move, rename, amounts — exactly undoable).
    FundingTree(Box<FundingNode>),
    /// The allocation of the base over component contents, whole.
    Allocation(Option<Box<Allocation>>),
    /// Replace the project at an index.
    Project(usize, Box<Project>),
    /// Insert a project at an index (at the end when past it).
    InsertProject(usize, Box<Project>),
    /// Remove the project at an index.
    RemoveProject(usize),
    /// Replace the task at an index.
    Task(usize, Box<Task>),
    /// Insert a task at an index (at the end when past it).
    InsertTask(usize, Box<Task>),
    /// Remove the task at an index.
    RemoveTask(usize),
    /// The presentation deck's slides (chart kind names, in order), whole.
    Slides(Vec<String>),
    /// The criteria set's indicator list, whole (imported by a province).
    Indicators(Vec<Indicator>),
    /// The results report (date, kind, money mobilized), whole; None removes it.
    Results(Option<Box<Results>>),
    /// The result recorded for the commune at an index; None: no result recorded.
    CommuneResult(usize, Option<Box<CommuneResult>>),
    /// Villages recognized by the results date, for the village line at an index.
    VillagesAchieved(usize, Option<u32>),
    /// Several edits as one step, applied in order.
    Batch(Vec<Edit>),
    /// The whole plan replaced (a merge, returns gathered from communes): its
    /// inverse is the plan before, exactly.
    Plan(Box<Plan>),
}

impl Edit {
    /// Catalogue key naming the edit, for "Undo …" in menus.
    pub fn label(&self) -> String {
        match self {
            Edit::HeaderText(f, _) => f.key().to_string(),
            Edit::Year(_) => "field-year".into(),
            Edit::Kind(_) => "field-kind".into(),
            Edit::Draft(_) => "field-draft".into(),
            Edit::Date(_) => "field-date".into(),
            Edit::LegalBases(_) => "field-legal-bases".into(),
            Edit::Targets(_) => "field-targets".into(),
            Edit::Recipients(_) => "field-recipients".into(),
            Edit::Signature(_) => "field-signature".into(),
            Edit::Commune(..) => "edit-commune".into(),
            Edit::InsertCommune(..) => "edit-add-commune".into(),
            Edit::RemoveCommune(_) => "edit-remove-commune".into(),
            Edit::Cells(_) => "edit-cells".into(),
            Edit::Slides(_) => "edit-slides".into(),
            Edit::Indicators(_) => "edit-indicators".into(),
            Edit::FundingTree(_) => "edit-funding".into(),
            Edit::Allocation(_) => "edit-allocation".into(),
            Edit::Project(..) => "edit-project".into(),
            Edit::InsertProject(..) => "edit-add-project".into(),
            Edit::RemoveProject(_) => "edit-remove-project".into(),
            Edit::Task(..) => "edit-task".into(),
            Edit::InsertTask(..) => "edit-add-task".into(),
            Edit::RemoveTask(_) => "edit-remove-task".into(),
            Edit::Plan(_) => "edit-merge".into(),
            Edit::Results(_) => "edit-results".into(),
            Edit::CommuneResult(..) => "edit-commune-result".into(),
            Edit::VillagesAchieved(..) => "edit-villages-achieved".into(),
            Edit::Batch(v) => v
                .first()
                .map(Edit::label)
                .unwrap_or_else(|| "edit-batch".into()),
        }
    }

    /// Apply to the plan; returns the edit that undoes it.
    pub fn apply(self, plan: &mut Plan) -> Edit {
        match self {
            Edit::HeaderText(f, text) => {
                let old = std::mem::replace(f.slot(plan), crate::text::clean(&text));
                Edit::HeaderText(f, old)
            }
            Edit::Year(y) => Edit::Year(std::mem::replace(&mut plan.header.year, y)),
            Edit::Kind(k) => Edit::Kind(std::mem::replace(&mut plan.header.kind, k)),
            Edit::Draft(d) => Edit::Draft(std::mem::replace(&mut plan.header.draft, d)),
            Edit::Date(d) => Edit::Date(std::mem::replace(&mut plan.header.date, d)),
            Edit::LegalBases(v) => {
                let v = v.iter().map(|s| crate::text::clean(s)).collect();
                Edit::LegalBases(std::mem::replace(&mut plan.header.legal_bases, v))
            }
            Edit::Targets(v) => {
                let v = v.iter().map(|s| crate::text::clean(s)).collect();
                Edit::Targets(std::mem::replace(&mut plan.goals.targets, v))
            }
            Edit::Recipients(v) => {
                let v = v.iter().map(|s| crate::text::clean(s)).collect();
                Edit::Recipients(std::mem::replace(&mut plan.header.recipients, v))
            }
            Edit::Signature(sig) => {
                let sig = Signature {
                    titles: sig.titles.iter().map(|s| crate::text::clean(s)).collect(),
                    name: crate::text::clean(&sig.name),
                };
                Edit::Signature(std::mem::replace(&mut plan.header.signature, sig))
            }
            Edit::Commune(i, c) => match plan.communes.get_mut(i) {
                Some(slot) => Edit::Commune(i, Box::new(std::mem::replace(slot, *c))),
                None => Edit::Batch(Vec::new()),
            },
            Edit::InsertCommune(i, c) => {
                let i = i.min(plan.communes.len());
                plan.communes.insert(i, *c);
                Edit::RemoveCommune(i)
            }
            Edit::RemoveCommune(i) => {
                if i < plan.communes.len() {
                    let c = plan.communes.remove(i);
                    Edit::InsertCommune(i, Box::new(c))
                } else {
                    Edit::Batch(Vec::new())
                }
            }
            Edit::Cells(changes) => {
                let mut inverse = Vec::with_capacity(changes.len());
                // Communes that get a result by this edit: undoing it removes the result.
                let mut created = Vec::new();
                // Communes not yet assessed under the set (carried onto it): setting a
                // baseline or target cell assesses them; undoing restores them whole.
                let mut assessed: Vec<(usize, Commune)> = Vec::new();
                for ch in changes {
                    let Some(c) = plan.communes.get_mut(ch.commune) else {
                        continue;
                    };
                    if c.unassessed && ch.layer != Layer::Result {
                        assessed.push((ch.commune, c.clone()));
                        c.unassessed = false;
                    }
                    let list = match ch.layer {
                        Layer::Target => &mut c.target_unmet,
                        Layer::Baseline => &mut c.baseline_unmet,
                        Layer::Result => {
                            if c.result.is_none() {
                                created.push(ch.commune);
                            }
                            let target = &c.target_unmet;
                            &mut c
                                .result
                                .get_or_insert_with(|| CommuneResult {
                                    unmet: target.clone(),
                                    ..CommuneResult::default()
                                })
                                .unmet
                        }
                    };
                    let was_met = !list.contains(&ch.criterion);
                    if was_met != ch.met {
                        if ch.met {
                            list.retain(|x| x != &ch.criterion);
                        } else {
                            list.push(ch.criterion.clone());
                            // Keep the list in the set's order, as files write it.
                            let order = &plan.criteria_set;
                            list.sort_by_key(|code| order.index_of(code).unwrap_or(usize::MAX));
                        }
                    }
                    inverse.push(CellChange { met: was_met, ..ch });
                }
                inverse.reverse();
                if created.is_empty() && assessed.is_empty() {
                    Edit::Cells(inverse)
                } else {
                    let mut undo = vec![Edit::Cells(inverse)];
                    undo.extend(created.into_iter().map(|i| Edit::CommuneResult(i, None)));
                    undo.extend(
                        assessed
                            .into_iter()
                            .map(|(i, c)| Edit::Commune(i, Box::new(c))),
                    );
                    Edit::Batch(undo)
                }
            }
            Edit::Results(r) => Edit::Results(
                std::mem::replace(&mut plan.results, r.map(|b| nfc_results(*b))).map(Box::new),
            ),
            Edit::CommuneResult(i, r) => match plan.communes.get_mut(i) {
                Some(c) => Edit::CommuneResult(
                    i,
                    std::mem::replace(&mut c.result, r.map(|b| nfc_commune_result(*b)))
                        .map(Box::new),
                ),
                None => Edit::Batch(Vec::new()),
            },
            Edit::VillagesAchieved(i, n) => match plan.villages.get_mut(i) {
                Some(v) => Edit::VillagesAchieved(i, std::mem::replace(&mut v.achieved, n)),
                None => Edit::Batch(Vec::new()),
            },
            Edit::Slides(v) => Edit::Slides(std::mem::replace(&mut plan.presentation.slides, v)),
            Edit::Indicators(v) => {
                Edit::Indicators(std::mem::replace(&mut plan.criteria_set.indicator_list, v))
            }
            Edit::FundingTree(tree) => Edit::FundingTree(Box::new(std::mem::replace(
                &mut plan.funding,
                nfc_tree(*tree),
            ))),
            Edit::Allocation(a) => Edit::Allocation(
                std::mem::replace(&mut plan.allocation, a.map(|b| *b)).map(Box::new),
            ),
            Edit::Project(i, p) => match plan.projects.get_mut(i) {
                Some(slot) => Edit::Project(i, Box::new(std::mem::replace(slot, nfc_project(*p)))),
                None => Edit::Batch(Vec::new()),
            },
            Edit::InsertProject(i, p) => {
                let i = i.min(plan.projects.len());
                plan.projects.insert(i, nfc_project(*p));
                Edit::RemoveProject(i)
            }
            Edit::RemoveProject(i) if i < plan.projects.len() => {
                Edit::InsertProject(i, Box::new(plan.projects.remove(i)))
            }
            Edit::RemoveProject(_) => Edit::Batch(Vec::new()),
            Edit::Task(i, t) => match plan.tasks.get_mut(i) {
                Some(slot) => Edit::Task(i, Box::new(std::mem::replace(slot, nfc_task(*t)))),
                None => Edit::Batch(Vec::new()),
            },
            Edit::InsertTask(i, t) => {
                let i = i.min(plan.tasks.len());
                plan.tasks.insert(i, nfc_task(*t));
                Edit::RemoveTask(i)
            }
            Edit::RemoveTask(i) if i < plan.tasks.len() => {
                Edit::InsertTask(i, Box::new(plan.tasks.remove(i)))
            }
            Edit::RemoveTask(_) => Edit::Batch(Vec::new()),
            Edit::Plan(p) => Edit::Plan(Box::new(std::mem::replace(plan, *p))),
            Edit::Batch(edits) => {
                let mut inverses: Vec<Edit> = edits.into_iter().map(|e| e.apply(plan)).collect();
                inverses.reverse();
                Edit::Batch(inverses)
            }
        }
    }
}

impl Edit {
    /// One step that removes every result of the plan: the report, each commune's
    /// result, villages recognized, disbursements and task states.
    pub fn remove_results(plan: &Plan) -> Edit {
        let mut edits = vec![Edit::Results(None)];
        for (i, c) in plan.communes.iter().enumerate() {
            if c.result.is_some() {
                edits.push(Edit::CommuneResult(i, None));
            }
        }
        for (i, v) in plan.villages.iter().enumerate() {
            if v.achieved.is_some() {
                edits.push(Edit::VillagesAchieved(i, None));
            }
        }
        for (i, p) in plan.projects.iter().enumerate() {
            if !p.disbursed.is_empty() {
                let mut p = p.clone();
                p.disbursed.clear();
                edits.push(Edit::Project(i, Box::new(p)));
            }
        }
        for (i, task) in plan.tasks.iter().enumerate() {
            if task.result.is_some() {
                let mut task = task.clone();
                task.result = None;
                edits.push(Edit::Task(i, Box::new(task)));
            }
        }
        Edit::Batch(edits)
    }
}

/// Typed names are stored in NFC, as every other text of the plan.
fn nfc_tree(mut node: FundingNode) -> FundingNode {
    node.name = crate::text::clean(&node.name);
    node.children = node.children.into_iter().map(nfc_tree).collect();
    node
}

fn nfc_project(mut p: Project) -> Project {
    p.name = crate::text::clean(&p.name);
    p.note = crate::text::clean(&p.note);
    for d in &mut p.disbursed {
        d.note = crate::text::clean(&d.note);
    }
    p
}

fn nfc_task(mut t: Task) -> Task {
    t.agency = crate::text::clean(&t.agency);
    t.text = crate::text::clean(&t.text);
    if let Some(r) = &mut t.result {
        r.note = crate::text::clean(&r.note);
    }
    t
}

fn nfc_results(mut r: Results) -> Results {
    r.note = crate::text::clean(&r.note);
    r
}

fn nfc_commune_result(mut r: CommuneResult) -> CommuneResult {
    r.note = crate::text::clean(&r.note);
    for g in &mut r.granted {
        g.decision = crate::text::clean(&g.decision);
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria_sets;

    #[test]
    fn every_edit_undoes_exactly() {
        let mut plan = Plan::new_empty(
            criteria_sets::by_name("2021-2025").unwrap(),
            "Lai Châu",
            2025,
        );
        plan.communes.push(Commune {
            id: "a".into(),
            name: "A".into(),
            ..Commune::default()
        });
        let original = plan.clone();
        let nfd: String = unicode_normalization::UnicodeNormalization::nfd("Tả Lèng").collect();
        let edits = vec![
            Edit::HeaderText(HeaderField::Title, nfd),
            Edit::Year(2026),
            Edit::Kind(PlanKind::Remediation),
            Edit::Draft(false),
            Edit::Date(Some(Date {
                year: 2025,
                month: 2,
                day: 1,
            })),
            Edit::LegalBases(vec!["Căn cứ …".into()]),
            Edit::Targets(vec!["54 xã".into()]),
            Edit::Recipients(vec!["- Lưu: VT.".into()]),
            Edit::Signature(Signature {
                titles: vec!["TM. ỦY BAN NHÂN DÂN".into(), "CHỦ TỊCH".into()],
                name: "Nguyễn Văn A".into(),
            }),
            Edit::Slides(vec![
                "funding-donut".into(),
                "criteria-baseline-target".into(),
            ]),
            Edit::Commune(
                0,
                Box::new(Commune {
                    id: "a".into(),
                    name: "B".into(),
                    ..Commune::default()
                }),
            ),
            Edit::InsertCommune(
                1,
                Box::new(Commune {
                    id: "b".into(),
                    name: "C".into(),
                    ..Commune::default()
                }),
            ),
            Edit::Cells(vec![
                CellChange {
                    commune: 0,
                    criterion: "5".into(),
                    layer: Layer::Target,
                    met: false,
                },
                CellChange {
                    commune: 0,
                    criterion: "2".into(),
                    layer: Layer::Target,
                    met: false,
                },
                CellChange {
                    commune: 1,
                    criterion: "2".into(),
                    layer: Layer::Baseline,
                    met: false,
                },
                CellChange {
                    commune: 1,
                    criterion: "3".into(),
                    layer: Layer::Baseline,
                    met: true,
                },
            ]),
            Edit::RemoveCommune(0),
        ];
        let inverse = Edit::Batch(edits).apply(&mut plan);
        assert_eq!(plan.presentation.slides.len(), 2);
        assert_eq!(plan.header.title, "Tả Lèng", "text is stored in NFC");
        assert_eq!(plan.communes.len(), 1);
        assert_eq!(plan.communes[0].name, "C");
        assert_eq!(plan.communes[0].baseline_unmet, ["2"]);
        let again = inverse.apply(&mut plan);
        assert_eq!(plan, original);
        again.apply(&mut plan);
        assert_eq!(plan.header.year, 2026);
    }

    /// The editors' edits on a real plan: each applied then inverted gives back the
    /// original plan exactly, alone and all together.
    #[test]
    fn funding_allocation_project_and_task_edits_undo_exactly() {
        let text = include_str!("../../assets/samples/lai-chau-2025.ntm");
        let original = crate::format::load_str(text).unwrap().plan;
        let mut tree = original.funding.clone();
        tree.children.swap(0, 1);
        tree.children[0].name = "Vốn ngân sách địa phương".into();
        tree.children.push(FundingNode {
            id: "moi".into(),
            name: "Nguồn mới".into(),
            amount: Some(1500.into()),
            ..FundingNode::root()
        });
        let mut alloc = original.allocation.clone().unwrap();
        alloc.lines[0].amount = 70000.into();
        alloc.lines.pop();
        let mut project = original.projects[3].clone();
        project.name = "Cầu treo bản mới".into();
        project.special_mechanism = !project.special_mechanism;
        let mut task = original.tasks[0].clone();
        task.agency = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh".into();
        let new_project = Project {
            id: "DA-999".into(),
            name: "Dự án mới".into(),
            ..Project::default()
        };
        let new_task = Task {
            agency: "Sở Tài chính".into(),
            text: "Cân đối vốn".into(),
            ..Task::default()
        };
        let edits = vec![
            Edit::FundingTree(Box::new(tree)),
            Edit::Allocation(Some(Box::new(alloc))),
            Edit::Allocation(None),
            Edit::Project(3, Box::new(project)),
            Edit::InsertProject(0, Box::new(new_project.clone())),
            Edit::RemoveProject(10),
            Edit::InsertProject(usize::MAX, Box::new(new_project)),
            Edit::Task(0, Box::new(task)),
            Edit::InsertTask(2, Box::new(new_task)),
            Edit::RemoveTask(5),
        ];
        // One at a time.
        for e in &edits {
            let mut plan = original.clone();
            let inverse = e.clone().apply(&mut plan);
            assert_ne!(plan, original, "{e:?} changes the plan");
            inverse.apply(&mut plan);
            assert_eq!(plan, original, "{e:?} undoes exactly");
        }
        // All together, as one step.
        let mut plan = original.clone();
        let inverse = Edit::Batch(edits).apply(&mut plan);
        assert_eq!(plan.projects.len(), original.projects.len() + 1);
        assert_eq!(plan.projects[0].id, "DA-999");
        assert!(plan.allocation.is_none());
        assert_eq!(plan.funding.children[0].name, "Vốn ngân sách địa phương");
        inverse.apply(&mut plan);
        assert_eq!(plan, original);
        // Out-of-range indexes change nothing.
        let mut plan = original.clone();
        Edit::RemoveTask(9999).apply(&mut plan);
        Edit::Project(9999, Box::default()).apply(&mut plan);
        assert_eq!(plan, original);
    }
}

#[cfg(test)]
mod result_tests {
    use super::*;
    use crate::model::{Disbursement, Granted, Level, ReportKind, Results, TaskResult, TaskState};

    /// The Lai Châu sample without its result layer.
    fn lai_chau() -> Plan {
        let mut plan =
            crate::format::load_str(include_str!("../../assets/samples/lai-chau-2025.ntm"))
                .unwrap()
                .plan;
        Edit::remove_results(&plan).apply(&mut plan);
        assert!(!crate::figures::results::has_results(&plan));
        plan
    }

    fn cell(commune: usize, criterion: &str, met: bool) -> CellChange {
        CellChange {
            commune,
            criterion: criterion.into(),
            layer: Layer::Result,
            met,
        }
    }

    /// A result cell on a commune without a result records one (starting from its
    /// target); undo removes it again, redo brings it back exactly.
    #[test]
    fn result_cells_create_the_result_and_undo_exactly() {
        let original = lai_chau();
        let mut plan = original.clone();
        let i = plan
            .communes
            .iter()
            .position(|c| !c.target_unmet.is_empty() && c.result.is_none())
            .unwrap();
        let target = plan.communes[i].target_unmet.clone();
        let inverse = Edit::Cells(vec![cell(i, "1", false), cell(i, "2", true)]).apply(&mut plan);
        let r = plan.communes[i].result.clone().unwrap();
        let mut expected: Vec<String> = target.iter().filter(|c| *c != "2").cloned().collect();
        expected.insert(0, "1".into());
        expected.dedup();
        assert_eq!(r.unmet, expected);
        assert_eq!(
            plan.communes[i].target_unmet, target,
            "the target is untouched"
        );
        let redo = inverse.apply(&mut plan);
        assert_eq!(plan, original);
        redo.apply(&mut plan);
        assert_eq!(plan.communes[i].result, Some(r));
    }

    #[test]
    fn result_edits_undo_exactly() {
        let original = lai_chau();
        let mut project = original.projects[0].clone();
        project.disbursed.push(Disbursement {
            amount: 500.into(),
            date: Date::new(2025, 9, 30).unwrap(),
            note: String::new(),
        });
        let mut task = original.tasks[0].clone();
        task.result = Some(TaskResult {
            state: TaskState::InProgress,
            date: None,
            note: "Đang trình".into(),
        });
        let edits = vec![
            Edit::Results(Some(Box::new(Results {
                date: Date::new(2025, 6, 30).unwrap(),
                kind: ReportKind::MidYear,
                mobilized: Vec::new(),
                note: String::new(),
            }))),
            Edit::CommuneResult(
                3,
                Some(Box::new(CommuneResult {
                    unmet: vec!["17".into()],
                    granted: vec![Granted {
                        level: Level::Ntm,
                        year: 2025,
                        decision: "QĐ 1".into(),
                        date: None,
                    }],
                    note: String::new(),
                })),
            ),
            Edit::VillagesAchieved(0, Some(7)),
            Edit::Project(0, Box::new(project)),
            Edit::Task(0, Box::new(task)),
            Edit::Cells(vec![cell(5, "10", false)]),
        ];
        for e in &edits {
            let mut plan = original.clone();
            let inverse = e.clone().apply(&mut plan);
            assert_ne!(plan, original, "{e:?} changes the plan");
            inverse.apply(&mut plan);
            assert_eq!(plan, original, "{e:?} undoes exactly");
        }
        let mut plan = original.clone();
        let inverse = Edit::Batch(edits).apply(&mut plan);
        // Saved and read back, the results are the same.
        let text = crate::format::save::to_string(&plan).unwrap();
        let back = crate::format::load_str(&text).unwrap().plan;
        assert_eq!(back, plan);
        assert_eq!(crate::format::save::to_string(&back).unwrap(), text);
        inverse.apply(&mut plan);
        assert_eq!(plan, original);
    }

    /// A result that meets everything and grants nothing is written `result: ()` and
    /// reads back as a recorded result.
    #[test]
    fn an_empty_result_round_trips() {
        let mut plan = lai_chau();
        plan.communes[0].result = Some(CommuneResult::default());
        let text = crate::format::save::to_string(&plan).unwrap();
        assert!(text.contains("result: ()"), "{}", &text[..2000]);
        let back = crate::format::load_str(&text).unwrap().plan;
        assert_eq!(back.communes[0].result, Some(CommuneResult::default()));
    }

    /// Setting a baseline cell of a commune not yet assessed under the set assesses it;
    /// undo gives back the commune exactly, unassessed.
    #[test]
    fn a_cell_set_on_an_unassessed_commune_assesses_it() {
        let original = {
            let mut p = lai_chau();
            p.communes[0].unassessed = true;
            p.communes[0].proposed = vec!["1".into()];
            p
        };
        let mut plan = original.clone();
        let inverse = Edit::Cells(vec![
            CellChange {
                commune: 0,
                criterion: "1".into(),
                layer: Layer::Baseline,
                met: false,
            },
            CellChange {
                commune: 0,
                criterion: "2".into(),
                layer: Layer::Baseline,
                met: false,
            },
        ])
        .apply(&mut plan);
        assert!(!plan.communes[0].unassessed);
        assert_eq!(plan.communes[0].baseline_unmet, ["1", "2"]);
        let redo = inverse.apply(&mut plan);
        assert_eq!(plan, original);
        redo.apply(&mut plan);
        assert!(!plan.communes[0].unassessed);
        // The result layer does not assess the set.
        let mut plan = original.clone();
        Edit::Cells(vec![cell(0, "3", false)]).apply(&mut plan);
        assert!(plan.communes[0].unassessed);
    }
}
