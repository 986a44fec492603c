//! Funding: the source tree as an editor (add, rename, remove, reorder, amounts as
//! planners type them; each parent's sum beside its stated total, red when they
//! differ), the allocation of the base over component contents with live shares
//! that add up to 100,00%, and the projects per component.
//!
//! Every change is an [`Edit`] applied through the document, so undo covers it.
//! Removing a source that a project or the allocation uses is refused with a
//! message: the saved plan's references always hold.

use super::super::NtmApp;
use super::super::command::{Command, Page};
use super::super::widgets::number_field::{NumberOutcome, number_field, number_input};
use super::super::widgets::text_field::text_field;
use crate::check::Place;
use crate::document::Edit;
use crate::model::{Allocation, AllocationLine, FundingNode, SourceKind, Unallocated};
use crate::numfmt;
use eframe::egui;
use rust_decimal::Decimal;

const RED: egui::Color32 = egui::Color32::from_rgb(200, 40, 40);

pub fn page(app: &mut NtmApp, ui: &mut egui::Ui) {
    let Some((f, _)) = app.analysis() else { return };
    let f = f.clone();
    let focus = app.focus.clone();
    egui::ScrollArea::vertical()
        .id_salt("funding")
        .show(ui, |ui| {
            super::heading(ui, app.t("page-funding"));
            ui.columns(2, |cols| {
                tree(app, &mut cols[0], &f, &focus);
                node_editor(app, &mut cols[1], &f);
            });
            ui.add_space(16.0);
            allocation(app, ui, &f, &focus);
            ui.add_space(16.0);
            projects_summary(app, ui, &f, &focus);
        });
}

/// A component content's name in the window's language (the plan's English name,
/// where it has one).
fn component_name(app: &NtmApp, code: &str, fallback: &str) -> String {
    let lang = app.lang();
    app.doc
        .as_ref()
        .and_then(|d| d.plan.components.iter().find(|c| c.code == code))
        .map(|c| c.name_in(lang).to_string())
        .unwrap_or_else(|| fallback.to_string())
}

fn apply(app: &mut NtmApp, edit: Edit, group: Option<String>) {
    if let Some(d) = &mut app.doc {
        d.apply(edit, group);
    }
}

fn selected_id(ui: &egui::Ui) -> egui::Id {
    let _ = ui;
    egui::Id::unique("funding-selected")
}

/// The node the editor shows: the one clicked, the one a finding named, or the root.
fn selected(app: &NtmApp, ui: &egui::Ui) -> String {
    let root = app
        .doc
        .as_ref()
        .map(|d| d.plan.funding.id.clone())
        .unwrap_or_default();
    let id: Option<String> = ui.data(|d| d.get_temp(selected_id(ui)));
    id.filter(|id| {
        app.doc
            .as_ref()
            .is_some_and(|d| d.plan.funding.find(id).is_some())
    })
    .unwrap_or(root)
}

fn tree(app: &mut NtmApp, ui: &mut egui::Ui, f: &crate::figures::Figures, focus: &Option<Place>) {
    ui.label(egui::RichText::new(app.t("funding-tree")).strong());
    let current = selected(app, ui);
    if let Some(Place::Funding(id)) = focus {
        ui.data_mut(|d| d.insert_temp(selected_id(ui), id.clone()));
    }
    egui::Grid::new("funding-tree")
        .striped(true)
        .num_columns(3)
        .show(ui, |ui| {
            ui.label(app.t("col-source"));
            ui.label(app.t("col-amount"));
            ui.label(app.t("col-stated"));
            ui.end_row();
            for n in &f.funding {
                let name = n.name.clone();
                let text = if n.depth <= 1 {
                    egui::RichText::new(name).strong()
                } else {
                    egui::RichText::new(name)
                };
                let hl = matches!(focus, Some(Place::Funding(id)) if *id == n.id);
                let r = ui
                    .horizontal(|ui| {
                        ui.add_space(18.0 * n.depth as f32);
                        if hl {
                            super::focus_frame(ui)
                                .show(ui, |ui| ui.selectable_label(n.id == current, text))
                                .inner
                        } else {
                            ui.selectable_label(n.id == current, text)
                        }
                    })
                    .inner;
                if r.clicked() {
                    ui.data_mut(|d| d.insert_temp(selected_id(ui), n.id.clone()));
                }
                super::number_cell(ui, numfmt::decimal(n.computed));
                let stated = match n.stated {
                    Some(s) if !n.is_leaf && s != n.computed => {
                        egui::RichText::new(format!("{} ≠", numfmt::decimal(s))).color(RED)
                    }
                    Some(s) if !n.is_leaf => egui::RichText::new(numfmt::decimal(s)),
                    _ => egui::RichText::new(""),
                };
                super::number_cell(ui, stated);
                ui.end_row();
            }
        });
}

