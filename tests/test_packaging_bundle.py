"""The PyInstaller one-folder bundle: builds from the spec alone, passes its self-test
offscreen, leaves out what the kiosk does not use, and can speak (speech-dispatcher plugin
with its library). Prints its size and start time against the venv's, measured in this run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LIMIT_MB = 200

pytestmark = pytest.mark.package


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    assert pyinstaller.exists(), "pyinstaller is part of the dev extra"
    # The spec compiles the translations itself: start without any.
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):
        qm.unlink()
    build = subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build.spec"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    shutil.rmtree(work / "build", ignore_errors=True)
    return work / "dist" / "hubkiosk"


def self_test(command: list[str], data: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUBKIOSK_")}
    started = time.perf_counter()
    result = subprocess.run(
        [*command, "--self-test", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=180,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        cwd=data.parent,
    )
    return result, time.perf_counter() - started


def size_mb(folder: Path) -> float:
    """Bytes in files (os.walk: a link to a folder is not counted twice)."""
    total = 0
    for parent, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(parent) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total / 1e6


def test_bundle_self_tests_with_resources_from_inside(bundle, tmp_path):
    result, _ = self_test([str(bundle / "hubkiosk")], tmp_path / "data")
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert result.stdout.strip().startswith("hubkiosk self-test OK")
    internal = bundle / "_internal"
    assert (internal / "resources" / "fonts" / "OFL.txt").is_file()
    for code in ("bn", "so"):
        assert (internal / "resources" / "translations" / f"hubkiosk_{code}.qm").is_file()
    assert not list((internal / "resources").rglob("*.ts"))


def test_bundle_leaves_out_what_the_kiosk_does_not_use(bundle):
    names = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*")]
    for unused in (
        "psycopg",
        "libgtk-3",
        "libqgtk3",
        "libQt6Qml",
        "libQt6Quick",
        "libQt6WebEngine",
        "libavif",
        "_imagingft",  # Pillow's text drawing: Qt draws a ticket's words
        "libharfbuzz",
    ):
        assert not [n for n in names if unused in n], unused
    dangling = [n for n in names if (bundle / n).is_symlink() and not (bundle / n).exists()]
    assert not dangling
    # Nothing kept links to something left out.
    internal = bundle / "_internal"
    libs = f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"
    qt = internal / "PySide6"
    for module in [*qt.glob("*.so"), *(qt / "Qt" / "plugins").rglob("*.so")]:
        linked = subprocess.run(
            ["ldd", str(module)], capture_output=True, text=True, env={"LD_LIBRARY_PATH": libs}
        ).stdout
        assert "not found" not in linked, f"{module.name}: {linked}"
    assert size_mb(bundle) < LIMIT_MB, sorted(
        (p.stat().st_size // 1_000_000, p.name) for p in bundle.rglob("*") if p.is_file()
    )[-25:]


def test_bundle_can_speak_with_speech_dispatcher(bundle):
    internal = bundle / "_internal"
    plugin = (
        internal / "PySide6" / "Qt" / "plugins" / "texttospeech" / "libqtexttospeech_speechd.so"
    )
    assert plugin.is_file()
    assert (internal / "libspeechd.so.2").is_file()
    libs = f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"
    linked = subprocess.run(
        ["ldd", str(plugin)], capture_output=True, text=True, env={"LD_LIBRARY_PATH": libs}
    ).stdout
    assert "not found" not in linked, linked
    assert str(internal / "libspeechd.so.2") in linked


def test_bundle_size_and_start_time_against_the_venv(bundle, tmp_path, capsys):
    runs = {"bundle": [str(bundle / "hubkiosk")], "venv": [sys.executable, "-m", "hubkiosk"]}
    times: dict[str, float] = {}
    for round_ in range(2):  # the first round warms the disk cache for both
        for name, command in runs.items():
            result, seconds = self_test(command, tmp_path / f"{name}-{round_}")
            assert result.returncode == 0, result.stdout + result.stderr[-2000:]
            times[name] = seconds
    with capsys.disabled():
        print(
            f"\nbundle: {size_mb(bundle):.0f} MB; self-test {times['bundle']:.2f} s "
            f"(venv {times['venv']:.2f} s, ratio {times['bundle'] / times['venv']:.2f})"
        )
    assert times["bundle"] < 3 * times["venv"] + 5


# -- the Debian package, installed into a throwaway Debian 12 ---------------------------

DEBIAN_ROOT_CACHE = Path(
    os.environ.get("HUBKIOSK_DEBIAN_ROOT_CACHE", "/var/cache/hubkiosk-test/bookworm-minbase.tar")
)


def sh(*args: str | Path, timeout: float = 900, **kwargs) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=timeout, **kwargs
    )
    assert result.returncode == 0, f"{args}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def deb(bundle, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("deb")
    built = sh("bash", ROOT / "packaging" / "linux" / "build-deb.sh", bundle, out)
    return Path(built.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def debian_root(tmp_path_factory) -> Path:
    """A Debian 12 minimal root with systemd (debootstrap from Debian's mirror; the
    tarball is kept in DEBIAN_ROOT_CACHE so later runs start in seconds)."""
    assert os.geteuid() == 0, "installing into a throwaway root needs root (chroot)"
    root = tmp_path_factory.mktemp("debian-root")
    if not DEBIAN_ROOT_CACHE.is_file():
        fresh = tmp_path_factory.mktemp("debootstrap")
        sh(
            "debootstrap",
            "--variant=minbase",
            "--include=systemd",
            "bookworm",
            fresh,
            "http://deb.debian.org/debian",
        )
        DEBIAN_ROOT_CACHE.parent.mkdir(parents=True, exist_ok=True)
        partial = DEBIAN_ROOT_CACHE.with_suffix(".partial")
        sh("tar", "-C", fresh, "-cf", partial, ".")
        partial.replace(DEBIAN_ROOT_CACHE)
        shutil.rmtree(fresh, ignore_errors=True)
    sh("tar", "-C", root, "-xf", DEBIAN_ROOT_CACHE)
    root.chmod(0o755)  # pytest's temporary folders are 0700: the kiosk's user must get in
    sh("mount", "-t", "proc", "proc", root / "proc")
    yield root
    subprocess.run(["umount", "-l", str(root / "proc")], check=False)
    shutil.rmtree(root, ignore_errors=True)


def in_root(root: Path, *args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "DEBIAN_FRONTEND": "noninteractive"}
    return sh("chroot", root, *args, env=env, **kwargs)


def test_deb_contents_and_metadata(deb):
    info = sh("dpkg-deb", "--field", deb, "Package", "Version", "Depends").stdout
    assert "Package: hubkiosk" in info
    assert "cage" in info and "speech-dispatcher" in info
    contents = sh("dpkg-deb", "--contents", deb).stdout
    for path in (
        "./opt/hubkiosk/hubkiosk",
        "./etc/hubkiosk/kiosk.toml",
        "./lib/systemd/system/hubkiosk.service",
        "./usr/bin/hubkiosk -> /opt/hubkiosk/hubkiosk",
    ):
        assert path in contents, path
    # IT's edits to the settings survive upgrades.
    assert sh("dpkg-deb", "--info", deb, "conffiles").stdout.split() == ["/etc/hubkiosk/kiosk.toml"]


def test_deb_installs_on_a_bare_debian_12_and_the_kiosk_runs_as_its_user(deb, debian_root):
    shutil.copy(deb, debian_root / "tmp" / deb.name)
    # apt brings in the Depends from Debian's archive: the list is checked for real.
    in_root(debian_root, "apt-get", "update", "-qq")
    in_root(
        debian_root, "apt-get", "install", "-y", "-q", "--no-install-recommends", f"/tmp/{deb.name}"
    )
    user = in_root(debian_root, "getent", "passwd", "hubkiosk").stdout
    assert "/var/lib/hubkiosk" in user and "nologin" in user
    data = debian_root / "var" / "lib" / "hubkiosk"
    assert data.is_dir() and (data.stat().st_mode & 0o777) == 0o750
    assert (debian_root / "etc/systemd/system/graphical.target.wants/hubkiosk.service").is_symlink()
    template = (debian_root / "etc" / "hubkiosk" / "kiosk.toml").read_text()
    assert "# hub_id = " in template and "# printer = " in template
    # The installed program, as the service runs it: its user, its config and data dir.
    result = in_root(
        debian_root,
        "runuser",
        "-u",
        "hubkiosk",
        "--",
        "env",
        "QT_QPA_PLATFORM=offscreen",
        "HUBKIOSK_CONFIG=/etc/hubkiosk/kiosk.toml",
        "HUBKIOSK_DATA_DIR=/var/lib/hubkiosk",
        "/opt/hubkiosk/hubkiosk",
        "--self-test",
        timeout=300,
    )
    assert result.stdout.startswith("hubkiosk self-test OK"), result.stdout
    # The unit is sound against the installed system (cage, the program, the targets).
    sh("systemd-analyze", "verify", f"--root={debian_root}", "hubkiosk.service")
    unit = (debian_root / "lib/systemd/system/hubkiosk.service").read_text()
    assert "\nRestart=always\n" in unit and "\nUser=hubkiosk\n" in unit
    # A frozen kiosk is restarted too: it beats from Cage's child (tests/test_watchdog.py).
    assert "\nWatchdogSec=30\n" in unit and "\nNotifyAccess=all\n" in unit
    assert "\nLimitCORE=0\n" in unit  # a killed kiosk leaves no copy of residents' data
    # Removing keeps the kiosk's data (store, backups, token) for IT.
    in_root(debian_root, "dpkg", "--purge", "hubkiosk")
    assert data.is_dir()
    assert not (debian_root / "opt" / "hubkiosk").exists()
