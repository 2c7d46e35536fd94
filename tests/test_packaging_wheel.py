"""The wheel works installed on its own: resources, migrations and templates inside it.

Built from a clean copy of the tracked files (as a fresh clone would be), installed into a
fresh venv whose only other packages are the dev venv's dependencies (on the path, so
nothing is downloaded again), and run from outside the checkout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.package


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None, timeout: float = 600):
    result = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, cwd=cwd, env=env, timeout=timeout
    )
    assert result.returncode == 0, f"{args}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A venv with only the wheel installed (its dependencies come from the dev venv)."""
    base = tmp_path_factory.mktemp("wheel")
    clone = base / "clone"
    run("git", "clone", "--quiet", "--no-hardlinks", ROOT, clone, cwd=base)
    # Work not yet committed is what is under test: copy the tracked files over the clone.
    tracked = run(
        "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT
    ).stdout.split("\0")
    for name in filter(None, tracked):
        source = ROOT / name
        if source.is_file():
            (clone / name).parent.mkdir(parents=True, exist_ok=True)
            (clone / name).write_bytes(source.read_bytes())
    assert not list((clone / "resources" / "translations").glob("*.qm"))  # build output
    run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--quiet",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        base / "dist",
        clone,
        cwd=base,
    )
    (wheel,) = (base / "dist").glob("hubkiosk-*.whl")
    venv = base / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=base)
    site = Path(
        run(
            venv / "bin" / "python",
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['purelib'])",
            cwd=base,
        ).stdout.strip()
    )
    # Dependencies from the dev venv, after the new venv's own packages.
    (site / "zz-dev-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        venv / "bin" / "python",
        "install",
        "--quiet",
        "--no-deps",
        "--no-index",
        wheel,
        cwd=base,
    )
    return venv


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HUBKIOSK_", "PYTHON"))}
    return {**env, "QT_QPA_PLATFORM": "offscreen", **extra}


def test_the_wheel_carries_its_resources(installed, tmp_path):
    where = run(
        installed / "bin" / "python",
        "-c",
        "import hubkiosk, hubkiosk.resources as r; print(hubkiosk.__file__); print(r.resources_dir())",
        cwd=tmp_path,
        env=clean_env(),
    ).stdout.split()
    assert where[0].startswith(str(installed)), where
    assert where[1] == str(Path(where[0]).parent / "_resources")
    assert (Path(where[1]) / "translations" / "hubkiosk_bn.qm").is_file()


def test_the_installed_kiosk_passes_its_self_test(installed, tmp_path):
    result = run(
        installed / "bin" / "hubkiosk",
        "--self-test",
        "--data-dir",
        tmp_path / "data",
        cwd=tmp_path,
        env=clean_env(),
        timeout=180,
    )
    assert result.stdout.startswith("hubkiosk self-test OK")


def test_the_installed_server_migrates_publishes_and_enrols(installed, tmp_path):
    db = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    server = installed / "bin" / "hubkiosk-server"
    run(server, "--db", db, "migrate", cwd=tmp_path, env=clean_env())
    published = run(server, "--db", db, "config", "publish", cwd=tmp_path, env=clean_env())
    assert "1" in published.stdout
    code = run(
        server, "--db", db, "enrol", "--hub", "idea-store-bow", cwd=tmp_path, env=clean_env()
    )
    assert code.stdout.strip()
