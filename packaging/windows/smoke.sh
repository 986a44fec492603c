#!/usr/bin/env bash
# Smoke test of the Windows installer and program under Wine and Xvfb:
#  1. a fresh 64-bit Wine prefix, the installer run silently (/S), in Vietnamese;
#  2. the files, Start-menu shortcut, .ntm association and Programs-and-Features
#     entry it made;
#  3. the Lai Châu sample opened through the association (as a double-click does),
#     the window found and photographed, a number typed into a field and then
#     Vietnamese the way Unikey sends it, Ctrl+S, the saved file checked, the
#     program closed with Ctrl+Q;
#  4. the renderer fallback: on an X display without OpenGL (GLX) the program says
#     glow cannot start, starts itself again with wgpu, and its window appears;
#  5. the uninstaller run silently, and nothing it should remove left behind (the
#     user's preferences stay, as the README says).
# Exits non-zero on the first failure.
#
#   bash packaging/windows/smoke.sh [OUT_DIR]     (default: target/wine-smoke)
#
# Tests dist/ntm-planner-VERSION-setup-x64.exe (bash packaging/windows/build.sh).
# Needs: wine wine64 xvfb xauth x11-utils xdotool imagemagick gcc-mingw-w64-x86-64
# mesa-vulkan-drivers (see .ci/run).
#
# Wine 8.0 (Debian 12) lacks ProcessPrng, which Rust programs import; a test-only
# DLL built from wine-shim/ is put beside the installed program while the program
# runs and removed before uninstalling. It is never part of the installer. Also
# built from wine-shim/ and only used here: sendtext.exe, the Unikey stand-in.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$PWD"
out="${1:-target/wine-smoke}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
rm -f "$out"/*.png "$out"/*.log "$out"/*.txt

# Deterministic text handling (xdotool and Wine read text in the locale's encoding).
export LC_ALL=C.UTF-8

say() { printf '[%3ds] %s\n' "$SECONDS" "$*"; }
fail() {
  echo "SMOKE TEST FAILED: $*" >&2
  exit 1
}
# poll SECONDS COMMAND...: run COMMAND every 0.25 s until it succeeds; false on timeout.
poll() {
  local limit=$(($1 * 4))
  shift
  for _ in $(seq "$limit"); do
    "$@" && return 0
    sleep 0.25
  done
  return 1
}

version="$(sed -n '/^\[package\]/,/^\[/ s/^version *= *"\([^"]*\)".*/\1/p' Cargo.toml | head -n 1)"
setup="$repo/dist/ntm-planner-$version-setup-x64.exe"
[ -f "$setup" ] || fail "no installer at $setup: run bash packaging/windows/build.sh first"
for tool in wine wineserver wineboot Xvfb xdotool xprop import xdpyinfo x86_64-w64-mingw32-gcc; do
  command -v "$tool" >/dev/null || fail "$tool is missing (see the package list in .ci/run)"
done

