//! Next year's plan across the 2025 reorganization and onto a new criteria set: from
//! a plan on the old communes (2021–2025 set) to one on the province's current units
//! (the unit register) and the 2026–2030 set.
//!
//! Every current unit that got an old commune of the plan, and every xã, is in the new
//! plan. Each carries its history: the old units it was formed from (from the
//! register), each with its last status in the source plan — recognitions, criteria
//! met at the result or the target. Under the new set it starts "not assessed", with
//! the crosswalk's proposal to review. The report names every old commune the register
//! does not know or cannot tell apart, every one split between units, and every part
//! of the source that has no place in the new plan (districts, villages by district).

use super::same_set::{basis_from, moved, short};
use super::{
    Across, Action, BaselineFrom, CarryError, Change, CommuneLine, Proposal, Report, Section, Text,
};
use crate::model::{
    Commune, FundingNode, LevelYear, PastStatus, Plan, Predecessor, ProjectAmount, ProjectStatus,
    StatusBasis, TaskStatus,
};
use crate::new_plan::NewPlan;
use crate::units::{OldMatch, OldUnit, names};
use std::collections::HashMap;

/// An old commune's status at the end of the source plan: its result where one is
/// recorded, else its target; recognitions by the end of the year, those granted in
/// the year's results included.
pub fn status_of(source: &Plan, c: &Commune) -> PastStatus {
    let set = &source.criteria_set;
    let (unmet, basis) = match &c.result {
        Some(r) => (r.unmet.clone(), StatusBasis::Result),
        None => (c.target_unmet.clone(), StatusBasis::Target),
    };
    let unmet: Vec<String> = set
        .criteria
        .iter()
        .filter(|k| unmet.contains(&k.code))
        .map(|k| k.code.clone())
        .collect();
    let year = source.header.year;
    let mut recognized: Vec<LevelYear> = c
        .recognized
        .iter()
        .filter(|r| r.year <= year)
        .copied()
        .collect();
    for g in c.result.iter().flat_map(|r| &r.granted) {
        let l = LevelYear {
            level: g.level,
            year: g.year,
        };
        if !recognized.contains(&l) {
            recognized.push(l);
        }
    }
    recognized.sort_by_key(|r| (r.year, r.level));
    let of = set.len();
    PastStatus {
        plan_year: year,
        set: set.id.clone(),
        recognized,
        met: (of - unmet.len().min(of)) as u16,
        of: of as u16,
        basis,
        unmet,
    }
}

fn district_of(source: &Plan, c: &Commune) -> String {
    c.district
        .as_deref()
        .map(|d| source.unit_name(d).to_string())
        .unwrap_or_default()
}

/// The new funding node an old source's money goes to: the node of the same kind,
/// found on the old node or its nearest ancestor with a kind.
fn new_source(old_tree: &FundingNode, new_tree: &FundingNode, id: &str) -> Option<String> {
    fn path<'a>(n: &'a FundingNode, id: &str, out: &mut Vec<&'a FundingNode>) -> bool {
        out.push(n);
        if n.id == id || n.children.iter().any(|c| path(c, id, out)) {
            return true;
        }
        out.pop();
        false
    }
    let mut chain = Vec::new();
    if !path(old_tree, id, &mut chain) {
        return None;
    }
    let kind = chain.iter().rev().find_map(|n| n.kind)?;
    new_tree.find_kind(kind).map(|n| n.id.clone())
}

