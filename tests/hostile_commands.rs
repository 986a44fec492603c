//! Every input of the bad-input corpus through every command of the program, and
//! through the window's load path, each as a real process under a memory cap (1,5 GB
//! of address space) and a time limit: it may refuse the file, never panic, abort,
//! run out of memory or hang.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const MEMORY_KB: u64 = 1_500_000;
const TIME: Duration = Duration::from_secs(180);
const WINDOW_CHILD: &str = "HOSTILE_WINDOW_LOAD";

fn root(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(p)
}

fn corpus(folder: &str, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root(folder))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    v.sort();
    v
}

/// Run a program with its arguments under the memory cap; the outcome as a line, or
/// a failure (a panic, a signal, a hang).
fn capped(
    program: &Path,
    args: &[&std::ffi::OsStr],
    env: Option<(&str, &Path)>,
) -> Result<i32, String> {
    capped_within(program, args, env, TIME).map(|(code, _)| code)
}

/// [`capped`] with its own time limit: the exit code and what it wrote to stderr.
fn capped_within(
    program: &Path,
    args: &[&std::ffi::OsStr],
    env: Option<(&str, &Path)>,
    time: Duration,
) -> Result<(i32, String), String> {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("ulimit -v {MEMORY_KB}; exec \"$0\" \"$@\""))
        .arg(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if let Some((k, v)) = env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().map_err(|e| e.to_string())?;
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            let mut err = String::new();
            if let Some(mut e) = child.stderr.take() {
                use std::io::Read;
                let _ = e.read_to_string(&mut err);
            }
            return match status.code() {
                Some(101) => Err(format!(
                    "panicked: {}",
                    err.lines().take(3).collect::<Vec<_>>().join(" | ")
                )),
                Some(c) => Ok((c, err)),
                None => Err(format!(
                    "killed by a signal (abort, out of memory): {status:?} {}",
                    err.lines().take(3).collect::<Vec<_>>().join(" | ")
                )),
            };
        }
        if start.elapsed() > time {
            let _ = child.kill();
            return Err(format!("still running after {time:?}"));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The communes' work files of `plan` and its manifest, written into `dir` by the
/// `send` command.
fn send(bin: &Path, plan: &Path, dir: &Path) -> PathBuf {
    let status = Command::new(bin)
        .args([
            "send".as_ref(),
            plan.as_os_str(),
            "--out".as_ref(),
            dir.as_os_str(),
        ])
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    dir.to_path_buf()
}

/// The window's load path, in a child: open the document, compute its figures and
/// findings (or the figures' error), build its charts.
#[test]
fn window_load_child() {
    let Some(path) = std::env::var_os(WINDOW_CHILD) else {
        return;
    };
    let path = PathBuf::from(path);
    match ntm_planner::document::Document::open(&path) {
        Ok(doc) => {
            let (figures, findings) = match ntm_planner::figures::compute(&doc.plan) {
                Ok(f) => {
                    let c = ntm_planner::check::check_with(&doc.plan, &f);
                    (f, c)
                }
                Err(e) => (
                    ntm_planner::figures::compute_without_money(&doc.plan),
                    ntm_planner::check::check_failed(&doc.plan, &e),
                ),
            };
            // Every chart as the window draws it and exports it (names shortened to
            // fit, whatever their length).
            for spec in ntm_planner::charts::ChartSpec::all(
                &doc.plan,
                &figures,
                ntm_planner::lang::Lang::Vi,
            ) {
                let _ = ntm_planner::charts::svg::render(&spec, 1280, 720);
            }
            assert!(findings.len() < 10_000_000);
        }
        Err(e) => {
            let _ = e.message(ntm_planner::lang::Lang::Vi);
        }
    }
}

#[test]
fn every_bad_plan_through_every_command_and_the_window() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_ntm-planner"));
    let me = std::env::current_exe().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let sample = root("tests/data/small-2026.ntm");
    let mut failures = Vec::new();
    let mut runs = 0;
    for file in corpus("tests/bad_files", "ntm") {
        // Work on a copy: `fmt` and `export` write beside it.
        let copy = tmp.path().join(file.file_name().unwrap());
        std::fs::copy(&file, &copy).unwrap();
        let out_svg = tmp.path().join("chart.svg");
        let out_xlsx = tmp.path().join("out.xlsx");
        let f = copy.as_os_str();
        let commands: Vec<Vec<&std::ffi::OsStr>> = vec![
            vec!["check".as_ref(), f],
            vec!["check".as_ref(), "--lang".as_ref(), "en".as_ref(), f],
            vec!["summary".as_ref(), f],
            vec!["summary".as_ref(), "--json".as_ref(), f],
            vec!["fmt".as_ref(), "--check".as_ref(), f],
            vec![
                "chart".as_ref(),
                f,
                "--kind".as_ref(),
                "funding-donut".as_ref(),
                "--out".as_ref(),
                out_svg.as_os_str(),
            ],
            vec![
                "export".as_ref(),
                f,
                "--xlsx".as_ref(),
                out_xlsx.as_os_str(),
            ],
            vec!["diff".as_ref(), sample.as_os_str(), f],
        ];
        for args in &commands {
            runs += 1;
            if let Err(e) = capped(&bin, args, None) {
                failures.push(format!("{} {:?}: {e}", file.display(), args[0]));
            }
        }
        runs += 1;
        let child_args: Vec<&std::ffi::OsStr> = vec![
            "--exact".as_ref(),
            "window_load_child".as_ref(),
            "--test-threads=1".as_ref(),
        ];
        if let Err(e) = capped(&me, &child_args, Some((WINDOW_CHILD, &copy))) {
            failures.push(format!("{} window load: {e}", file.display()));
        }
    }
    eprintln!("{runs} runs under a {MEMORY_KB} KB memory cap");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_bad_workbook_and_csv_through_the_import_command() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_ntm-planner"));
    let tmp = tempfile::tempdir().unwrap();
    let plan = root("tests/data/small-2026.ntm");
    let mut failures = Vec::new();
    let mut inputs = corpus("tests/bad_workbooks", "xlsx");
    inputs.extend(corpus("tests/bad_csv", "csv"));
    for file in inputs {
        let out = tmp.path().join("out.ntm");
        let args: Vec<&std::ffi::OsStr> = vec![
            "import".as_ref(),
            plan.as_os_str(),
            "--xlsx".as_ref(),
            file.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ];
        if let Err(e) = capped(&bin, &args, None) {
            failures.push(format!("{}: {e}", file.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every bad register and unit list (tests/bad_units) through the commands that read
/// them: `units show FILE.ron`, `carry --register FILE.ron`, a broken register kept in
/// the data folder (read by `units list`, as by the window's new-plan dialog), and
/// `units import` of a list, with and without a province.
#[test]
fn every_bad_register_and_unit_list_through_the_unit_commands() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_ntm-planner"));
    let tmp = tempfile::tempdir().unwrap();
    let plan = root("tests/data/small-2026.ntm");
    let mut failures = Vec::new();
    let mut runs = 0;
    let mut inputs = corpus("tests/bad_units", "ron");
    inputs.extend(corpus("tests/bad_units", "csv"));
    inputs.extend(corpus("tests/bad_units", "xlsx"));
    assert!(inputs.len() >= 17);
    for (n, file) in inputs.iter().enumerate() {
        // A data folder of its own, holding the file as a kept register.
        let home = tmp.path().join(format!("home-{n}"));
        let kept = home.join("data").join("units");
        std::fs::create_dir_all(&kept).unwrap();
        let out = tmp.path().join(format!("out-{n}.ron"));
        let next = tmp.path().join(format!("next-{n}.ntm"));
        let f = file.as_os_str();
        let commands: Vec<Vec<&std::ffi::OsStr>> = if file.extension().is_some_and(|e| e == "ron") {
            std::fs::copy(file, kept.join(file.file_name().unwrap())).unwrap();
            vec![
                vec!["units".as_ref(), "show".as_ref(), f],
                vec!["units".as_ref(), "list".as_ref()],
                vec![
                    "carry".as_ref(),
                    plan.as_os_str(),
                    "--out".as_ref(),
                    next.as_os_str(),
                    "--register".as_ref(),
                    f,
                ],
            ]
        } else {
            vec![
                vec!["units".as_ref(), "import".as_ref(), f],
                vec![
                    "units".as_ref(),
                    "import".as_ref(),
                    f,
                    "--province".as_ref(),
                    "Lai Châu".as_ref(),
                    "--out".as_ref(),
                    out.as_os_str(),
                ],
            ]
        };
        for args in &commands {
            runs += 1;
            if let Err(e) = capped(&bin, args, Some(("NTM_PLANNER_HOME", &home))) {
                failures.push(format!("{} {:?}: {e}", file.display(), args));
            }
        }
    }
    eprintln!("{runs} runs under a {MEMORY_KB} KB memory cap");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every bad criteria crosswalk (tests/bad_crosswalks) through `carry --crosswalk`
/// across the 2025 reorganization, and every bad manifest of a sending
/// (tests/bad_manifests) through `gather`, with returns to merge: the returns of a
/// real sending of the small sample, the manifest's sending identity made theirs so
/// that each return is read, matched and merged against the manifest's plan.
#[test]
fn every_bad_crosswalk_and_manifest_through_carry_and_gather() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_ntm-planner"));
    let tmp = tempfile::tempdir().unwrap();
    let old_plan = root("assets/samples/lai-chau-2025.ntm");
    let mut failures = Vec::new();
    let mut runs = 0;
    let crosswalks = corpus("tests/bad_crosswalks", "ron");
    assert!(crosswalks.len() >= 13);
    for (n, file) in crosswalks.iter().enumerate() {
        let next = tmp.path().join(format!("next-{n}.ntm"));
        let args: Vec<&std::ffi::OsStr> = vec![
            "carry".as_ref(),
            old_plan.as_os_str(),
            "--out".as_ref(),
            next.as_os_str(),
            "--crosswalk".as_ref(),
            file.as_os_str(),
        ];
        runs += 1;
        if let Err(e) = capped(&bin, &args, None) {
            failures.push(format!("{}: {e}", file.display()));
        }
    }
    // A real sending, and one return changed, so that gathering has work to merge.
    let plan = root("tests/data/small-2026.ntm");
    let sent = send(&bin, &plan, &tmp.path().join("sent"));
    let manifest = std::fs::read_to_string(sent.join("_gui-xa.ron")).unwrap();
    let round = manifest
        .split("round: \"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_string();
    let returned = sent.join("muong-nhe.ntm");
    let text = std::fs::read_to_string(&returned).unwrap();
    let changed = text.replacen("target_unmet: [\"7\"]", "target_unmet: []", 1);
    assert_ne!(text, changed);
    std::fs::write(&returned, changed).unwrap();
    let manifests = corpus("tests/bad_manifests", "ron");
    assert!(manifests.len() >= 15);
    for (n, file) in manifests.iter().enumerate() {
        let bytes = std::fs::read(file).unwrap();
        let ours = String::from_utf8(bytes.clone())
            .map(|t| t.replace("0123456789ab", &round).into_bytes())
            .unwrap_or(bytes);
        let given = tmp.path().join(format!("manifest-{n}.ron"));
        std::fs::write(&given, ours).unwrap();
        let out = tmp.path().join(format!("gathered-{n}.ntm"));
        let report = tmp.path().join(format!("report-{n}.xlsx"));
        let m = given.as_os_str();
        for args in [
            vec![
                "gather".as_ref(),
                plan.as_os_str(),
                "--from".as_ref(),
                sent.as_os_str(),
                "--manifest".as_ref(),
                m,
            ],
            vec![
                "gather".as_ref(),
                plan.as_os_str(),
                "--from".as_ref(),
                sent.as_os_str(),
                "--manifest".as_ref(),
                m,
                "--accept".as_ref(),
                "all".as_ref(),
                "--conflicts".as_ref(),
                "take".as_ref(),
                "--out".as_ref(),
                out.as_os_str(),
                "--report".as_ref(),
                report.as_os_str(),
            ],
        ] {
            runs += 1;
            if let Err(e) = capped(&bin, &args, None) {
                failures.push(format!("{} {:?}: {e}", file.display(), args));
            }
        }
    }
    eprintln!("{runs} runs under a {MEMORY_KB} KB memory cap");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Returned work files from elsewhere: every bad plan (tests/bad_files) and every bad
/// workbook (tests/bad_workbooks, as a returned form) in the folder of a real sending,
/// beside the communes' own returns, through `gather` — each refused or read, the
/// good returns taken, under the memory cap.
#[test]
fn every_bad_plan_and_workbook_as_a_returned_file_through_gather() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_ntm-planner"));
    let tmp = tempfile::tempdir().unwrap();
    let plan = root("tests/data/small-2026.ntm");
    let sent = send(&bin, &plan, &tmp.path().join("sent"));
    let mut n = 0;
    for file in corpus("tests/bad_files", "ntm")
        .into_iter()
        .chain(corpus("tests/bad_workbooks", "xlsx"))
    {
        std::fs::copy(&file, sent.join(file.file_name().unwrap())).unwrap();
        n += 1;
    }
    assert!(n >= 70, "{n} files");
    let out = tmp.path().join("gathered.ntm");
    let report = tmp.path().join("report.xlsx");
    let mut failures = Vec::new();
    for extra in [
        vec![],
        vec![
            "--accept".as_ref(),
            "all".as_ref(),
            "--out".as_ref(),
            out.as_os_str(),
            "--report".as_ref(),
            report.as_os_str(),
        ],
    ] {
        let mut args: Vec<&std::ffi::OsStr> = vec![
            "gather".as_ref(),
            plan.as_os_str(),
            "--from".as_ref(),
            sent.as_os_str(),
        ];
        args.extend(extra);
        match capped(&bin, &args, None) {
            // 1: files refused (every bad one), the rest taken.
            Ok(1) => {}
            Ok(c) => failures.push(format!("{args:?}: exit {c}")),
            Err(e) => failures.push(format!("{args:?}: {e}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The communes' own returns were taken into the plan written.
    let gathered = ntm_planner::format::load_file(&out).unwrap().plan;
    let original = ntm_planner::format::load_file(&plan).unwrap().plan;
    assert_eq!(gathered.communes, original.communes);
}

/// A pipe and a device given where a file is read: refused at once with their reason,
/// never read (a pipe nobody writes to waits for ever; a device never ends).
#[test]
fn a_pipe_or_a_device_named_as_a_file_is_refused_not_waited_on() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_ntm-planner"));
    let tmp = tempfile::tempdir().unwrap();
    let t = |name: &str| tmp.path().join(name).display().to_string();
    let good = root("tests/data/small-2026.ntm").display().to_string();
    let old = root("assets/samples/lai-chau-2025.ntm")
        .display()
        .to_string();
    let sent = send(&bin, Path::new(&good), &tmp.path().join("sent"));
    let sent = sent.display().to_string();
    let fifo = t("pipe.ntm");
    // (a register is named by a path ending in .ron, else it is a province's name)
    let fifo_ron = t("pipe.ron");
    let made = Command::new("mkfifo")
        .args([&fifo, &fifo_ron])
        .status()
        .unwrap();
    assert!(made.success());
    let mut failures = Vec::new();
    for special in [fifo.as_str(), "/dev/zero"] {
        let s = special.to_string();
        let mut commands: Vec<Vec<String>> = vec![
            vec!["check".into(), s.clone()],
            vec!["summary".into(), s.clone()],
            vec!["fmt".into(), "--check".into(), s.clone()],
            vec!["export".into(), s.clone(), "--xlsx".into(), t("x.xlsx")],
            vec!["diff".into(), good.clone(), s.clone()],
            vec![
                "import".into(),
                good.clone(),
                "--xlsx".into(),
                s.clone(),
                "--out".into(),
                t("o.ntm"),
            ],
            vec![
                "carry".into(),
                old.clone(),
                "--crosswalk".into(),
                s.clone(),
                "--out".into(),
                t("n.ntm"),
            ],
            vec![
                "gather".into(),
                good.clone(),
                "--from".into(),
                sent.clone(),
                "--manifest".into(),
                s.clone(),
            ],
            vec!["units".into(), "import".into(), s.clone()],
            vec!["document".into(), s.clone(), "--docx".into(), t("d.docx")],
            vec!["deck".into(), s.clone(), "--pdf".into(), t("d.pdf")],
        ];
        if special == fifo {
            commands.push(vec!["units".into(), "show".into(), fifo_ron.clone()]);
        }
        for args in &commands {
            let given: Vec<&std::ffi::OsStr> = args
                .iter()
                .map(|a| a.as_ref())
                .chain(["--lang".as_ref(), "en".as_ref()])
                .collect();
            // (a panic, a signal or 30 s without an answer is an Err)
            match capped_within(&bin, &given, None, Duration::from_secs(30)) {
                Err(e) => failures.push(format!("{args:?}: {e}")),
                Ok((0, err)) => failures.push(format!("{args:?}: exit 0 {err}")),
                Ok((_, err))
                    if !err.contains("it is not a file but a device, a pipe or a socket") =>
                {
                    failures.push(format!("{args:?}: {err}"))
                }
                Ok(_) => {}
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
