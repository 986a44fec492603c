//! The communes since 1 July 2025 in the window, driven by label as a user would
//! (egui_kittest): a new plan for Lai Châu 2027 from the start page with the wards
//! unticked; the group of a selection of matrix rows set at once; a commune list
//! imported with its preview; a unit list imported and kept for the new-plan dialog.

use eframe::egui::{self, Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use ntm_planner::app::NtmApp;
use ntm_planner::app::command::{Command, Page};
use ntm_planner::app::dialogs::Dialog;
use ntm_planner::app::pages::criteria::matrix::{COL_W, FROZEN, HEADER_H, ROW_H};
use ntm_planner::new_plan::{NewPlan, placeholder};
use ntm_planner::prefs::AppDirs;
use std::path::Path;

fn harness(dirs: &AppDirs) -> Harness<'static, NtmApp> {
    let app = NtmApp::new(dirs.clone(), None);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_context_setup(ntm_planner::app::fonts::install)
        .build_ui_state(|ui, app: &mut NtmApp| app.frame(ui), app);
    h.run_steps(3);
    h
}

fn toggled(h: &Harness<'_, NtmApp>, label: &str) -> bool {
    matches!(
        h.get_by_label(label).accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True)
    )
}

/// A Lai Châu 2027 plan with its first `n` communes, opened in the window.
fn lai_chau_plan(h: &mut Harness<'_, NtmApp>, n: usize) {
    let set = ntm_planner::criteria_sets::by_name("2026-2030").unwrap();
    let register = ntm_planner::units::bundled::by_province("Lai Châu").unwrap();
    let mut spec = NewPlan::with_register(set, register, 2027);
    spec.include.truncate(n);
    h.state_mut().send(Command::CreatePlan(Box::new(spec)));
    h.run_steps(3);
}

#[test]
fn a_new_plan_for_lai_chau_2027_from_the_start_page_with_the_wards_unticked() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = harness(&AppDirs::under(tmp.path()));
    h.get_by_label("Tạo kế hoạch mới…").click();
    h.run_steps(3);
    assert!(matches!(h.state().dialog, Some(Dialog::NewPlan)));
    // The 2026–2030 set and Lai Châu's register come first.
    assert!(
        h.query_by_label_contains("Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026–2030")
            .is_some()
    );
    let form = h.state().new_plan.as_ref().unwrap();
    assert_eq!(form.spec().unwrap().province, "Lai Châu");
    assert!(
        h.query_by_label_contains("38 đơn vị (36 xã, 2 phường)")
            .is_some()
    );
    // The year, typed as a planner does.
    h.get_by_label("Năm kế hoạch").click();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Năm kế hoạch").type_text("2027");
    h.key_press(Key::Enter);
    h.run_steps(3);
    assert_eq!(h.state().new_plan.as_ref().unwrap().year, 2027);
    // Every xã ticked, the two wards not, with the rule that says when they take part.
    assert!(toggled(&h, "xã Mường Kim"));
    assert!(toggled(&h, "xã Tà Tổng"));
    assert!(!toggled(&h, "phường Tân Phong"));
    assert!(!toggled(&h, "phường Đoàn Kết"));
    assert!(h.query_by_label_contains("Phụ lục III").is_some());
    assert!(
        h.query_by_label_contains("Kế hoạch sẽ có 36 đơn vị")
            .is_some()
    );
    // The header it will have.
    assert!(
        h.query_by_label_contains("trên địa bàn tỉnh Lai Châu năm 2027")
            .is_some()
    );
    // Tick one ward in, then out again: 37, then 36.
    h.get_by_label("phường Đoàn Kết").click();
    h.run_steps(2);
    assert!(
        h.query_by_label_contains("Kế hoạch sẽ có 37 đơn vị")
            .is_some()
    );
    h.get_by_label("phường Đoàn Kết").click();
    h.run_steps(2);
    h.get_by_label("Tạo kế hoạch").click();
    h.run_steps(4);
    let plan = &h.state().doc.as_ref().expect("the plan is open").plan;
    assert_eq!(plan.communes.len(), 36);
    assert!(
        plan.communes
            .iter()
            .all(|c| c.kind.is_none() && c.group.is_none())
    );
    assert_eq!(plan.header.year, 2027);
    assert_eq!(plan.header.province, "Lai Châu");
    for t in [
        &plan.header.title,
        &plan.header.issuing_body,
        &plan.header.place,
    ] {
        assert_eq!(placeholder(t), None, "{t}");
    }
    assert!(h.state().dialog.is_none());
    // The overview lists the communes still without a group.
    assert!(h.query_by_label_contains("36 xã chưa chọn nhóm").is_some());
}

fn cell(h: &Harness<'_, NtmApp>, row: usize, col: usize) -> Pos2 {
    let origin = h
        .get_by_role_and_label(egui::accesskit::Role::Grid, "Ma trận tiêu chí")
        .rect()
        .min;
    let fw: f32 = FROZEN.iter().sum();
    Pos2::new(
        origin.x + fw + col as f32 * COL_W + COL_W / 2.0,
        origin.y + HEADER_H + row as f32 * ROW_H + ROW_H / 2.0,
    )
}

