#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Takes a screenshot of the Dateline app on a virtual X display (no monitor needed).
#
# Usage: scripts/screenshot.sh [OUT.png] [WAIT_SECONDS] [APP ARGS...]
#   OUT.png       where to write the picture (default target/screenshot.png)
#   WAIT_SECONDS  how long the app gets to start and lay out before the shot (default 15)
#   APP ARGS      what the app opens (default: seeds)
#
# Needs xvfb-run (package xvfb) and import (package imagemagick); installs them with apt-get
# when missing, through sudo unless already root. Builds the classes with Maven first.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-target/screenshot.png}"
wait_s="${2:-15}"
shift $(( $# > 2 ? 2 : $# ))
app_args=("$@")
[ ${#app_args[@]} -eq 0 ] && app_args=(seeds)

need=()
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb)
# Check for ImageMagick's import itself: some machines ship a look-alike convert only.
command -v import >/dev/null 2>&1 || need+=(imagemagick)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "screenshot.sh: installing ${need[*]}" >&2
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${need[@]}"
fi

# Offline first (fast, no network); fall back to an online build if an artifact is missing.
mvn -q -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
  || mvn -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt

mkdir -p "$(dirname "$out")"
out_abs="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
cp="target/classes:$(cat target/cp.txt)"

# One xvfb-run holds the app and the capture, so both see the same display; the app is
# killed by its own pid once the picture is taken. Software rendering: Xvfb has no GPU.
export JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:-} -Dprism.order=sw"
xvfb-run -a -s "-screen 0 1280x1024x24" bash -c '
  set -u
  out="$1"; wait_s="$2"; cp="$3"; shift 3
  java -cp "$cp" org.dateline.cli.Main "$@" &
  app=$!
  sleep "$wait_s"
  if ! kill -0 "$app" 2>/dev/null; then
    echo "screenshot.sh: the app exited before the screenshot" >&2
    wait "$app"; exit 1
  fi
  import -window root "$out"
  status=$?
  kill "$app" 2>/dev/null
  wait "$app" 2>/dev/null
  exit $status
' screenshot "$out_abs" "$wait_s" "$cp" "${app_args[@]}"

echo "screenshot.sh: wrote $out"