/// Every id in a subtree.
fn ids(node: &FundingNode, out: &mut Vec<String>) {
    out.push(node.id.clone());
    for c in &node.children {
        ids(c, out);
    }
}

/// The parent of `id` and its index among the parent's children.
fn parent_mut<'a>(node: &'a mut FundingNode, id: &str) -> Option<(&'a mut FundingNode, usize)> {
    if let Some(i) = node.children.iter().position(|c| c.id == id) {
        return Some((node, i));
    }
    node.children.iter_mut().find_map(|c| parent_mut(c, id))
}

/// A new id, unique in the tree: "nguon-1", "nguon-2", …
fn new_id(root: &FundingNode) -> String {
    let mut all = Vec::new();
    ids(root, &mut all);
    (1..)
        .map(|k| format!("nguon-{k}"))
        .find(|c| !all.contains(c))
        .unwrap_or_else(|| "nguon".into())
}

fn node_editor(app: &mut NtmApp, ui: &mut egui::Ui, f: &crate::figures::Figures) {
    let id = selected(app, ui);
    let Some(tree) = app.doc.as_ref().map(|d| d.plan.funding.clone()) else {
        return;
    };
    let Some(node) = tree.find(&id).cloned() else {
        return;
    };
    let is_root = node.id == tree.id;
    ui.label(egui::RichText::new(app.t("funding-node-editor")).strong());
    ui.add_space(4.0);
    let label = app.t("field-source-name").to_string();
    if let Some(ch) = text_field(ui, &label, &node.name, false) {
        if ch.text != node.name && !ch.text.trim().is_empty() {
            let mut t = tree.clone();
            if let Some(n) = t.find_mut(&id) {
                n.name = ch.text;
            }
            apply(
                app,
                Edit::FundingTree(Box::new(t)),
                Some(format!("funding-name-{id}")),
            );
        }
        if ch.lost_focus
            && let Some(d) = &mut app.doc
        {
            d.seal();
        }
    }
    ui.add_space(4.0);
    let leaf = node.children.is_empty();
    let amount_label = app
        .t(if leaf {
            "field-source-amount"
        } else {
            "field-source-stated"
        })
        .to_string();
    ui.horizontal(|ui| {
        match number_field(
            ui,
            &format!("fund-amount-{id}"),
            &amount_label,
            node.amount.unwrap_or_default(),
            140.0,
            true,
        ) {
            NumberOutcome::Committed(v) => {
                let mut t = tree.clone();
                if let Some(n) = t.find_mut(&id) {
                    n.amount = Some(v);
                }
                apply(app, Edit::FundingTree(Box::new(t)), None);
            }
            NumberOutcome::Invalid(e) => app.toasts.error(e),
            NumberOutcome::Unchanged => {}
        }
    });
    if !leaf {
        let sum = f
            .funding
            .iter()
            .find(|n| n.id == id)
            .map(|n| n.computed)
            .unwrap_or_default();
        let text = app.tf("funding-children-sum", &[("sum", &numfmt::decimal(sum))]);
        let differs = node.amount.is_some_and(|a| a != sum);
        ui.label(if differs {
            egui::RichText::new(format!("{text} ≠")).color(RED)
        } else {
            egui::RichText::new(text)
        });
        if node.amount.is_some() && ui.button(app.t("funding-use-sum")).clicked() {
            let mut t = tree.clone();
            if let Some(n) = t.find_mut(&id) {
                n.amount = None;
            }
            apply(app, Edit::FundingTree(Box::new(t)), None);
        }
    }
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        if ui.button(app.t("funding-add-child")).clicked() {
            let mut t = tree.clone();
            let nid = new_id(&t);
            let name = app.t("funding-new-source").to_string();
            if let Some(n) = t.find_mut(&id) {
                n.children.push(FundingNode {
                    id: nid.clone(),
                    name,
                    kind: None,
                    amount: Some(Decimal::ZERO),
                    note: String::new(),
                    children: Vec::new(),
                });
            }
            apply(app, Edit::FundingTree(Box::new(t)), None);
            ui.data_mut(|d| d.insert_temp(selected_id(ui), nid));
        }
        let (index, siblings) = {
            let mut t = tree.clone();
            parent_mut(&mut t, &id)
                .map(|(p, i)| (i, p.children.len()))
                .unwrap_or((0, 0))
        };
        if ui
            .add_enabled(
                !is_root && index > 0,
                egui::Button::new(app.t("funding-move-up")),
            )
            .clicked()
        {
            let mut t = tree.clone();
            if let Some((p, i)) = parent_mut(&mut t, &id) {
                p.children.swap(i, i - 1);
            }
            apply(app, Edit::FundingTree(Box::new(t)), None);
        }
        if ui
            .add_enabled(
                !is_root && index + 1 < siblings,
                egui::Button::new(app.t("funding-move-down")),
            )
            .clicked()
        {
            let mut t = tree.clone();
            if let Some((p, i)) = parent_mut(&mut t, &id) {
                p.children.swap(i, i + 1);
            }
            apply(app, Edit::FundingTree(Box::new(t)), None);
        }
        if ui
            .add_enabled(!is_root, egui::Button::new(app.t("funding-remove")))
            .clicked()
        {
            remove(app, ui, &tree, &node);
        }
    });
}

