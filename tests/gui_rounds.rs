//! The round with the communes in the window: File → Gửi xã… writes the work files
//! (the folder dialog's answer is sent as the command it sends), and the board of
//! "Tổng hợp từ thư mục…" — and of many files dropped on the window — shows a
//! missing commune, a conflict and a refused file, takes the clean returns and the
//! conflict decided, in one undo step.

use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use ntm_planner::Plan;
use ntm_planner::app::NtmApp;
use ntm_planner::app::command::Command;
use ntm_planner::document::Edit;
use ntm_planner::prefs::AppDirs;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn sample(name: &str) -> Plan {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(name);
    ntm_planner::format::load_file(&p).unwrap().plan
}

fn harness(app: NtmApp) -> Harness<'static, NtmApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .with_context_setup(ntm_planner::app::fonts::install)
        .build_ui_state(|ui, app: &mut NtmApp| app.frame(ui), app);
    h.run_steps(2);
    h
}

fn wait_for_job(h: &mut Harness<'_, NtmApp>) {
    h.run_steps(1);
    for _ in 0..12_000 {
        if !h.state().job_running() {
            h.run_steps(2);
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
    panic!("the job did not finish within a minute");
}

fn plan<'a>(h: &'a Harness<'_, NtmApp>) -> &'a Plan {
    &h.state().doc.as_ref().unwrap().plan
}

fn load(p: &Path) -> Plan {
    ntm_planner::format::load_file(p).unwrap().plan
}

fn save(plan: &Plan, p: &Path) {
    std::fs::write(p, ntm_planner::format::to_string(plan).unwrap()).unwrap();
}

/// The Lai Châu sample sent to every commune, into `DIR/gui-xa`: the plan, the folder.
fn sent_sample(dir: &Path) -> (Plan, PathBuf) {
    let original = sample("lai-chau-2025.ntm");
    let dir = dir.join("gui-xa");
    let options = ntm_planner::rounds::SendOptions::all(
        &original,
        ntm_planner::model::Date::parse("2026-03-02").unwrap(),
    );
    ntm_planner::rounds::send(
        &original,
        &dir,
        &options,
        &ntm_planner::progress::NoProgress,
    )
    .unwrap();
    (original, dir)
}

/// The first commune's work file, with a note written in it, merged in the window
/// with the plan open (saved into `tmp`): the harness once the merge is worked out,
/// and the commune's name.
fn merge_first_return(
    tmp: &Path,
    original: &Plan,
    dir: &Path,
) -> (Harness<'static, NtmApp>, String) {
    let name = original.communes[0].name.clone();
    let file = work_file(dir, &name);
    let mut w = load(&file);
    w.communes[0].note = "Đã rà soát".into();
    save(&w, &file);
    let path = tmp.join("lai-chau-2025.ntm");
    ntm_planner::format::save_file(original, &path).unwrap();
    let app = NtmApp::new(AppDirs::under(&tmp.join("home")), Some(path));
    let mut h = harness(app);
    h.state_mut().send(Command::MergeFrom(file));
    wait_for_job(&mut h);
    (h, name)
}

/// The work file of a commune in the sending's folder.
fn work_file(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!("{}.ntm", ntm_planner::rounds::file_stem(name)))
}

#[test]
fn send_then_gather_on_the_board_and_apply_in_one_step() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("lai-chau-2025.ntm");
    let original = sample("lai-chau-2025.ntm");
    ntm_planner::format::save_file(&original, &path).unwrap();
    let app = NtmApp::new(AppDirs::under(&tmp.path().join("home")), Some(path.clone()));
    let mut h = harness(app);
    let c: Vec<(String, String)> = original
        .communes
        .iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect();

    // File → Gửi xã…: every commune chosen.
    h.get_by_label("Tệp").click();
    h.run_steps(2);
    h.get_by_label("Gửi xã…").click();
    h.run_steps(3);
    h.get_by_label("Gửi xã");
    h.get_by_label_contains("Sẽ gửi 94 xã, trong đó 0 xã dùng phiếu Excel.");
    h.get_by_label("Tất cả dùng phiếu Excel").click();
    h.run_steps(2);
    h.get_by_label_contains("trong đó 94 xã dùng phiếu Excel");
    h.get_by_label("Tất cả dùng tệp .ntm").click();
    h.run_steps(2);
    // One commune gets an Excel form.
    h.get_by_label(&format!("{}: Phiếu Excel (.xlsx)", c[5].1))
        .click();
    h.run_steps(2);
    h.get_by_label_contains("trong đó 1 xã dùng phiếu Excel");
    let dir = tmp.path().join("gui-xa");
    h.state_mut().send(Command::SendTo(dir.clone()));
    wait_for_job(&mut h);
    assert!(h.state().send_to.is_none(), "the dialog closes once sent");
    assert!(dir.join("_gui-xa.ron").is_file());
    assert!(
        dir.join(format!("{}.xlsx", ntm_planner::rounds::file_stem(&c[5].1)))
            .is_file()
    );

    // The communes return: 0 with a note, 1 conflicting with the province, 2 also
    // changing commune 3's row (refused), 4 missing; a foreign plan in the folder.
    let mut w = load(&work_file(&dir, &c[0].1));
    w.communes[0].note = "Xã đã rà soát hồ sơ".into();
    save(&w, &work_file(&dir, &c[0].1));
    let mut w = load(&work_file(&dir, &c[1].1));
    w.communes[0].note = "Xã: hồ sơ đã đủ".into();
    save(&w, &work_file(&dir, &c[1].1));
    let mut w = load(&work_file(&dir, &c[2].1));
    let mut other = original.communes[3].clone();
    other.note = "sửa hộ".into();
    w.communes.push(other);
    save(&w, &work_file(&dir, &c[2].1));
    std::fs::remove_file(work_file(&dir, &c[4].1)).unwrap();
    save(&sample("lang-son-2023.ntm"), &dir.join("lang-son-2023.ntm"));
    // A plan that breaks its rules in three places.
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/bad_files/duplicate-commune.ntm"
        ),
        dir.join("ba-loi.ntm"),
    )
    .unwrap();
    // The province changed commune 1's note since sending.
    let mut mine = original.communes[1].clone();
    mine.note = "Tỉnh: bổ sung hồ sơ".into();
    h.state_mut()
        .doc
        .as_mut()
        .unwrap()
        .apply(Edit::Commune(1, Box::new(mine)), None);
    let before = plan(&h).clone();

    h.state_mut().send(Command::GatherFrom(dir.clone()));
    wait_for_job(&mut h);
    h.get_by_label_contains("Tổng hợp phiếu các xã:");
    h.get_by_label_contains(
        "94 xã: 1 đã gửi lại, 1 có xung đột, 90 không thay đổi, 1 chưa gửi lại; 3 tệp bị từ chối.",
    );
    h.get_by_label("Chưa gửi lại");
    h.get_by_label("Bị từ chối");
    h.get_by_label_contains("lang-son-2023.ntm: Kế hoạch của tỉnh Lạng Sơn năm 2023");
    // A file with several problems: the count and the first on its line, every one
    // in the detail on a click.
    let third = "không có xã \"na-tau\"";
    assert!(h.query_by_label_contains(third).is_none());
    h.get_by_label_contains("ba-loi.ntm: Không đọc được: kế hoạch có 3 lỗi; lỗi đầu tiên: dòng 75")
        .click();
    h.run_steps(2);
    h.get_by_label_contains(third);
    // The clean return is taken already; the conflicting one is not.
    let take0 = format!("Nhận {}", c[0].1);
    let take1 = format!("Nhận {}", c[1].1);
    let on = |h: &Harness<'_, NtmApp>, label: &str| {
        h.get_by_label(label).accesskit_node().toggled() == Some(egui::accesskit::Toggled::True)
    };
    assert!(on(&h, &take0));
    assert!(!on(&h, &take1));
    // The refused commune says why.
    // (the pointer comes to the line before it clicks, as a hand's does: a press
    // in the frame the pointer jumps there from the click before is not a click)
    h.get_by_label(&c[2].1).hover();
    h.run_steps(2);
    h.get_by_label(&c[2].1).click();
    h.run_steps(2);
    h.get_by_label_contains("ngoài phần của xã");
    // The conflict, decided for the commune.
    h.get_by_label(&c[1].1).click();
    h.run_steps(2);
    h.get_by_label("Xung đột (1)").click();
    h.run_steps(2);
    h.get_by_label_contains("Tỉnh: bổ sung hồ sơ");
    h.get_by_label_contains("Xã: hồ sơ đã đủ");
    h.get_by_label("Lấy bản gửi lên").click();
    h.run_steps(2);
    h.get_by_label(&take1).click();
    h.run_steps(2);
    assert_eq!(plan(&h), &before, "nothing changes before Apply");
    h.get_by_label("Áp dụng phiếu của 2 xã").click();
    h.run_steps(3);
    assert!(h.state().gather.is_none());
    assert_eq!(plan(&h).communes[0].note, "Xã đã rà soát hồ sơ");
    assert_eq!(plan(&h).communes[1].note, "Xã: hồ sơ đã đủ");
    assert_eq!(
        plan(&h).communes[3],
        original.communes[3],
        "the refused file changed nothing"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(plan(&h), &before, "one undo step takes the returns back");
}

