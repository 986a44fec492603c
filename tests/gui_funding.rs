//! The funding, projects, tasks and charts pages and the presentation deck, driven
//! as a planner would (egui_kittest, no display): by label, clicks and keys.

use eframe::egui::{self, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use ntm_planner::app::NtmApp;
use ntm_planner::app::command::{Command, Page};
use ntm_planner::charts::{ChartKind, ExportFormat};
use ntm_planner::prefs::AppDirs;
use std::path::{Path, PathBuf};

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(name)
}

/// A copy of the Lai Châu sample in a temp folder, the window open on it.
fn open_lai_chau() -> (tempfile::TempDir, PathBuf, Harness<'static, NtmApp>) {
    open_lai_chau_as(false)
}

/// The same without the sample's year-end results: the deck of a plan with no results
/// (its results charts would open the default deck; tests/gui_results.rs has those).
fn open_lai_chau_without_results() -> (tempfile::TempDir, PathBuf, Harness<'static, NtmApp>) {
    open_lai_chau_as(true)
}

fn open_lai_chau_as(strip_results: bool) -> (tempfile::TempDir, PathBuf, Harness<'static, NtmApp>) {
    let tmp = tempfile::tempdir().unwrap();
    let plan = tmp.path().join("lai-chau-2025.ntm");
    std::fs::copy(sample("lai-chau-2025.ntm"), &plan).unwrap();
    if strip_results {
        let mut p = ntm_planner::format::load_file(&plan).unwrap().plan;
        ntm_planner::document::Edit::remove_results(&p.clone()).apply(&mut p);
        ntm_planner::format::save_file(&p, &plan).unwrap();
    }
    let dirs = AppDirs::under(&tmp.path().join("home"));
    let app = NtmApp::new(dirs, Some(plan.clone()));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_context_setup(ntm_planner::app::fonts::install)
        .build_ui_state(|ui, app: &mut NtmApp| app.frame(ui), app);
    h.run_steps(3);
    assert!(h.state().doc.is_some());
    (tmp, plan, h)
}

fn show(h: &mut Harness<'_, NtmApp>, page: Page) {
    h.state_mut().send(Command::ShowPage(page));
    h.run_steps(3);
}

fn key(h: &mut Harness<'_, NtmApp>, k: Key) {
    h.key_press(k);
    h.run_steps(2);
}

fn slides(h: &Harness<'_, NtmApp>) -> Vec<String> {
    h.state()
        .doc
        .as_ref()
        .unwrap()
        .plan
        .presentation
        .slides
        .clone()
}

#[test]
fn the_presentation_deck_moves_with_the_keys_and_esc_leaves() {
    let (_tmp, _path, mut h) = open_lai_chau_without_results();
    key(&mut h, Key::F5);
    assert_eq!(h.state().presenting, Some(0), "F5 opens the deck");
    // The first slide: its title and headline figure, large.
    h.get_by_label("Nguồn vốn theo nguồn");
    h.get_by_label("4.503.481 triệu đồng");
    h.get_by_label("1 / 6");
    key(&mut h, Key::ArrowRight);
    assert_eq!(h.state().presenting, Some(1));
    h.get_by_label("Cơ cấu nguồn vốn");
    key(&mut h, Key::PageDown);
    key(&mut h, Key::PageDown);
    assert_eq!(h.state().presenting, Some(3));
    h.get_by_label("14,49 → 17,33");
    key(&mut h, Key::ArrowLeft);
    assert_eq!(h.state().presenting, Some(2));
    key(&mut h, Key::PageUp);
    key(&mut h, Key::PageUp);
    key(&mut h, Key::ArrowLeft);
    assert_eq!(h.state().presenting, Some(0), "no slide before the first");
    key(&mut h, Key::End);
    key(&mut h, Key::ArrowRight);
    assert_eq!(h.state().presenting, Some(5), "no slide after the last");
    key(&mut h, Key::Escape);
    assert_eq!(h.state().presenting, None, "Esc leaves");
    // Back in the window: the menu bar is there again.
    h.get_by_label("Tệp");
}

