//! Investment projects and tasks per agency.

use super::{Date, Disbursement, TaskResult, TaskState};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ProjectStatus {
    #[default]
    Planned,
    InProgress,
    Done,
    Suspended,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Stable key, unique in the plan.
    pub id: String,
    pub name: String,
    /// The commune it is in (commune id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commune: Option<String>,
    /// The component content it serves (component code).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    /// Amounts by funding source (funding node id), million VND.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amounts: Vec<ProjectAmount>,
    /// Thực hiện theo cơ chế đặc thù.
    #[serde(default, skip_serializing_if = "is_false")]
    pub special_mechanism: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: ProjectStatus,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Money paid out on it by the results date, oldest first (format version 3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disbursed: Vec<Disbursement>,
    /// The year of the plan it was carried over from, unfinished (format version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carried_from: Option<u16>,
}

impl Project {
    /// The sum of its amounts; the largest value rather than a panic when it does not
    /// fit the decimal type ([`Project::checked_total`] says so).
    pub fn total(&self) -> Decimal {
        self.checked_total().unwrap_or(Decimal::MAX)
    }

    /// The sum of its amounts, or None when it does not fit the decimal type.
    pub fn checked_total(&self) -> Option<Decimal> {
        self.amounts
            .iter()
            .try_fold(Decimal::ZERO, |acc, a| acc.checked_add(a.amount))
    }

    /// Money disbursed so far; None when a sum overflows.
    pub fn disbursed_total(&self) -> Option<Decimal> {
        self.disbursed
            .iter()
            .try_fold(Decimal::ZERO, |s, d| s.checked_add(d.amount))
    }

    /// Whether the project is finished (its status is done).
    pub fn finished(&self) -> bool {
        self.status == ProjectStatus::Done
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectAmount {
    pub source: String,
    #[serde(with = "super::money")]
    pub amount: Decimal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum TaskStatus {
    #[default]
    Open,
    Done,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Task {
    /// The agency in charge ("Sở Nông nghiệp và Môi trường").
    pub agency: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    /// Related criteria (codes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<String>,
    /// Related communes (ids).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub communes: Vec<String>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: TaskStatus,
    /// Its state at the results date (format version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<TaskResult>,
    /// The year of the plan it was carried over from, unfinished (format version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carried_from: Option<u16>,
}

impl Task {
    /// Whether the task is finished: marked done, or reported done.
    pub fn finished(&self) -> bool {
        self.status == TaskStatus::Done
            || self
                .result
                .as_ref()
                .is_some_and(|r| r.state == TaskState::Done)
    }
}

impl Task {
    /// An open task whose deadline has passed: the window shows it in red and the
    /// workbook's status column says so.
    pub fn is_overdue(&self, today: Option<super::Date>) -> bool {
        self.status == TaskStatus::Open
            && matches!((self.deadline, today), (Some(d), Some(t)) if d < t)
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}
