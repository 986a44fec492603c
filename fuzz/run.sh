#!/usr/bin/env bash
# Build and run the libFuzzer targets on stable Rust (no nightly, no cargo-fuzz needed:
# the coverage instrumentation flags are stable rustc options).
#
#   bash fuzz/run.sh build                 build every target
#   bash fuzz/run.sh TARGET [ARGS...]      run one target on its corpus; ARGS go to
#                                          libFuzzer, e.g. -runs=10000000 or -max_total_time=60
#   bash fuzz/run.sh ci SECONDS            every target for SECONDS each (CI's short run,
#                                          an unoptimized instrumented build)
#   bash fuzz/run.sh list                  the targets
#
# A crash is written to fuzz/artifacts/TARGET/; reproduce it with
# `bash fuzz/run.sh TARGET fuzz/artifacts/TARGET/crash-…`, then add the input to the
# bad-input corpus (tests/bad_files, tests/bad_workbooks, tests/bad_csv) with its
# expected messages.
#
# Stop a long run with SIGINT (Ctrl+C, `kill -INT`): it prints its count of inputs
# (stat::number_of_executed_units). Do not pause one (SIGSTOP): libFuzzer's clock runs
# on, and the input it was on is reported as a timeout or a slow unit.
set -euo pipefail
# Files named on the command line (an input to reproduce), as absolute paths: the
# script works from its own folder.
args=()
for a in "$@"; do
  if [ -f "$a" ]; then args+=("$(realpath "$a")"); else args+=("$a"); fi
done
set -- "${args[@]}"
self="$(realpath "$0")"
cd "$(dirname "$0")"
TARGETS=(plan_file workbook csv paste numbers_dates compare_merge unit_list)
TRIPLE="$(rustc -vV | sed -n 's/^host: //p')"
# Coverage instrumentation for the program and the parsers it hands input to, added by
# instrument.sh (the rest of the dependencies run uninstrumented, see there).
export FUZZ_SANCOV="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
 -Cllvm-args=-sanitizer-coverage-trace-compares"
export RUSTFLAGS="--cfg fuzzing -Cforce-frame-pointers"
export RUSTC_WRAPPER="$PWD/instrument.sh"
PROFILE="${FUZZ_PROFILE:-release}"
BIN="target/$TRIPLE/$PROFILE"

build() {
  cargo build --profile "$PROFILE" --target "$TRIPLE" --bins
}

# The seed corpus of a target: the program's own files of that kind, and the
# bad-input corpus. Copied once into fuzz/corpus/TARGET, which the fuzzer grows.
seed() {
  local t="$1" dir="corpus/$1"
  mkdir -p "$dir" "artifacts/$t"
  if [ -z "$(ls -A "$dir" 2>/dev/null)" ]; then
    case "$t" in
      plan_file) cp ../tests/data/*.ntm ../tests/bad_files/*.ntm ../assets/samples/*.ntm "$dir"/ ;;
      # seeds/lai-chau-2025.xlsx: the program's own export of the illustrative sample
      # (`ntm-planner export --xlsx fuzz/seeds/lai-chau-2025.xlsx
      # assets/samples/lai-chau-2025.ntm`), a whole workbook of nine sheets.
      workbook) cp ../tests/bad_workbooks/*.xlsx seeds/*.xlsx "$dir"/ ;;
      csv) cp ../tests/bad_csv/*.csv "$dir"/ 2>/dev/null || true
           printf 'STT;Xã;1;2;3;4;5;6;7;8;9;10\n1;Mường Nhé;x;x;;x;x;x;;x;x;x\n' > "$dir/seed.csv" ;;
      paste) printf 'x\t\tđạt\r\n1\t?\t0\r\n' > "$dir/seed.txt" ;;
      numbers_dates) for s in '4.503.481' '76,73%' '1.066,5' '"1066.5"' '30/4/2025' '2025-04-30' '-307' '0.000001'; do
                       printf '%s' "$s" > "$dir/$(printf '%s' "$s" | md5sum | cut -c1-8)"; done ;;
      compare_merge) printf '\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09' > "$dir/seed" ;;
      unit_list) head -c 20000 ../tests/data/reform-2025/lai-chau-lang-son-units-2025.csv > "$dir/seed.csv"
                 cp ../tests/bad_workbooks/formulas-without-values.xlsx ../assets/units/*.ron \
                    ../assets/carry/*.ron "$dir"/
                 find ../tests/bad_units ../tests/bad_crosswalks -type f ! -name '*.expected' -size -200k \
                   -exec cp {} "$dir"/ \; ;;
    esac
  fi
}

run() {
  local t="$1"; shift
  # Input files given (a crash, a timeout or a slow unit): run each once, alone, and
  # say how long it took — not the fuzzer on the corpus.
  if [ $# -gt 0 ] && [ -f "$1" ]; then
    "$BIN/$t" -rss_limit_mb=2048 -timeout=20 "$@"
    return
  fi
  seed "$t"
  local extra=()
  [ "$t" = plan_file ] && extra+=(-dict=plan.dict)
  # Memory: libFuzzer stops at 2 GB (an input that takes more is a crash); time: 20 s
  # an input; inputs up to 1 MB (workbooks up to 4 MB).
  local len=1048576
  case "$t" in workbook|unit_list) len=4194304 ;; esac
  "$BIN/$t" "corpus/$t" "${extra[@]}" -artifact_prefix="artifacts/$t/" \
    -rss_limit_mb=2048 -timeout=20 -max_len=$len -print_final_stats=1 "$@"
}

case "${1:-}" in
  build) build ;;
  list) printf '%s\n' "${TARGETS[@]}" ;;
  ci)
    # An unoptimized build (profile ci): minutes to build, fewer inputs a second —
    # enough for a smoke run; the long runs use the release build.
    secs="${2:-20}"
    PROFILE=ci; BIN="target/$TRIPLE/ci"
    build
    for t in "${TARGETS[@]}"; do
      echo "== fuzz $t for ${secs}s"
      run "$t" -max_total_time="$secs" 2>&1 | grep -E "^(stat::|Done|==|SUMMARY|ERROR|#[0-9]+ +DONE)" || true
      # A crash leaves an artifact: fail the run and show it.
      if [ -n "$(ls -A "artifacts/$t" 2>/dev/null)" ]; then
        echo "fuzz: $t found a crash:"; ls "artifacts/$t"; exit 1
      fi
    done ;;
  "") sed -n '2,19p' "$self"; exit 2 ;;
  *) t="$1"; shift; [ -x "$BIN/$t" ] || build; run "$t" "$@" ;;
esac
