//! A drop-down list of names that can be searched: the names in Vietnamese
//! alphabetical order, a search field at the top (accent-insensitive, "muong"
//! finds "Mường Mô"), and only as many rows as can be read — type to narrow a
//! national list of thousands of communes.

use eframe::egui;

/// How many matches the list shows at once.
const SHOWN: usize = 200;

pub struct SearchCombo<'a> {
    /// The list's accessible name and the label shown before it.
    pub label: &'a str,
    /// The search field's accessible name.
    pub search_label: &'a str,
    /// The first row, meaning "none" or "all", when the list has one.
    pub none: Option<&'a str>,
    /// Shown under the matches when more match than are shown.
    pub more_hint: &'a str,
    pub width: f32,
}

/// Show the list; `items` are (key, name). Returns the new choice when the user
/// picked one (`Some(None)`: the "none" row).
pub fn search_combo(
    ui: &mut egui::Ui,
    id_salt: &str,
    spec: SearchCombo<'_>,
    current: Option<&str>,
    items: &[(String, String)],
) -> Option<Option<String>> {
    let l = ui.label(spec.label);
    let id = ui.make_persistent_id(("search-combo", id_salt));
    let shown = current
        .and_then(|k| items.iter().find(|(key, _)| key == k))
        .map(|(_, n)| n.as_str())
        .or(spec.none)
        .unwrap_or_default()
        .to_string();
    let mut picked = None;
    let r = egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .width(spec.width)
        .height(420.0)
        // Clicking into the search field keeps the list open; a pick closes it.
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show_ui(ui, |ui| {
            let mut search: String = ui.data(|d| d.get_temp(id)).unwrap_or_default();
            let sl = ui.label(egui::RichText::new(spec.search_label));
            let field = ui
                .add(egui::TextEdit::singleline(&mut search).desired_width(f32::INFINITY))
                .labelled_by(sl.id);
            if !field.has_focus() && ui.memory(|m| m.focused().is_none()) {
                field.request_focus();
            }
            ui.data_mut(|d| d.insert_temp(id, search.clone()));
            ui.separator();
            if let Some(none) = spec.none
                && search.trim().is_empty()
                && ui.selectable_label(current.is_none(), none).clicked()
            {
                picked = Some(None);
            }
            let needle = crate::text::fold(&search);
            let mut matches: Vec<&(String, String)> = items
                .iter()
                .filter(|(_, n)| needle.is_empty() || crate::text::fold(n).contains(&needle))
                .collect();
            matches.sort_by_cached_key(|(_, n)| crate::text::collation_key(n));
            for (key, name) in matches.iter().take(SHOWN) {
                if ui
                    .selectable_label(current == Some(key.as_str()), name)
                    .clicked()
                {
                    picked = Some(Some(key.clone()));
                }
            }
            if matches.len() > SHOWN {
                ui.label(egui::RichText::new(spec.more_hint).weak().italics());
            }
            if picked.is_some() {
                ui.close();
            }
        });
    r.response.labelled_by(l.id);
    if picked.is_some() {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    picked
}
