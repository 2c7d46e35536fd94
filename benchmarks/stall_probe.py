"""Where the GUI thread stalls: a watchdog thread samples the GUI thread's stack.

The GUI thread touches a heartbeat from a 5 ms QTimer; a plain Python thread checks it every
few milliseconds and, while the heartbeat is older than ``threshold`` seconds, records the
GUI thread's Python stack (``sys._current_frames``). Each long gap is reported with what
every thread of the process did meanwhile (CPU time run and waited for, from
``/proc/self/task/*/schedstat``) and the stacks seen, so a gap reads as one of:

- the GUI thread ran: its own work (the stacks say which);
- it waited for a CPU: the machine is loaded (other processes, or our own threads);
- it neither ran nor waited while a worker ran: it was blocked, on the GIL (a worker in a
  long C call, or one that lets the GIL go and takes it back at once, row after row) or on
  a lock (SQLite's busy timeout).

:meth:`StallProbe.trace_kiosk` also records C calls over 10 ms on the kiosk's workers.
For the benchmarks (``run_all.py --only ui_stall --trace-stalls FILE``), not the kiosk.

Usage::

    probe = StallProbe(threshold=0.03)
    probe.start()
    ...  # run the scenario under the Qt event loop
    probe.stop()
    print(probe.report())
"""

from __future__ import annotations

import collections
import os
import sys
import threading
import time
import traceback
from typing import Any

from PySide6.QtCore import QTimer


def thread_times() -> dict[str, tuple[int, int]]:
    """Per thread of this process: nanoseconds run on a CPU and waited for one (schedstat)."""
    found: dict[str, tuple[int, int]] = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/schedstat") as stat:
                run, wait, _ = stat.read().split()
            with open(f"/proc/self/task/{tid}/comm") as comm:
                name = comm.read().strip()
        except OSError:
            continue
        found[f"{tid}:{name}"] = (int(run), int(wait))
    return found


class StallProbe:
    """Samples the GUI thread's stack while its 5 ms heartbeat is late."""

    def __init__(self, threshold: float = 0.03, every: float = 0.005) -> None:
        self.threshold = threshold
        self.every = every
        self.beat = time.perf_counter()
        self.samples: collections.Counter[str] = collections.Counter()
        self.gaps: list[float] = []
        #: Each long gap: when it began (seconds after start), how long, the stacks seen.
        self.episodes: list[tuple[float, float, list[str]]] = []
        self._times = thread_times()
        self._current: list[str] = []
        self._began = self.beat
        self._gui = threading.get_ident()
        self._stop = threading.Event()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._thread = threading.Thread(target=self._watch, daemon=True, name="stall-probe")

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self.beat
        self.gaps.append(gap)
        times = thread_times()
        if gap >= self.threshold:
            spent = []
            for key, (run, wait) in times.items():
                run0, wait0 = self._times.get(key, (0, 0))
                if run - run0 > 1e6 or wait - wait0 > 1e6:
                    spent.append(
                        f"cpu {key}: ran {(run - run0) / 1e6:.0f} ms, "
                        f"waited for a CPU {(wait - wait0) / 1e6:.0f} ms"
                    )
            self.episodes.append((self.beat - self._began, gap, spent + self._current))
        self._times = times
        self._current = []
        self.beat = now

    def _watch(self) -> None:
        while not self._stop.wait(self.every):
            late = time.perf_counter() - self.beat
            if late < self.threshold:
                continue
            frame = sys._current_frames().get(self._gui)
            if frame is None:
                continue
            stack = traceback.extract_stack(frame)[-8:]
            key = " <- ".join(
                f"{s.filename.rsplit('/', 2)[-1]}:{s.lineno} {s.name}" for s in reversed(stack)
            )
            self.samples[key] += 1
            self._current.append(key)

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_began = time.perf_counter()
            return
        took = time.perf_counter() - self._gc_began
        if took > 0.005:
            self.collections.append(
                (self._gc_began - self._began, took, info["generation"],
                 threading.current_thread().name)
            )  # fmt: skip

    def start(self) -> None:
        import gc

        self.collections: list[tuple[float, float, int, str]] = []
        self._gc_began = 0.0
        gc.callbacks.append(self._gc)
        self.beat = self._began = time.perf_counter()
        self._times = thread_times()
        self._timer.start()
        self._thread.start()

    def stop(self) -> None:
        import gc

        gc.callbacks.remove(self._gc)
        self._timer.stop()
        self._stop.set()
        self._thread.join()

    def trace_kiosk(self, kiosk: Any) -> None:
        """Record long C calls on the kiosk's workers (its sync cycle, its runner's
        operations): a call that keeps the GIL keeps the GUI thread waiting."""
        worker = kiosk.sync.worker
        worker._sync_once = traced(worker._sync_once)
        from hubkiosk.qt import ops

        plain = ops.OpRunner.run

        def run(runner: Any, fn: Any, **kwargs: Any) -> Any:
            return plain(runner, traced(fn), **kwargs)

        ops.OpRunner.run = run  # type: ignore[method-assign]

    def report(self, top: int = 8) -> str:
        lines = [
            f"longest gap {max(self.gaps, default=0) * 1000:.1f} ms over {len(self.gaps)} ticks"
        ]
        for key, count in self.samples.most_common(top):
            lines.append(f"{count:4d} x {key}")
        for began, gap, stacks in sorted(self.episodes, key=lambda e: -e[1])[:top]:
            lines.append(f"gap of {gap * 1000:.1f} ms at {began:.3f} s:")
            lines.extend(f"    {key}" for key in dict.fromkeys(stacks))
        lines.append("garbage collections over 5 ms (at, took, generation, thread):")
        for at, took, generation, thread in self.collections:
            lines.append(f"    {at:.3f} s: {took * 1000:.1f} ms, generation {generation}, {thread}")
        lines.append("C calls over 10 ms on the traced workers (socket waits left out):")
        for seconds, name, where in LONG_C_CALLS:
            if "recv_into" not in name and "readline" not in name:
                lines.append(f"    {seconds * 1000:.1f} ms {name} at {where}")
        return "\n".join(lines)


#: C calls (which hold the GIL unless they let it go) that ran longer than 10 ms in a
#: thread traced with :func:`traced`: (seconds, function, the Python line that called it).
LONG_C_CALLS: list[tuple[float, str, str]] = []


def traced(fn):  # type: ignore[no-untyped-def]
    """``fn`` wrapped so that, on whatever thread it runs, long C calls are recorded."""

    def hook(frame, event, arg):  # type: ignore[no-untyped-def]
        if event == "c_call":
            starts[id(arg)] = time.perf_counter()
        elif event in ("c_return", "c_exception"):
            began = starts.pop(id(arg), None)
            if began is not None and time.perf_counter() - began > 0.01:
                where = f"{frame.f_code.co_filename.rsplit('/', 2)[-1]}:{frame.f_lineno}"
                caller = frame.f_back
                while caller is not None:
                    name = caller.f_code.co_filename
                    if "hubkiosk" in name or "/sync/" in name:
                        where += f" <- {name.rsplit('/', 2)[-1]}:{caller.f_lineno}"
                    caller = caller.f_back
                LONG_C_CALLS.append(
                    (
                        time.perf_counter() - began,
                        repr(arg)[:80],
                        where + " " + threading.current_thread().name,
                    )
                )

    starts: dict[int, float] = {}

    def run(*args, **kwargs):  # type: ignore[no-untyped-def]
        sys.setprofile(hook)
        try:
            return fn(*args, **kwargs)
        finally:
            sys.setprofile(None)

    return run