#[test]
fn the_planner_chooses_and_orders_the_slides_and_the_plan_keeps_them() {
    let (tmp, _path, mut h) = open_lai_chau_without_results();
    show(&mut h, Page::Charts);
    assert!(
        slides(&h).is_empty(),
        "the sample has no choice yet: every chart"
    );
    h.get_by_label("Cơ cấu nguồn vốn (biểu đồ vành khuyên)")
        .click();
    h.run_steps(2);
    assert_eq!(
        slides(&h),
        [
            "funding-by-source",
            "central-by-component",
            "criteria-baseline-target",
            "distribution-bands",
            "projects-by-component"
        ]
    );
    // Move the criteria chart first: three clicks on its "move earlier" button.
    for _ in 0..2 {
        let ups = h.get_all_by_label("↑").collect::<Vec<_>>();
        // Rows in deck order; the criteria chart is the third chosen.
        let idx = slides(&h)
            .iter()
            .position(|s| s == "criteria-baseline-target")
            .unwrap();
        ups[idx].click();
        h.run_steps(2);
    }
    assert_eq!(slides(&h)[0], "criteria-baseline-target");
    // The deck follows the choice.
    key(&mut h, Key::F5);
    h.get_by_label("Số xã đạt từng tiêu chí");
    h.get_by_label("1 / 5");
    key(&mut h, Key::Escape);
    // Undo goes back step by step.
    h.state_mut().send(Command::Undo);
    h.run_steps(2);
    assert_eq!(slides(&h)[1], "criteria-baseline-target");
    h.state_mut().send(Command::Redo);
    h.run_steps(2);
    // Saved in the plan, and read back.
    let out = tmp.path().join("slides.ntm");
    h.state_mut().send(Command::SaveAsPath(out.clone()));
    h.run_steps(2);
    let back = ntm_planner::format::load_file(&out).unwrap().plan;
    assert_eq!(back.presentation.slides, slides(&h));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("version: 3"));
    assert!(text.contains("presentation: ("));
}

#[test]
fn charts_page_shows_values_and_exports_and_copies() {
    let (tmp, _path, mut h) = open_lai_chau();
    show(&mut h, Page::Charts);
    // The first chart: its headline figure. (Values printed inside the plot are
    // painted, not widgets; the specs' tests check them.)
    h.get_by_label("4.503.481 triệu đồng");
    h.get_by_label("Cơ cấu nguồn vốn").click();
    h.run_steps(2);
    assert_eq!(h.state().chart_kind, ChartKind::FundingDonut);
    // The donut's legend carries every value and share.
    h.get_by_label("2.581.000 · 57,31%");
    h.get_by_label("1.066 · 0,02%");
    let out = tmp.path().join("donut.png");
    h.state_mut().send(Command::ExportChartTo(
        ChartKind::FundingDonut,
        ExportFormat::Png,
        (1280, 720),
        out.clone(),
    ));
    h.run_steps(2);
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(u32::from_be_bytes(bytes[16..20].try_into().unwrap()), 1280);
    assert_eq!(u32::from_be_bytes(bytes[20..24].try_into().unwrap()), 720);
    // Copy to the clipboard: the picture leaves through egui's output.
    h.get_by_label("Sao chép ảnh").click();
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyImage(img) => Some(img.size),
            _ => None,
        });
    assert_eq!(copied, Some([1920, 1080]));
}

fn plan<'a>(h: &'a Harness<'_, NtmApp>) -> &'a ntm_planner::Plan {
    &h.state().doc.as_ref().unwrap().plan
}

/// Replace the text of the field labelled `label` by typing, as a user does:
/// click, select all, type, Enter.
fn retype(h: &mut Harness<'_, NtmApp>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run_steps(2);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    h.get_by_label(label).type_text(text);
    h.run_steps(2);
    h.key_press(Key::Enter);
    h.run_steps(2);
}

/// The same for a multi-line field, where Enter is a new line: leave it with Esc.
fn retype_multiline(h: &mut Harness<'_, NtmApp>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run_steps(2);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    h.get_by_label(label).type_text(text);
    h.run_steps(2);
    h.key_press(Key::Escape);
    h.run_steps(2);
}

