"""Mianjing's Python fork server: one per worker, started inside the sandbox.

It imports numpy and everything a solution is likely to import once, then
judges submissions one at a time, each in a freshly forked child (see
harness.py), so a submission starts in a few milliseconds with numpy already
loaded, and no state of one submission can reach the next.

Protocol with the host, one line each way per message, UTF-8:

    host -> server   {"code":..., "entry":..., "tests": N, "testsKey":..., limits...}
    server -> host   S {"t": "tests", "need": true|false}   whether it has those tests cached
    host -> server   N lines, one test each (only when needed)
    server -> host   S <json>            the server's own report (trusted)
                     L <cpuMs> <json>    the child's load outcome, as it wrote it
                     R <cpuMs> <json>    one test's outcome, as the child wrote it

The server times the child on its CPU clock, kills it at the limit, reaps it,
empties the private tmp folder and reports `S {"t": "exit", ...}`.
"""

import gc
import json
import os
import select
import shutil
import signal
import sys
import time
from collections import OrderedDict

import numpy  # imported once here, inherited by every child

# -I leaves this script's folder off sys.path: the judge's modules are next to it.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import harness  # noqa: E402
import seccomp  # noqa: E402
import values  # noqa: E402

for _module in harness.PRELUDE_MODULES:
    __import__(_module)

# CPU time the judge's own step before a test may take (converting its input;
# tens of ms for the largest inputs). Kept small: the child could spend it on
# its own work by writing a fake result line, so it must not extend a time limit much.
PREPARE_CPU_MS = 300
PREPARE_WALL_MS = 5_000
# Headroom over the time limit before the child is killed: the limit itself is
# applied by the host to the measured time; this only has to cover the watchdog's tick.
KILL_GRACE_MS = 25
TICK_S = 0.005
# Everything a child may write to its result channel in one submission.
MAX_CHANNEL_BYTES = 64 * 1024 * 1024
# Parsed tests kept for the next submissions of the same problems: at most this
# much JSON, and this many sets (each run with custom inputs is a set of its own).
TEST_CACHE_BYTES = 128 * 1024 * 1024
TEST_CACHE_ENTRIES = 32

_out = sys.stdout.buffer
_in = sys.stdin.buffer


def send(line):
    _out.write(line)
    _out.flush()


def report(message):
    send(b"S " + json.dumps(message, separators=(",", ":")).encode() + b"\n")


def cpu_clock(pid):
    # MAKE_PROCESS_CPUCLOCK(pid, CPUCLOCK_SCHED): the whole process's CPU time.
    return (~pid << 3) | 2


def cpu_ms(clock):
    try:
        return time.clock_gettime(clock) * 1000
    except OSError:
        return None


def memory_now():
    """(address space in bytes, resident set in KiB) of this process: the child starts with the same."""
    with open("/proc/self/statm") as statm:
        pages = statm.read().split()
    page_size = os.sysconf("SC_PAGE_SIZE")
    return int(pages[0]) * page_size, int(pages[1]) * page_size // 1024


def empty(folder):
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        try:
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path, ignore_errors=True)
            else:
                os.unlink(path)
        except OSError:
            pass


