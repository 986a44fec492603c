//! Sending the plan to the communes and gathering their returns: the whole round
//! trip through files, as offices do it by email.

use ntm_planner::Plan;
use ntm_planner::document::Document;
use ntm_planner::lang::Lang;
use ntm_planner::merge::Choice;
use ntm_planner::model::{Date, Project};
use ntm_planner::progress::NoProgress;
use ntm_planner::rounds::{Form, Refusal, SendOptions, Status, gather_dir, send};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

fn sample(name: &str) -> Plan {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(name);
    ntm_planner::format::load_file(&p).unwrap().plan
}

fn load(p: &Path) -> Plan {
    ntm_planner::format::load_file(p).unwrap().plan
}

fn save(plan: &Plan, p: &Path) {
    let text = ntm_planner::format::to_string(plan).unwrap();
    std::fs::write(p, text).unwrap();
}

struct Round {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    plan: Plan,
    files: HashMap<String, PathBuf>,
    /// The commune sent a workbook form.
    xlsx: usize,
}

/// The Lai Châu plan sent to every commune; one with unmet criteria (after the
/// first ten) gets a workbook form.
fn sent() -> Round {
    let plan = sample("lai-chau-2025.ntm");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("gui-xa");
    let mut options = SendOptions::all(&plan, Date::parse("2026-03-02").unwrap());
    let xlsx = (10..plan.communes.len())
        .find(|&i| !plan.communes[i].baseline_unmet.is_empty())
        .unwrap();
    options.communes[xlsx].1 = Form::Xlsx;
    options.plan_file = "lai-chau-2025.ntm".into();
    let out = send(&plan, &dir, &options, &NoProgress).unwrap();
    assert_eq!(out.files.len(), plan.communes.len());
    let manifest = ntm_planner::rounds::Manifest::load(&out.manifest).unwrap();
    let files = manifest
        .communes
        .iter()
        .map(|c| (c.id.clone(), dir.join(&c.file)))
        .collect();
    Round {
        _tmp: tmp,
        dir,
        plan,
        files,
        xlsx,
    }
}

#[test]
fn a_sending_writes_one_work_file_per_commune_and_a_manifest() {
    let r = sent();
    let c = &r.plan.communes[0];
    let work = load(&r.files[&c.id]);
    assert_eq!(work.communes.len(), 1);
    assert_eq!(work.communes[0], *c);
    assert_eq!(work.header, r.plan.header);
    assert_eq!(work.criteria_set, r.plan.criteria_set);
    assert_eq!(work.work_file.as_ref().unwrap().commune, c.id);
    assert!(
        work.projects
            .iter()
            .all(|p| p.commune.as_deref() == Some(c.id.as_str()))
    );
    assert!(r.files[&r.plan.communes[r.xlsx].id].extension().unwrap() == "xlsx");
    // Sending again into the same folder is refused unless replacing.
    let again = send(
        &r.plan,
        &r.dir,
        &SendOptions::all(&r.plan, Date::parse("2026-03-03").unwrap()),
        &NoProgress,
    );
    assert!(again.is_err());
    // Gathering at once: every commune unchanged, nothing to take.
    let board = gather_dir(&r.plan, &r.dir, None, &NoProgress).unwrap();
    assert_eq!(
        board.count(Status::Unchanged),
        r.plan.communes.len(),
        "{:?}",
        board.summary(Lang::Vi)
    );
    assert!(board.refused.is_empty(), "{:?}", board.refused);
    assert!(board.clean().is_empty());
}