fn click(h: &mut Harness<'_, NtmApp>, label: &str) {
    h.get_by_label(label).click();
    // A selection shows its editor, whose panel takes its height a frame later.
    h.run_steps(4);
}

fn undo(h: &mut Harness<'_, NtmApp>) {
    h.key_press(Key::Escape);
    h.run_steps(1);
    h.state_mut().send(Command::Undo);
    h.run_steps(2);
}

#[test]
fn editing_the_funding_tree_add_rename_amount_remove_undo() {
    let (_tmp, _path, mut h) = open_lai_chau();
    show(&mut h, Page::Funding);
    let original = plan(&h).funding.clone();
    click(&mut h, "Vốn tín dụng");
    click(&mut h, "Thêm nguồn con");
    let credit = plan(&h).funding.find("tin-dung").unwrap().clone();
    assert_eq!(credit.children.len(), 1, "a sub-source is added");
    assert_eq!(
        credit.amount,
        Some(2581000.into()),
        "the leaf's amount becomes its stated total"
    );
    let new_id = credit.children[0].id.clone();
    retype(&mut h, "Tên nguồn vốn", "Vốn vay ưu đãi");
    retype(&mut h, "Số tiền (triệu đồng)", "1.500");
    let node = plan(&h).funding.find(&new_id).unwrap().clone();
    assert_eq!(node.name, "Vốn vay ưu đãi");
    assert_eq!(
        node.amount,
        Some(1500.into()),
        "\"1.500\" is one thousand five hundred"
    );
    // The parent now states 2.581.000 but its children add up to 1.500: shown, and a finding.
    h.get_by_label("2.581.000 ≠");
    let findings = ntm_planner::check::check(plan(&h));
    assert!(
        findings.iter().any(|f| {
            let m = f.message(ntm_planner::lang::Lang::Vi);
            m.contains("2.581.000") && m.contains("1.500")
        }),
        "{findings:#?}"
    );
    // Move it up (it is the only child: nothing to do) and remove it.
    click(&mut h, "Xóa nguồn này");
    assert!(plan(&h).funding.find(&new_id).is_none());
    // Undo, step by step, back to the plan as it was.
    undo(&mut h);
    assert_eq!(
        plan(&h).funding.find(&new_id).unwrap().amount,
        Some(1500.into())
    );
    for _ in 0..3 {
        undo(&mut h);
    }
    assert_eq!(plan(&h).funding, original);
}

#[test]
fn a_source_in_use_cannot_be_removed_and_sources_reorder() {
    let (_tmp, _path, mut h) = open_lai_chau();
    show(&mut h, Page::Funding);
    let before = plan(&h).funding.clone();
    click(&mut h, "Vốn trong nước");
    click(&mut h, "Xóa nguồn này");
    assert_eq!(plan(&h).funding, before, "projects use it: refused");
    assert!(
        h.state()
            .toasts
            .current()
            .any(|t| t.text.contains("Không xóa được “Vốn trong nước”")
                && t.text.contains("86 dự án"))
    );
    click(&mut h, "Vốn ngân sách Trung ương");
    click(&mut h, "Xóa nguồn này");
    assert_eq!(
        plan(&h).funding,
        before,
        "the allocation is based on it: refused"
    );
    // Reorder: the community source moves up one place.
    click(&mut h, "Vốn huy động cộng đồng dân cư");
    click(&mut h, "Lên");
    let ids: Vec<&str> = plan(&h)
        .funding
        .children
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["ns-tw", "ns-dp", "long-ghep", "cong-dong", "tin-dung"]
    );
    // The allocation editor: the unallocated amount typed the Vietnamese way.
    retype(&mut h, "Nội dung chưa phân bổ chi tiết", "16.000");
    let a = plan(&h).allocation.as_ref().unwrap();
    assert_eq!(a.unallocated.as_ref().unwrap().amount, 16000.into());
    h.get_by_label_contains("khác số vốn gốc");
    undo(&mut h);
    assert_eq!(
        plan(&h)
            .allocation
            .as_ref()
            .unwrap()
            .unallocated
            .as_ref()
            .unwrap()
            .amount,
        16089.into()
    );
}

