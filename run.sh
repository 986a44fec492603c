#!/usr/bin/env bash
# Set up and run NTM Planner on the bundled Lai Châu sample plan.
#   bash run.sh [FILE.ntm]
# Needs Rust 1.95 (rustup) and, on Debian, the X11/OpenGL runtime libraries that a
# desktop already has; on a bare machine this installs them with apt-get (as root).
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v cargo >/dev/null 2>&1; then
  echo "Rust is needed: install it with rustup (https://rustup.rs), then run this again." >&2
  exit 1
fi
need=(libgl1 libegl1 libgl1-mesa-dri libxkbcommon-x11-0 libxcursor1 libxrandr2 libxi6)
missing=()
for p in "${need[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  else
    echo "Installing window libraries: ${missing[*]}"
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
fi
cargo build --release
exec target/release/ntm-planner "${1:-assets/samples/lai-chau-2025.ntm}"
