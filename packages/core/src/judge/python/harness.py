"""The side of the judge that runs inside the forked child, next to the user's code.

The fork server forks each child ahead of its submission, while the worker is
idle: the child locks itself down (file descriptors, rlimits, seccomp) and
waits for its one job on fd 0: the source, how to find the entry point, its
limits and which tests to run (parsed once per problem in the fork server,
see values.compact, and inherited through fork). It applies the job's limits,
loads the code and calls it once per test, writing one line per step to the
result channel (fd 3):

    L <json>            the code loaded, or why it did not
    B <i>               test i starts (its input is converted; the clock starts)
    R <json>            test i's outcome
    R <json>\t<value>   test i returned: the outcome, then the value's JSON text (or packed, see outputs.py)

The fork server reads the channel, times each test on the child's CPU clock
and kills the child at the limit. Nothing the child writes is trusted: the
host parses it as data and compares outputs itself.
"""

import builtins
import io
import json
import linecache
import os
import sys
import time
import traceback

from lockdown import RESULT_FD, apply_job_limits, job_waiting, limit_memory, lock_down, receive_job
from outputs import BadOutput, encode, encode_result
from values import AHEAD, ARENAS, ListNode, make_inputs

USER_FILE = "solution.py"
# Longest error message and trimmed traceback sent back.
MAX_MESSAGE_CHARS = 2_000
MAX_STACK_CHARS = 6_000

# What LeetCode's Python 3 puts in scope before a solution, so code pasted from
# there runs unchanged: star imports in LeetCode's order, then the modules.
PRELUDE = """\
from string import *
from re import *
from datetime import *
from collections import *
from heapq import *
from bisect import *
from copy import *
from math import *
from random import *
from statistics import *
from itertools import *
from functools import *
from operator import *
from io import *
from sys import *
from json import *
from builtins import *
from typing import *
import string, re, datetime, collections, heapq, bisect, copy, math, random, statistics
import itertools, functools, operator, io, sys, json, typing, array
import numpy, numpy as np
"""

PRELUDE_MODULES = (
    "string", "re", "datetime", "collections", "heapq", "bisect", "copy", "math", "random",
    "statistics", "itertools", "functools", "operator", "io", "json", "typing", "array",
)


class OutputLimit(BaseException):
    """Raised into the solution once it has printed more than the limit, so a print loop stops there."""


class Capture(io.TextIOBase):
    """stdout and stderr of the solution: kept per test, bounded per submission."""

    def __init__(self, limit_chars):
        self.limit = limit_chars
        self.used = 0
        self.parts = []
        self.overflow = False

    def writable(self):
        return True

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if self.overflow or self.used + len(text) > self.limit:
            self.overflow = True
            raise OutputLimit()
        self.used += len(text)
        self.parts.append(text)
        return len(text)

    def take(self):
        text = "".join(self.parts)
        self.parts = []
        return text


# Captured before any user code runs (see outputs.py).
_dumps = json.dumps
_isinstance = builtins.isinstance
_write = os.write
_writev = os.writev
# The thread's clock, not the process's: once RLIMIT_CPU is set, the kernel
# updates the process clock only at scheduler ticks. The child has one thread.
_cpu = time.thread_time
_len = len
_str = str


# ---------------------------------------------------------------- errors


def _bounded(text, limit):
    return text if _len(text) <= limit else text[:limit] + "…"


def describe(error):
    """Name, message and the traceback trimmed to the user's own file."""
    name = type(error).__name__
    try:
        message = _str(error)
    except BaseException:
        message = "[the error message could not be read]"
    try:
        frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == USER_FILE]
        lines = ["Traceback (most recent call last):\n"] if frames else []
        lines += traceback.StackSummary.from_list(frames).format()
        lines.append(f"{name}: {message}" if message else name)
        stack = "".join(lines)
        line = frames[-1].lineno if frames else None
    except BaseException:
        stack, line = f"{name}: {message}", None
    if _len(stack) > MAX_STACK_CHARS:
        stack = "…\n" + stack[-MAX_STACK_CHARS:]
    described = {"name": name, "message": _bounded(message, MAX_MESSAGE_CHARS), "stack": stack}
    if line:
        described["line"] = line
    return described


# ---------------------------------------------------------------- the child


