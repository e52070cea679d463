#!/usr/bin/env bash
# Build the self-contained meapp bundle for this machine into dist/meapp/ (PyInstaller,
# packaging/meapp.spec). Uses its own venv, .venv-dist, holding the project and PyInstaller
# only (no test tools), so nothing the app does not need ends up in the bundle; both come
# from requirements/dist.txt (hash-checked, the same versions as `make venv` plus PyInstaller).
#
#   scripts/build_dist.sh            # build (the venv is created or updated on first use)
#   PYTHON=python3.12 scripts/build_dist.sh
#
# On Windows run it from Git Bash, or follow the same steps by hand (see README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=.venv-dist
if [ -x "$VENV/Scripts/python.exe" ]; then PY="$VENV/Scripts/python.exe"; else PY="$VENV/bin/python"; fi
STAMP="$VENV/.installed"

if [ ! -x "$PY" ]; then
  "$PYTHON" -m venv "$VENV"
  if [ -x "$VENV/Scripts/python.exe" ]; then PY="$VENV/Scripts/python.exe"; else PY="$VENV/bin/python"; fi
fi
if [ ! -f "$STAMP" ] || [ requirements/dist.txt -nt "$STAMP" ] || [ "$0" -nt "$STAMP" ]; then
  "$PY" -m pip install -q --require-hashes --only-binary=:all: --no-deps -r requirements/dist.txt
  "$PY" -m pip install -q --no-deps --no-build-isolation -e .
  touch "$STAMP"
fi

# The compiled catalogues are generated files (not in git): make them from the .ts files.
"$PY" scripts/translations.py compile
# Third-party licence texts for the bundle (_internal/licenses/), from the installed packages.
"$PY" scripts/collect_licenses.py build/licenses

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/meapp.spec

BUNDLE=dist/meapp
if command -v du >/dev/null; then
  echo "bundle: $BUNDLE  $(du -sh "$BUNDLE" | cut -f1) unpacked, $(find "$BUNDLE" -type f | wc -l) files"
fi
