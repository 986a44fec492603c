//! What differs between two versions of a plan: header, communes, criteria cells,
//! funding nodes, projects and tasks, each difference with both values.
//!
//! Communes, funding nodes and projects are matched by their stable ids; tasks,
//! which have none, by agency and text.

use crate::lang::Lang;
use crate::matrix::Layer;
use crate::model::{FundingNode, Plan, Task};
use crate::numfmt;
use rust_decimal::Decimal;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq)]
pub enum Difference {
    /// A header or goals field: (field label, a, b).
    Header {
        field: &'static str,
        a: String,
        b: String,
    },
    CommuneAdded {
        id: String,
        name: String,
    },
    CommuneRemoved {
        id: String,
        name: String,
    },
    /// A commune field other than the criteria cells (name, district, note, …).
    CommuneField {
        id: String,
        name: String,
        field: &'static str,
        a: String,
        b: String,
    },
    Cell {
        id: String,
        name: String,
        criterion: String,
        layer: Layer,
        a: bool,
        b: bool,
    },
    FundingAdded {
        id: String,
        name: String,
        amount: Option<Decimal>,
    },
    FundingRemoved {
        id: String,
        name: String,
        amount: Option<Decimal>,
    },
    FundingAmount {
        id: String,
        name: String,
        a: Option<Decimal>,
        b: Option<Decimal>,
    },
    FundingName {
        id: String,
        a: String,
        b: String,
    },
    ProjectAdded {
        id: String,
        name: String,
    },
    ProjectRemoved {
        id: String,
        name: String,
    },
    ProjectField {
        id: String,
        name: String,
        field: &'static str,
        a: String,
        b: String,
    },
    TaskAdded {
        agency: String,
        text: String,
    },
    TaskRemoved {
        agency: String,
        text: String,
    },
    TaskField {
        agency: String,
        text: String,
        field: &'static str,
        a: String,
        b: String,
    },
}

fn money(d: Option<Decimal>) -> String {
    d.map(numfmt::decimal).unwrap_or_else(|| "—".into())
}

fn mark(met: bool, lang: Lang) -> &'static str {
    if met {
        lang.pick("đạt", "met")
    } else {
        lang.pick("chưa đạt", "not met")
    }
}

fn layer_name(l: Layer, lang: Lang) -> &'static str {
    match l {
        Layer::Baseline => lang.pick("hiện trạng", "baseline"),
        Layer::Target => lang.pick("mục tiêu", "target"),
        Layer::Result => lang.pick("kết quả", "result"),
    }
}

impl Difference {
    /// One line with both values: "A → B".
    pub fn message(&self, lang: Lang) -> String {
        let vi = lang == Lang::Vi;
        match self {
            Difference::Header { field, a, b } => {
                format!(
                    "{} {field}: \"{a}\" → \"{b}\"",
                    lang.pick("Đầu kế hoạch,", "Header,")
                )
            }
            Difference::CommuneAdded { name, id } => {
                format!("{} {name} ({id})", lang.pick("Thêm xã", "Commune added:"))
            }
            Difference::CommuneRemoved { name, id } => {
                format!("{} {name} ({id})", lang.pick("Bỏ xã", "Commune removed:"))
            }
            Difference::CommuneField {
                name, field, a, b, ..
            } => format!(
                "{} {name}, {field}: \"{a}\" → \"{b}\"",
                lang.pick("Xã", "Commune")
            ),
            Difference::Cell {
                name,
                criterion,
                layer,
                a,
                b,
                ..
            } => {
                if vi {
                    format!(
                        "Xã {name}, tiêu chí {criterion} ({}): {} → {}",
                        layer_name(*layer, lang),
                        mark(*a, lang),
                        mark(*b, lang)
                    )
                } else {
                    format!(
                        "Commune {name}, criterion {criterion} ({}): {} → {}",
                        layer_name(*layer, lang),
                        mark(*a, lang),
                        mark(*b, lang)
                    )
                }
            }
            Difference::FundingAdded { name, amount, .. } => format!(
                "{} \"{name}\": {}",
                lang.pick("Thêm nguồn vốn", "Funding source added"),
                money(*amount)
            ),
            Difference::FundingRemoved { name, amount, .. } => format!(
                "{} \"{name}\": {}",
                lang.pick("Bỏ nguồn vốn", "Funding source removed"),
                money(*amount)
            ),
            Difference::FundingAmount { name, a, b, .. } => format!(
                "{} \"{name}\": {} → {}",
                lang.pick("Nguồn vốn", "Funding source"),
                money(*a),
                money(*b)
            ),
            Difference::FundingName { id, a, b } => format!(
                "{} {id}: \"{a}\" → \"{b}\"",
                lang.pick("Tên nguồn vốn", "Funding source name")
            ),
            Difference::ProjectAdded { name, .. } => {
                format!("{} \"{name}\"", lang.pick("Thêm dự án", "Project added"))
            }
            Difference::ProjectRemoved { name, .. } => {
                format!("{} \"{name}\"", lang.pick("Bỏ dự án", "Project removed"))
            }
            Difference::ProjectField {
                name, field, a, b, ..
            } => format!(
                "{} \"{name}\", {field}: \"{a}\" → \"{b}\"",
                lang.pick("Dự án", "Project")
            ),
            Difference::TaskAdded { agency, text } => format!(
                "{} ({agency}): \"{text}\"",
                lang.pick("Thêm nhiệm vụ", "Task added")
            ),
            Difference::TaskRemoved { agency, text } => format!(
                "{} ({agency}): \"{text}\"",
                lang.pick("Bỏ nhiệm vụ", "Task removed")
            ),
            Difference::TaskField {
                agency,
                text,
                field,
                a,
                b,
            } => format!(
                "{} ({agency}) \"{text}\", {field}: \"{a}\" → \"{b}\"",
                lang.pick("Nhiệm vụ", "Task")
            ),
        }
    }
}