fn click_at(h: &mut Harness<'_, NtmApp>, pos: Pos2) {
    h.event(Event::PointerMoved(pos));
    for pressed in [true, false] {
        h.event(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    h.run_steps(2);
}

fn groups(h: &Harness<'_, NtmApp>) -> Vec<Option<u8>> {
    h.state()
        .doc
        .as_ref()
        .unwrap()
        .plan
        .communes
        .iter()
        .map(|c| c.group)
        .collect()
}

#[test]
fn the_group_of_a_selection_of_rows_is_set_at_once_and_undone_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = harness(&AppDirs::under(tmp.path()));
    lai_chau_plan(&mut h, 36);
    h.state_mut().send(Command::ShowPage(Page::Communes));
    h.run_steps(3);
    // Nothing selected: the group buttons wait for a selection.
    assert!(h.get_by_label("Nhóm 3").accesskit_node().is_disabled());
    let p = cell(&h, 0, 0);
    click_at(&mut h, p);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z); // the click toggled a cell: undone
    h.run_steps(2);
    for _ in 0..4 {
        h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowDown);
    }
    h.run_steps(2);
    assert_eq!(h.state().matrix.selection().unwrap().0, 0..=4);
    h.get_by_label("Nhóm 3").click();
    h.run_steps(3);
    let g = groups(&h);
    assert_eq!(&g[..5], &[Some(3); 5]);
    assert!(g[5..].iter().all(Option::is_none));
    let findings = h.state_mut().analysis().unwrap().1.to_vec();
    assert!(
        findings
            .iter()
            .any(|f| f.message_vi.starts_with("31 xã chưa chọn nhóm"))
    );
    // One undo step takes all five back.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(groups(&h).iter().all(Option::is_none));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run_steps(2);
    assert_eq!(&groups(&h)[..5], &[Some(3); 5]);
    // The group filter shows the communes without a group.
    h.state_mut().matrix.query.group = Some(ntm_planner::matrix::NO_GROUP);
    h.run_steps(2);
    let shown = h.state_mut().analysis().map(|_| ()).is_some();
    assert!(shown);
    let rows = {
        let st = h.state();
        let doc = st.doc.as_ref().unwrap();
        st.matrix.query.rows(&doc.plan, &[])
    };
    assert_eq!(rows.len(), 31);
}

#[test]
fn a_commune_list_is_previewed_then_accepted_in_one_step() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = harness(&AppDirs::under(&tmp.path().join("home")));
    lai_chau_plan(&mut h, 3); // Mường Kim, Khoen On, Than Uyên
    let list = tmp.path().join("danh-sach-xa.csv");
    std::fs::write(
        &list,
        "Tên xã;Nhóm;Mã\nMường Kim;3;\nKhoen On;3;\nTả Lèng;3;\nBình Lư;2;\nMuong Kim;3;\nNậm Tăm;7;\n",
    )
    .unwrap();
    h.state_mut().send(Command::ImportCommunesFrom(list));
    h.run_steps(3);
    assert!(matches!(h.state().dialog, Some(Dialog::CommuneList)));
    assert!(
        h.query_by_label_contains(
            "2 xã mới, 2 xã khớp (2 xã đổi nhóm, mã hoặc loại), 2 dòng có vấn đề"
        )
        .is_some()
    );
    assert!(h.query_by_label_contains("Tả Lèng").is_some());
    h.get_by_label("Có vấn đề (2)").click();
    h.run_steps(2);
    assert!(
        h.query_by_label_contains("gần trùng tên xã Mường Kim")
            .is_some()
    );
    assert!(h.query_by_label_contains("không có nhóm 7").is_some());
    // Nothing has changed yet.
    assert_eq!(h.state().doc.as_ref().unwrap().plan.communes.len(), 3);
    h.get_by_label("Chấp nhận").click();
    h.run_steps(3);
    let plan = &h.state().doc.as_ref().unwrap().plan;
    assert_eq!(plan.communes.len(), 5);
    assert_eq!(plan.communes[3].name, "Tả Lèng");
    assert_eq!(plan.communes[3].code.as_deref(), Some("03405"));
    assert_eq!(plan.communes[4].group, Some(2));
    assert_eq!(plan.communes[0].group, Some(3));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    let plan = &h.state().doc.as_ref().unwrap().plan;
    assert_eq!(plan.communes.len(), 3);
    assert!(plan.communes.iter().all(|c| c.group.is_none()));
}

