#!/usr/bin/env bash
# Start the real release binary under Xvfb on a copy of the Lai Châu sample, wait
# for the window, take a screenshot, type Vietnamese into a field the way Unikey
# does (letters, Backspace, the finished letter), save with Ctrl+S and check the
# file holds the composed text. Prints the start-up time to the first frame.
#
#   bash scripts/xvfb-check.sh [OUT_DIR]      (default: target/xvfb)
#
# Needs: xvfb xauth xdotool imagemagick libgl1-mesa-dri (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/xvfb}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
bin="${NTM_PLANNER_BIN:-${CARGO_TARGET_DIR:-target}/release/ntm-planner}"
[ -x "$bin" ] || cargo build --release --quiet
work="$(mktemp -d)"
trap 'kill $app_pid $xvfb_pid 2>/dev/null || true; rm -rf "$work"' EXIT
cp assets/samples/lai-chau-2025.ntm "$work/lai-chau-2025.ntm"

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do DISPLAY=$display xdpyinfo >/dev/null 2>&1 && break || sleep 0.1; done
export DISPLAY=$display

NTM_PLANNER_HOME="$work/home" NTM_PLANNER_REPORT_STARTUP=1 "$bin" "$work/lai-chau-2025.ntm" 2> "$out/app.log" &
app_pid=$!
win=$(xdotool search --sync --onlyvisible --name "NTM Planner" | head -1)
for _ in $(seq 100); do grep -q "first frame" "$out/app.log" && break || sleep 0.1; done
sleep 0.5
import -window root "$out/overview.png"
echo "start-up: $(grep -o 'first frame after [0-9]* ms' "$out/app.log")"

# Xvfb has no window manager: give the window the keyboard focus ourselves.
xdotool windowfocus --sync "$win" 2>/dev/null || xdotool windowfocus "$win"
# The "Số hiệu văn bản" (document number) field, at the default window size and zoom.
xdotool mousemove --window "$win" 300 403 click 1
sleep 0.3
# Unikey, Telex: "Tieengs Vieetj" arrives as letters, then Backspace + the finished letter.
type_unikey() { xdotool type --delay 40 "$1"; }
back() { xdotool key --delay 40 BackSpace; }
type_unikey "Tie"; type_unikey "e"; back; back; type_unikey "ê"; type_unikey "s"; back; back; type_unikey "ế"
type_unikey "ng Vie"; type_unikey "e"; back; back; type_unikey "ê"; type_unikey "j"; back; back; type_unikey "ệ"; type_unikey "t"
sleep 0.5
import -window root "$out/typed.png"
xdotool key Escape
xdotool key ctrl+s
sleep 1
if grep -q 'number: "Tiếng Việt"' "$work/lai-chau-2025.ntm"; then
  echo "typed and saved: Tiếng Việt"
else
  echo "FAILED: the saved plan does not hold the typed text" >&2
  grep -n 'number:' "$work/lai-chau-2025.ntm" >&2 || true
  exit 1
fi
import -window root "$out/saved.png"
echo "screenshots: $out/overview.png $out/typed.png $out/saved.png"
