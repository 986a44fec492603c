//! Every change to a plan, as a value that can be applied and gives back its inverse.
//! The UI never mutates a plan directly; it sends one of these to
//! [`super::Document::apply`].

use crate::model::{Commune, Date, Plan, PlanKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HeaderField {
    IssuingBody,
    Province,
    Number,
    Place,
    Title,
    Signer,
    GoalsGeneral,
}

impl HeaderField {
    pub const ALL: [HeaderField; 7] = [
        HeaderField::Title,
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
    /// Replace the commune at an index.
    Commune(usize, Box<Commune>),
    /// Several edits as one step, applied in order.
    Batch(Vec<Edit>),
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
            Edit::Commune(..) => "edit-commune".into(),
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
                let old = std::mem::replace(f.slot(plan), crate::text::nfc(&text));
                Edit::HeaderText(f, old)
            }
            Edit::Year(y) => Edit::Year(std::mem::replace(&mut plan.header.year, y)),
            Edit::Kind(k) => Edit::Kind(std::mem::replace(&mut plan.header.kind, k)),
            Edit::Draft(d) => Edit::Draft(std::mem::replace(&mut plan.header.draft, d)),
            Edit::Date(d) => Edit::Date(std::mem::replace(&mut plan.header.date, d)),
            Edit::LegalBases(v) => {
                let v = v.iter().map(|s| crate::text::nfc(s)).collect();
                Edit::LegalBases(std::mem::replace(&mut plan.header.legal_bases, v))
            }
            Edit::Targets(v) => {
                let v = v.iter().map(|s| crate::text::nfc(s)).collect();
                Edit::Targets(std::mem::replace(&mut plan.goals.targets, v))
            }
            Edit::Commune(i, c) => match plan.communes.get_mut(i) {
                Some(slot) => Edit::Commune(i, Box::new(std::mem::replace(slot, *c))),
                None => Edit::Batch(Vec::new()),
            },
            Edit::Batch(edits) => {
                let mut inverses: Vec<Edit> = edits.into_iter().map(|e| e.apply(plan)).collect();
                inverses.reverse();
                Edit::Batch(inverses)
            }
        }
    }
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
            Edit::Commune(
                0,
                Box::new(Commune {
                    id: "a".into(),
                    name: "B".into(),
                    ..Commune::default()
                }),
            ),
        ];
        let inverse = Edit::Batch(edits).apply(&mut plan);
        assert_eq!(plan.header.title, "Tả Lèng", "text is stored in NFC");
        assert_eq!(plan.communes[0].name, "B");
        let again = inverse.apply(&mut plan);
        assert_eq!(plan, original);
        again.apply(&mut plan);
        assert_eq!(plan.header.year, 2026);
    }
}