fn rows(h: &mut Harness<'_, NtmApp>) -> Vec<String> {
    let app = h.state_mut();
    let doc = app.doc.as_ref().unwrap();
    let rev = doc.revision();
    let rows = app.projects_view.rows(&doc.plan, rev);
    rows.iter()
        .map(|&i| doc.plan.projects[i].id.clone())
        .collect()
}

#[test]
fn the_projects_table_filters_sorts_adds_edits_and_removes() {
    let (_tmp, _path, mut h) = open_lai_chau();
    show(&mut h, Page::Projects);
    h.get_by_label_contains("86 / 86 dự án · tổng vốn 74.098 triệu đồng · 63 theo cơ chế đặc thù");
    // Filter: special mechanism only.
    click(&mut h, "Lọc cơ chế đặc thù");
    click(&mut h, "Có");
    h.get_by_label_contains("63 / 86 dự án");
    click(&mut h, "Lọc cơ chế đặc thù");
    click(&mut h, "Tất cả");
    // Sort by amount: click the column title; again for the other way.
    click(&mut h, "Số tiền");
    let order = rows(&mut h);
    let amount = |h: &Harness<'_, NtmApp>, id: &str| {
        plan(h)
            .projects
            .iter()
            .find(|p| p.id == id)
            .unwrap()
            .total()
    };
    assert!(amount(&h, &order[0]) <= amount(&h, &order[1]));
    assert!(amount(&h, &order[0]) <= amount(&h, &order[85]));
    click(&mut h, "Số tiền ▲");
    let desc = rows(&mut h);
    assert!(amount(&h, &desc[0]) >= amount(&h, &desc[85]));
    // Add a project and fill it in.
    click(&mut h, "Thêm dự án");
    assert_eq!(plan(&h).projects.len(), 87);
    let id = plan(&h).projects[86].id.clone();
    assert_eq!(id, "DA-087");
    retype(&mut h, "Tên dự án", "Nhà văn hóa bản Nà Tăm");
    click(&mut h, "Thực hiện theo cơ chế đặc thù");
    click(&mut h, "Thêm nguồn vốn");
    h.get_by_label_contains("Vốn trong nước").click();
    h.run_steps(4);
    retype(&mut h, "Vốn từ Vốn trong nước", "1.250");
    retype(&mut h, "Ngày bắt đầu", "05/7/2025");
    let p = plan(&h).projects[86].clone();
    assert_eq!(p.name, "Nhà văn hóa bản Nà Tăm");
    assert!(p.special_mechanism);
    assert_eq!(p.total(), 1250.into());
    assert_eq!(p.start.map(|d| d.vi()), Some("05/07/2025".into()));
    h.get_by_label_contains("87 / 87 dự án · tổng vốn 75.348 triệu đồng · 64 theo cơ chế đặc thù");
    // The plan still saves: every reference holds.
    assert!(ntm_planner::format::validate::problems(plan(&h)).is_empty());
    // Remove it, then undo the removal.
    click(&mut h, "Xóa dự án");
    assert_eq!(plan(&h).projects.len(), 86);
    undo(&mut h);
    assert_eq!(plan(&h).projects[86].name, "Nhà văn hóa bản Nà Tăm");
}