/// The part of the plan a difference belongs to, for grouping in the compare view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Header,
    Communes,
    Cells,
    Funding,
    Projects,
    Tasks,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Header,
        Section::Communes,
        Section::Cells,
        Section::Funding,
        Section::Projects,
        Section::Tasks,
    ];

    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Section::Header => lang.pick("Đầu kế hoạch", "Header"),
            Section::Communes => lang.pick("Xã", "Communes"),
            Section::Cells => lang.pick("Ô tiêu chí", "Criteria cells"),
            Section::Funding => lang.pick("Nguồn vốn", "Funding"),
            Section::Projects => lang.pick("Dự án", "Projects"),
            Section::Tasks => lang.pick("Nhiệm vụ", "Tasks"),
        }
    }
}

/// A difference as a table row: what differs, the value in the first plan and in
/// the second ("—" where one side has nothing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub section: Section,
    pub what: String,
    pub a: String,
    pub b: String,
}

/// The half of a bilingual field label ("số / number") for the language.
pub fn field_label(field: &str, lang: Lang) -> &str {
    match field.split_once(" / ") {
        Some((vi, en)) => lang.pick(vi, en),
        None => field,
    }
}

const ABSENT: &str = "—";

impl Difference {
    pub fn section(&self) -> Section {
        use Difference::*;
        match self {
            Header { .. } => Section::Header,
            CommuneAdded { .. } | CommuneRemoved { .. } | CommuneField { .. } => Section::Communes,
            Cell { .. } => Section::Cells,
            FundingAdded { .. }
            | FundingRemoved { .. }
            | FundingAmount { .. }
            | FundingName { .. } => Section::Funding,
            ProjectAdded { .. } | ProjectRemoved { .. } | ProjectField { .. } => Section::Projects,
            TaskAdded { .. } | TaskRemoved { .. } | TaskField { .. } => Section::Tasks,
        }
    }

