#!/usr/bin/env bash
# Smoke-test the bundle built by scripts/build_dist.sh: run the bundled executable's `demo`,
# `check` and `gui --screenshot` (plan, dashboard) offscreen with a throw-away data folder,
# check the exit codes and the screenshots, and that nothing was written beside the executable.
# A data file or Qt plugin missing from the bundle makes one of these fail.
#
#   scripts/smoke_dist.sh [BUNDLE_DIR]         # default dist/meapp
#   scripts/smoke_dist.sh --time [BUNDLE_DIR]  # also time `gui --page dashboard --screenshot`,
#                                              # bundle against the source run (.venv)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

TIME=0
if [ "${1:-}" = "--time" ]; then TIME=1; shift; fi
BUNDLE=$(cd "${1:-dist/meapp}" && pwd)
if [ -x "$BUNDLE/meapp-cli.exe" ]; then EXE="$BUNDLE/meapp-cli.exe"; GUI_EXE="$BUNDLE/meapp.exe"
else EXE="$BUNDLE/meapp-cli"; GUI_EXE="$BUNDLE/meapp"; fi
[ -x "$EXE" ] || { echo "smoke: no executable $EXE (run scripts/build_dist.sh)" >&2; exit 1; }
[ -x "$GUI_EXE" ] || { echo "smoke: no executable $GUI_EXE" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export MEAPP_HOME="$WORK/home"
export QT_QPA_PLATFORM=offscreen
unset MEAPP_DB MEAPP_USER MEAPP_PASSWORD
MARK="$WORK/mark"
touch "$MARK"
sleep 1  # file times have a one-second grain on some file systems
mkdir -p "$WORK/cwd"
cd "$WORK/cwd"  # a file written to the current folder would show there

fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
run() {  # run NAME EXPECTED_EXIT CMD... : output into $WORK/NAME.log
  local name=$1 want=$2; shift 2
  local rc=0
  "$@" >"$WORK/$name.log" 2>&1 || rc=$?
  if [ "$rc" != "$want" ]; then
    echo "---- $name (exit $rc, expected $want): $*" >&2
    tail -n 40 "$WORK/$name.log" >&2
    fail "$name"
  fi
  echo "smoke: ok   $name"
}

run version 0 "$GUI_EXE" --version
grep -q "meapp" "$WORK/version.log" || fail "version output"
# Linux: every shared library of the bundle must be loadable. Only one command below (the
# trend) loads numpy, and none loads most of the rest, so a library broken by the build's
# strip step (numpy's OpenBLAS) could pass them; the dynamic loader's check (ldd) does not. A library
# the machine lacks ("not found", e.g. xcb parts on a server) is not the bundle's fault.
if [ -d "$BUNDLE/_internal" ] && command -v ldd >/dev/null && [ "$(uname -s)" = Linux ]; then
  broken=""
  while IFS= read -r -d '' lib; do
    if ! out=$(LD_LIBRARY_PATH="$BUNDLE/_internal" ldd "$lib" 2>&1) \
       || [[ $out == *"error while loading"* ]]; then
      broken="$broken ${lib#"$BUNDLE"/}"
    fi
  done < <(find "$BUNDLE/_internal" -type f -name "*.so*" -print0)
  [ -z "$broken" ] || fail "libraries the loader refuses:$broken"
  echo "smoke: ok   libraries"
fi
# Licence texts: meapp's, Qt's LGPL and every wheel's (scripts/collect_licenses.py).
for f in LICENSE.txt LGPL-3.0.txt GPL-3.0.txt Qt-for-Python.txt THIRD-PARTY.txt; do
  [ -s "$BUNDLE/_internal/licenses/$f" ] || fail "licence text missing: licenses/$f"
done
grep -q "^PySide6" "$BUNDLE/_internal/licenses/THIRD-PARTY.txt" || fail "Qt not in THIRD-PARTY.txt"
echo "smoke: ok   licences"
run demo 0 "$EXE" demo
[ -f "$MEAPP_HOME/meapp.db" ] || fail "demo did not create $MEAPP_HOME/meapp.db"
run check 0 "$EXE" check
run programs-json 0 "$EXE" programs --json
run screenshot 0 "$EXE" gui --page plan --screenshot "$WORK/plan.png"
[ -s "$WORK/plan.png" ] || fail "no screenshot"
head -c 8 "$WORK/plan.png" | od -An -c | grep -q "P   N   G" || fail "screenshot is not a PNG"
run dashboard 0 "$EXE" gui --page dashboard --screenshot "$WORK/dashboard.png"
[ -s "$WORK/dashboard.png" ] || fail "no dashboard screenshot"
# an indicator's trend: the one view that loads pyqtgraph and numpy
run trend 0 "$EXE" gui --page dashboard --item "И-08" --screenshot "$WORK/trend.png"
[ -s "$WORK/trend.png" ] || fail "no trend screenshot"
run report 0 "$EXE" report --kind half-year --lang ky --period 2024-H2 -o "$WORK/report.pdf"
head -c 5 "$WORK/report.pdf" | grep -q "%PDF" || fail "report is not a PDF"
run citizen-png 0 "$EXE" report --kind citizen --lang ru --period 2024-H2 -o "$WORK/citizen.png"
# A Windows pipe or redirect is cp1251/cp866: output must still be UTF-8, never a crash.
PYTHONIOENCODING=cp1251 run programs-cp1251 0 "$EXE" programs
iconv -f UTF-8 -t UTF-8 "$WORK/programs-cp1251.log" >/dev/null || fail "programs output not UTF-8"
# A reader that stops after one line: quiet exit 0.
{ "$EXE" status 2>"$WORK/pipe.err"; echo "rc=$?" >"$WORK/pipe.rc"; } | head -n 1 >/dev/null
grep -q "rc=0" "$WORK/pipe.rc" || fail "status | head -1: $(cat "$WORK/pipe.rc")"
[ ! -s "$WORK/pipe.err" ] || fail "status | head -1 printed: $(head -c 300 "$WORK/pipe.err")"
echo "smoke: ok   closed pipe"
run xlsx 0 "$EXE" export-xlsx --kind iptt -o "$WORK/iptt.xlsx"
[ -s "$WORK/iptt.xlsx" ] || fail "no workbook"
if "$EXE" identity show --user chair >/dev/null 2>&1; then  # the demo's signing identities
  MEAPP_PASSWORD=demo "$EXE" sign "$WORK/report.pdf" --user chair >/dev/null 2>"$WORK/sign.err" \
    || fail "sign: $(tail -n 5 "$WORK/sign.err")"
  [ ! -s "$WORK/sign.err" ] || fail "sign printed on stderr: $(head -c 300 "$WORK/sign.err")"
  echo "smoke: ok   sign (stderr empty)"
  "$EXE" verify "$WORK/report.pdf" >/dev/null 2>"$WORK/verify.err" || fail "verify"
  [ ! -s "$WORK/verify.err" ] || fail "verify printed on stderr: $(head -c 300 "$WORK/verify.err")"
  echo "smoke: ok   verify (stderr empty)"
fi
run bad-input 2 "$EXE" gui --page no-such-page --screenshot "$WORK/x.png"

written=$(find "$BUNDLE" -newer "$MARK" -print | head -n 20)
[ -z "$written" ] || fail "files written inside the bundle: $written"
leftovers=$(find "$WORK/cwd" -mindepth 1 -print | head -n 20)
[ -z "$leftovers" ] || fail "files written to the current folder: $leftovers"
echo "smoke: ok   nothing written beside the executable; data in MEAPP_HOME:" \
  "$(cd "$MEAPP_HOME" && find . -maxdepth 1 -mindepth 1 | sort | tr '\n' ' ')"

if [ "$TIME" = 1 ]; then
  # Median of three runs of each; the first bundle run also warms the disk cache.
  median() { sort -n | sed -n 2p; }
  timeit() {
    local start end
    start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f\n", b - a }'
  }
  "$EXE" gui --page dashboard --screenshot "$WORK/d.png" >/dev/null 2>&1
  b=$(for _ in 1 2 3; do timeit "$EXE" gui --page dashboard --screenshot "$WORK/d.png"; done | median)
  s=$(for _ in 1 2 3; do
        timeit "$ROOT/.venv/bin/python" "$ROOT/main.py" gui --page dashboard --screenshot "$WORK/d.png"
      done | median)
  echo "smoke: time gui --page dashboard --screenshot: bundle ${b}s, source ${s}s (median of 3)"
fi
echo "smoke: bundle $BUNDLE passed"
