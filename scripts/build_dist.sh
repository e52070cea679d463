#!/usr/bin/env bash
# Build the self-contained meapp bundle for this machine into dist/meapp/ (PyInstaller,
# packaging/meapp.spec). Uses its own venv, .venv-dist, holding the project and PyInstaller
# only (no test tools), so nothing the app does not need ends up in the bundle.
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
if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ] || [ "$0" -nt "$STAMP" ]; then
  "$PY" -m pip install -q --upgrade pip
  # The postgres extra: a rayon office may point the same bundle at a shared server.
  "$PY" -m pip install -q -e ".[postgres]" "pyinstaller>=6.10"
  touch "$STAMP"
fi

# The compiled catalogues are generated files (not in git): make them from the .ts files.
"$PY" scripts/translations.py compile

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/meapp.spec

BUNDLE=dist/meapp
if command -v du >/dev/null; then
  echo "bundle: $BUNDLE  $(du -sh "$BUNDLE" | cut -f1) unpacked, $(find "$BUNDLE" -type f | wc -l) files"
fi
