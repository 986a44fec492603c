//! Layout as a reader sees it: no number is cut off anywhere in the window, at the
//! scale of a national plan; English mode shows English names in the chart list.

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use ntm_planner::app::NtmApp;
use ntm_planner::app::command::{Command, Page};
use ntm_planner::lang::Lang;
use ntm_planner::prefs::AppDirs;

fn harness(app: NtmApp) -> Harness<'static, NtmApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_context_setup(ntm_planner::app::fonts::install)
        .build_ui_state(|ui, app: &mut NtmApp| app.frame(ui), app);
    h.run_steps(3);
    h
}

/// "4.503.481", "76,73%", "1.234.567,5", "-500": a number as the window prints it.
fn is_number(t: &str) -> bool {
    let t = t.trim();
    !t.is_empty()
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars().all(|c| c.is_ascii_digit() || ".,%-".contains(c))
}

/// Every number shown as a label or in a field, with the width its text needs at the
/// body size and the width it was given. Small print (smaller than body text) is
/// measured at its own size by its height and left out.
fn cut_numbers(h: &Harness<'_, NtmApp>) -> (usize, Vec<(String, f32, f32)>) {
    let ctx = h.ctx.clone();
    let font = egui::TextStyle::Body.resolve(&ctx.global_style());
    let body_h = ctx.fonts_mut(|f| f.row_height(&font));
    let mut out = Vec::new();
    let mut checked = 0;
    for node in h.root().children_recursive() {
        let ak = node.accesskit_node();
        let text = match ak.role() {
            egui::accesskit::Role::TextInput => node.value().unwrap_or_default(),
            _ => ak
                .label()
                .filter(|l| !l.is_empty())
                .or_else(|| node.value())
                .unwrap_or_default(),
        };
        // A label cut by egui reads "1.23…": a cut number.
        if text.ends_with('…') && is_number(text.trim_end_matches('…')) {
            checked += 1;
            out.push((text, f32::INFINITY, node.rect().width()));
            continue;
        }
        if !is_number(&text) {
            continue;
        }
        let rect = node.rect();
        if rect.height() + 0.5 < body_h || rect.height() > 3.0 * body_h {
            continue;
        }
        checked += 1;
        let need = ctx.fonts_mut(|f| {
            f.layout_no_wrap(text.clone(), font.clone(), egui::Color32::WHITE)
                .size()
                .x
        });
        // (A field's node is its text area, without the frame's margins.)
        let margin = 0.0;
        // A cut number loses at least a digit (6 px or more); a pixel or two is the
        // difference between a galley's box and its advance.
        if rect.width() + 2.0 < need + margin {
            out.push((text, need + margin, rect.width()));
        }
    }
    (checked, out)
}

#[test]
fn no_number_is_cut_off_on_any_page_of_a_national_plan() {
    let tmp = tempfile::tempdir().unwrap();
    let mut app = NtmApp::new(AppDirs::under(tmp.path()), None);
    app.doc = Some(ntm_planner::document::Document::new(
        ntm_planner::synthetic::national_plan(3321, 0, 16000, 7),
    ));
    let first = app
        .doc
        .as_ref()
        .and_then(|d| d.plan.projects.first())
        .map(|p| p.id.clone());
    let mut h = harness(app);
    for page in Page::ALL {
        h.state_mut().send(Command::ShowPage(page));
        if page == Page::Projects {
            h.state_mut().projects_view.selected = first.clone();
        }
        h.run_steps(6);
        let (checked, cut) = cut_numbers(&h);
        assert!(cut.is_empty(), "{page:?}: numbers cut off: {cut:?}");
        if matches!(page, Page::Funding | Page::Projects) {
            assert!(checked >= 10, "{page:?}: only {checked} numbers seen");
        }
    }
}

#[test]
fn english_mode_shows_english_names_in_the_chart_list() {
    let tmp = tempfile::tempdir().unwrap();
    let plan =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/lai-chau-2025.ntm");
    let mut h = harness(NtmApp::new(AppDirs::under(tmp.path()), Some(plan)));
    h.state_mut().send(Command::SetLang(Lang::En));
    h.state_mut().send(Command::ShowPage(Page::Charts));
    h.run_steps(4);
    let vietnamese = |t: &str| {
        t.chars().any(|c| {
            "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
                .contains(c.to_lowercase().next().unwrap_or(c))
        })
    };
    let specs = h.state_mut().chart_specs();
    for spec in &specs {
        assert!(
            h.query_all_by_label(&spec.title).count() >= 1,
            "{} is in the list",
            spec.title
        );
        assert!(!vietnamese(&spec.title), "{}", spec.title);
    }
    assert!(
        h.query_all_by_label("Central budget by component content")
            .count()
            >= 1
    );
    for kind in ntm_planner::charts::ChartKind::ALL {
        let d = kind.describe(Lang::En);
        assert!(
            h.query_all_by_label(d).count() >= 1 && !vietnamese(d),
            "{d}"
        );
    }
}