pub fn propose(source: &Plan, year: u16, a: &Across) -> Result<Proposal, CarryError> {
    if a.crosswalk.from != source.criteria_set.id || a.crosswalk.to != a.set.id {
        return Err(CarryError::CrosswalkSets {
            crosswalk_from: a.crosswalk.from.clone(),
            crosswalk_to: a.crosswalk.to.clone(),
            plan: source.criteria_set.id.clone(),
            new: a.set.id.clone(),
        });
    }
    let register = &a.register;
    if names::province_key(&register.province) != names::province_key(&source.header.province) {
        return Err(CarryError::Province {
            register: register.title(),
            plan: source.header.province.clone(),
        });
    }
    let from = source.header.year;
    let mut report = Report::default();

    // Where each old commune of the source went.
    let matches = register.match_plan(source);
    let statuses: Vec<PastStatus> = source
        .communes
        .iter()
        .map(|c| status_of(source, c))
        .collect();
    // Each placement (old unit, or part of it, in a current unit) → the source commune.
    let mut placed: HashMap<*const OldUnit, usize> = HashMap::new();
    // Old commune id → the current units it went to (codes).
    let mut went_to: HashMap<&str, Vec<String>> = HashMap::new();
    // Two communes of the source taken for one old unit (a spelling variant listed
    // twice): the one in the old unit's district keeps it, the other is reported.
    let fits_district = |i: usize, old: &OldUnit| {
        names::district_key(&district_of(source, &source.communes[i]))
            == names::district_key(&old.district)
    };
    let mut order: Vec<usize> = (0..matches.len()).collect();
    order.sort_by_key(|&i| match &matches[i] {
        OldMatch::Found(places) => !places.iter().all(|p| fits_district(i, p.old)),
        _ => true,
    });
    let mut taken_twice = vec![false; matches.len()];
    for &i in &order {
        if let OldMatch::Found(places) = &matches[i] {
            if let Some(other) = places
                .iter()
                .find_map(|p| placed.get(&(p.old as *const OldUnit)))
            {
                taken_twice[i] = true;
                let c = &source.communes[i];
                report.duplicates.push((
                    c.name.clone(),
                    district_of(source, c),
                    source.communes[*other].name.clone(),
                ));
                continue;
            }
            for p in places {
                placed.insert(p.old as *const OldUnit, i);
            }
        }
    }
    for (i, m) in matches.iter().enumerate() {
        let c = &source.communes[i];
        if taken_twice[i] {
            continue;
        }
        match m {
            OldMatch::Found(places) => {
                for p in places {
                    went_to
                        .entry(c.id.as_str())
                        .or_default()
                        .push(p.unit.code.clone());
                }
                if places.len() > 1 || places.iter().any(|p| p.old.part) {
                    report.partial.push((
                        c.name.clone(),
                        places
                            .iter()
                            .map(|p| p.unit.kind.with_name(&p.unit.name))
                            .collect(),
                    ));
                }
            }
            OldMatch::Ambiguous(groups) => report.ambiguous.push((
                c.name.clone(),
                district_of(source, c),
                groups
                    .iter()
                    .map(|g| {
                        let o = g[0].old;
                        format!("{} ({})", o.kind.with_name(&o.name), o.district)
                    })
                    .collect(),
            )),
            OldMatch::NotFound => report
                .unknown
                .push((c.name.clone(), district_of(source, c))),
        }
    }

    // The new plan: every xã, and every other unit an old commune of the plan went to.
    let mut spec = NewPlan::with_register(a.set.clone(), register.clone(), year);
    for codes in went_to.values() {
        for code in codes {
            if !spec.include.contains(code) {
                spec.include.push(code.clone());
            }
        }
    }
    let fresh = spec.build();
    let mut core = fresh.clone();
    // The header starts as the source's with the new year; the changes make it new.
    core.header = crate::model::Header {
        year,
        ..source.header.clone()
    };
    core.header.legal_bases = source.header.legal_bases.clone();
    core.goals = Default::default();

    // Histories, and the crosswalk's proposals.
    let mut communes = Vec::with_capacity(core.communes.len());
    let code_to_id: HashMap<String, String> = core
        .communes
        .iter()
        .filter_map(|c| c.code.clone().map(|k| (k, c.id.clone())))
        .collect();
    for c in &mut core.communes {
        let Some(unit) = c.code.as_deref().and_then(|k| register.unit(k)) else {
            continue;
        };
        let mut outside = Vec::new();
        c.history = unit
            .formed_from
            .iter()
            .map(|old| {
                let status = placed
                    .get(&(old as *const OldUnit))
                    .map(|&i| statuses[i].clone());
                if status.is_none() {
                    outside.push(old.kind.with_name(&old.name));
                }
                Predecessor {
                    name: old.name.clone(),
                    kind: old.kind,
                    code: old.code.clone(),
                    district: old.district.clone(),
                    part: old.part,
                    status,
                }
            })
            .collect();
        c.unassessed = true;
        let known: Vec<&PastStatus> = c.history.iter().filter_map(|p| p.status.as_ref()).collect();
        let list = |describe: fn(&PastStatus) -> String| {
            c.history
                .iter()
                .map(|p| match &p.status {
                    Some(s) => format!("{} ({})", p.kind.with_name(&p.name), describe(s)),
                    None => p.kind.with_name(&p.name),
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        let mut notes = vec![Text::bilingual(
            "carry-note-formed-from",
            &[(
                "list",
                list(PastStatus::describe_vi),
                list(PastStatus::describe_en),
            )],
        )];
        if outside.is_empty() {
            c.proposed = a.crosswalk.propose(&a.set, &known);
            notes.push(if c.proposed.is_empty() {
                Text::new("carry-note-nothing-proposed", &[])
            } else {
                Text::new("carry-note-proposed", &[("list", c.proposed.join(", "))])
            });
        } else {
            notes.push(Text::new(
                "carry-note-no-proposal",
                &[("names", outside.join(", "))],
            ));
            report
                .outside
                .push((unit.kind.with_name(&unit.name), outside));
        }
        communes.push(CommuneLine {
            id: c.id.clone(),
            name: unit.kind.with_name(&c.name),
            baseline: BaselineFrom::NotAssessed,
            met: 0,
            of: a.set.len(),
            notes,
        });
    }

    // The header and goals: the changes say what becomes new.
    let mut changes = super::same_set::header_changes(source, &fresh.header, year);
    // The old plan's legal bases give way to the new ones (the resolution that formed
    // the units, the new set's decision) and the plan carried from.
    changes.retain(|c| c.key != "header.legal-basis");
    let mut bases = fresh.header.legal_bases.clone();
    bases.push(basis_from(source));
    changes.push(Change {
        key: "header.legal-bases".into(),
        section: Section::Header,
        what: Text::new("carry-change-legal-bases", &[]),
        before: source.header.legal_bases.join("\n"),
        after: bases.join("\n"),
        accepted: true,
        action: Action::LegalBases(bases),
    });
    // "Nơi nhận": the district bodies a 2025 plan was sent to no longer exist; the
    // communes and wards receive the plan directly.
    if let Some(after) = recipients_after_reorganization(&source.header.recipients) {
        changes.push(Change {
            key: "header.recipients".into(),
            section: Section::Header,
            what: Text::new("carry-change-recipients", &[]),
            before: source.header.recipients.join("\n"),
            after: after.join("\n"),
            accepted: true,
            action: Action::Recipients(after),
        });
    }
    // Targets and stated figures of the old plan are not carried.
    changes.retain(|c| !matches!(c.action, Action::ClearTargets | Action::ClearStated));
    if !source.goals.general.trim().is_empty() {
        changes.push(Change {
            key: "goals.general".into(),
            section: Section::Goals,
            what: Text::new("carry-change-general-goal", &[]),
            before: String::new(),
            after: short(&source.goals.general),
            accepted: false,
            action: Action::KeepGeneralGoal(source.goals.general.clone()),
        });
    }

    let mut notes = vec![
        Text::bilingual(
            "carry-note-units",
            &[
                ("register", register.title(), register.title()),
                (
                    "n",
                    core.communes.len().to_string(),
                    core.communes.len().to_string(),
                ),
                (
                    "set",
                    a.set.name.clone(),
                    if a.set.name_en.is_empty() {
                        a.set.name.clone()
                    } else {
                        a.set.name_en.clone()
                    },
                ),
            ],
        ),
        Text::new("carry-note-not-assessed", &[]),
        Text::new("carry-note-funding-2026", &[]),
    ];
    core.funding = super::data::funding_2026();
    if source.allocation.is_some() || !source.components.is_empty() {
        notes.push(Text::new("carry-note-components", &[]));
    }
    if !source.goals.targets.is_empty() || source.stated != Default::default() {
        notes.push(Text::new("carry-note-targets-not-carried", &[]));
    }
    if !source.districts.is_empty() {
        let list = |recognized: &str, planned: &str| {
            source
                .districts
                .iter()
                .map(|d| match (d.recognized, d.planned) {
                    (Some(y), _) => format!("{} ({recognized} {y})", d.name),
                    (None, Some(y)) => format!("{} ({planned} {y})", d.name),
                    _ => d.name.clone(),
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        report.notes.push(Text::bilingual(
            "carry-report-districts",
            &[(
                "list",
                list("đạt chuẩn", "kế hoạch đạt chuẩn"),
                list("recognized", "planned for"),
            )],
        ));
    }
    if !source.villages.is_empty() {
        let planned: u32 = source.villages.iter().map(|v| v.to_recognize).sum();
        let achieved: Option<u32> = source
            .villages
            .iter()
            .filter_map(|v| v.achieved)
            .reduce(|x, y| x.saturating_add(y));
        report.notes.push(Text::new(
            "carry-report-villages",
            &[
                ("planned", planned.to_string()),
                (
                    "achieved",
                    achieved
                        .map(|a| a.to_string())
                        .unwrap_or_else(|| "—".into()),
                ),
                ("units", source.villages.len().to_string()),
            ],
        ));
    }
    core.provenance = crate::model::Provenance {
        source: format!(
            "Lập từ {} (năm {from}) bằng chức năng lập kế hoạch năm sau: các xã theo {}; bộ tiêu chí: {}.",
            source.header.title,
            if register.resolution.is_empty() {
                register.title()
            } else {
                register.resolution.clone()
            },
            a.set.name
        ),
        illustrative: source
            .provenance
            .illustrative
            .iter()
            .map(|s| format!("Kế hoạch nguồn năm {from} (lịch sử các xã cũ): {s}"))
            .collect(),
        note: fresh.provenance.note.clone(),
    };

    // Unfinished tasks and projects come along, on the new units; finished ones stay.
    let new_ids = |old: &[String]| -> (Vec<String>, Vec<String>) {
        let mut ids = Vec::new();
        let mut lost = Vec::new();
        for o in old {
            match went_to.get(o.as_str()) {
                Some(codes) => {
                    for k in codes {
                        if let Some(id) = code_to_id.get(k)
                            && !ids.contains(id)
                        {
                            ids.push(id.clone());
                        }
                    }
                }
                None => lost.push(source.unit_name(o).to_string()),
            }
        }
        (ids, lost)
    };
    let mut left_behind = Vec::new();
    let mut agencies: Vec<(String, String)> = Vec::new();
    for (i, t) in source.tasks.iter().enumerate() {
        if t.finished() {
            left_behind.push(Text::new(
                "carry-left-task",
                &[("agency", t.agency.clone()), ("text", short(&t.text))],
            ));
            continue;
        }
        let mut n = t.clone();
        n.result = None;
        n.status = TaskStatus::Open;
        n.carried_from = Some(t.carried_from.unwrap_or(from));
        n.deadline = t
            .deadline
            .map(|d| if d.year < year { moved(d, year) } else { d });
        let (ids, lost) = new_ids(&t.communes);
        n.communes = ids;
        if !t.criteria.is_empty() {
            report.notes.push(Text::new(
                "carry-report-task-criteria",
                &[("text", short(&t.text)), ("list", t.criteria.join(", "))],
            ));
        }
        n.criteria.clear();
        if !lost.is_empty() {
            report.notes.push(Text::new(
                "carry-report-task-communes",
                &[("text", short(&t.text)), ("list", lost.join(", "))],
            ));
        }
        if let Some(to) = a.renames.rename(&t.agency)
            && !agencies.iter().any(|(f, _)| *f == t.agency)
        {
            agencies.push((t.agency.clone(), to));
        }
        changes.push(Change {
            key: format!("task.{}", i + 1),
            section: Section::Tasks,
            what: Text::new(
                "carry-change-task",
                &[("agency", t.agency.clone()), ("text", short(&t.text))],
            ),
            before: t.deadline.map(|d| d.vi()).unwrap_or_default(),
            after: n.deadline.map(|d| d.vi()).unwrap_or_default(),
            accepted: true,
            action: Action::Task(Box::new(n)),
        });
    }
    for (k, (from_name, to)) in agencies.into_iter().enumerate() {
        changes.push(Change {
            key: format!("agency.{}", k + 1),
            section: Section::Tasks,
            what: Text::new("carry-change-agency", &[]),
            before: from_name.clone(),
            after: to.clone(),
            accepted: true,
            action: Action::Agency {
                from: from_name,
                to,
            },
        });
    }
    for p in &source.projects {
        let paid = p.disbursed_total().unwrap_or_default();
        let total = p.total();
        if p.finished() || (total > rust_decimal::Decimal::ZERO && paid >= total) {
            left_behind.push(Text::new(
                "carry-left-project",
                &[("id", p.id.clone()), ("name", short(&p.name))],
            ));
            continue;
        }
        let mut n = p.clone();
        n.disbursed.clear();
        n.carried_from = Some(p.carried_from.unwrap_or(from));
        let mut extra = Vec::new();
        if !p.disbursed.is_empty() {
            extra.push(format!(
                "Năm {from} đã giải ngân {}/{} triệu đồng.",
                crate::numfmt::decimal(paid),
                crate::numfmt::decimal(total)
            ));
        }
        if let Some(c) = &p.component {
            extra.push(format!(
                "Nội dung thành phần giai đoạn trước: {}. {}.",
                c,
                source.component_name(c)
            ));
        }
        n.component = None;
        if let Some(old) = &p.commune {
            let (ids, lost) = new_ids(std::slice::from_ref(old));
            n.commune = ids.first().cloned();
            if ids.len() > 1 {
                extra.push(format!(
                    "Xã cũ {} nay thuộc nhiều đơn vị; chọn lại xã.",
                    source.unit_name(old)
                ));
            }
            if !lost.is_empty() {
                extra.push(format!("Xã cũ: {}.", lost.join(", ")));
            }
        }
        let mut amounts: Vec<ProjectAmount> = Vec::new();
        for am in &p.amounts {
            match new_source(&source.funding, &core.funding, &am.source) {
                Some(id) => match amounts.iter_mut().find(|x| x.source == id) {
                    Some(x) => x.amount = x.amount.saturating_add(am.amount),
                    None => amounts.push(ProjectAmount {
                        source: id,
                        amount: am.amount,
                    }),
                },
                None => extra.push(format!(
                    "Vốn {} triệu đồng từ nguồn cũ \"{}\" không có nguồn tương ứng.",
                    crate::numfmt::decimal(am.amount),
                    source
                        .funding
                        .find(&am.source)
                        .map(|n| n.name.as_str())
                        .unwrap_or(am.source.as_str())
                )),
            }
        }
        n.amounts = amounts;
        extra.extend(super::same_set::move_passed_end(p, &mut n, year));
        if !extra.is_empty() {
            super::same_set::append_note(&mut n.note, &extra.join(" "));
        }
        if n.status == ProjectStatus::Planned && !p.disbursed.is_empty() {
            n.status = ProjectStatus::InProgress;
        }
        changes.push(Change {
            key: format!("project.{}", p.id),
            section: Section::Projects,
            what: Text::new(
                "carry-change-project",
                &[("id", p.id.clone()), ("name", short(&p.name))],
            ),
            before: crate::numfmt::decimal(total),
            after: if p.disbursed.is_empty() {
                String::new()
            } else {
                crate::numfmt::decimal(paid)
            },
            accepted: true,
            action: Action::Project(Box::new(n)),
        });
    }
    Ok(Proposal {
        from_year: from,
        year,
        across: true,
        changes,
        communes,
        left_behind,
        notes,
        report,
        core,
    })
}

/// The recipients of a plan written before 1 July 2025 as they read after it: lines
/// addressed to districts ("Các Huyện ủy, Thành ủy", "HĐND, UBND các huyện, thành phố")
/// give way to one line for the communes and wards, placed where the first of them
/// was. None when no line names a district.
pub fn recipients_after_reorganization(lines: &[String]) -> Option<Vec<String>> {
    let district = |l: &str| {
        let l = l.to_lowercase();
        l.contains("huyện") || l.contains("thành ủy") || l.contains("thị xã")
    };
    let first = lines.iter().position(|l| district(l))?;
    let mut out: Vec<String> = lines.iter().filter(|l| !district(l)).cloned().collect();
    out.insert(
        first.min(out.len()),
        "Đảng ủy, HĐND, UBND các xã, phường;".to_string(),
    );
    Some(out)
}

#[cfg(test)]
mod recipients_tests {
    use super::recipients_after_reorganization as after;

    #[test]
    fn district_recipients_give_way_to_the_communes() {
        let lines: Vec<String> = [
            "TT. Tỉnh ủy (B/c);",
            "Các sở, ban, ngành, đoàn thể tỉnh;",
            "Các Huyện ủy, Thành ủy (để phối hợp chỉ đạo);",
            "HĐND, UBND các huyện, thành phố;",
            "Lưu: VT, Kt6.",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            after(&lines).unwrap(),
            [
                "TT. Tỉnh ủy (B/c);",
                "Các sở, ban, ngành, đoàn thể tỉnh;",
                "Đảng ủy, HĐND, UBND các xã, phường;",
                "Lưu: VT, Kt6.",
            ]
        );
        assert_eq!(after(&lines[..2]), None);
    }
}
