"""Mianjing's Python fork server: one per worker, started inside the sandbox.

It imports numpy and everything a solution is likely to import once, then
judges submissions one at a time, each in a freshly forked child (see
harness.py), so a submission starts in a few milliseconds with numpy already
loaded, and no state of one submission can reach the next. The child of the
next submission is forked as soon as the last result is out, and waits
locked down until its job arrives: the fork and the child's first page
faults are paid while the worker is idle (and, when the last two submissions
had the same tests, making their inputs: values.Ahead).

Protocol with the host, one line each way per message, UTF-8:

    host -> server   {"code":..., "entry":..., "tests": N, "testsKey":..., limits...}
    server -> host   S {"t": "tests", "need": true|false}   whether it has those tests cached
    host -> server   N lines, one test each (only when needed)
    server -> host   S <json>            the server's own report (trusted)
                     L <cpuMs> <json>    the child's load outcome, as it wrote it
                     R <cpuMs> <text>    one test's outcome, as the child wrote it (see harness.py)
                                         (L and R lines reach the host with the exit report)

The server times the child on its CPU clock, kills it at the limit, reaps it,
empties the private tmp folder and reports `S {"t": "exit", ...}`.
"""

import fcntl
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
import lockdown  # noqa: E402
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
# The result channel's buffer, and the most read from it at once: results of
# megabytes pass in a few handovers between child and server, not hundreds.
CHANNEL_BYTES = 1 << 20
# Parsed tests kept for the next submissions of the same problems: at most this
# much JSON, and this many sets (each run with custom inputs is a set of its own).
TEST_CACHE_BYTES = 128 * 1024 * 1024
TEST_CACHE_ENTRIES = 32

_out = sys.stdout.buffer
_in = sys.stdin.buffer


def widen(pipe):
    """Gives a pipe the channel's buffer; above this system's limit for pipes the default works, with more handovers."""
    try:
        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, CHANNEL_BYTES)
    except OSError:
        pass


def relay(*parts):
    """Passes on what the child wrote; sent with the next report, which the host waits for anyway."""
    for part in parts:
        _out.write(part)  # a large part is written through, not copied into the buffer


def report(message):
    _out.write(b"S " + json.dumps(message, separators=(",", ":")).encode() + b"\n")
    _out.flush()


def cpu_clock(pid):
    # MAKE_PROCESS_CPUCLOCK(pid, CPUCLOCK_SCHED): the whole process's CPU time.
    return (~pid << 3) | 2


def cpu_ms(clock):
    try:
        return time.clock_gettime(clock) * 1000
    except OSError:
        return None


def memory_of(pid="self"):
    """(address space in bytes, resident set in KiB) of a process."""
    with open(f"/proc/{pid}/statm") as statm:
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
            relay(b"L %.3f %s\n" % (self.spent(), body))
            self.restart("prepare")
            return True
        if kind == b"B" and self.phase == "prepare" and body == str(self.index).encode():
            self.restart("run")
            return True
        if kind == b"R" and self.phase == "run":
            relay(b"R %.3f " % self.spent(), body, b"\n")
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
        self.parts.append(pieces[0])
        first = b"".join(self.parts)
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
            chunk = os.read(channel, CHANNEL_BYTES)
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
        if exited is not None and exited not in readable:
            continue  # not gone yet: the exit handle says when
        waited, wait_status, usage = os.wait4(pid, os.WNOHANG)
        if waited == pid:
            status, rusage = wait_status, usage
            watch.reaped = True
    # The child is gone: whatever it wrote last may still be in the pipe.
    while open_channel and watch.killed is None:
        chunk = os.read(channel, CHANNEL_BYTES)
        received += len(chunk)
        if not chunk or received > MAX_CHANNEL_BYTES or not take(chunk):
            break
    os.close(channel)
    if exited is not None:
        os.close(exited)
    return watch, status, rusage