#[test]
fn returns_are_gathered_checked_and_merged_in_one_undo_step() {
    let r = sent();
    let ids: Vec<String> = r.plan.communes.iter().map(|c| c.id.clone()).collect();
    let x = r.xlsx;
    let mut expected = r.plan.clone();

    // Commune 0 (a plan file): a note and criterion 17 not met at the target.
    let mut w = load(&r.files[&ids[0]]);
    w.communes[0].note = "Xã đã rà soát hồ sơ".into();
    if !w.communes[0].target_unmet.contains(&"17".to_string()) {
        w.communes[0].target_unmet.push("17".into());
        w.communes[0]
            .target_unmet
            .sort_by_key(|c| r.plan.criteria_set.index_of(c));
    }
    save(&w, &r.files[&ids[0]]);
    expected.communes[0] = w.communes[0].clone();

    // Commune 1: a new project of its own.
    let mut w = load(&r.files[&ids[1]]);
    let p = Project {
        id: "xa-moi-1".into(),
        name: "Nhà văn hóa bản Mới".into(),
        commune: Some(ids[1].clone()),
        ..Project::default()
    };
    w.projects.push(p.clone());
    save(&w, &r.files[&ids[1]]);
    let last = expected
        .projects
        .iter()
        .rposition(|x| x.commune.as_deref() == Some(ids[1].as_str()));
    match last {
        Some(i) => expected.projects.insert(i + 1, p),
        None => expected.projects.push(p),
    }

    // Commune x (the workbook form): its first unmet criterion met at the baseline
    // and the target.
    let sent2 = {
        let mut s = ntm_planner::merge::Scope::of([ids[x].clone()]).extract(&r.plan);
        let m = ntm_planner::rounds::Manifest::load(&r.dir.join("_gui-xa.ron")).unwrap();
        s.work_file = Some(ntm_planner::model::WorkFile {
            round: m.round,
            commune: ids[x].clone(),
            sent: m.sent,
        });
        s
    };
    let mut filled = sent2.clone();
    let code = filled.communes[0]
        .baseline_unmet
        .first()
        .cloned()
        .expect("commune 2 has an unmet criterion");
    filled.communes[0].baseline_unmet.retain(|c| *c != code);
    filled.communes[0].target_unmet.retain(|c| *c != code);
    let changed_2 = filled.communes[0] != sent2.communes[0];
    assert!(changed_2);
    std::fs::write(
        &r.files[&ids[x]],
        ntm_planner::rounds::form::to_bytes(&filled).unwrap(),
    )
    .unwrap();
    expected.communes[x] = filled.communes[0].clone();

    // Commune 3: the province changed its note since sending, the commune too.
    let mut ours = r.plan.clone();
    ours.communes[3].note = "Tỉnh: bổ sung hồ sơ".into();
    let mut w = load(&r.files[&ids[3]]);
    w.communes[3 - 3].note = "Xã: hồ sơ đã đủ".into();
    save(&w, &r.files[&ids[3]]);

    // Commune 4 touches commune 5's row: refused.
    let mut w = load(&r.files[&ids[4]]);
    let mut other = r.plan.communes[5].clone();
    other.note = "sửa hộ xã bên".into();
    w.communes.push(other);
    save(&w, &r.files[&ids[4]]);

    // Commune 6: two different files.
    let mut w = load(&r.files[&ids[6]]);
    w.communes[0].note = "bản 1".into();
    save(&w, &r.files[&ids[6]]);
    w.communes[0].note = "bản 2".into();
    save(&w, &r.dir.join("ban-sao-xa-6.ntm"));

    // Commune 7: missing.
    std::fs::remove_file(&r.files[&ids[7]]).unwrap();

    // A foreign plan, a corrupted file, something else.
    save(&sample("lang-son-2023.ntm"), &r.dir.join("lang-son.ntm"));
    let text = std::fs::read_to_string(&r.files[&ids[8]]).unwrap();
    std::fs::write(r.dir.join("hong.ntm"), &text[..text.len() / 2]).unwrap();
    std::fs::write(r.dir.join("ghi-chu.txt"), "thư gửi kèm").unwrap();
    // A plan that reads but breaks its rules in three places.
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/bad_files/duplicate-commune.ntm"
        ),
        r.dir.join("ba-loi.ntm"),
    )
    .unwrap();

    let board = gather_dir(&ours, &r.dir, None, &NoProgress).unwrap();
    let status = |i: usize| {
        board
            .lines
            .iter()
            .find(|l| l.commune == ids[i])
            .unwrap()
            .status
    };
    assert_eq!(status(0), Status::Returned, "{:?}", board.summary(Lang::Vi));
    assert_eq!(status(1), Status::Returned);
    assert_eq!(
        status(x),
        if changed_2 {
            Status::Returned
        } else {
            Status::Unchanged
        }
    );
    assert_eq!(status(3), Status::Conflicts);
    assert_eq!(status(4), Status::Refused);
    assert_eq!(status(6), Status::Refused);
    assert_eq!(status(7), Status::Missing);
    assert_eq!(status(9), Status::Unchanged);
    let why = board.line_return(&ids[4]).unwrap().refused.clone().unwrap();
    assert!(matches!(why, Refusal::TouchesOthers(_)), "{why:?}");
    assert!(
        why.message(Lang::Vi).contains(&r.plan.communes[5].name),
        "{}",
        why.message(Lang::Vi)
    );
    assert!(matches!(
        board.line_return(&ids[6]).unwrap().refused,
        Some(Refusal::Duplicate(_))
    ));
    let refused: HashMap<String, &Refusal> = board
        .refused
        .iter()
        .map(|(p, w)| (p.file_name().unwrap().to_string_lossy().into_owned(), w))
        .collect();
    assert!(
        matches!(refused["lang-son.ntm"], Refusal::Foreign { .. }),
        "{refused:?}"
    );
    assert!(matches!(refused["hong.ntm"], Refusal::Unreadable(_)));
    // Said in the language of the moment, the loader's located reason included.
    let vi = refused["hong.ntm"].message(Lang::Vi);
    let en = refused["hong.ntm"].message(Lang::En);
    assert!(vi.contains("dòng "), "{vi}");
    assert!(en.contains("line "), "{en}");
    assert!(!vi.contains("line ") && !en.contains("dòng "), "{vi}\n{en}");
    assert!(matches!(refused["ghi-chu.txt"], Refusal::NotAPlan));
    // Several problems: the board's line says how many and the first, on one line;
    // the whole list is kept for the window, and the command line says where to see it.
    let three = refused["ba-loi.ntm"];
    assert!(matches!(three, Refusal::Problems { n: 3, .. }), "{three:?}");
    for lang in [Lang::Vi, Lang::En] {
        let line = three.message(lang);
        assert!(!line.contains('\n') && line.contains('3'), "{line}");
        let all = three.details(lang).unwrap();
        assert_eq!(
            all.lines().filter(|l| l.starts_with("  - ")).count(),
            3,
            "{all}"
        );
        let first = all.lines().nth(1).unwrap().trim_start_matches("  - ");
        assert!(line.ends_with(first), "{line}\n{first}");
        let board_line = board
            .summary(lang)
            .into_iter()
            .find(|l| l.starts_with("ba-loi.ntm: "))
            .unwrap();
        let hint = format!(
            "ntm-planner check \"{}\"",
            r.dir.join("ba-loi.ntm").display()
        );
        let (first_line, second) = board_line.split_once('\n').unwrap();
        assert_eq!(first_line, format!("ba-loi.ntm: {line}"));
        assert!(
            second.starts_with("    (") && second.contains(&hint) && !second.contains('\n'),
            "{board_line}"
        );
    }
    assert!(refused["hong.ntm"].details(Lang::Vi).is_none());

    // Accept all clean returns, and the conflict one way, then the other.
    let mut accepted: HashSet<String> = board.clean().into_iter().collect();
    assert_eq!(accepted.len(), if changed_2 { 3 } else { 2 });
    accepted.insert(ids[3].clone());
    let conflict = board
        .line_return(&ids[3])
        .unwrap()
        .merge
        .as_ref()
        .unwrap()
        .conflicts[0]
        .id();
    assert_eq!(conflict, format!("communes[{}].note", ids[3]));

    let keep = board.result(&ours, &accepted, &HashMap::new()).unwrap();
    let mut want = expected.clone();
    want.communes[3].note = "Tỉnh: bổ sung hồ sơ".into();
    assert_eq!(keep, want, "keeping the province's note");

    let choices = HashMap::from([(
        ids[3].clone(),
        HashMap::from([(conflict, Choice::TakeTheirs)]),
    )]);
    let take = board.result(&ours, &accepted, &choices).unwrap();
    want.communes[3].note = "Xã: hồ sơ đã đủ".into();
    assert_eq!(take, want, "taking the commune's note");

    // One undo step.
    let mut doc = Document::new(ours.clone());
    doc.apply_labelled(
        board.edit(&ours, &accepted, &choices).unwrap(),
        "edit-gather",
    );
    assert_eq!(doc.plan, take);
    assert!(doc.undo());
    assert_eq!(doc.plan, ours);

    // The consolidation report.
    let out = r.dir.join("tong-hop.xlsx");
    ntm_planner::rounds::report::write(&board, &accepted, Lang::Vi, &out).unwrap();
    let sheets =
        ntm_planner::excel::import::xlsx_sheets(std::fs::File::open(&out).unwrap()).unwrap();
    assert_eq!(sheets, ["Tổng hợp", "Thay đổi", "Bị từ chối"]);
}