/// Remove a node (with its children), unless a project or the allocation uses it.
fn remove(app: &mut NtmApp, ui: &egui::Ui, tree: &FundingNode, node: &FundingNode) {
    let mut gone = Vec::new();
    ids(node, &mut gone);
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let used_by_projects = plan
        .projects
        .iter()
        .filter(|p| p.amounts.iter().any(|a| gone.contains(&a.source)))
        .count();
    let used_by_allocation = plan
        .allocation
        .as_ref()
        .is_some_and(|a| gone.contains(&a.base));
    if used_by_projects > 0 || used_by_allocation {
        let mut why = Vec::new();
        if used_by_projects > 0 {
            why.push(app.tf("funding-used-by-projects", &[("count", used_by_projects)]));
        }
        if used_by_allocation {
            why.push(app.t("funding-used-by-allocation").to_string());
        }
        let msg = app.tf(
            "funding-remove-refused",
            &[("name", &node.name), ("why", &why.join("; "))],
        );
        app.toasts.error(msg);
        return;
    }
    let mut t = tree.clone();
    let parent = parent_mut(&mut t, &node.id).map(|(p, i)| {
        p.children.remove(i);
        p.id.clone()
    });
    if let Some(pid) = parent {
        apply(app, Edit::FundingTree(Box::new(t)), None);
        ui.data_mut(|d| d.insert_temp(selected_id(ui), pid));
    }
}