class Child:
    """A process forked ahead of its submission, locked down and waiting for its job (harness.run_child)."""

    def __init__(self, install_filter, hint=None):
        self.channel, child_end = os.pipe()
        widen(self.channel)
        job_end, self.job_in = os.pipe()
        # The child starts with the server's address space: its limit is counted from there.
        self.address_space, self.baseline_kb = memory_of()
        self.reaped = False
        # The tests it inherits: a submission whose tests were read later needs a newer child.
        self.tests = frozenset(_test_cache)
        # Everything alive now is the server's: the child's garbage collector need
        # not walk it, which would touch (and so copy) every page of it.
        gc.freeze()
        self.pid = os.fork()
        if self.pid == 0:
            try:
                os.dup2(job_end, lockdown.JOB_FD)
                os.dup2(child_end, lockdown.RESULT_FD)
                harness.run_child(install_filter, lambda key: _test_cache[key][1], hint)
            finally:
                os._exit(70)
        os.close(child_end)
        os.close(job_end)

    def ready_for(self, job):
        """Whether this child can take `job`: it has the job's tests, and did not die waiting."""
        if job["testsKey"] not in self.tests:
            return False
        waited, _ = os.waitpid(self.pid, os.WNOHANG)
        self.reaped = waited == self.pid
        return not self.reaped

    def discard(self):
        """Ends a child whose job went to a newer one."""
        if not self.reaped:  # a reaped child's pid may already be someone else's
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.channel)
        os.close(self.job_in)

    def start(self, job):
        """Hands the child its job; its peak memory is counted from what it holds now."""
        try:
            self.baseline_kb = memory_of(self.pid)[1]
        except OSError:
            pass
        job["addressSpaceBytes"] = self.address_space
        line = memoryview(json.dumps(job, separators=(",", ":")).encode() + b"\n")
        try:
            while line:
                line = line[os.write(self.job_in, line):]
        except BrokenPipeError:
            pass  # the child is gone: the supervisor sees it exit
        os.close(self.job_in)


def run(job, child):
    """Judges one submission in `child`; returns the server's report of how it ended."""
    child.start(job)
    watch, status, rusage = supervise(child.pid, child.channel, job)
    exit_info = {
        "t": "exit",
        "code": os.waitstatus_to_exitcode(status),
        "peakMb": round(max(0, rusage.ru_maxrss - child.baseline_kb) / 1024, 2),
        "completed": watch.index,
    }
    if watch.killed:
        exit_info["killed"] = watch.killed
    for folder in job["scratch"]:
        empty(folder)
    return exit_info


_test_cache = OrderedDict()  # key -> (json bytes, parsed tests)


def read_tests(job):
    """Makes sure the submission's tests are cached: read from the host and parsed when this worker lacks them.

    Parsing a problem's tests can take a second (50 MB of JSON for the largest);
    a child inherits the parsed tests through fork instead.
    """
    key = job["testsKey"]
    cached = _test_cache.get(key)
    report({"t": "tests", "need": cached is None})
    if cached is not None:
        _test_cache.move_to_end(key)
        return
    lines = [_in.readline() for _ in range(job["tests"])]
    size = sum(len(line) for line in lines)
    tests = values.compact([json.loads(line) for line in lines])
    del lines
    _test_cache[key] = (size, tests)
    while len(_test_cache) > 1 and (
        len(_test_cache) > TEST_CACHE_ENTRIES or sum(entry[0] for entry in _test_cache.values()) > TEST_CACHE_BYTES
    ):
        _test_cache.popitem(last=False)


def judge(child, install_filter):
    """Reads one submission and judges it in `child` (or a newer one); returns how it ended and which tests it had, or None once the host is gone."""
    header = _in.readline()
    if not header:
        return None
    job = json.loads(header)
    read_tests(job)
    if not child.ready_for(job):
        child.discard()
        child = Child(install_filter)
    return run(job, child), (job["testsKey"], job["numpy"])


def main():
    os.environ.clear()
    widen(_out.fileno())
    seccomp.make_undumpable()
    install_filter = seccomp.prepare()
    child = Child(install_filter)
    report({"t": "ready", "python": sys.version.split()[0], "numpy": numpy.__version__})
    tests_before = None
    while True:
        judged = judge(child, install_filter)
        if judged is None:
            return
        ended, tests = judged
        report(ended)
        # The next child is forked once the result is out, and where nothing of
        # the last submission is alive any more. Two submissions in a row with
        # the same tests: someone is working on that problem, and the next
        # child makes its inputs while it waits (values.Ahead).
        child = Child(install_filter, tests if tests == tests_before and tests[0] in _test_cache else None)
        tests_before = tests


if __name__ == "__main__":
    main()
