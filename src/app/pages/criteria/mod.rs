//! Communes and criteria: the matrix editor, distribution and recognition, the
//! roadmap, villages and districts — four tabs of one page.

pub mod by_group;
pub mod commune_history;
pub mod commune_panel;
pub mod commune_result;
pub mod distribution;
pub mod groups;
pub mod matrix;
pub mod roadmap;
pub mod set_view;
pub mod unit_info;
pub mod villages;

use super::super::NtmApp;
use crate::check::Place;
use crate::matrix::{Layer, Query, Row};
use eframe::egui;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Matrix,
    Distribution,
    Roadmap,
    Villages,
    /// The criteria set: groups, levels, completion, indicators, what is unconfirmed.
    Set,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Matrix,
        Tab::Distribution,
        Tab::Roadmap,
        Tab::Villages,
        Tab::Set,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Tab::Matrix => "tab-matrix",
            Tab::Distribution => "tab-distribution",
            Tab::Roadmap => "tab-roadmap",
            Tab::Villages => "tab-villages",
            Tab::Set => "tab-set",
        }
    }
}

/// A cell position in the view: (row index in the shown rows, criterion index).
pub type CellPos = (usize, usize);

#[derive(Debug, Clone, PartialEq)]
pub struct PastePreview {
    /// The cell changes that will be made (already filtered to real changes).
    pub changes: Vec<crate::document::CellChange>,
    /// The first [`PASTE_SHOWN`] cells in the matrix that could not be read, with
    /// their place.
    pub problems: Vec<String>,
    /// All the cells in the matrix that could not be read.
    pub unreadable: usize,
    /// Pasted cells outside the matrix.
    pub outside: usize,
}

/// How many unreadable cells of a paste the preview names.
pub const PASTE_SHOWN: usize = 200;

/// The page's state, kept across frames.
#[derive(Debug, Clone, Default)]
pub struct MatrixState {
    pub tab: Tab,
    pub query: Query,
    pub layer: Layer,
    pub anchor: Option<CellPos>,
    pub cursor: Option<CellPos>,
    /// The commune whose details the side panel shows (index into plan.communes).
    pub commune: Option<usize>,
    pub paste: Option<PastePreview>,
    /// Shown rows, cached for (document revision, query).
    cache: Option<(u64, Query, Vec<Row>)>,
    /// Scroll so the cursor is visible (set by keyboard moves and "go to").
    pub reveal: bool,
}

impl MatrixState {
    pub fn rows(
        &mut self,
        revision: u64,
        plan: &crate::model::Plan,
        met_target: &[usize],
    ) -> &[Row] {
        let fresh = matches!(&self.cache, Some((r, q, _)) if *r == revision && *q == self.query);
        if !fresh {
            let rows = self.query.rows(plan, met_target);
            self.cache = Some((revision, self.query.clone(), rows));
        }
        self.cache
            .as_ref()
            .map(|(_, _, r)| r.as_slice())
            .unwrap_or_default()
    }

    /// The selected rectangle: (rows, criteria), inclusive.
    pub fn selection(
        &self,
    ) -> Option<(
        std::ops::RangeInclusive<usize>,
        std::ops::RangeInclusive<usize>,
    )> {
        let (a, c) = (self.anchor?, self.cursor?);
        Some((a.0.min(c.0)..=a.0.max(c.0), a.1.min(c.1)..=a.1.max(c.1)))
    }
}

pub fn page(app: &mut NtmApp, ui: &mut egui::Ui) {
    // A finding that names a commune or criterion opens the matrix there.
    if app.focus_scroll {
        match app.focus.clone() {
            Some(Place::Commune(id)) => matrix::reveal_commune(app, &id, None),
            Some(Place::CommuneCriterion(id, code)) => {
                matrix::reveal_commune(app, &id, Some(&code))
            }
            Some(Place::Criterion(code)) => matrix::reveal_criterion(app, &code),
            Some(Place::District(_)) => app.matrix.tab = Tab::Villages,
            _ => {}
        }
        app.focus_scroll = false;
    }
    ui.horizontal(|ui| {
        super::heading(ui, app.t("page-communes"));
        ui.add_space(16.0);
        for tab in Tab::ALL {
            let label = app.t(tab.key()).to_string();
            if ui.selectable_label(app.matrix.tab == tab, label).clicked() {
                app.matrix.tab = tab;
            }
        }
    });
    match app.matrix.tab {
        Tab::Matrix => matrix::view(app, ui),
        Tab::Distribution => distribution::view(app, ui),
        Tab::Roadmap => roadmap::view(app, ui),
        Tab::Villages => villages::view(app, ui),
        Tab::Set => set_view::view(app, ui),
    }
}