    /// The difference as a row of the compare table.
    pub fn row(&self, lang: Lang) -> Row {
        use Difference::*;
        let commune = lang.pick("Xã", "Commune");
        let (what, a, b) = match self {
            Header { field, a, b } => (
                format!(
                    "{}: {}",
                    lang.pick("Đầu kế hoạch", "Header"),
                    field_label(field, lang)
                ),
                a.clone(),
                b.clone(),
            ),
            CommuneAdded { id, name } => (
                format!("{commune} {name} ({id})"),
                ABSENT.into(),
                name.clone(),
            ),
            CommuneRemoved { id, name } => (
                format!("{commune} {name} ({id})"),
                name.clone(),
                ABSENT.into(),
            ),
            CommuneField {
                name, field, a, b, ..
            } => (
                format!("{commune} {name}: {}", field_label(field, lang)),
                a.clone(),
                b.clone(),
            ),
            Cell {
                name,
                criterion,
                layer,
                a,
                b,
                ..
            } => (
                format!(
                    "{commune} {name}, {} {criterion} ({})",
                    lang.pick("tiêu chí", "criterion"),
                    layer_name(*layer, lang)
                ),
                mark(*a, lang).into(),
                mark(*b, lang).into(),
            ),
            FundingAdded { name, amount, .. } => (
                format!("{} {name}", lang.pick("Nguồn vốn", "Funding source")),
                ABSENT.into(),
                money(*amount),
            ),
            FundingRemoved { name, amount, .. } => (
                format!("{} {name}", lang.pick("Nguồn vốn", "Funding source")),
                money(*amount),
                ABSENT.into(),
            ),
            FundingAmount { name, a, b, .. } => (
                format!("{} {name}", lang.pick("Nguồn vốn", "Funding source")),
                money(*a),
                money(*b),
            ),
            FundingName { id, a, b } => (
                format!(
                    "{} ({id})",
                    lang.pick("Tên nguồn vốn", "Funding source name")
                ),
                a.clone(),
                b.clone(),
            ),
            ProjectAdded { name, .. } => (
                format!("{} {name}", lang.pick("Dự án", "Project")),
                ABSENT.into(),
                name.clone(),
            ),
            ProjectRemoved { name, .. } => (
                format!("{} {name}", lang.pick("Dự án", "Project")),
                name.clone(),
                ABSENT.into(),
            ),
            ProjectField {
                name, field, a, b, ..
            } => (
                format!(
                    "{} {name}: {}",
                    lang.pick("Dự án", "Project"),
                    field_label(field, lang)
                ),
                a.clone(),
                b.clone(),
            ),
            TaskAdded { agency, text } => (
                format!("{} ({agency})", lang.pick("Nhiệm vụ", "Task")),
                ABSENT.into(),
                text.clone(),
            ),
            TaskRemoved { agency, text } => (
                format!("{} ({agency})", lang.pick("Nhiệm vụ", "Task")),
                text.clone(),
                ABSENT.into(),
            ),
            TaskField {
                agency,
                text,
                field,
                a,
                b,
            } => (
                format!(
                    "{} ({agency}) {text}: {}",
                    lang.pick("Nhiệm vụ", "Task"),
                    field_label(field, lang)
                ),
                a.clone(),
                b.clone(),
            ),
        };
        Row {
            section: self.section(),
            what,
            a,
            b,
        }
    }

    /// Where the difference is in the first plan, for "go to" (None when the thing
    /// is only in the second plan).
    pub fn place(&self) -> Option<crate::check::Place> {
        use crate::check::Place;
        use Difference::*;
        match self {
            Header { .. } => Some(Place::Header),
            CommuneRemoved { id, .. } | CommuneField { id, .. } => Some(Place::Commune(id.clone())),
            Cell { id, criterion, .. } => {
                Some(Place::CommuneCriterion(id.clone(), criterion.clone()))
            }
            FundingRemoved { id, .. } | FundingAmount { id, .. } | FundingName { id, .. } => {
                Some(Place::Funding(id.clone()))
            }
            ProjectRemoved { .. } | ProjectField { .. } => Some(Place::Projects),
            CommuneAdded { .. } | FundingAdded { .. } | ProjectAdded { .. } => None,
            TaskAdded { .. } | TaskRemoved { .. } | TaskField { .. } => None,
        }
    }
}

/// Differences between `a` and `b`, in the order: header, communes and cells,
/// funding, projects, tasks.
pub fn diff(a: &Plan, b: &Plan) -> Vec<Difference> {
    let mut out = Vec::new();
    header(a, b, &mut out);
    communes(a, b, &mut out);
    funding(&a.funding, &b.funding, &mut out);
    projects(a, b, &mut out);
    tasks(&a.tasks, &b.tasks, &mut out);
    out
}

