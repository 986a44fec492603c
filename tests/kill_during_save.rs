//! A real process killed (SIGKILL) at random moments while it saves a national-scale
//! plan, writes the window's recovery copy, or exports a workbook: after every kill
//! the file is whole — the old version or the new one, byte for byte — and no
//! temporary file piles up.
//!
//! The test binary runs itself as the writer (`KILL_TEST_CHILD`), which loops writing
//! two versions alternately through the program's own atomic writers; the parent kills
//! it after a random delay, checks, and starts it again.

#![cfg(unix)]

use ntm_planner::document::recovery::RecoveryStore;
use ntm_planner::format::{self, save::PendingSave};
use ntm_planner::synthetic::{Rng, national_plan};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHILD: &str = "KILL_TEST_CHILD";

/// The writer: `KILL_TEST_CHILD=MODE:DIR`, looping until killed.
#[test]
fn child_writer() {
    let Ok(spec) = std::env::var(CHILD) else {
        return;
    };
    let (mode, dir) = spec.split_once(':').expect("MODE:DIR");
    let dir = Path::new(dir);
    let a = fs::read(dir.join("a.bin")).unwrap();
    let b = fs::read(dir.join("b.bin")).unwrap();
    let mut n = 0u64;
    let ready = || {
        use std::io::Write;
        println!("ready");
        let _ = std::io::stdout().flush();
    };
    match mode {
        "save" => loop {
            if n == 0 {
                ready();
            }
            let bytes = if n.is_multiple_of(2) { &b } else { &a };
            // What `format::save_file` does once the plan is text.
            PendingSave::prepare(&dir.join("plan.ntm"), bytes)
                .and_then(PendingSave::commit)
                .unwrap();
            n += 1;
        },
        "export" => loop {
            if n == 0 {
                ready();
            }
            let bytes = if n.is_multiple_of(2) { &b } else { &a };
            format::save::write_export(&dir.join("plan.xlsx"), bytes, &[&dir.join("plan.ntm")])
                .unwrap();
            n += 1;
        },
        "recovery" => {
            // Made, not parsed: the writer is ready at once.
            let plans = recovery_versions();
            let store = RecoveryStore::new(dir.join("recovery"));
            ready();
            loop {
                store
                    .write("k", &plans[(n % 2) as usize], Some(&dir.join("plan.ntm")))
                    .unwrap();
                n += 1;
            }
        }
        other => panic!("unknown mode {other}"),
    }
}

fn temps(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tmp"))
        .collect()
}

/// Start the writer, kill it `delay` after it is ready to write, wait for it.
fn run_and_kill(mode: &str, dir: &Path, delay: Duration) {
    use std::io::BufRead;
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "child_writer", "--nocapture", "--test-threads=1"])
        .env(CHILD, format!("{mode}:{}", dir.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    while !line.contains("ready") {
        line.clear();
        if out.read_line(&mut line).unwrap() == 0 {
            break;
        }
    }
    std::thread::sleep(delay);
    child.kill().unwrap();
    child.wait().unwrap();
}

/// How many kills, and the largest delay: enough to land in every phase of a write
/// (the writer starts in a few milliseconds; a write of a national plan takes tens).
fn kills(default: usize) -> usize {
    std::env::var("KILL_TEST_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A plan and a changed copy of it.
fn versions(communes: usize) -> [ntm_planner::Plan; 2] {
    let plan = national_plan(communes, communes / 11, communes * 2, 2025);
    let mut changed = plan.clone();
    changed.header.signer = "Chủ tịch UBND tỉnh".into();
    for c in changed.communes.iter_mut().take(500) {
        c.note = "Đã rà soát".into();
    }
    [plan, changed]
}

/// The window's recovery copy is written from the plan in memory: a province-scale
/// plan (the writer makes it rather than reads it, so it is ready at once).
fn recovery_versions() -> [ntm_planner::Plan; 2] {
    versions(800)
}

/// The two versions as file bytes, written for the writer; both load.
fn two_versions(dir: &Path, mode: &str) -> (Vec<u8>, Vec<u8>) {
    let [p, q] = if mode == "recovery" {
        recovery_versions()
    } else {
        versions(8_000)
    };
    let a = format::to_string(&p).unwrap().into_bytes();
    let b = format::to_string(&q).unwrap().into_bytes();
    assert_eq!(format::load_bytes(&a).unwrap().plan, p);
    assert_eq!(format::load_bytes(&b).unwrap().plan, q);
    fs::write(dir.join("a.bin"), &a).unwrap();
    fs::write(dir.join("b.bin"), &b).unwrap();
    (a, b)
}

fn kill_loop(mode: &str, file: &str, rounds: usize, check: impl Fn(&Path, &[u8], &[u8])) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (a, b) = two_versions(dir, mode);
    fs::write(dir.join(file), &a).unwrap();
    let mut rng = Rng::new(15);
    let start = Instant::now();
    let mut most_temps = 0;
    for _ in 0..rounds {
        let delay = Duration::from_millis(3 + rng.below(120));
        run_and_kill(mode, dir, delay);
        check(dir, &a, &b);
        // A killed write may leave its temporary file; the next write removes it, so
        // they never pile up.
        most_temps = most_temps.max(temps(dir).len());
        assert!(most_temps <= 2, "temporary files pile up: {:?}", temps(dir));
    }
    eprintln!(
        "{mode}: {rounds} kills in {:.1} s, at most {most_temps} temporary file(s) left between kills",
        start.elapsed().as_secs_f64()
    );
    // One more write in this process: no temporary file is left at all.
    PendingSave::prepare(&dir.join(file), &a)
        .and_then(PendingSave::commit)
        .unwrap();
    if mode != "recovery" {
        assert!(temps(dir).is_empty(), "{:?}", temps(dir));
    }
}

fn old_or_new(path: &Path, a: &[u8], b: &[u8]) {
    let now = fs::read(path).unwrap();
    assert!(
        now == a || now == b,
        "{} is torn: {} bytes, neither version",
        path.display(),
        now.len()
    );
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_or_the_new_plan() {
    kill_loop("save", "plan.ntm", kills(200), |dir, a, b| {
        // Byte for byte one of the two versions, which both load (checked once).
        let plan = dir.join("plan.ntm");
        old_or_new(&plan, a, b);
        let backup = format::backup_path(&plan);
        if backup.exists() {
            old_or_new(&backup, a, b);
        }
    });
}

#[test]
fn an_export_killed_at_any_moment_leaves_the_old_or_the_new_workbook() {
    kill_loop("export", "plan.xlsx", kills(100), |dir, a, b| {
        old_or_new(&dir.join("plan.xlsx"), a, b);
    });
}

#[test]
fn a_recovery_copy_killed_at_any_moment_is_whole() {
    kill_loop("recovery", "plan.ntm", kills(100), |dir, a, b| {
        let store = RecoveryStore::new(dir.join("recovery"));
        for entry in store.list() {
            old_or_new(&entry.plan_path, a, b);
        }
        let leftovers = temps(&dir.join("recovery"));
        assert!(leftovers.len() <= 2, "{leftovers:?}");
    });
}
