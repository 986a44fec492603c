#!/usr/bin/env bash
# Render the icons from their SVG sources in assets/icon/:
#   ntm-planner.ico    the program (16, 24, 32, 48, 64, 128, 256 px)
#   ntm-document.ico   .ntm plan files (same sizes)
#   ntm-planner-256.png the window icon (loaded by src/app/run.rs)
# Small sizes come from their own, simpler drawings so they stay sharp:
#   app: 16 px ntm-planner-16.svg, 24-32 px ntm-planner-small.svg, 48 px+ ntm-planner.svg
#   document: 16-24 px ntm-document-small.svg, 32 px+ ntm-document.svg
# The results are committed; run this after editing an SVG.
#
#   bash packaging/icon/render.sh
#
# Needs: rsvg-convert (librsvg2-bin), icotool (icoutils).
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in rsvg-convert icotool; do
  command -v "$tool" >/dev/null || { echo "render.sh: $tool is missing (apt-get install librsvg2-bin icoutils)" >&2; exit 1; }
done
icons=assets/icon
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# render NAME SIZE SOURCE: one PNG of the icon NAME at SIZE px.
render() { rsvg-convert --width "$2" --height "$2" --keep-aspect-ratio "$icons/$3" -o "$tmp/$1-$2.png"; }

for s in 16 24 32 48 64 128 256; do
  case $s in
    16) app=ntm-planner-16.svg;;
    24|32) app=ntm-planner-small.svg;;
    *) app=ntm-planner.svg;;
  esac
  case $s in
    16|24) doc=ntm-document-small.svg;;
    *) doc=ntm-document.svg;;
  esac
  render app "$s" "$app"
  render doc "$s" "$doc"
done

# ICO: 16-128 px as plain bitmaps (every Windows reader), 256 px as PNG (small file).
for name in app doc; do
  case $name in app) out=ntm-planner.ico;; doc) out=ntm-document.ico;; esac
  icotool --create --output "$tmp/$out" \
    "$tmp/$name-16.png" "$tmp/$name-24.png" "$tmp/$name-32.png" "$tmp/$name-48.png" \
    "$tmp/$name-64.png" "$tmp/$name-128.png" --raw="$tmp/$name-256.png"
  cp "$tmp/$out" "$icons/$out"
  echo "$icons/$out: $(icotool --list "$icons/$out" | wc -l) sizes, $(stat -c %s "$icons/$out") bytes"
done
cp "$tmp/app-256.png" "$icons/ntm-planner-256.png"
echo "$icons/ntm-planner-256.png"
