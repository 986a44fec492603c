//! The checker's rules on a plan carried onto a new criteria set: communes not yet
//! assessed under it, and the crosswalk's proposals still waiting for review.

use super::{Finding, Place, Severity};
use crate::model::Plan;

pub fn all(plan: &Plan) -> Vec<Finding> {
    let mut out = Vec::new();
    let unassessed: Vec<&crate::model::Commune> =
        plan.communes.iter().filter(|c| c.unassessed).collect();
    let Some(first) = unassessed.first() else {
        return out;
    };
    let n = unassessed.len();
    let proposals = unassessed.iter().filter(|c| !c.proposed.is_empty()).count();
    let mut names: Vec<&str> = unassessed.iter().take(8).map(|c| c.name.as_str()).collect();
    if n > names.len() {
        names.push("…");
    }
    let list = names.join(", ");
    let set = &plan.criteria_set.name;
    out.push(Finding {
        severity: Severity::Warning,
        rule: "not-assessed",
        place: Place::Commune(first.id.clone()),
        stated: None,
        computed: Some(format!("{n}/{}", plan.communes.len())),
        message_vi: format!(
            "{n}/{} xã chưa đánh giá theo {set} ({list}); {proposals} xã có đề xuất từ bảng chuyển đổi tiêu chí chờ xem xét. Cho đến khi đánh giá, các xã này được tính là chưa đạt tiêu chí nào.",
            plan.communes.len()
        ),
        message_en: format!(
            "{n} of {} communes are not yet assessed under the set \"{set}\" ({list}); {proposals} have a crosswalk proposal to review. Until assessed they count as meeting no criterion.",
            plan.communes.len()
        ),
    });
    out
}
