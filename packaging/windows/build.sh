#!/usr/bin/env bash
# Build the Windows program and its installer on Linux:
#   dist/ntm-planner-VERSION-x64.exe         the program alone
#   dist/ntm-planner-VERSION-setup-x64.exe   the installer (64-bit, all users)
# VERSION is the package version in Cargo.toml.
#
#   bash packaging/windows/build.sh            program and installer
#   bash packaging/windows/build.sh --exe-only the program only (no NSIS needed)
#
# Needs: rustup target x86_64-pc-windows-gnu; Debian packages gcc-mingw-w64-x86-64
# (linker and windres, for the icon and version information) and nsis (makensis).
set -euo pipefail
cd "$(dirname "$0")/../.."

exe_only=false
case "${1:-}" in
  "") ;;
  --exe-only) exe_only=true ;;
  *) echo "usage: $0 [--exe-only]" >&2; exit 2 ;;
esac

target=x86_64-pc-windows-gnu
die() { echo "packaging/windows/build.sh: $*" >&2; exit 1; }

rustup target list --installed 2>/dev/null | grep -qx "$target" \
  || die "the Rust target is missing: rustup target add $target"
command -v x86_64-w64-mingw32-gcc >/dev/null || die "mingw is missing: apt-get install gcc-mingw-w64-x86-64"
command -v x86_64-w64-mingw32-windres >/dev/null || die "windres is missing: apt-get install binutils-mingw-w64-x86-64"
$exe_only || command -v makensis >/dev/null || die "NSIS is missing: apt-get install nsis"

# The version of the [package] section of Cargo.toml.
version="$(sed -n '/^\[package\]/,/^\[/ s/^version *= *"\([^"]*\)".*/\1/p' Cargo.toml | head -n 1)"
[ -n "$version" ] || die "no version in Cargo.toml"
# Windows version resources want four numbers: 1.2.3-beta.1 -> 1.2.3.0.
numeric="${version%%[-+]*}"
[[ "$numeric" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "version $version is not MAJOR.MINOR.PATCH"
version4="$numeric.0"

echo "== cross-compiling ntm-planner $version for $target (release)"
cargo build --release --target "$target" --bin ntm-planner
target_dir="$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')"
[ -n "$target_dir" ] || die "cannot find cargo's target directory"
built="$target_dir/$target/release/ntm-planner.exe"
[ -f "$built" ] || die "the build did not produce $built"

mkdir -p dist
exe="dist/ntm-planner-$version-x64.exe"
cp "$built" "$exe"
size() {
  local bytes
  bytes="$(stat -c %s "$1")"
  echo "$bytes bytes ($(numfmt --to=iec-i --suffix=B --round=nearest --format='%.1f' "$bytes"))"
}
echo "$exe: $(size "$exe")"
$exe_only && exit 0

echo "== building the installer (NSIS)"
setup="dist/ntm-planner-$version-setup-x64.exe"
makensis -INPUTCHARSET UTF8 -V2 -WX \
  -DVERSION="$version" -DVERSION4="$version4" \
  -DEXE="$PWD/$exe" -DICONS="$PWD/assets/icon" -DOUTFILE="$PWD/$setup" \
  packaging/windows/installer.nsi
echo "$setup: $(size "$setup")"