#[test]
fn the_project_commune_picker_is_sorted_and_searchable() {
    let (_tmp, _path, mut h) = open_lai_chau();
    show(&mut h, Page::Projects);
    let first = plan(&h).projects[0].clone();
    click(&mut h, &first.name);
    click(&mut h, "Xã thực hiện");
    // Every commune is offered, in Vietnamese alphabetical order.
    let names: Vec<String> = plan(&h).communes.iter().map(|c| c.name.clone()).collect();
    let shown: Vec<String> = {
        let mut v: Vec<(f32, String)> = names
            .iter()
            .filter_map(|n| {
                // The list's rows, not the table's cells.
                h.query_all_by_label(n)
                    .filter(|node| node.accesskit_node().role() != egui::accesskit::Role::Label)
                    .map(|node| node.rect().min.y)
                    .reduce(f32::max)
                    .map(|y| (y, n.clone()))
            })
            .collect();
        v.sort_by(|a, b| a.0.total_cmp(&b.0));
        v.into_iter().map(|(_, n)| n).collect()
    };
    let mut sorted = names.clone();
    sorted.sort_by_cached_key(|n| ntm_planner::text::collation_key(n));
    let visible: Vec<&String> = sorted.iter().filter(|n| shown.contains(n)).collect();
    assert!(visible.len() >= 10, "the list shows many communes");
    assert_eq!(
        shown.iter().collect::<Vec<_>>(),
        visible,
        "in Vietnamese order"
    );
    // Type to filter, without accents.
    h.get_by_label("Tìm xã (gõ tên, không cần dấu)")
        .type_text("muong");
    h.run_steps(2);
    let muong: Vec<&String> = names
        .iter()
        .filter(|n| ntm_planner::text::fold(n).contains("muong"))
        .collect();
    assert!(muong.len() >= 2);
    for n in &names {
        let offered = h
            .query_all_by_label(n)
            .any(|node| node.accesskit_node().role() != egui::accesskit::Role::Label);
        let expected = muong.contains(&n)
            || first
                .commune
                .as_deref()
                .is_some_and(|c| plan(&h).communes.iter().any(|x| x.id == c && x.name == *n));
        if !expected {
            assert!(!offered, "{n} is filtered out");
        }
    }
    let pick = muong[0].clone();
    h.query_all_by_label(&pick)
        .find(|node| node.accesskit_node().role() != egui::accesskit::Role::Label)
        .unwrap()
        .click();
    h.run_steps(2);
    let id = plan(&h)
        .communes
        .iter()
        .find(|c| c.name == pick)
        .unwrap()
        .id
        .clone();
    assert_eq!(plan(&h).projects[0].commune.as_deref(), Some(id.as_str()));
}

#[test]
fn tasks_filter_by_agency_add_and_overdue() {
    let (_tmp, _path, mut h) = open_lai_chau();
    show(&mut h, Page::Tasks);
    let total = plan(&h).tasks.len();
    let nn = "Sở Nông nghiệp và Môi trường";
    let other = plan(&h)
        .tasks
        .iter()
        .find(|t| {
            t.agency != nn
                && !plan(&h)
                    .tasks
                    .iter()
                    .any(|u| u.agency == nn && u.text == t.text)
        })
        .unwrap()
        .text
        .clone();
    assert!(h.query_by_label(&other).is_some());
    click(&mut h, "Lọc theo cơ quan");
    // The list offers each agency with its number of tasks.
    h.get_by_label_contains("Sở Nông nghiệp và Môi trường (")
        .click();
    h.run_steps(2);
    assert_eq!(h.state().tasks_view.agency.as_deref(), Some(nn));
    assert!(
        h.query_by_label(&other).is_none(),
        "other agencies' tasks are hidden"
    );
    let overdue_before = h.query_all_by_label("quá hạn").count();
    let headings_before = h.query_all_by_label(nn).count();
    click(&mut h, "Thêm nhiệm vụ");
    assert_eq!(plan(&h).tasks.len(), total + 1);
    // The new task goes to the agency shown, after that agency's last task.
    let at = h.state().tasks_view.selected.unwrap();
    let last_nn = plan(&h).tasks[..at]
        .iter()
        .rposition(|t| t.agency == nn)
        .unwrap();
    assert_eq!(last_nn + 1, at);
    let t = plan(&h).tasks[at].clone();
    assert_eq!(t.agency, nn, "a new task goes to the agency shown");
    assert_eq!(
        h.query_all_by_label(nn).count(),
        headings_before,
        "the agency's heading is not repeated"
    );
    retype_multiline(
        &mut h,
        "Nội dung nhiệm vụ",
        "Tổng kết 5 năm xây dựng nông thôn mới",
    );
    retype(&mut h, "Thời hạn", "05/7/2020");
    retype(
        &mut h,
        "Tiêu chí liên quan (số, cách nhau bởi dấu phẩy)",
        "2, 17",
    );
    retype(
        &mut h,
        "Xã liên quan (tên xã, cách nhau bởi dấu phẩy)",
        "Bản Bo, ta leng",
    );
    let t = plan(&h).tasks[at].clone();
    assert_eq!(t.text, "Tổng kết 5 năm xây dựng nông thôn mới");
    assert_eq!(t.deadline.map(|d| d.vi()), Some("05/07/2020".into()));
    assert_eq!(t.criteria, ["2", "17"]);
    assert_eq!(
        t.communes,
        ["ban-bo", "ta-leng"],
        "names match without accents"
    );
    // Its deadline has passed and it is open: it stands out as overdue.
    assert_eq!(
        h.query_all_by_label("quá hạn").count(),
        overdue_before + 1,
        "one more overdue task shown"
    );
    assert!(ntm_planner::format::validate::problems(plan(&h)).is_empty());
    click(&mut h, "Đã hoàn thành");
    assert_eq!(
        plan(&h).tasks[at].status,
        ntm_planner::model::TaskStatus::Done
    );
    click(&mut h, "Xóa nhiệm vụ");
    assert_eq!(plan(&h).tasks.len(), total);
    undo(&mut h);
    assert_eq!(plan(&h).tasks.len(), total + 1);
}

