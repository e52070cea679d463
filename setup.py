"""meapp's one build step beyond setuptools' own: the Qt Linguist catalogues.

`translations/meapp_<lang>.ts` (edited with Qt Linguist, kept in git) are compiled into
`meapp/resources/translations/meapp_<lang>.qm` inside the built package, so a wheel made by
`pip install .` carries the Kyrgyz and Russian interface and report texts. The compiler is
meapp's own pure-Python one (scripts/qm.py): building needs no Qt tools. Everything else
about the build is in pyproject.toml.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithCatalogues(build_py):
    """setuptools' build_py, then every .ts compiled to .qm beside the package data."""

    def run(self) -> None:
        super().run()
        sys.path.insert(0, str(ROOT / "scripts"))
        from qm import compile_ts  # noqa: PLC0415 - a build-time tool, not part of meapp

        if self.editable_mode:  # `pip install -e .`: the package is the source tree itself
            out = ROOT / "meapp" / "resources" / "translations"
        else:
            out = Path(self.build_lib) / "meapp" / "resources" / "translations"
        out.mkdir(parents=True, exist_ok=True)
        sources = sorted((ROOT / "translations").glob("meapp_*.ts"))
        if not sources:
            raise SystemExit("setup.py: no translations/meapp_*.ts to compile")
        for ts in sources:
            compile_ts(ts, out / f"{ts.stem}.qm")


setup(cmdclass={"build_py": BuildWithCatalogues})