#[test]
fn a_unit_list_is_read_kept_and_offered_for_a_new_plan() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = AppDirs::under(tmp.path());
    let mut h = harness(&dirs);
    h.get_by_label("Tạo kế hoạch mới…").click();
    h.run_steps(3);
    let table = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/reform-2025/lai-chau-lang-son-units-2025.csv");
    h.state_mut().send(Command::ImportUnitsFrom(table));
    // The list is read on a thread.
    for _ in 0..400 {
        h.run_steps(1);
        if matches!(h.state().dialog, Some(Dialog::UnitList)) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(matches!(h.state().dialog, Some(Dialog::UnitList)));
    h.run_steps(2);
    assert!(
        h.query_by_label_contains("Đọc 302 dòng: 2 tỉnh, 103 đơn vị; 0 dòng không dùng được.")
            .is_some()
    );
    // Lạng Sơn, chosen in the list of the file's provinces.
    h.get_by_label("Tỉnh").click();
    h.run_steps(2);
    h.get_by_label("tỉnh Lạng Sơn").click();
    h.run_steps(2);
    assert!(
        h.query_by_label_contains("65 đơn vị (61 xã, 4 phường), từ 194 đơn vị cũ")
            .is_some()
    );
    h.get_by_label("Lưu danh mục tỉnh Lạng Sơn").click();
    h.run_steps(3);
    assert!(dirs.data.join("units/lang-son.ron").is_file());
    // Back in the new-plan dialog, with the imported register chosen.
    assert!(matches!(h.state().dialog, Some(Dialog::NewPlan)));
    let form = h.state().new_plan.as_ref().unwrap();
    let spec = form.spec().unwrap();
    assert_eq!(spec.province, "Lạng Sơn");
    assert_eq!(spec.include.len(), 61);
    let chosen = match &form.province {
        ntm_planner::app::dialogs::new_plan::Province::Register(i) => &form.registers[*i],
        other => panic!("{other:?}"),
    };
    assert!(matches!(
        chosen.source,
        ntm_planner::units::store::Source::Imported(_)
    ));
}

#[test]
fn the_criteria_set_shows_what_is_unconfirmed_and_takes_a_provinces_indicators() {
    let tmp = tempfile::tempdir().unwrap();
    let mut h = harness(&AppDirs::under(&tmp.path().join("home")));
    lai_chau_plan(&mut h, 36);
    h.state_mut().send(Command::ShowPage(Page::Communes));
    h.run_steps(2);
    h.get_by_label("Bộ tiêu chí").click();
    h.run_steps(3);
    assert!(
        h.query_by_label_contains("Chưa được xác nhận với văn bản chính thức")
            .is_some()
    );
    assert!(h.query_by_label_contains("The 47 indicators").is_some());
    assert!(
        h.query_by_label_contains("Mức công nhận trong giai đoạn: NTM, NTM hiện đại")
            .is_some()
    );
    let file = tmp.path().join("chi-tieu.csv");
    std::fs::write(
        &file,
        "Mã chỉ tiêu;Tên chỉ tiêu;Nhóm 1;Nhóm 2;Nhóm 3\n2.1;Tỷ lệ đường xã được nhựa hóa;100%;≥ 90%;≥ 70%\n12.1;Sai tiêu chí;;;\n",
    )
    .unwrap();
    h.state_mut().send(Command::ImportIndicatorsFrom(file));
    h.run_steps(3);
    assert!(
        h.query_by_label_contains("1 chỉ tiêu (1 tiêu chí), 1 dòng không dùng được")
            .is_some()
    );
    h.get_by_label("Dùng danh sách này").click();
    h.run_steps(3);
    let set = &h.state().doc.as_ref().unwrap().plan.criteria_set;
    assert_eq!(set.indicator_list.len(), 1);
    assert_eq!(set.indicator_list[0].threshold(Some(3)), Some("≥ 70%"));
    assert!(
        h.query_by_label_contains("Tỷ lệ đường xã được nhựa hóa")
            .is_some()
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(
        h.state()
            .doc
            .as_ref()
            .unwrap()
            .plan
            .criteria_set
            .indicator_list
            .is_empty()
    );
}

/// A register in the data folder that cannot be used is named in the new-plan dialog
/// with why (its line, its problems), in the language of the moment; the shipped
/// registers are still offered.
#[test]
fn a_broken_register_in_the_data_folder_is_named_in_the_new_plan_dialog() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = AppDirs::under(tmp.path());
    let kept = dirs.data.join("units");
    std::fs::create_dir_all(&kept).unwrap();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_units");
    for name in ["register-truncated.ron", "register-duplicate-code.ron"] {
        std::fs::copy(corpus.join(name), kept.join(name)).unwrap();
    }
    let mut h = harness(&dirs);
    h.get_by_label("Tạo kế hoạch mới…").click();
    h.run_steps(3);
    assert!(matches!(h.state().dialog, Some(Dialog::NewPlan)));
    assert!(
        h.query_by_label_contains("register-truncated.ron: dòng 60, cột 27: tệp kết thúc quá sớm")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("register-duplicate-code.ron có 1 chỗ không khớp")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("Mã 100 dùng cho hai đơn vị: xã Nậm Một và xã Nậm Hai.")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("38 đơn vị (36 xã, 2 phường)")
            .is_some()
    );
    h.state_mut()
        .send(Command::SetLang(ntm_planner::lang::Lang::En));
    h.run_steps(3);
    assert!(
        h.query_by_label_contains(
            "register-truncated.ron: line 60, column 27: the file ends too early"
        )
        .is_some()
    );
    assert!(
        h.query_by_label_contains("Code 100 is used for two units: xã Nậm Một and xã Nậm Hai.")
            .is_some()
    );
}
