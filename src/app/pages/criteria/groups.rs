//! Commune groups in bulk: the matrix toolbar's "set the group of the selected rows"
//! buttons, one per group of the set, as one undoable step.

use super::super::super::NtmApp;
use super::matrix::rows_now_pub;
use crate::document::Edit;
use crate::matrix::Row;
use eframe::egui;

/// "Nhóm cho các dòng đã chọn: [Nhóm 1] [Nhóm 2] [Nhóm 3]".
pub fn bar(app: &mut NtmApp, ui: &mut egui::Ui, has_selection: bool) {
    let Some(groups) = app.doc.as_ref().map(|d| d.plan.criteria_set.groups.clone()) else {
        return;
    };
    ui.label(app.t("matrix-set-group"));
    let word = app.t("col-group").to_string();
    for g in groups {
        let label = format!("{word} {}", g.number);
        if ui
            .add_enabled(has_selection, egui::Button::new(label))
            .on_hover_text(&g.name)
            .on_disabled_hover_text(app.t("matrix-set-group-hint"))
            .clicked()
        {
            set_group(app, g.number);
        }
    }
}

/// Put every commune of the selected rows in `group`, as one step.
pub fn set_group(app: &mut NtmApp, group: u8) {
    let Some((rows_sel, _)) = app.matrix.selection() else {
        return;
    };
    let Some((rows, _)) = rows_now_pub(app) else {
        return;
    };
    let Some(doc) = app.doc.as_mut() else { return };
    let mut edits = Vec::new();
    for r in rows_sel {
        if let Some(Row::Commune(ci)) = rows.get(r)
            && let Some(c) = doc.plan.communes.get(*ci)
            && c.group != Some(group)
        {
            let mut n = c.clone();
            n.group = Some(group);
            edits.push(Edit::Commune(*ci, Box::new(n)));
        }
    }
    let n = edits.len();
    if n > 0 {
        doc.apply(Edit::Batch(edits), None);
    }
    let msg = app.tf(
        "toast-group-set",
        &[
            ("group", crate::i18n::Arg::Str(&group.to_string())),
            ("n", crate::i18n::Arg::from(n)),
        ],
    );
    app.toasts.info(msg);
}