fn field_text(h: &Harness<'_, NtmApp>, label: &str) -> String {
    h.get_by_label(label).value().unwrap_or_default()
}

fn field_invalid(h: &Harness<'_, NtmApp>, label: &str) -> bool {
    h.get_by_label(label)
        .accesskit_node()
        .data()
        .invalid()
        .is_some()
}

fn toasts(h: &Harness<'_, NtmApp>) -> Vec<String> {
    h.state().toasts.current().map(|t| t.text.clone()).collect()
}

#[test]
fn task_lists_keep_what_is_valid_and_mark_what_is_not() {
    let (_tmp, _path, mut h) = open_lai_chau();
    show(&mut h, Page::Tasks);
    let first = plan(&h).tasks[0].text.clone();
    let original_communes = plan(&h).tasks[0].communes.clone();
    click(&mut h, &first);
    let criteria = "Tiêu chí liên quan (số, cách nhau bởi dấu phẩy)";
    let communes = "Xã liên quan (tên xã, cách nhau bởi dấu phẩy)";
    retype(&mut h, criteria, "10, 11, 99");
    assert_eq!(
        plan(&h).tasks[0].criteria,
        ["10", "11"],
        "the known criteria are applied"
    );
    assert_eq!(
        field_text(&h, criteria),
        "10, 11, 99",
        "nothing typed is lost"
    );
    assert!(field_invalid(&h, criteria), "the field is marked");
    let notes = toasts(&h);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].contains("“99”"), "{notes:?}");
    // Frames later it is still there, marked, and said only once.
    h.run_steps(10);
    assert_eq!(field_text(&h, criteria), "10, 11, 99");
    assert_eq!(toasts(&h).len(), 1);
    // Committing the same text again says nothing new.
    retype(&mut h, criteria, "10, 11, 99");
    assert_eq!(toasts(&h).len(), 1);
    // Correcting it clears the mark.
    retype(&mut h, criteria, "10, 11, 12");
    assert_eq!(plan(&h).tasks[0].criteria, ["10", "11", "12"]);
    assert!(!field_invalid(&h, criteria));
    assert_eq!(field_text(&h, criteria), "10, 11, 12");

    retype(&mut h, communes, "muong mo, Xã Không Có");
    let ids = plan(&h).tasks[0].communes.clone();
    assert_eq!(ids, ["muong-mo"]);
    assert_eq!(field_text(&h, communes), "muong mo, Xã Không Có");
    assert!(field_invalid(&h, communes));
    assert!(
        toasts(&h)
            .iter()
            .any(|t| t.contains("“Xã Không Có”") && t.contains("các xã còn lại"))
    );
    // Undo puts the plan's list back, and the field shows it.
    undo(&mut h);
    h.run_steps(2);
    assert_eq!(plan(&h).tasks[0].communes, original_communes);
    assert!(field_text(&h, communes).starts_with("Sơn Bình, "));
    assert!(!field_invalid(&h, communes));
}

