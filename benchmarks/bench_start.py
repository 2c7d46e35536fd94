"""Kiosk start benchmark (not a test): a new process building the window on a store at head.

Every start of a kiosk whose store is already at every migration head used to import
Alembic (and Mako, Pygments) only to compare heads. Now the store checks its recorded
revision against the migration files without it (:mod:`hubkiosk.store.migrate`). This
times, each in a fresh Python process, ``hubkiosk.app.build(["--windowed", "--data-dir",
DIR])`` including its imports, on a store already at head, against a baseline measured in
the same run: the same start after first doing what every start used to do (import Alembic
and ask it for the heads and the store's revision).

Usage::

    python benchmarks/bench_start.py [--runs 10]

Prints the median and minimum of each, their ratio, and whether Alembic was imported.
Runs headless (``QT_QPA_PLATFORM=offscreen``) unless a platform is set.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
started = time.perf_counter()
data = sys.argv[1]
if sys.argv[2] == "baseline":
    from hubkiosk.store import migrate
    from hubkiosk.store.db import make_engine, DB_NAME
    engine = make_engine(__import__("pathlib").Path(data) / DB_NAME)
    assert migrate.current(engine) == migrate.heads()
    engine.dispose()
from hubkiosk.app import build
kiosk = build(["--windowed", "--data-dir", data])
took = time.perf_counter() - started
kiosk.close()
print(json.dumps({"seconds": took, "alembic": "alembic" in sys.modules}))
"""


def one(data: Path, mode: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(data), mode],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=300,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        one(data, "start")  # makes the store (migrations run once)
        runs: dict[str, list[dict[str, object]]] = {"start": [], "baseline": []}
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            for mode in runs:
                runs[mode].append(one(data, mode))
    medians = {}
    for mode, results in runs.items():
        seconds = [float(str(r["seconds"])) for r in results]
        medians[mode] = statistics.median(seconds)
        alembic = sorted({bool(r["alembic"]) for r in results})
        print(
            f"{mode:>8}: median {medians[mode]:.3f} s, min {min(seconds):.3f} s "
            f"(n={len(seconds)}), Alembic imported: {alembic}"
        )
    print(f"   ratio: {medians['start'] / medians['baseline']:.2f} of the baseline")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
