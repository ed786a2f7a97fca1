#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Renders the Dateline icon PNGs from the SVG sources.
# The simplified dateline-small.svg is used up to 32 px because the detailed one's thin
# strokes blur at that size; dateline.svg is used from 48 px up.
# Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "render.sh: rsvg-convert not found; install it with: apt-get install librsvg2-bin" >&2
  exit 1
fi

for size in 16 24 32 48 64 128 256 512; do
  if [ "$size" -le 32 ]; then src=dateline-small.svg; else src=dateline.svg; fi
  rsvg-convert --width "$size" --height "$size" --format png --output "dateline-$size.png" "$src"
  echo "dateline-$size.png  <- $src"
done