#[test]
fn the_agency_list_offers_no_placeholder_and_a_new_agency_has_one_heading() {
    let (_tmp, _path, mut h) = open_lai_chau();
    show(&mut h, Page::Tasks);
    let agencies_before: std::collections::BTreeSet<String> =
        plan(&h).tasks.iter().map(|t| t.agency.clone()).collect();
    // With no filter and no selection, a new task has no agency yet; nothing
    // invented is stored.
    click(&mut h, "Thêm nhiệm vụ");
    let at = h.state().tasks_view.selected.unwrap();
    assert_eq!(plan(&h).tasks[at].agency, "");
    assert!(h.query_by_label("(chưa có cơ quan chủ trì)").is_some());
    click(&mut h, "Chọn cơ quan");
    assert!(
        h.query_by_label("Cơ quan chủ trì").is_none(),
        "the placeholder is not offered as an agency"
    );
    h.key_press(Key::Escape);
    h.run_steps(2);
    retype(&mut h, "Cơ quan phụ trách", "Ban Dân tộc tỉnh");
    assert_eq!(plan(&h).tasks[at].agency, "Ban Dân tộc tỉnh");
    click(&mut h, "Thêm nhiệm vụ");
    let second = h.state().tasks_view.selected.unwrap();
    assert_eq!(second, at + 1, "next to the selected task's agency");
    assert_eq!(plan(&h).tasks[second].agency, "Ban Dân tộc tỉnh");
    assert_eq!(h.query_all_by_label("Ban Dân tộc tỉnh").count(), 1);
    let agencies_after: std::collections::BTreeSet<String> =
        plan(&h).tasks.iter().map(|t| t.agency.clone()).collect();
    assert_eq!(agencies_after.len(), agencies_before.len() + 1);
}

#[test]
fn an_invalid_number_is_kept_marked_and_reported_once() {
    let (_tmp, _path, mut h) = open_lai_chau();
    show(&mut h, Page::Funding);
    click(&mut h, "Vốn tín dụng");
    let label = "Số tiền (triệu đồng)";
    let before = plan(&h).funding.clone();
    for typed in ["-500", "abc"] {
        retype(&mut h, label, typed);
        h.run_steps(5);
        assert_eq!(plan(&h).funding, before, "{typed}: nothing changes");
        assert_eq!(field_text(&h, label), typed, "the text is kept");
        assert!(field_invalid(&h, label), "{typed}: the field is marked");
        let notes = toasts(&h);
        assert_eq!(
            notes.iter().filter(|t| t.contains(typed)).count(),
            1,
            "explained once: {notes:?}"
        );
    }
    // A valid amount clears the mark and is applied.
    retype(&mut h, label, "2.600.000");
    assert!(!field_invalid(&h, label));
    assert_eq!(
        plan(&h).funding.find("tin-dung").unwrap().amount,
        Some(rust_decimal::Decimal::from(2_600_000))
    );
    // A date that does not exist, in the window's language.
    show(&mut h, Page::Overview);
    retype(&mut h, "Ngày ban hành", "31/02/2025");
    assert_eq!(field_text(&h, "Ngày ban hành"), "31/02/2025");
    assert!(field_invalid(&h, "Ngày ban hành"));
    assert!(
        toasts(&h)
            .iter()
            .any(|t| t == "Tháng 02/2025 không có ngày 31."),
        "{:?}",
        toasts(&h)
    );
}

#[test]
fn a_national_project_list_lays_out_only_the_visible_rows() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = AppDirs::under(&tmp.path().join("home"));
    let big = ntm_planner::synthetic::national_plan(8000, 700, 16000, 1);
    let mut app = NtmApp::new(dirs, None);
    app.doc = Some(ntm_planner::document::Document::new(big));
    app.page = Page::Projects;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_context_setup(ntm_planner::app::fonts::install)
        .build_ui_state(|ui, app: &mut NtmApp| app.frame(ui), app);
    h.run_steps(3);
    h.get_by_label_contains("16.000 / 16.000 dự án");
    h.run_steps(10);
    // Only the rows on screen are widgets: all the labelled widgets of the window
    // are far fewer than the 16.000 rows (times 9 cells) a full table would make.
    // (How long a frame takes is measured in benches/matrix_view.rs, not here.)
    let shown = h.query_all_by_label_contains("").count();
    assert!(shown < 3000, "{shown} widgets laid out");
}