/// A file dropped on the window, as the windowing layer hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn many_files_dropped_on_the_window_are_gathered() {
    let tmp = tempfile::tempdir().unwrap();
    let (original, dir) = sent_sample(tmp.path());
    let name = &original.communes[0].name;
    let mut w = load(&work_file(&dir, name));
    w.communes[0].note = "Đã rà soát".into();
    save(&w, &work_file(&dir, name));
    let path = tmp.path().join("lai-chau-2025.ntm");
    ntm_planner::format::save_file(&original, &path).unwrap();
    let app = NtmApp::new(AppDirs::under(&tmp.path().join("home")), Some(path));
    let mut h = harness(app);
    for n in [&original.communes[0].name, &original.communes[1].name] {
        h.input_mut()
            .dropped_files
            .push(std::sync::Arc::new(Dropped(work_file(&dir, n))));
    }
    h.run_steps(1);
    wait_for_job(&mut h);
    h.get_by_label_contains("Tổng hợp phiếu các xã: 2 tệp được thả vào cửa sổ");
    h.get_by_label_contains(
        "94 xã: 1 đã gửi lại, 0 có xung đột, 1 không thay đổi, 92 chưa gửi lại",
    );
    h.get_by_label("Áp dụng phiếu của 1 xã").click();
    h.run_steps(3);
    assert_eq!(plan(&h).communes[0].note, "Đã rà soát");
}

