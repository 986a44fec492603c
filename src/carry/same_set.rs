//! Next year's plan within the same criteria set and units.

use super::{Action, BaselineFrom, Change, CommuneLine, Proposal, Report, Section, Text};
use crate::model::{Date, FundingNode, Level, LevelYear, Plan, Project, ProjectStatus, TaskStatus};
use crate::numfmt;

/// The same date in another year (29 February becomes the 28th).
pub(super) fn moved(d: Date, year: u16) -> Date {
    Date::new(year, d.month, d.day)
        .or_else(|_| Date::new(year, d.month, 28))
        .unwrap_or(d)
}

/// An unfinished project whose planned end has passed ends, as a carried task's
/// deadline does, on the same day of the new year; the line for its note keeps the old
/// date.
pub(super) fn move_passed_end(p: &Project, n: &mut Project, year: u16) -> Option<String> {
    let end = p.end.filter(|e| e.year < year)?;
    n.end = Some(moved(end, year));
    Some(format!("Dự kiến hoàn thành ban đầu: {}.", end.vi()))
}

/// Add a sentence to a note.
pub(super) fn append_note(note: &mut String, line: &str) {
    if note.is_empty() {
        *note = line.to_string();
    } else {
        *note = format!("{note} {line}");
    }
}

/// "Căn cứ kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2025 …".
pub(super) fn basis_from(source: &Plan) -> String {
    let h = &source.header;
    let mut doc = String::from("Kế hoạch");
    if !h.number.trim().is_empty() {
        doc.push_str(&format!(" số {}", h.number.trim()));
    }
    if let Some(d) = h.date {
        doc.push_str(&format!(" ngày {}", d.vi()));
    }
    if !h.issuing_body.trim().is_empty() {
        doc.push_str(&format!(" của {}", h.issuing_body.trim()));
    }
    let what = h
        .title
        .trim()
        .strip_prefix("Kế hoạch ")
        .unwrap_or(h.title.trim());
    format!("Căn cứ kết quả thực hiện {doc} về {what};")
}

/// A funding tree with every amount removed, the tree kept.
pub(super) fn emptied(node: &FundingNode) -> FundingNode {
    FundingNode {
        amount: None,
        children: node.children.iter().map(emptied).collect(),
        ..node.clone()
    }
}

/// The header and goal changes every carry-forward offers.
pub(super) fn header_changes(source: &Plan, new: &crate::model::Header, year: u16) -> Vec<Change> {
    let h = &source.header;
    let mut out = Vec::new();
    let t = |k: &'static str| Text::new(k, &[]);
    if new.title != h.title {
        out.push(Change {
            key: "header.title".into(),
            section: Section::Header,
            what: t("carry-change-title"),
            before: h.title.clone(),
            after: new.title.clone(),
            accepted: true,
            action: Action::Title(new.title.clone()),
        });
    }
    if new.program != h.program {
        out.push(Change {
            key: "header.program".into(),
            section: Section::Header,
            what: t("carry-change-program"),
            before: h.program.clone(),
            after: new.program.clone(),
            accepted: true,
            action: Action::Program(new.program.clone()),
        });
    }
    if !h.number.trim().is_empty() {
        out.push(Change {
            key: "header.number".into(),
            section: Section::Header,
            what: t("carry-change-number"),
            before: h.number.clone(),
            after: String::new(),
            accepted: true,
            action: Action::ClearNumber,
        });
    }
    if let Some(d) = h.date {
        out.push(Change {
            key: "header.date".into(),
            section: Section::Header,
            what: t("carry-change-date"),
            before: d.vi(),
            after: String::new(),
            accepted: true,
            action: Action::ClearDate,
        });
    }
    if !h.draft {
        out.push(Change {
            key: "header.draft".into(),
            section: Section::Header,
            what: t("carry-change-draft"),
            before: String::new(),
            after: String::new(),
            accepted: true,
            action: Action::Draft,
        });
    }
    let basis = basis_from(source);
    out.push(Change {
        key: "header.legal-basis".into(),
        section: Section::Header,
        what: t("carry-change-legal-basis"),
        before: String::new(),
        after: basis.clone(),
        accepted: true,
        action: Action::AddLegalBasis(basis),
    });
    if !source.goals.targets.is_empty() {
        out.push(Change {
            key: "goals.targets".into(),
            section: Section::Goals,
            what: Text::new(
                "carry-change-targets",
                &[("n", source.goals.targets.len().to_string())],
            ),
            before: source.goals.targets.first().cloned().unwrap_or_default(),
            after: String::new(),
            accepted: true,
            action: Action::ClearTargets,
        });
    }
    if source.stated != crate::model::Stated::default() {
        out.push(Change {
            key: "goals.stated".into(),
            section: Section::Goals,
            what: t("carry-change-stated"),
            before: String::new(),
            after: String::new(),
            accepted: true,
            action: Action::ClearStated,
        });
    }
    if let Some(d) = source.goals.deadline_year.filter(|d| *d < year) {
        out.push(Change {
            key: "goals.deadline".into(),
            section: Section::Goals,
            what: t("carry-change-deadline"),
            before: d.to_string(),
            after: String::new(),
            accepted: true,
            action: Action::ClearDeadline,
        });
    }
    out
}