def _send(kind, payload, value=None):
    """Writes one line; a returned value (megabytes, for some results) is not copied into the line first."""
    head = f"{kind} {payload}".encode("utf-8", "replace")
    parts = [head, b"\n"] if value is None else [head, b"\t", value.encode("utf-8", "replace"), b"\n"]
    total = 0
    for part in parts:
        total += _len(part)
    written = _writev(RESULT_FD, parts)
    if written < total:  # only when a signal interrupted the write
        rest = memoryview(b"".join(parts))[written:]
        while rest:
            rest = rest[_write(RESULT_FD, rest):]


_MEMORY_LINE = b'R {"kind":"memory"}\n'


def _prelude_scope():
    """The builtins plus everything the prelude imports, as one dict, built once in the fork server.

    The solution sees it as its builtins rather than a copy in its globals: a
    forked child pays a page fault for every object whose reference count it
    touches, and copying some thousand names cost more than the rest of a
    typical submission together.
    """
    scope = dict(builtins.__dict__)
    exec(compile(PRELUDE, "<prelude>", "exec"), scope)
    scope.pop("__builtins__", None)
    return scope


_PRELUDE_SCOPE = _prelude_scope()


def _namespace(capture):
    sys.stdout = sys.stderr = capture
    sys.stdin = io.StringIO("")
    # `from sys import *` bound the fork server's streams; the solution gets its own.
    _PRELUDE_SCOPE.update(stdout=capture, stderr=capture, stdin=sys.stdin)
    return {"__name__": "__main__", "__builtins__": _PRELUDE_SCOPE, "ListNode": ListNode}


# Run in each child before its job arrives, so the pages that loading and
# calling a solution touch first (the compiler, class creation, the prelude's
# names, the encoder) are copied from the fork server while the worker is
# idle rather than while a submission waits.
_WARM_UP = """\
class Solution:
    def warmUp(self, nums: List[int], k: Optional[int] = None) -> List[int]:
        seen = defaultdict(int)
        for i, x in enumerate(nums):
            seen[x] += i
        return sorted(seen, key=lambda x: (seen[x], x))[: k or len(nums)]
"""


def _warm_up():
    capture = Capture(1024)
    namespace = _namespace(capture)
    exec(compile(_WARM_UP, "<warm-up>", "exec", dont_inherit=True), namespace)
    target, _ = _entry(namespace, {"style": "solution", "name": "warmUp", "className": "Solution"})
    request = {"op": "call", "args": [[3, 1, 2], 2], "types": ["int[]", "int"], "returns": "int[]"}
    run = _bind({"style": "solution", "name": "warmUp"}, target, request, make_inputs(request, False))
    _dumps({"kind": "ok", "log": capture.take(), "cpuMs": 0.5, "value": run()})


def _entry(namespace, entry):
    """The callable the tests use, or why the code does not define it."""
    style, name, class_name = entry["style"], entry["name"], entry.get("className")
    if style == "function":
        target = namespace.get(name)
        if not callable(target):
            return None, f"the code does not define a function {name}"
        return target, None
    target = namespace.get(class_name)
    if not _isinstance(target, type):
        return None, f"the code does not define class {class_name}"
    if style == "solution" and not callable(getattr(target, name, None)):
        return None, f"class {class_name} has no method {name}"
    return target, None


def _bind(entry, target, request, inputs):
    """The timed part of one test: the call on its inputs, and writing what it returned."""
    if request["op"] == "call":
        args = inputs
        mutated = request.get("mutated")

        def call():
            function = getattr(target(), entry["name"]) if entry["style"] == "solution" else target
            returned = function(*args)
            if mutated is None:
                return encode_result(returned, request["returns"])
            return encode_result(args[mutated], request["mutatedType"])

        return call
    ctor_args, calls = inputs

    def session():
        instance = target(*ctor_args)
        parts = ["null"]
        for method_name, args, returns in calls:
            method = getattr(instance, method_name, None)
            if not callable(method):
                raise AttributeError(f"{method_name} is not a method of {type(instance).__name__}")
            parts.append(encode(method(*args), returns))
        return "[" + ",".join(parts) + "]"

    return session


