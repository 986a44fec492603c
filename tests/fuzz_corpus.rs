//! The fuzz targets (`ntm_planner::fuzz_targets`) on every `cargo test`: each bad-input
//! and sample file through its target, then a bounded round of mutations of them
//! (byte flips, insertions, cuts, splices: what libFuzzer does, without its coverage
//! guidance). The coverage-guided runs are `bash fuzz/run.sh TARGET`; a crash they find
//! becomes a file of the bad-input corpus, and so a case here.

use ntm_planner::fuzz_targets;
use ntm_planner::synthetic::Rng;
use std::fs;
use std::path::Path;

fn files(folder: &str, ext: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| fs::read(p).unwrap())
        // The bombs are their own tests (tests/bad_inputs.rs); mutating them here
        // would only repeat their cost.
        .filter(|b| b.len() < 200_000)
        .collect()
}

/// A mutation of one input, or a splice of two.
fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut data = seeds[rng.below(seeds.len() as u64) as usize].clone();
    for _ in 0..1 + rng.below(4) {
        let len = data.len() as u64;
        match rng.below(7) {
            0 if len > 0 => {
                let i = rng.below(len) as usize;
                data[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len) as usize;
                data[i] =
                    [0, 0xFF, b'"', b'(', b')', b',', b'9', 0x1B, b'\\'][rng.below(9) as usize];
            }
            2 => {
                let i = rng.below(len + 1) as usize;
                let bytes: &[u8] = [
                    &b"99999999999999999"[..],
                    b"\"",
                    b"((((",
                    b"\\u{1b}",
                    b", ",
                    b"-",
                    b"\xC3",
                ][rng.below(7) as usize];
                data.splice(i..i, bytes.iter().copied());
            }
            3 if len > 0 => {
                let i = rng.below(len) as usize;
                data.truncate(i);
            }
            4 if len > 1 => {
                let a = rng.below(len) as usize;
                let b = (a + 1 + rng.below(64) as usize).min(data.len());
                data.drain(a..b);
            }
            5 => {
                let other = &seeds[rng.below(seeds.len() as u64) as usize];
                if !other.is_empty() {
                    let at = rng.below(other.len() as u64) as usize;
                    let cut = rng.below(data.len() as u64 + 1) as usize;
                    data.truncate(cut);
                    data.extend_from_slice(&other[at..]);
                }
            }
            _ if len > 0 => {
                let a = rng.below(len) as usize;
                let b = (a + 1 + rng.below(32) as usize).min(data.len());
                let chunk = data[a..b].to_vec();
                data.splice(a..a, chunk);
            }
            _ => data.push(b'x'),
        }
    }
    data
}

/// Every seed, then `rounds` mutations, through a target.
fn run(target: fn(&[u8]), seeds: Vec<Vec<u8>>, rounds: usize, seed: u64) {
    assert!(!seeds.is_empty());
    for s in &seeds {
        target(s);
    }
    let mut rng = Rng::new(seed);
    for _ in 0..rounds {
        target(&mutate(&mut rng, &seeds));
    }
}

fn rounds(default: usize) -> usize {
    std::env::var("FUZZ_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn plan_files() {
    let mut seeds = files("tests/bad_files", "ntm");
    seeds.extend(files("tests/data", "ntm"));
    run(fuzz_targets::plan_file, seeds, rounds(300), 1);
}

#[test]
fn workbooks() {
    let mut seeds = files("tests/bad_workbooks", "xlsx");
    seeds.push(
        ntm_planner::excel::export::to_bytes(
            &ntm_planner::format::load_file(
                &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/small-2026.ntm"),
            )
            .unwrap()
            .plan,
            &ntm_planner::progress::NoProgress,
        )
        .unwrap(),
    );
    run(fuzz_targets::workbook, seeds, rounds(300), 2);
}

#[test]
fn csv_files() {
    run(
        fuzz_targets::csv,
        files("tests/bad_csv", "csv"),
        rounds(1000),
        3,
    );
}

#[test]
fn pasted_text() {
    let seeds = vec![
        b"x\t\t\xC4\x91\xE1\xBA\xA1t\r\n1\t?\t0\r\n".to_vec(),
        b"\t\t\t\n\n\n\r\r".to_vec(),
    ];
    run(fuzz_targets::paste, seeds, rounds(3000), 4);
}

#[test]
fn numbers_and_dates() {
    let seeds: Vec<Vec<u8>> = [
        "4.503.481",
        "76,73%",
        "1.066,5",
        "1066.5",
        "30/4/2025",
        "2025-04-30",
        "-307",
        "0.000001",
        "999999999999999",
        "29/02/2024",
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect();
    run(fuzz_targets::numbers_dates, seeds, rounds(5000), 5);
}

#[test]
fn compare_and_merge() {
    let seeds = vec![(0u8..40).collect::<Vec<u8>>(), vec![7, 200, 13, 1, 255, 0]];
    run(fuzz_targets::compare_merge, seeds, rounds(300), 6);
}

#[test]
fn unit_lists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let csv =
        fs::read(root.join("tests/data/reform-2025/lai-chau-lang-son-units-2025.csv")).unwrap();
    let mut seeds = vec![csv[..csv.len().min(20_000)].to_vec()];
    seeds.extend(files("tests/bad_workbooks", "xlsx").into_iter().take(6));
    // Register files and the crosswalk: the same target reads the bytes as those too.
    seeds.extend(files("assets/units", "ron"));
    seeds.extend(files("assets/carry", "ron"));
    for ext in ["ron", "csv", "xlsx"] {
        seeds.extend(files("tests/bad_units", ext));
    }
    run(fuzz_targets::unit_list, seeds, rounds(200), 7);
}
