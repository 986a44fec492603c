#!/bin/sh
# The RUSTC_WRAPPER of the fuzz build (run.sh): coverage instrumentation only for the
# crates whose code decides what happens to an input — the program, the fuzz targets,
# and the parsers they hand bytes to (RON, XML, zip, decimals, normalization). The rest
# (deflate, CRC, font tables, the xlsx writer, …) runs uninstrumented: its coverage
# says nothing about the program's handling of an input, and tracing its comparisons
# took half of every run (perf, Dec 2026). Cargo has no per-crate RUSTFLAGS on stable,
# hence this wrapper.
rustc="$1"
shift
name=""
prev=""
for a in "$@"; do
  if [ "$prev" = "--crate-name" ]; then
    name="$a"
    break
  fi
  prev="$a"
done
case "$name" in
  ntm_planner | plan_file | workbook | csv | paste | numbers_dates | compare_merge | unit_list | \
    ron | quick_xml | zip | rust_decimal | unicode_normalization)
    # shellcheck disable=SC2086 # FUZZ_SANCOV is a list of flags
    exec "$rustc" "$@" $FUZZ_SANCOV
    ;;
esac
exec "$rustc" "$@"
