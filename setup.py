"""Build hook: ship resources/ inside the wheel, as the package data ``hubkiosk/_resources``.

The repository keeps styles, fonts, translations, icons and content in ``resources/`` at the
top (translators, content editors and PyInstaller's build.spec use it there); an installed
wheel finds the same files with ``importlib.resources`` (``hubkiosk.resources``). Compiled
translations (.qm) are build output: compiled here with pyside6-lrelease when it is at hand
(``pip wheel . --no-build-isolation`` in the dev venv), else the build stops and says so.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"

def languages() -> list[str]:
    """Every language the kiosk has a translation source for (``hubkiosk_<code>.ts``)."""
    return sorted(
        ts.stem.split("_", 1)[1] for ts in (RESOURCES / "translations").glob("hubkiosk_*.ts")
    )


def lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def compile_translations() -> None:
    tool = lrelease()
    for code in languages():
        ts = RESOURCES / "translations" / f"hubkiosk_{code}.ts"
        qm = ts.with_suffix(".qm")
        if tool is not None:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        elif not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            raise SystemExit(
                f"{qm.relative_to(ROOT)} is missing or older than its .ts and pyside6-lrelease "
                "is not available: run `bash scripts/dev.sh setup` (or `python -m "
                "hubkiosk.tools.translations compile`) first, or build with "
                "`pip wheel . --no-build-isolation` from the dev venv."
            )


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ from the checkout
        compile_translations()
        target = Path(self.build_lib) / "hubkiosk" / "_resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(RESOURCES, target, ignore=shutil.ignore_patterns("*.ts", "__pycache__"))


setup(cmdclass={"build_py": BuildWithResources})
