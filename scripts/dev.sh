#!/usr/bin/env bash
# Hub Kiosk developer entry point: sets up everything from scratch, then runs.
#
#   bash scripts/dev.sh kiosk [hubkiosk args]   set up, then run the kiosk on its embedded
#                                               default (local store, local central server,
#                                               demo data), windowed
#   bash scripts/dev.sh test [pytest args]      set up, then run ruff, mypy and the whole
#                                               test suite (with a throwaway PostgreSQL)
#   bash scripts/dev.sh package [pytest args]   set up, then build and check what IT installs:
#                                               the wheel (installed in a fresh venv), the
#                                               PyInstaller bundle (size, start time, speech)
#                                               and the Debian package (installed into a
#                                               throwaway Debian 12 root, unit verified)
#   bash scripts/dev.sh setup                   only set up
#
# Works on a fresh Debian 12. System libraries are installed with apt when run as root or
# with sudo; otherwise the exact missing packages are named and the script stops.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mode="${1:-kiosk}"
[ $# -gt 0 ] && shift

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[1;31mERROR: %s\033[0m\n' "$*" >&2; exit 1; }

# Qt (offscreen and xcb), a virtual screen, the Python venv, fonts for the screenshots.
KIOSK_PKGS=(python3 python3-venv python3-pip libgl1 libegl1 libxkbcommon0 libfontconfig1
  libdbus-1-3 libglib2.0-0 libx11-6 xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0 libxcb-xinerama0
  libxcb-randr0 libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libxcb-xkb1 libpulse0 libasound2
  libusb-1.0-0 libspeechd2)
# Tests also need a real PostgreSQL, Chromium for the managers' report, pdftotext; the
# packaging checks need git (a clean copy for the wheel), binutils (PyInstaller reads
# libraries with objdump and strips them), debootstrap (a throwaway Debian 12 to install the
# .deb into) and systemd (systemd-analyze verify for the unit); CUPS (cupsd, lpadmin and the
# socket backend) for the system printer tests, which start a private cupsd of their own.
TEST_PKGS=(postgresql chromium poppler-utils git binutils debootstrap systemd cups)

missing_pkgs() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || printf '%s\n' "$pkg"
  done
}

install_system() {
  command -v dpkg-query >/dev/null || die "this script sets up Debian (apt/dpkg); on another system install the equivalents of: $*"
  mapfile -t need < <(missing_pkgs "$@")
  [ ${#need[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo="sudo"
    else
      die "these Debian packages are missing and this user cannot install them (not root, no sudo):
    ${need[*]}
  Ask an administrator to run:  apt-get install -y ${need[*]}"
    fi
  fi
  say "Installing system packages: ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
}

setup_venv() {
  if [ ! -x .venv/bin/python ]; then
    say "Creating .venv"
    python3 -m venv .venv
  fi
  # Installed again only when pyproject.toml (the dependencies and their ranges) changed
  # since the last install into this venv.
  local stamp=".venv/.hubkiosk-installed" wanted
  wanted="$(sha256sum pyproject.toml | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ] \
    || ! (cd / && "$here/.venv/bin/python" -c "import hubkiosk, sys; sys.exit(not hubkiosk.__file__.startswith('$here/'))") 2>/dev/null; then
    say "Installing Hub Kiosk and its dependencies into .venv"
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null
    .venv/bin/python -m pip install -q -e ".[dev]"
    printf '%s\n' "$wanted" > "$stamp"
  else
    say "Hub Kiosk and its dependencies are installed in .venv (pyproject.toml unchanged)"
  fi
  say "Compiling translations"
  .venv/bin/python -m hubkiosk.tools.translations compile
}

start_postgres() {
  # A throwaway PostgreSQL cluster on its own port, stopped when this script exits.
  local bindir
  bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -x "$bindir/initdb" ] || die "PostgreSQL server binaries not found (package postgresql)"
  PG_DIR="$(mktemp -d /tmp/hubkiosk-pg.XXXXXX)"
  local port=$(( 20000 + RANDOM % 20000 ))
  local run=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$PG_DIR"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bindir/initdb" -D "$PG_DIR/data" -U postgres -A trust --no-sync -E UTF8 >/dev/null
  "${run[@]}" "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
  PG_CTL=("${run[@]}" "$bindir/pg_ctl" -D "$PG_DIR/data")
  export HUBKIOSK_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
  say "PostgreSQL test cluster on 127.0.0.1:$port"
}

stop_postgres() {
  if [ -n "${PG_DIR:-}" ]; then
    "${PG_CTL[@]}" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}

ram_tmpdir() {
  # The tests' files (kiosk stores, servers' SQLite databases, browser profiles) on a RAM
  # disk when the machine has one with room (as /tmp is on Debian 13): the stores keep
  # synchronous=FULL, and every commit's fsync on a virtual machine's disk was a quarter of
  # the store-heavy tests' time. An explicit TMPDIR is left as it is.
  [ -z "${TMPDIR:-}" ] || return 0
  [ -d /dev/shm ] && [ -w /dev/shm ] || return 0
  [ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ] || return 0
  local free
  free="$(df -P -k /dev/shm 2>/dev/null | awk 'NR == 2 {print $4}')"
  [ -n "$free" ] && [ "$free" -ge $(( 2 * 1024 * 1024 )) ] || return 0
  TEST_TMP="$(mktemp -d /dev/shm/hubkiosk-test.XXXXXX)"
  export TMPDIR="$TEST_TMP"
  say "Test files on the RAM disk $TEST_TMP"
}

cleanup_test() {
  stop_postgres
  if [ -n "${TEST_TMP:-}" ]; then
    rm -rf "$TEST_TMP"
  fi
}

case "$mode" in
  setup)
    install_system "${KIOSK_PKGS[@]}" "${TEST_PKGS[@]}"
    setup_venv
    ;;
  kiosk)
    install_system "${KIOSK_PKGS[@]}"
    setup_venv
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      say "No screen found: running the kiosk on a virtual screen (Xvfb)"
      exec xvfb-run -a -s "-screen 0 1280x1024x24" env QT_QPA_PLATFORM=xcb .venv/bin/hubkiosk --demo --windowed "$@"
    fi
    exec .venv/bin/hubkiosk --demo --windowed "$@"
    ;;
  test)
    install_system "${KIOSK_PKGS[@]}" "${TEST_PKGS[@]}"
    setup_venv
    trap cleanup_test EXIT
    start_postgres
    ram_tmpdir
    # Compiled bytecode (and pytest's rewritten test modules) kept outside the tree, even
    # where the environment says not to write any: otherwise every test worker and every
    # kiosk process the tests start compiles the same sources again (5 s a worker).
    export PYTHONPYCACHEPREFIX="$here/.venv/pycache"
    unset PYTHONDONTWRITEBYTECODE
    # Every check runs; the script fails at the end if any of them failed.
    failed=()
    say "ruff"
    .venv/bin/ruff check . || failed+=(ruff)
    say "mypy"
    .venv/bin/mypy hubkiosk sync || failed+=(mypy)
    # pytest includes the self-test (tests/test_content_and_selftest.py runs `hubkiosk
    # --self-test`) and the accessibility audit CI relies on (tests/test_a11y_staff.py runs
    # `hubkiosk --audit --quick --staff`), spread over the cores with the other tests.
    say "pytest"
    # On every core, and one worker more: the tests often wait (on a server, a kiosk or a
    # browser they started), and the extra worker runs meanwhile (2 cores: 83-89 s with 3
    # workers, 96-101 s with 2, 97 s with 4). Each pytest-xdist worker has its own servers
    # and PostgreSQL database.
    workers="${HUBKIOSK_TEST_WORKERS:-$(( $(nproc) + 1 ))}"
    .venv/bin/python -m pytest -n "$workers" "$@" || failed+=(pytest)
    if [ ${#failed[@]} -gt 0 ]; then
      die "failed: ${failed[*]}"
    fi
    say "all checks passed"
    ;;
  package)
    install_system "${KIOSK_PKGS[@]}" "${TEST_PKGS[@]}"
    setup_venv
    [ "$(id -u)" -eq 0 ] || die "the packaging checks install the .deb into a throwaway root with chroot: run as root"
    say "packaging: wheel, PyInstaller bundle, Debian package"
    .venv/bin/python -m pytest -m package "$@" || die "packaging checks failed"
    say "packaging checks passed"
    ;;
  *)
    die "unknown mode '$mode' (use: kiosk, test, package, setup)"
    ;;
esac