def _prepare(job, target, request, made):
    """Converts one test's input (untimed), unless it was made ahead, and returns the timed call."""
    if made is None:
        ARENAS.making()
        made = make_inputs(request, job["numpy"])
        ARENAS.made()
    return _bind(job["entry"], target, request, made)


def _load(job, namespace, capture):
    """Compiles and runs the user's code; returns what the tests call, or exits after reporting why not."""
    code = job["code"]
    linecache.cache[USER_FILE] = (_len(code), None, code.splitlines(True), USER_FILE)
    clock = _cpu()
    try:
        compiled = compile(code, USER_FILE, "exec", dont_inherit=True)
    except SyntaxError as error:
        message = _bounded(f"{type(error).__name__}: {error.msg}", MAX_MESSAGE_CHARS)
        _send("L", _dumps({"status": "syntax", "message": message, "line": max(1, error.lineno or 1), "column": max(1, error.offset or 1)}))
        os._exit(0)
    try:
        exec(compiled, namespace)
    except MemoryError:
        _send("L", '{"status":"memory"}')
        os._exit(0)
    except OutputLimit:
        _send("L", '{"status":"output-limit"}')
        os._exit(0)
    except BaseException as error:
        _send("L", _dumps({"status": "error", "error": describe(error)}))
        os._exit(0)
    capture.take()  # what the top level printed is not shown, as in TypeScript
    target, missing = _entry(namespace, job["entry"])
    if missing:
        _send("L", _dumps({"status": "missing", "message": missing}))
        os._exit(0)
    _send("L", _dumps({"status": "loaded", "cpuMs": (_cpu() - clock) * 1000}))
    return target


def _run_test(job, target, request, index, capture, made):
    """Runs one test and reports it: `B` once its input is ready, then `R` with the outcome."""
    started = False
    clock = cpu_ms = None
    try:
        run = _prepare(job, target, request, made)
        made = None
        _send("B", index)
        started = True
        clock = _cpu()
        value = run()
        cpu_ms = (_cpu() - clock) * 1000
        outcome = {"kind": "ok"}
    except MemoryError:
        if not started:
            _send("B", index)
        _write(RESULT_FD, _MEMORY_LINE)
        os._exit(0)
    except BadOutput as bad:
        outcome = {"kind": "bad-output", "verdict": bad.verdict, "message": bad.message}
    except OutputLimit:
        outcome = {"kind": "output-limit"}
    except BaseException as error:
        outcome = {"kind": "error", "error": describe(error)}
    if not started:
        _send("B", index)
    elif cpu_ms is None:
        cpu_ms = (_cpu() - clock) * 1000
    outcome["log"] = capture.take()
    if cpu_ms is not None:
        outcome["cpuMs"] = cpu_ms
    if capture.overflow:
        outcome = {"kind": "output-limit", "log": outcome["log"]}
    if outcome["kind"] == "ok":
        _send("R", _dumps(outcome), value)
    else:
        _send("R", _dumps(outcome))


def _run_tests(job, target, tests, capture):
    for index, request in enumerate(tests):
        if AHEAD.held_from(index) != AHEAD.held_from(index + 1):
            # Test `index` starts: its input made ahead counts against the memory limit from now on.
            limit_memory(job, AHEAD.held_from(index + 1))
        _run_test(job, target, request, index, capture, AHEAD.take(index))


def run_child(install_filter, tests_for, hint):
    """Runs one submission in this freshly forked process; never returns.

    Forked ahead of its submission: everything up to `receive_job` happens
    while the worker is idle. `tests_for(key)` gives the parsed tests this
    process inherited from the fork server; `hint` names the tests (and
    whether they take numpy arrays) whose inputs are worth making ahead.
    """
    try:
        lock_down(install_filter)
        _warm_up()
        if hint is not None:
            AHEAD.make(hint, tests_for(hint[0]), job_waiting)
        job = receive_job()
        if job is None:
            os._exit(0)
        AHEAD.keep_for(job)
        apply_job_limits(job, AHEAD.held_from(0))
        capture = Capture(job["outputLimitChars"])
        target = _load(job, _namespace(capture), capture)
        _run_tests(job, target, tests_for(job["testsKey"]), capture)
    except MemoryError:
        os._exit(71)
    except BaseException:
        os._exit(70)
    os._exit(0)