fn header(a: &Plan, b: &Plan, out: &mut Vec<Difference>) {
    let (ha, hb) = (&a.header, &b.header);
    let date = |d: Option<crate::model::Date>| d.map(|d| d.vi()).unwrap_or_default();
    let fields: [(&'static str, String, String); 11] = [
        (
            "số hiệu văn bản / document number",
            ha.number.clone(),
            hb.number.clone(),
        ),
        ("ngày ban hành / date issued", date(ha.date), date(hb.date)),
        ("năm / year", ha.year.to_string(), hb.year.to_string()),
        ("tên / title", ha.title.clone(), hb.title.clone()),
        (
            "cơ quan ban hành / issuing body",
            ha.issuing_body.clone(),
            hb.issuing_body.clone(),
        ),
        ("tỉnh / province", ha.province.clone(), hb.province.clone()),
        ("địa danh / place", ha.place.clone(), hb.place.clone()),
        ("người ký / signer", ha.signer.clone(), hb.signer.clone()),
        (
            "dự thảo / draft",
            ha.draft.to_string(),
            hb.draft.to_string(),
        ),
        (
            "loại / kind",
            format!("{:?}", ha.kind),
            format!("{:?}", hb.kind),
        ),
        (
            "mục tiêu chung / general goal",
            a.goals.general.clone(),
            b.goals.general.clone(),
        ),
    ];
    for (field, x, y) in fields {
        if x != y {
            out.push(Difference::Header { field, a: x, b: y });
        }
    }
    if a.criteria_set.id != b.criteria_set.id {
        out.push(Difference::Header {
            field: "bộ tiêu chí / criteria set",
            a: a.criteria_set.id.clone(),
            b: b.criteria_set.id.clone(),
        });
    }
}

fn communes(a: &Plan, b: &Plan, out: &mut Vec<Difference>) {
    let in_b: HashMap<&str, usize> = b
        .communes
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let in_a: HashSet<&str> = a.communes.iter().map(|c| c.id.as_str()).collect();
    for ca in &a.communes {
        let Some(&j) = in_b.get(ca.id.as_str()) else {
            out.push(Difference::CommuneRemoved {
                id: ca.id.clone(),
                name: ca.name.clone(),
            });
            continue;
        };
        let cb = &b.communes[j];
        commune_pair(a, ca, cb, out);
    }
    for cb in &b.communes {
        if !in_a.contains(cb.id.as_str()) {
            out.push(Difference::CommuneAdded {
                id: cb.id.clone(),
                name: cb.name.clone(),
            });
        }
    }
}

/// Differences within one commune present in both plans (`set` from plan `a`).
pub fn commune_pair(
    a: &Plan,
    ca: &crate::model::Commune,
    cb: &crate::model::Commune,
    out: &mut Vec<Difference>,
) {
    use crate::model::{describe_details, describe_levels};
    let fields: [(&'static str, String, String); 6] = [
        ("tên / name", ca.name.clone(), cb.name.clone()),
        (
            "huyện / district",
            ca.district.clone().unwrap_or_default(),
            cb.district.clone().unwrap_or_default(),
        ),
        ("ghi chú / note", ca.note.clone(), cb.note.clone()),
        (
            "đã công nhận / recognized",
            describe_levels(&ca.recognized),
            describe_levels(&cb.recognized),
        ),
        (
            "kế hoạch công nhận / planned",
            describe_levels(&ca.planned),
            describe_levels(&cb.planned),
        ),
        (
            "lộ trình / roadmap",
            describe_details(&ca.details),
            describe_details(&cb.details),
        ),
    ];
    for (field, x, y) in fields {
        if x != y {
            out.push(Difference::CommuneField {
                id: ca.id.clone(),
                name: ca.name.clone(),
                field,
                a: x,
                b: y,
            });
        }
    }
    for cr in &a.criteria_set.criteria {
        for layer in [Layer::Baseline, Layer::Target] {
            let (x, y) = match layer {
                Layer::Baseline => (ca.meets_baseline(&cr.code), cb.meets_baseline(&cr.code)),
                Layer::Target => (ca.meets_target(&cr.code), cb.meets_target(&cr.code)),
                Layer::Result => continue,
            };
            if x != y {
                out.push(Difference::Cell {
                    id: ca.id.clone(),
                    name: ca.name.clone(),
                    criterion: cr.code.clone(),
                    layer,
                    a: x,
                    b: y,
                });
            }
        }
    }
}

fn funding(a: &FundingNode, b: &FundingNode, out: &mut Vec<Difference>) {
    let wa = a.walk();
    let wb = b.walk();
    let ib: HashMap<&str, &FundingNode> = wb.iter().map(|(_, n)| (n.id.as_str(), *n)).collect();
    let ia: HashSet<&str> = wa.iter().map(|(_, n)| n.id.as_str()).collect();
    for (_, na) in &wa {
        match ib.get(na.id.as_str()) {
            None => out.push(Difference::FundingRemoved {
                id: na.id.clone(),
                name: na.name.clone(),
                amount: na.amount,
            }),
            Some(nb) => {
                if na.name != nb.name {
                    out.push(Difference::FundingName {
                        id: na.id.clone(),
                        a: na.name.clone(),
                        b: nb.name.clone(),
                    });
                }
                if na.amount != nb.amount {
                    out.push(Difference::FundingAmount {
                        id: na.id.clone(),
                        name: na.name.clone(),
                        a: na.amount,
                        b: nb.amount,
                    });
                }
            }
        }
    }
    for (_, nb) in &wb {
        if !ia.contains(nb.id.as_str()) {
            out.push(Difference::FundingAdded {
                id: nb.id.clone(),
                name: nb.name.clone(),
                amount: nb.amount,
            });
        }
    }
}

fn projects(a: &Plan, b: &Plan, out: &mut Vec<Difference>) {
    let ib: HashMap<&str, &crate::model::Project> =
        b.projects.iter().map(|p| (p.id.as_str(), p)).collect();
    let ia: HashSet<&str> = a.projects.iter().map(|p| p.id.as_str()).collect();
    for pa in &a.projects {
        let Some(pb) = ib.get(pa.id.as_str()) else {
            out.push(Difference::ProjectRemoved {
                id: pa.id.clone(),
                name: pa.name.clone(),
            });
            continue;
        };
        let date = |d: Option<crate::model::Date>| d.map(|d| d.vi()).unwrap_or_default();
        let fields: [(&'static str, String, String); 8] = [
            ("tên / name", pa.name.clone(), pb.name.clone()),
            (
                "xã / commune",
                pa.commune.clone().unwrap_or_default(),
                pb.commune.clone().unwrap_or_default(),
            ),
            (
                "nội dung / component",
                pa.component.clone().unwrap_or_default(),
                pb.component.clone().unwrap_or_default(),
            ),
            (
                "tổng vốn / total",
                numfmt::decimal(pa.total()),
                numfmt::decimal(pb.total()),
            ),
            (
                "cơ chế đặc thù / special mechanism",
                pa.special_mechanism.to_string(),
                pb.special_mechanism.to_string(),
            ),
            ("khởi công / start", date(pa.start), date(pb.start)),
            ("hoàn thành / end", date(pa.end), date(pb.end)),
            ("ghi chú / note", pa.note.clone(), pb.note.clone()),
        ];
        for (field, x, y) in fields {
            if x != y {
                out.push(Difference::ProjectField {
                    id: pa.id.clone(),
                    name: pa.name.clone(),
                    field,
                    a: x,
                    b: y,
                });
            }
        }
    }
    for pb in &b.projects {
        if !ia.contains(pb.id.as_str()) {
            out.push(Difference::ProjectAdded {
                id: pb.id.clone(),
                name: pb.name.clone(),
            });
        }
    }
}

fn tasks(a: &[Task], b: &[Task], out: &mut Vec<Difference>) {
    let key = |t: &Task| (t.agency.clone(), t.text.clone());
    let ib: HashMap<(String, String), &Task> = b.iter().map(|t| (key(t), t)).collect();
    let ia: HashSet<(String, String)> = a.iter().map(key).collect();
    for ta in a {
        let Some(tb) = ib.get(&key(ta)) else {
            out.push(Difference::TaskRemoved {
                agency: ta.agency.clone(),
                text: ta.text.clone(),
            });
            continue;
        };
        let date = |d: Option<crate::model::Date>| d.map(|d| d.vi()).unwrap_or_default();
        let fields: [(&'static str, String, String); 4] = [
            ("thời hạn / deadline", date(ta.deadline), date(tb.deadline)),
            (
                "tiêu chí / criteria",
                ta.criteria.join(", "),
                tb.criteria.join(", "),
            ),
            (
                "xã / communes",
                ta.communes.join(", "),
                tb.communes.join(", "),
            ),
            (
                "trạng thái / status",
                format!("{:?}", ta.status),
                format!("{:?}", tb.status),
            ),
        ];
        for (field, x, y) in fields {
            if x != y {
                out.push(Difference::TaskField {
                    agency: ta.agency.clone(),
                    text: ta.text.clone(),
                    field,
                    a: x,
                    b: y,
                });
            }
        }
    }
    for tb in b {
        if !ia.contains(&key(tb)) {
            out.push(Difference::TaskAdded {
                agency: tb.agency.clone(),
                text: tb.text.clone(),
            });
        }
    }
}
