//! Undo and redo. Each step stores the inverse edit; steps typed into one field in
//! quick succession merge into one.

use super::Edit;
use crate::model::Plan;
use std::time::{Duration, Instant};

/// Edits in the same group closer together than this undo as one step.
pub const GROUP_WINDOW: Duration = Duration::from_millis(1500);

#[derive(Debug)]
struct Step {
    inverse: Edit,
    label: String,
    group: Option<String>,
    at: Instant,
    /// The state id before this step.
    before: u64,
}

#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    sealed: bool,
    /// Id of the current state; ids only grow.
    current: u64,
    next_id: u64,
    /// Id of the state last saved; None when no saved state is reachable.
    saved: Option<u64>,
}

impl History {
    pub fn record(&mut self, inverse: Edit, label: String, group: Option<String>) {
        self.redo.clear();
        let now = Instant::now();
        if let (Some(top), Some(g)) = (self.undo.last_mut(), &group)
            && !self.sealed
            && top.group.as_ref() == Some(g)
            && now.duration_since(top.at) < GROUP_WINDOW
        {
            // Same field, still typing: keep the oldest inverse, move on the state.
            top.at = now;
            self.next_id += 1;
            self.current = self.next_id;
            return;
        }
        self.next_id += 1;
        self.undo.push(Step {
            inverse,
            label,
            group,
            at: now,
            before: self.current,
        });
        self.current = self.next_id;
        self.sealed = false;
    }

    pub fn seal(&mut self) {
        self.sealed = true;
    }

    pub fn undo(&mut self, plan: &mut Plan) -> bool {
        let (from, to) = (&mut self.undo, &mut self.redo);
        Self::cross(from, to, &mut self.current, &mut self.sealed, plan)
    }

    pub fn redo(&mut self, plan: &mut Plan) -> bool {
        let (from, to) = (&mut self.redo, &mut self.undo);
        Self::cross(from, to, &mut self.current, &mut self.sealed, plan)
    }

    /// Undo and redo are the same move in opposite directions: apply the top step
    /// of `from`, and push its inverse onto `to`, remembering the state it leaves.
    fn cross(
        from: &mut Vec<Step>,
        to: &mut Vec<Step>,
        current: &mut u64,
        sealed: &mut bool,
        plan: &mut Plan,
    ) -> bool {
        let Some(step) = from.pop() else {
            return false;
        };
        let inverse = step.inverse.apply(plan);
        to.push(Step {
            inverse,
            label: step.label,
            group: None,
            at: step.at,
            before: *current,
        });
        *current = step.before;
        *sealed = true;
        true
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    pub fn mark_saved(&mut self) {
        self.saved = Some(self.current);
        self.sealed = true;
    }

    /// No state of this history is on disk (a restored recovery copy).
    pub fn mark_unsaved(&mut self) {
        self.saved = Some(u64::MAX);
    }

    pub fn is_dirty(&self) -> bool {
        match self.saved {
            Some(s) => s != self.current,
            None => self.current != 0 || self.can_undo(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Document, Edit, HeaderField};
    use crate::criteria_sets;
    use crate::model::Plan;

    fn doc() -> Document {
        let mut d = Document::new(Plan::new_empty(
            criteria_sets::by_name("2026-2030").unwrap(),
            "Sơn La",
            2026,
        ));
        d.history.mark_saved();
        d
    }

    #[test]
    fn typing_in_one_field_undoes_as_one_step() {
        let mut d = doc();
        for t in ["K", "Kế", "Kế h", "Kế hoạch"] {
            d.apply(
                Edit::HeaderText(HeaderField::Title, t.into()),
                Some("title".into()),
            );
        }
        assert_eq!(d.plan.header.title, "Kế hoạch");
        assert!(d.is_dirty());
        assert!(d.undo());
        assert!(d.plan.header.title.starts_with("Kế hoạch thực hiện"));
        assert!(!d.is_dirty(), "back at the saved state");
        assert!(!d.undo());
        assert!(d.redo());
        assert_eq!(d.plan.header.title, "Kế hoạch");
        assert!(d.is_dirty());
    }

    #[test]
    fn sealing_or_another_field_starts_a_new_step() {
        let mut d = doc();
        d.apply(
            Edit::HeaderText(HeaderField::Number, "1".into()),
            Some("number".into()),
        );
        d.seal();
        d.apply(
            Edit::HeaderText(HeaderField::Number, "12".into()),
            Some("number".into()),
        );
        d.apply(
            Edit::HeaderText(HeaderField::Signer, "A".into()),
            Some("signer".into()),
        );
        d.undo();
        assert_eq!(
            (d.plan.header.number.as_str(), d.plan.header.signer.as_str()),
            ("12", "")
        );
        d.undo();
        assert_eq!(d.plan.header.number, "1");
        d.undo();
        assert_eq!(d.plan.header.number, "");
    }

    #[test]
    fn saving_then_undoing_makes_the_document_dirty_again() {
        let mut d = doc();
        d.apply(Edit::HeaderText(HeaderField::Number, "5/KH".into()), None);
        d.history.mark_saved();
        assert!(!d.is_dirty());
        d.undo();
        assert!(d.is_dirty());
        d.redo();
        assert!(!d.is_dirty());
        // A new edit after undo drops the redo branch.
        d.undo();
        d.apply(Edit::HeaderText(HeaderField::Number, "6/KH".into()), None);
        assert!(!d.history().can_redo());
        assert!(d.is_dirty());
    }
}