#[test]
fn cancel_stops_a_sending_and_a_gathering_and_leaves_nothing_behind() {
    let plan = sample("lai-chau-2025.ntm");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("gui-xa");
    let cancelled = ntm_planner::progress::SharedProgress::new();
    cancelled.cancel();
    let options = SendOptions::all(&plan, Date::parse("2026-03-02").unwrap());
    let r = send(&plan, &dir, &options, &cancelled);
    assert!(
        matches!(r, Err(ntm_planner::rounds::RoundError::Cancelled)),
        "{r:?}"
    );
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().collect();
    assert!(
        left.is_empty(),
        "a cancelled sending removes its files: {left:?}"
    );
    send(&plan, &dir, &options, &NoProgress).unwrap();
    let r = gather_dir(&plan, &dir, None, &cancelled);
    assert!(matches!(r, Err(ntm_planner::rounds::RoundError::Cancelled)));
}

/// Names that make one file name — the same name twice, ids that fold alike, names of
/// 42.000 letters cut to the same start — still give each commune a file of its own
/// (one file written over another would send a commune another's part), with names a
/// system accepts; each is gathered back to its commune.
#[test]
fn every_commune_gets_its_own_file_whatever_the_names() {
    let mut plan = sample("lai-chau-2025.ntm");
    let long = "Dài ".repeat(14_000);
    for (i, (id, name)) in [
        ("thu-a", "Xã Thử"),
        ("thu.a", "Xã Thử"),
        ("thu_a", "Xã Thử"),
        ("dai-1", long.as_str()),
        ("dai-2", long.as_str()),
    ]
    .into_iter()
    .enumerate()
    {
        plan.communes[i].id = id.to_string();
        plan.communes[i].name = name.to_string();
    }
    plan.projects.clear();
    plan.tasks.clear();
    plan.villages.clear();
    let problems = ntm_planner::format::validate::problems(&plan);
    assert!(problems.is_empty(), "{:?}", problems.list);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("gui-xa");
    let mut options = SendOptions::all(&plan, Date::parse("2026-03-02").unwrap());
    options.communes.truncate(5);
    let sent = send(&plan, &dir, &options, &NoProgress).unwrap();
    let names: HashSet<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ntm"))
        .collect();
    assert_eq!(names.len(), 5, "{names:?}");
    assert!(names.iter().all(|n| n.len() < 140), "{names:?}");
    let manifest = ntm_planner::rounds::Manifest::load(&sent.manifest).unwrap();
    assert_eq!(sent.files.len(), 5);
    for (id, _) in &options.communes {
        let c = manifest.commune(id).unwrap();
        let work = load(&dir.join(&c.file));
        assert_eq!(work.communes.len(), 1);
        assert_eq!(&work.communes[0].id, id, "{}", c.file);
    }
}