work="$(mktemp -d "${TMPDIR:-/tmp}/ntm-wine-smoke.XXXXXX")"
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
# No Mono/Gecko download prompts; no host menu entries or MIME types from winemenubuilder.
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
# The program's real folders (%APPDATA%) are part of what is tested.
unset NTM_PLANNER_HOME
xvfb_pids=()
cleanup() {
  set +e
  # Ends the Wine processes of this test's own prefix, and its Xvfb servers.
  [ -d "$WINEPREFIX" ] && wineserver -k >/dev/null 2>&1
  for pid in "${xvfb_pids[@]}"; do kill "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT

# start_xvfb NAME [Xvfb options...]: a new X server on a free display; sets $display.
start_xvfb() {
  local name=$1
  shift
  Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp "$@" 3>"$work/display-$name" >"$out/xvfb-$name.log" 2>&1 &
  xvfb_pids+=($!)
  poll 10 grep -q '[0-9]' "$work/display-$name" || fail "Xvfb ($name) did not start"
  display=":$(tr -dc '0-9' <"$work/display-$name")"
  poll 10 env DISPLAY="$display" xdpyinfo >/dev/null 2>&1 || fail "Xvfb ($name) does not answer on $display"
}

# reg_has KEY [VALUE_NAME]: whether the registry key (or value) exists.
reg_has() {
  local rc=0 args=("$1")
  [ $# -eq 2 ] && args+=(/v "$2")
  timeout 60 wine reg query "${args[@]}" >/dev/null 2>&1 || rc=$?
  [ $rc -ne 124 ] || fail "wine reg query $1 did not answer"
  return $rc
}
# reg_get KEY [VALUE_NAME]: a value (the key's default value without a name), as UTF-8.
reg_get() {
  local file="$work/reg-export.reg"
  rm -f "$file"
  timeout 60 wine reg export "$1" "$(winepath -w "$file")" /y >/dev/null 2>&1 || return 1
  local name='@'
  [ $# -eq 2 ] && name="\"$2\""
  iconv -f UTF-16LE -t UTF-8 "$file" | tr -d '\r' | sed -n "s/^$name=\"\\(.*\\)\"\$/\\1/p" | head -n 1 | sed 's/\\\\/\\/g; s/\\"/"/g'
}

# ---- 1. Wine prefix and silent install -----------------------------------------------
start_xvfb main
main_display=$display
export DISPLAY=$main_display
say "Xvfb on $DISPLAY; creating a 64-bit Wine prefix ($(wine --version))"
t0=$SECONDS
timeout 300 wineboot -i >"$out/wineboot.log" 2>&1 || fail "wineboot failed (see $out/wineboot.log)"
timeout 120 wineserver -w || fail "Wine did not settle after creating the prefix"
say "Wine prefix ready in $((SECONDS - t0)) s"

# The test-only helpers (packaging/windows/wine-shim/), built here, never installed.
shim="$work/shim/bcryptprimitives.dll"
sendtext="$work/shim/sendtext.exe"
mkdir -p "$work/shim"
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$shim" \
  packaging/windows/wine-shim/processprng.c packaging/windows/wine-shim/bcryptprimitives.def -ladvapi32
x86_64-w64-mingw32-gcc -O2 -s -municode -o "$sendtext" packaging/windows/wine-shim/sendtext.c

say "installing silently: $(basename "$setup") ($(stat -c %s "$setup") bytes), in Vietnamese"
# Wine takes the user's language from the locale's name; the installer then speaks
# Vietnamese and registers the Vietnamese file-type name.
env LC_ALL=vi_VN.UTF-8 timeout 180 wine "$setup" /S >"$out/install.log" 2>&1 || fail "the installer failed (see $out/install.log)"
timeout 120 wineserver -w || fail "Wine did not settle after the install"

instdir_win='C:\Program Files\NTM Planner'
instdir="$WINEPREFIX/drive_c/Program Files/NTM Planner"
shortcut="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/NTM Planner.lnk"
classes='HKLM\Software\Classes'
uninst_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\NTMPlanner'

[ -d "$instdir" ] || fail "no install folder $instdir_win"
installed="$(find "$instdir" -mindepth 1 -printf '%f\n' | sort | tr '\n' ' ')"
[ "$installed" = "ntm-document.ico ntm-planner.exe uninstall.exe " ] || fail "unexpected files installed: $installed"
say "installed: $installed"
[ -f "$shortcut" ] || fail "no Start-menu shortcut"
say "Start-menu shortcut: ProgramData\\...\\Programs\\NTM Planner.lnk"

[ "$(reg_get "$classes\\.ntm")" = "NTMPlanner.Plan" ] || fail ".ntm is not associated with NTMPlanner.Plan"
open_cmd="$(reg_get "$classes\\NTMPlanner.Plan\\shell\\open\\command")"
[ "$open_cmd" = "\"$instdir_win\\ntm-planner.exe\" \"%1\"" ] || fail "unexpected open command: $open_cmd"
type_name="$(reg_get "$classes\\NTMPlanner.Plan")"
[ "$type_name" = "Kế hoạch nông thôn mới (NTM)" ] || fail "unexpected file-type name: $type_name"
doc_icon="$(reg_get "$classes\\NTMPlanner.Plan\\DefaultIcon")"
[ "$doc_icon" = "$instdir_win\\ntm-document.ico" ] || fail "unexpected document icon: $doc_icon"
say ".ntm -> NTMPlanner.Plan \"$type_name\", icon $doc_icon, open: $open_cmd"
[ "$(reg_get "$uninst_key" DisplayVersion)" = "$version" ] || fail "Programs and Features: wrong or missing DisplayVersion"
quiet="$(reg_get "$uninst_key" QuietUninstallString)"
[ "$quiet" = "\"$instdir_win\\uninstall.exe\" /S" ] || fail "unexpected QuietUninstallString: $quiet"
say "Programs and Features: $(reg_get "$uninst_key" DisplayName) $version, $(reg_get "$uninst_key" Publisher)"

# ---- 2. Open the sample through the association -----------------------------------
cp "$shim" "$instdir/"
say "test-only ProcessPrng DLL placed beside the program"
plans="$WINEPREFIX/drive_c/Plans"
mkdir -p "$plans"
cp assets/samples/lai-chau-2025.ntm "$plans/"
plan_win='C:\Plans\lai-chau-2025.ntm'

say "opening $plan_win through the .ntm association (wine start = ShellExecute)"
t0=$SECONDS
timeout 60 wine start "$plan_win" >"$out/start.log" 2>&1 || fail "wine start failed (see $out/start.log)"
find_window() { win="$(xdotool search --onlyvisible --name 'NTM Planner' 2>/dev/null | head -n 1)" && [ -n "$win" ]; }
poll 90 find_window || fail "no NTM Planner window appeared"
say "window after $((SECONDS - t0)) s"
# The title names the plan once it is loaded.
plan_title() { title="$(xdotool getwindowname "$win")" && [[ "$title" == *lai-chau-2025.ntm* ]]; }
poll 30 plan_title || fail "the window does not show the plan: \"$title\""
say "window title \"$title\" after $((SECONDS - t0)) s"
# The command lines of the running installed program (Wine shows the Windows one);
# ps and grep -F because the path is a fixed string full of backslashes.
# shellcheck disable=SC2009
program_procs() { ps -eo args | grep -F "$instdir_win\\ntm-planner.exe" | grep -v grep; }
program_gone() { ! program_procs >/dev/null; }
proc="$(program_procs)" || fail "the installed program is not running"
say "started by the association as: $proc"

# The window icon (set by the program; Wine hands it to X as _NET_WM_ICON).
icons="$(xprop -id "$win" _NET_WM_ICON 2>/dev/null | grep -o 'Icon ([0-9]* x [0-9]*)' | sort -u | tr '\n' ' ')"
[ -n "$icons" ] || fail "the window has no icon"
say "window icon: $icons"

# Wait until the plan is drawn (a blank window has few colours), then photograph it.
drawn() {
  import -window root "$out/overview.png"
  [ "$(convert "$out/overview.png" -format '%k' info:)" -gt 200 ]
}
poll 30 drawn || fail "the window stayed blank (see $out/overview.png)"
sleep 1
import -window root "$out/overview.png"
say "screenshot: $out/overview.png ($(convert "$out/overview.png" -format '%k' info:) colours)"

# ---- 3. Edit and save --------------------------------------------------------------
eval "$(xdotool getwindowgeometry --shell "$win")"
say "window at $X,$Y, ${WIDTH}x$HEIGHT"
# No window manager: give the window the keyboard focus, then click the "Số hiệu văn
# bản" (document number) field, at the default window size and zoom.
xdotool windowfocus "$win"
xdotool mousemove --window "$win" 300 493 click 1
sleep 0.5
# The number through the X keyboard (xdotool), then Vietnamese the way Unikey
# (Telex) sends it on Windows: letters as Unicode key presses, Backspace, and the
# finished letter ("Tiee" -> Backspace Backspace "ê"). Wine reads letters that
# are not on the US keyboard unreliably from xdotool, hence the helper.
xdotool type --delay 60 -- "12/KH-UBND "
timeout 60 wine "$sendtext" Tie e '{BS}' '{BS}' ê s '{BS}' '{BS}' ế "ng Vie" e '{BS}' '{BS}' ê j '{BS}' '{BS}' ệ t
typed="12/KH-UBND Tiếng Việt"
sleep 0.5
import -window root "$out/typed.png"
xdotool key Escape
xdotool key ctrl+s
saved() { grep -qF "number: \"$typed\"," "$plans/lai-chau-2025.ntm"; }
if ! poll 20 saved; then
  grep -n 'number:' "$plans/lai-chau-2025.ntm" >&2 || true
  fail "the saved plan does not hold the typed text \"$typed\" (see $out/typed.png)"
fi
[ -f "$plans/lai-chau-2025.bak.ntm" ] || fail "no backup of the previous file"
sleep 0.5
import -window root "$out/saved.png"
say "typed \"$typed\", saved with Ctrl+S: the file holds it (backup lai-chau-2025.bak.ntm)"

xdotool windowfocus "$win"
xdotool key ctrl+q
poll 30 program_gone || fail "the program did not close on Ctrl+Q"
say "closed with Ctrl+Q"

appdata="$(find "$WINEPREFIX/drive_c/users" -maxdepth 4 -type d -path '*/AppData/Roaming' | head -n 1)"
prefs="$appdata/NTM/NTM Planner/config/preferences.ron"
[ -f "$prefs" ] || fail "no preferences at %APPDATA%\\NTM\\NTM Planner\\config\\preferences.ron"
[ -d "$appdata/NTM/NTM Planner/data/recovery" ] || fail "no recovery folder at %APPDATA%\\NTM\\NTM Planner\\data\\recovery"
grep -qF '"C:\\Plans\\lai-chau-2025.ntm"' "$prefs" || fail "the recent-files list does not hold C:\\Plans\\lai-chau-2025.ntm as typed: $(grep -A2 recent "$prefs")"
cp "$prefs" "$out/preferences.ron.txt"
say "preferences in %APPDATA%\\NTM\\NTM Planner\\config, recovery folder in ...\\data\\recovery"

# ---- 4. Renderer fallback: a display without OpenGL --------------------------------
start_xvfb nogl -extension GLX
say "renderer fallback: Xvfb without GLX on $display (OpenGL cannot start there)"
DISPLAY=$display wine "$instdir_win\\ntm-planner.exe" "$plan_win" >"$out/fallback.log" 2>&1 &
fallback_pid=$!
find_window_nogl() { win="$(DISPLAY=$display xdotool search --onlyvisible --name 'NTM Planner' 2>/dev/null | head -n 1)" && [ -n "$win" ]; }
poll 90 find_window_nogl || fail "no window without OpenGL (see $out/fallback.log)"
grep -q 'the glow renderer could not start' "$out/fallback.log" || fail "glow did not fail as intended (see $out/fallback.log)"
grep -q 'trying the wgpu renderer' "$out/fallback.log" || fail "no second attempt with wgpu (see $out/fallback.log)"
program_procs | grep -qF -- "--renderer wgpu" || fail "no program running with --renderer wgpu"
drawn_nogl() {
  DISPLAY=$display import -window root "$out/fallback.png"
  [ "$(convert "$out/fallback.png" -format '%k' info:)" -gt 200 ]
}
poll 30 drawn_nogl || fail "the wgpu window stayed blank (see $out/fallback.png)"
sleep 1
DISPLAY=$display import -window root "$out/fallback.png"
say "glow failed, the program restarted itself with wgpu, window drawn: $out/fallback.png"
DISPLAY=$display xdotool windowfocus "$win"
DISPLAY=$display xdotool key ctrl+q
fallback_gone() { ! kill -0 "$fallback_pid" 2>/dev/null; }
poll 30 fallback_gone || fail "the wgpu window did not close on Ctrl+Q"
say "closed with Ctrl+Q"
export DISPLAY=$main_display

# ---- 5. Silent uninstall -----------------------------------------------------------
rm -f "$instdir/bcryptprimitives.dll"
say "test-only DLL removed; uninstalling silently"
# The uninstaller copies itself to %TEMP% and returns at once: wait for the folder to go.
timeout 120 wine "$instdir_win\\uninstall.exe" /S >"$out/uninstall.log" 2>&1 || fail "the uninstaller failed (see $out/uninstall.log)"
instdir_gone() { [ ! -e "$instdir" ]; }
poll 120 instdir_gone || fail "the install folder is still there: $(find "$instdir" -mindepth 1 -printf '%f ')"
timeout 120 wineserver -w || true

left=()
[ ! -e "$shortcut" ] || left+=("Start-menu shortcut")
for key in "$classes\\.ntm" "$classes\\NTMPlanner.Plan" "$classes\\Applications\\ntm-planner.exe" "$uninst_key"; do
  reg_has "$key" && left+=("$key")
done
[ ${#left[@]} -eq 0 ] || fail "the uninstaller left: ${left[*]}"
say "uninstalled: no install folder, shortcut, .ntm association, Open-with entry or Programs-and-Features entry left"
[ -f "$prefs" ] || fail "the uninstaller removed the user's preferences"
[ -f "$plans/lai-chau-2025.ntm" ] || fail "the uninstaller removed the user's plan"
say "the user's plan and preferences stay, as intended"
say "SMOKE TEST PASSED in ${SECONDS} s; screenshots and logs in $out"