pub fn propose(source: &Plan, year: u16) -> Proposal {
    let from = source.header.year;
    let set_len = source.criteria_set.len();
    let mut core = source.clone();

    // The header as the new year makes it; the changes say what moves.
    let kind = source
        .register
        .as_ref()
        .map(|r| r.province_kind)
        .unwrap_or_default();
    let followed = crate::new_plan::follow(&source.header, kind, &source.header.province, year);
    core.header.year = year;
    let mut changes = header_changes(source, &followed, year);

    // Communes: the result where recorded, else the target, becomes the baseline.
    let mut communes = Vec::with_capacity(core.communes.len());
    for c in &mut core.communes {
        let (unmet, from_what) = match &c.result {
            Some(r) => (r.unmet.clone(), BaselineFrom::Result),
            None => (c.target_unmet.clone(), BaselineFrom::Target),
        };
        let mut notes = Vec::new();
        // Recognitions granted become recognitions with their year.
        let granted: Vec<LevelYear> = c
            .result
            .iter()
            .flat_map(|r| &r.granted)
            .map(|g| LevelYear {
                level: g.level,
                year: g.year,
            })
            .collect();
        for g in &granted {
            if !c.recognized.contains(g) {
                c.recognized.push(*g);
                notes.push(Text::bilingual(
                    "carry-note-granted",
                    &[
                        ("level", g.level.vi().to_string(), g.level.en().to_string()),
                        ("year", g.year.to_string(), g.year.to_string()),
                    ],
                ));
            }
        }
        c.recognized.sort_by_key(|r| (r.year, r.level));
        // Planned recognitions reached are done; the others are still awaited.
        let reached = |level: Level| c.recognized.iter().any(|r| r.level >= level);
        let (done, waiting): (Vec<LevelYear>, Vec<LevelYear>) =
            c.planned.iter().partition(|p| reached(p.level));
        c.planned = waiting.clone();
        let _ = done;
        for p in waiting.iter().filter(|p| p.year <= from) {
            notes.push(Text::bilingual(
                "carry-note-awaiting",
                &[
                    ("level", p.level.vi().to_string(), p.level.en().to_string()),
                    ("year", p.year.to_string(), p.year.to_string()),
                ],
            ));
        }
        c.details.retain(|d| unmet.contains(&d.criterion));
        c.baseline_unmet = unmet.clone();
        c.target_unmet = unmet;
        c.result = None;
        communes.push(CommuneLine {
            id: c.id.clone(),
            name: c.name.clone(),
            baseline: from_what,
            met: set_len - c.baseline_unmet.len().min(set_len),
            of: set_len,
            notes,
        });
    }
    for d in &mut core.districts {
        d.baseline_unmet = d.target_unmet.clone();
        if d.planned.is_some_and(|p| p <= from) && d.recognized.is_none() {
            // Still awaited: kept as planned.
        }
    }

    let mut notes = vec![Text::new("carry-note-funding", &[])];
    core.funding = emptied(&source.funding);
    if core.allocation.take().is_some() {
        notes.push(Text::new("carry-note-allocation", &[]));
    }
    if source.results.is_some() {
        notes.push(Text::new(
            "carry-note-results",
            &[(
                "date",
                source
                    .results
                    .as_ref()
                    .map(|r| r.date.vi())
                    .unwrap_or_default(),
            )],
        ));
    }
    core.results = None;
    // Villages: those recognized this year join the recognized; none planned yet.
    let mut villages_reported = false;
    for v in &mut core.villages {
        if let Some(a) = v.achieved.take() {
            villages_reported = true;
            v.recognized = Some(v.recognized.unwrap_or(0).saturating_add(a));
        }
        v.to_recognize = 0;
    }
    if !core.villages.is_empty() {
        notes.push(Text::new(
            if villages_reported {
                "carry-note-villages"
            } else {
                "carry-note-villages-unreported"
            },
            &[],
        ));
    }
    // Slides of results: the new plan has none yet.
    core.presentation
        .slides
        .retain(|s| crate::charts::ChartKind::from_name(s).is_none_or(|k| !k.is_result()));
    core.provenance.note = {
        let mut n = format!(
            "Lập từ kế hoạch năm {from} ({}) bằng chức năng lập kế hoạch năm sau.",
            source.header.title
        );
        if !source.provenance.note.is_empty() {
            n.push_str(" Ghi chú của kế hoạch nguồn: ");
            n.push_str(&source.provenance.note);
        }
        n
    };

    // Tasks and projects: the unfinished come along, flagged; the finished stay.
    core.tasks.clear();
    core.projects.clear();
    let mut left_behind = Vec::new();
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
        let before = t.deadline.map(|d| d.vi()).unwrap_or_default();
        n.deadline = t
            .deadline
            .map(|d| if d.year < year { moved(d, year) } else { d });
        let after = n.deadline.map(|d| d.vi()).unwrap_or_default();
        changes.push(Change {
            key: format!("task.{}", i + 1),
            section: Section::Tasks,
            what: Text::new(
                "carry-change-task",
                &[("agency", t.agency.clone()), ("text", short(&t.text))],
            ),
            before,
            after,
            accepted: true,
            action: Action::Task(Box::new(n)),
        });
    }
    for p in &source.projects {
        let paid = p.disbursed_total().unwrap_or_default();
        let total = p.total();
        let paid_off = total > rust_decimal::Decimal::ZERO && paid >= total;
        if p.finished() || paid_off {
            left_behind.push(Text::new(
                "carry-left-project",
                &[("id", p.id.clone()), ("name", short(&p.name))],
            ));
            continue;
        }
        let mut n = p.clone();
        n.disbursed.clear();
        n.carried_from = Some(p.carried_from.unwrap_or(from));
        if let Some(line) = move_passed_end(p, &mut n, year) {
            append_note(&mut n.note, &line);
        }
        if !p.disbursed.is_empty() {
            let line = format!(
                "Năm {from} đã giải ngân {}/{} triệu đồng.",
                numfmt::decimal(paid),
                numfmt::decimal(total)
            );
            append_note(&mut n.note, &line);
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
            before: numfmt::decimal(total),
            after: if p.disbursed.is_empty() {
                String::new()
            } else {
                numfmt::decimal(paid)
            },
            accepted: true,
            action: Action::Project(Box::new(n)),
        });
    }

    Proposal {
        from_year: from,
        year,
        across: false,
        changes,
        communes,
        left_behind,
        notes,
        report: Report::default(),
        core,
    }
}

/// A long text cut for a list: its first 90 characters.
pub(super) fn short(text: &str) -> String {
    let t = text.trim();
    if t.chars().count() <= 90 {
        t.to_string()
    } else {
        let cut: String = t.chars().take(88).collect();
        format!("{}…", cut.trim_end())
    }
}
