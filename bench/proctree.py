"""Run a command and watch its whole process tree: wall time, CPU time and peak memory of every process.

``getrusage`` sees only the processes a parent waited for, and the analysis workers are
children of multiprocessing's forkserver, which nobody waits for until the interpreter exits;
Pagefind is a grandchild of ``mkdocs build``. So this polls ``/proc`` instead: every process
whose parent chain leads to the command, its peak resident memory (``VmHWM``, kept by the
kernel, so a poll between two peaks loses nothing) and its CPU time (``utime + stime``, the
last value seen). A process that starts and ends between two polls is missed; the build's
processes live for seconds or more, and the poll is every 0.1 s.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

POLL = 0.1
TICKS = os.sysconf("SC_CLK_TCK")


def _children() -> dict[int, int]:
    """{pid: parent pid} of every process on the machine."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # the command name is in brackets and may hold spaces: fields start after the last ")"
        fields = stat[stat.rindex(")") + 2 :].split()
        parents[int(entry.name)] = int(fields[1])
    return parents


def _sample(pid: int) -> tuple[str, float, float] | None:
    """(name, peak MB, CPU seconds) of one process, or None once it has gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    name = next((line.split(":", 1)[1].strip() for line in status.splitlines() if line.startswith("Name:")), "?")
    peak = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), 0) / 1024
    fields = stat[stat.rindex(")") + 2 :].split()
    cpu = (int(fields[11]) + int(fields[12])) / TICKS
    return name, peak, cpu


def run_tree(command: list[str], **popen: object) -> dict:
    """Run ``command`` to the end; returns returncode, stdout, stderr, wall seconds, CPU seconds of
    the whole tree, and the peak MB of each process seen ({"pid name": MB}) and of the largest."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)
    seen: dict[int, tuple[str, float, float]] = {}
    import threading

    out: dict[str, str] = {}

    def drain(name: str, stream) -> None:  # noqa: ANN001 - a text stream
        out[name] = stream.read()

    readers = [threading.Thread(target=drain, args=(n, s)) for n, s in (("stdout", process.stdout), ("stderr", process.stderr))]
    for reader in readers:
        reader.start()
    while process.poll() is None:
        tree, parents = {process.pid}, _children()
        grew = True
        while grew:
            grew = False
            for pid, parent in parents.items():
                if parent in tree and pid not in tree:
                    tree.add(pid)
                    grew = True
        for pid in tree:
            sample = _sample(pid)
            if sample:
                # a process that has just exited (a zombie) has no memory figures left: keep the last ones
                name, peak, cpu = sample
                _, old_peak, old_cpu = seen.get(pid, (name, 0.0, 0.0))
                seen[pid] = (name, max(peak, old_peak), max(cpu, old_cpu))
        time.sleep(POLL)
    wall = time.perf_counter() - started
    for reader in readers:
        reader.join()
    peaks = {f"{pid} {name}": round(peak, 1) for pid, (name, peak, _) in sorted(seen.items())}
    return {
        "returncode": process.returncode,
        "stdout": out.get("stdout", ""),
        "stderr": out.get("stderr", ""),
        "wall": wall,
        "tree_cpu": sum(cpu for _, _, cpu in seen.values()),
        "processes": len(seen),
        "peaks_mb": peaks,
        "cpu_s": {f"{pid} {name}": round(cpu, 2) for pid, (name, _, cpu) in sorted(seen.items())},
        "max_mb": max((peak for _, peak, _ in seen.values()), default=0.0),
    }