#[test]
fn merging_one_work_file_uses_the_plan_as_sent_from_its_manifest() {
    let tmp = tempfile::tempdir().unwrap();
    let (original, dir) = sent_sample(tmp.path());
    let (mut h, name) = merge_first_return(tmp.path(), &original, &dir);
    h.get_by_label("Bản chung gần nhất: _gui-xa.ron");
    h.get_by_label_contains(&format!("phần của 1 xã: {name}"));
    h.get_by_label("Sẽ nhận (1)");
    h.get_by_label("Hợp nhất").click();
    h.run_steps(3);
    assert_eq!(plan(&h).communes[0].note, "Đã rà soát");
    assert_eq!(plan(&h).communes[1..], original.communes[1..]);
}

/// A work file whose sending's manifest beside it cannot be used (the plan in it
/// breaks the plan's rules): the merge is worked out without the plan as sent, and the
/// dialog says why, in the language of the moment — it is not passed over in silence.
#[test]
fn a_manifest_that_cannot_be_used_is_said_in_the_merge_dialog() {
    let tmp = tempfile::tempdir().unwrap();
    let (original, dir) = sent_sample(tmp.path());
    // The second commune of the plan as sent takes the first one's id.
    let manifest = dir.join(ntm_planner::rounds::MANIFEST_FILE);
    let text = std::fs::read_to_string(&manifest).unwrap();
    let (first, second) = (&original.communes[0].id, &original.communes[1].id);
    let broken = text.replacen(
        &format!("(id: \"{second}\", name:"),
        &format!("(id: \"{first}\", name:"),
        2,
    );
    assert_ne!(broken, text);
    std::fs::write(&manifest, broken).unwrap();
    let (mut h, _) = merge_first_return(tmp.path(), &original, &dir);
    h.get_by_label("Chưa chọn bản chung gần nhất.");
    h.get_by_label_contains("Không dùng được danh sách gửi xã bên cạnh tệp này");
    // The duplicate id, and a project of the second commune now without its commune.
    h.get_by_label_contains("kế hoạch đã gửi có 2 lỗi");
    h.get_by_label_contains(&format!("mã xã \"{first}\" bị trùng"));
    h.state_mut()
        .send(Command::SetLang(ntm_planner::lang::Lang::En));
    h.run_steps(3);
    h.get_by_label_contains("The sending's manifest beside this work file cannot be used");
    h.get_by_label_contains(&format!("duplicate commune id \"{first}\""));
}