class Watch:
    """Follows one child through load, prepare and run phases and enforces their budgets."""

    def __init__(self, pid, job):
        self.pid = pid
        self.clock = cpu_clock(pid)
        self.limit_ms = job["timeLimitMs"]
        self.wall_ms = job["wallLimitMs"]
        self.tests = job["tests"]
        self.phase = "load"
        self.index = 0
        self.mark_cpu = cpu_ms(self.clock) or 0.0
        self.mark_wall = time.monotonic()
        self.killed = None
        self.reaped = False

    def restart(self, phase):
        self.phase = phase
        self.mark_cpu = cpu_ms(self.clock) or self.mark_cpu
        self.mark_wall = time.monotonic()

    def spent(self):
        now = cpu_ms(self.clock)
        return (now if now is not None else self.mark_cpu) - self.mark_cpu

    def over_budget(self):
        cpu = self.spent()
        wall = (time.monotonic() - self.mark_wall) * 1000
        if self.phase == "prepare":
            if cpu > PREPARE_CPU_MS or wall > PREPARE_WALL_MS:
                return "prepare"
            return None
        if self.phase == "done":
            return "wall" if wall > 1_000 else None
        if cpu > self.limit_ms + KILL_GRACE_MS:
            return "timeout"
        if wall > self.wall_ms:
            return "wall"
        return None

    def line(self, line):
        """Handles one line from the child; returns False on a protocol violation."""
        kind, _, body = line.partition(b" ")
        if kind == b"L" and self.phase == "load":
            send(b"L %.3f %s\n" % (self.spent(), body))
            self.restart("prepare")
            return True
        if kind == b"B" and self.phase == "prepare" and body == str(self.index).encode():
            self.restart("run")
            return True
        if kind == b"R" and self.phase == "run":
            send(b"R %.3f %s\n" % (self.spent(), body))
            self.index += 1
            self.restart("prepare" if self.index < self.tests else "done")
            return True
        return False

    def kill(self, reason):
        if self.killed is None:
            self.killed = {"reason": reason, "phase": self.phase, "index": self.index, "cpuMs": round(self.spent(), 3)}
            if not self.reaped:  # a reaped child's pid may already be someone else's
                try:
                    os.kill(self.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass


def exit_handle(pid):
    """A descriptor that becomes readable when the child exits (Linux 5.3+), so no exit waits for a tick."""
    try:
        return os.pidfd_open(pid)
    except (AttributeError, OSError):
        return None


class Lines:
    """Splits the child's byte stream into lines without copying long lines over and over."""

    def __init__(self):
        self.parts = []

    def feed(self, chunk):
        pieces = chunk.split(b"\n")
        if len(pieces) == 1:
            self.parts.append(chunk)
            return []
        first = b"".join(self.parts) + pieces[0]
        self.parts = [pieces[-1]] if pieces[-1] else []
        return [first] + pieces[1:-1]


def supervise(pid, channel, job):
    watch = Watch(pid, job)
    exited = exit_handle(pid)
    lines = Lines()
    received = 0
    status = rusage = None
    open_channel = True

    def take(chunk):
        for line in lines.feed(chunk):
            if not watch.line(line):
                watch.kill("protocol")
                return False
        return True

    while status is None:
        waits = ([channel] if open_channel else []) + ([exited] if exited is not None else [])
        readable, _, _ = select.select(waits, [], [], TICK_S)
        if open_channel and channel in readable:
            chunk = os.read(channel, 1 << 16)
            received += len(chunk)
            if not chunk:
                open_channel = False
            elif received > MAX_CHANNEL_BYTES:
                watch.kill("output")
                open_channel = False
            elif not take(chunk):
                open_channel = False
        reason = watch.over_budget()
        if reason:
            watch.kill(reason)
        waited, wait_status, usage = os.wait4(pid, os.WNOHANG)
        if waited == pid:
            status, rusage = wait_status, usage
            watch.reaped = True
    # The child is gone: whatever it wrote last may still be in the pipe.
    while open_channel and watch.killed is None:
        chunk = os.read(channel, 1 << 16)
        received += len(chunk)
        if not chunk or received > MAX_CHANNEL_BYTES or not take(chunk):
            break
    os.close(channel)
    if exited is not None:
        os.close(exited)
    return watch, status, rusage


def run(job, tests, install_filter):
    channel, child_end = os.pipe()
    job["addressSpaceBytes"], baseline_kb = memory_now()
    # Everything alive now is the server's: the child's garbage collector need
    # not walk it, which would touch (and so copy) every page of it.
    gc.freeze()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(channel)
            if child_end != harness.RESULT_FD:
                os.dup2(child_end, harness.RESULT_FD)
                os.close(child_end)
            harness.run_child(job, tests, install_filter)
        finally:
            os._exit(70)
    os.close(child_end)
    watch, status, rusage = supervise(pid, channel, job)
    exit_info = {
        "t": "exit",
        "code": os.waitstatus_to_exitcode(status),
        "peakMb": round(max(0, rusage.ru_maxrss - baseline_kb) / 1024, 2),
        "completed": watch.index,
    }
    if watch.killed:
        exit_info["killed"] = watch.killed
    for folder in job["scratch"]:
        empty(folder)
    report(exit_info)


_test_cache = OrderedDict()  # key -> (json bytes, parsed tests)


def read_tests(job):
    """The submission's tests: from the cache when this worker has them, else read from the host and kept.

    Parsing a problem's tests can take a second (50 MB of JSON for the largest);
    a child inherits the parsed tests through fork instead.
    """
    key = job["testsKey"]
    cached = _test_cache.get(key)
    report({"t": "tests", "need": cached is None})
    if cached is not None:
        _test_cache.move_to_end(key)
        return cached[1]
    lines = [_in.readline() for _ in range(job["tests"])]
    size = sum(len(line) for line in lines)
    tests = [values.compact(json.loads(line)) for line in lines]
    del lines
    _test_cache[key] = (size, tests)
    while len(_test_cache) > 1 and (
        len(_test_cache) > TEST_CACHE_ENTRIES or sum(entry[0] for entry in _test_cache.values()) > TEST_CACHE_BYTES
    ):
        _test_cache.popitem(last=False)
    return tests


def main():
    os.environ.clear()
    seccomp.make_undumpable()
    install_filter = seccomp.prepare()
    report({"t": "ready", "python": sys.version.split()[0], "numpy": numpy.__version__})
    while True:
        header = _in.readline()
        if not header:
            return
        job = json.loads(header)
        run(job, read_tests(job), install_filter)


if __name__ == "__main__":
    main()