fn allocation(
    app: &mut NtmApp,
    ui: &mut egui::Ui,
    f: &crate::figures::Figures,
    focus: &Option<Place>,
) {
    let Some(plan) = app.doc.as_ref().map(|d| &d.plan) else {
        return;
    };
    let current = plan.allocation.clone();
    let components = plan.components.clone();
    let Some((alloc, a)) = current.zip(f.allocation.clone()) else {
        ui.label(egui::RichText::new(app.t("funding-allocation")).strong());
        ui.label(app.t("funding-no-allocation"));
        if ui.button(app.t("funding-start-allocation")).clicked() {
            let plan = app.doc.as_ref().map(|d| &d.plan);
            let base = plan.and_then(|p| {
                p.funding
                    .find_kind(SourceKind::Central)
                    .or(Some(&p.funding))
                    .map(|n| (n.id.clone(), n.amount.unwrap_or_else(|| n.total())))
            });
            if let Some((base, amount)) = base {
                let new = Allocation {
                    base,
                    lines: Vec::new(),
                    unallocated: Some(Unallocated {
                        amount,
                        stated_share: None,
                    }),
                };
                apply(app, Edit::Allocation(Some(Box::new(new))), None);
            }
        }
        return;
    };
    let title = format!(
        "{} — {} ({} {})",
        app.t("funding-allocation"),
        a.base_name,
        numfmt::decimal(a.base),
        app.t("unit-million-vnd")
    );
    let hl = matches!(focus, Some(Place::Allocation(_)));
    let frame = if hl {
        super::focus_frame(ui)
    } else {
        egui::Frame::new()
    };
    frame.show(ui, |ui| {
        ui.label(egui::RichText::new(title).strong());
        let mut changed: Option<Allocation> = None;
        egui::Grid::new("allocation")
            .striped(true)
            .num_columns(5)
            .show(ui, |ui| {
                ui.label(app.t("col-component"));
                ui.label(app.t("col-amount"));
                ui.label(app.t("col-share"));
                ui.label(app.t("col-stated-share"));
                ui.label("");
                ui.end_row();
                for (k, l) in a.lines.iter().enumerate() {
                    let name = match &l.component {
                        Some(c) => format!("{c}. {}", component_name(app, c, &l.name)),
                        None => app.t("funding-unallocated").to_string(),
                    };
                    let name_label = ui.label(name.clone());
                    let r = number_input(
                        ui,
                        &format!("alloc-{k}"),
                        name_label.id,
                        l.amount,
                        110.0,
                        true,
                    );
                    super::number_cell(ui, numfmt::percent(l.share));
                    let stated = match l.stated_share {
                        Some(s) if crate::figures::round2(s) != l.share => {
                            egui::RichText::new(numfmt::percent(s))
                                .color(egui::Color32::from_rgb(200, 120, 0))
                        }
                        Some(s) => egui::RichText::new(numfmt::percent(s)),
                        None => egui::RichText::new(""),
                    };
                    super::number_cell(ui, stated);
                    let is_line = k < alloc.lines.len();
                    let remove = is_line
                        && ui
                            .button(app.t("funding-allocation-remove"))
                            .on_hover_text(name.clone())
                            .clicked();
                    if !is_line {
                        ui.label("");
                    }
                    ui.end_row();
                    match r {
                        NumberOutcome::Committed(v) => {
                            let mut new = alloc.clone();
                            if let Some(line) = new.lines.get_mut(k) {
                                line.amount = v;
                            } else if let Some(u) = &mut new.unallocated {
                                u.amount = v;
                            }
                            changed = Some(new);
                        }
                        NumberOutcome::Invalid(e) => app.toasts.error(e),
                        NumberOutcome::Unchanged => {}
                    }
                    if remove {
                        let mut new = alloc.clone();
                        new.lines.remove(k);
                        changed = Some(new);
                    }
                }
                ui.label(egui::RichText::new(app.t("total")).strong());
                let total = egui::RichText::new(numfmt::decimal(a.allocated)).strong();
                super::number_cell(
                    ui,
                    if a.allocated != a.base {
                        total.color(RED)
                    } else {
                        total
                    },
                );
                super::number_cell(
                    ui,
                    egui::RichText::new(numfmt::percent(a.lines.iter().map(|l| l.share).sum()))
                        .strong(),
                );
                super::number_cell(
                    ui,
                    a.stated_shares_sum.map(numfmt::percent).unwrap_or_default(),
                );
                ui.label("");
                ui.end_row();
            });
        if a.allocated != a.base {
            ui.label(
                egui::RichText::new(app.tf(
                    "funding-allocation-mismatch",
                    &[
                        ("allocated", &numfmt::decimal(a.allocated)),
                        ("base", &numfmt::decimal(a.base)),
                    ],
                ))
                .color(RED),
            );
        }
        let unused: Vec<_> = components
            .iter()
            .filter(|c| !alloc.lines.iter().any(|l| l.component == c.code))
            .collect();
        if !unused.is_empty() {
            let l = ui.label(app.t("funding-allocation-add"));
            egui::ComboBox::from_id_salt("alloc_add")
                .selected_text("…")
                .show_ui(ui, |ui| {
                    for c in unused {
                        if ui
                            .selectable_label(
                                false,
                                format!("{}. {}", c.code, c.name_in(app.lang())),
                            )
                            .clicked()
                        {
                            let mut new = alloc.clone();
                            new.lines.push(AllocationLine {
                                component: c.code.clone(),
                                amount: Decimal::ZERO,
                                stated_share: None,
                            });
                            // Keep the plan's component order.
                            new.lines.sort_by_key(|l| {
                                components
                                    .iter()
                                    .position(|x| x.code == l.component)
                                    .unwrap_or(usize::MAX)
                            });
                            changed = Some(new);
                        }
                    }
                })
                .response
                .labelled_by(l.id);
        }
        if let Some(new) = changed {
            apply(app, Edit::Allocation(Some(Box::new(new))), None);
        }
    });
}

fn projects_summary(
    app: &mut NtmApp,
    ui: &mut egui::Ui,
    f: &crate::figures::Figures,
    focus: &Option<Place>,
) {
    if f.projects == 0 {
        return;
    }
    let hl = matches!(focus, Some(Place::Projects));
    let frame = if hl {
        super::focus_frame(ui)
    } else {
        egui::Frame::new()
    };
    frame.show(ui, |ui| {
        ui.label(
            egui::RichText::new(app.tf(
                "funding-projects",
                &[("count", f.projects), ("special", f.special_projects)],
            ))
            .strong(),
        );
        egui::Grid::new("projects-by-component")
            .striped(true)
            .num_columns(5)
            .show(ui, |ui| {
                ui.label(app.t("col-component"));
                ui.label(app.t("col-projects"));
                ui.label(app.t("col-special"));
                ui.label(app.t("col-amount"));
                // An empty last column: a grid's last column reaches the panel's edge,
                // and a right-aligned amount there would sit far from its heading.
                ui.label("");
                ui.end_row();
                for c in &f.projects_by_component {
                    ui.label(match &c.component {
                        Some(code) => format!("{code}. {}", component_name(app, code, &c.name)),
                        None => c.name.clone(),
                    });
                    super::number_cell(ui, numfmt::count(c.projects as i64));
                    super::number_cell(ui, numfmt::count(c.special as i64));
                    super::number_cell(ui, numfmt::decimal(c.amount));
                    ui.label("");
                    ui.end_row();
                }
            });
        if ui.button(app.t("funding-open-projects")).clicked() {
            app.send(Command::ShowPage(Page::Projects));
        }
    });
}
