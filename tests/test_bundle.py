"""The PyInstaller one-folder bundle builds and passes its self-test offscreen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.package


def test_bundle_builds_and_self_tests(tmp_path):
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    assert pyinstaller.exists(), "pyinstaller is part of the dev extra"
    build = subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "build"),
            str(ROOT / "build.spec"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    exe = tmp_path / "dist" / "hubkiosk" / "hubkiosk"
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUBKIOSK_")}
    result = subprocess.run(
        [str(exe), "--self-test", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=180,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert result.stdout.strip().startswith("hubkiosk self-test OK")
    # Resources come from inside the bundle, not from the source tree.
    assert (
        tmp_path / "dist" / "hubkiosk" / "_internal" / "resources" / "fonts" / "OFL.txt"
    ).is_file()
    shutil.rmtree(tmp_path / "build", ignore_errors=True)
