//! What the plan achieved (kết quả thực hiện), recorded at a date: mid-year or at the
//! year end (format version 3).
//!
//! The report's date and kind are [`Results`], once per plan, with the money mobilized
//! per funding source. Every other result sits beside what it reports on, so a file
//! reads naturally and an edit of a result is an edit of that item: a commune's
//! criteria and recognitions in [`CommuneResult`] (`Commune::result`), a project's
//! disbursements in `Project::disbursed`, a task's state in [`TaskResult`]
//! (`Task::result`), villages recognized in `VillageCount::achieved`. A plan without
//! results has none of these, and its file is as before.

use super::{Date, Level};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// When the results were recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ReportKind {
    /// Báo cáo kết quả thực hiện năm (at the year end).
    #[default]
    YearEnd,
    /// Báo cáo 6 tháng đầu năm.
    MidYear,
}

impl ReportKind {
    pub const ALL: [ReportKind; 2] = [ReportKind::YearEnd, ReportKind::MidYear];

    /// The catalogue key of the kind's name.
    pub fn key(self) -> &'static str {
        match self {
            ReportKind::YearEnd => "results-kind-year-end",
            ReportKind::MidYear => "results-kind-mid-year",
        }
    }

    /// The usual report date for a plan year: 30 June or 31 December.
    pub fn usual_date(self, year: u16) -> Option<Date> {
        match self {
            ReportKind::YearEnd => Date::new(year, 12, 31).ok(),
            ReportKind::MidYear => Date::new(year, 6, 30).ok(),
        }
    }
}

/// The plan's results report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Results {
    /// The date the results are reported at ("số liệu đến ngày").
    pub date: Date,
    #[serde(default, skip_serializing_if = "is_default")]
    pub kind: ReportKind,
    /// Money actually mobilized per funding source by the report date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mobilized: Vec<Mobilized>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Results {
    /// The amount mobilized for a funding source (a leaf of the tree), if reported.
    pub fn mobilized(&self, source: &str) -> Option<Decimal> {
        self.mobilized
            .iter()
            .find(|m| m.source == source)
            .map(|m| m.amount)
    }
}

/// Money mobilized from one funding source (huy động được), million VND.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mobilized {
    /// The funding node's id.
    pub source: String,
    #[serde(with = "super::money")]
    pub amount: Decimal,
}

/// What a commune achieved by the report date.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommuneResult {
    /// Criteria (codes) not met at the report date; every other criterion of the set is met.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unmet: Vec<String>,
    /// Recognitions actually granted during the plan, with their decisions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub granted: Vec<Granted>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl CommuneResult {
    pub fn meets(&self, criterion: &str) -> bool {
        !self.unmet.iter().any(|c| c == criterion)
    }

    /// The highest level granted.
    pub fn level(&self) -> Option<Level> {
        self.granted.iter().map(|g| g.level).max()
    }
}

/// A recognition granted: level, year and the decision that granted it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Granted {
    pub level: Level,
    pub year: u16,
    /// The decision ("Quyết định số 1234/QĐ-UBND"); empty while it is not known.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub decision: String,
    /// The decision's date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

/// Money paid out on a project (giải ngân), million VND.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Disbursement {
    #[serde(with = "super::money")]
    pub amount: Decimal,
    pub date: Date,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A task's state at the report date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TaskState {
    /// Hoàn thành.
    Done,
    /// Đang thực hiện.
    InProgress,
    /// Chậm tiến độ.
    Late,
}

impl TaskState {
    pub const ALL: [TaskState; 3] = [TaskState::Done, TaskState::InProgress, TaskState::Late];

    pub fn key(self) -> &'static str {
        match self {
            TaskState::Done => "task-state-done",
            TaskState::InProgress => "task-state-in-progress",
            TaskState::Late => "task-state-late",
        }
    }

    /// The state's name as reports write it.
    pub fn vi(self) -> &'static str {
        match self {
            TaskState::Done => "Hoàn thành",
            TaskState::InProgress => "Đang thực hiện",
            TaskState::Late => "Chậm tiến độ",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskResult {
    pub state: TaskState,
    /// When it was done (for a finished task), or the date of the state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usual_dates() {
        assert_eq!(
            ReportKind::YearEnd.usual_date(2025).map(|d| d.vi()),
            Some("31/12/2025".to_string())
        );
        assert_eq!(
            ReportKind::MidYear.usual_date(2025).map(|d| d.vi()),
            Some("30/06/2025".to_string())
        );
    }
}
