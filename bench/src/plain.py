"""The plain fork-per-submission design for Python (the Python side of python.ts's plain baseline).

The simplest design with the judge's Python process model, the baseline the
judge's Python path is measured against beside a fresh `python3` per
submission: one long-lived server with numpy (for the ML problems) and
LeetCode's modules imported and the problem's test inputs read as one JSON
text; for each submission a fresh forked child loads the code, parses the
inputs from that text, calls the solution on each (converted as runner.py
converts them), writes all answers as one `json.dumps`, and exits. The host
compares each answer's text with the reference's.

It keeps none of the judge's guarantees beyond a fresh process per
submission: no sandbox (bubblewrap, seccomp), no rlimits, no per-test CPU
time or verdicts, no output limits, no tolerance.

    python3 plain.py JOB TESTS
        Reads one submission's code per line on stdin (a JSON string) and
        answers each with one line: the outputs as one JSON array, or
        "error: ..." when the child failed.
"""

import bisect  # noqa: F401 — LeetCode's modules, imported once in the server, not per child
import collections  # noqa: F401
import functools  # noqa: F401
import heapq  # noqa: F401
import itertools  # noqa: F401
import json
import math  # noqa: F401
import os
import sys
import typing  # noqa: F401

# runner.py beside this file (python3 -I leaves the script's folder out of the path).
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402


def judge_one(code, spec, function, numpy_style, tests_text):
    """Forks a child that runs every test on the code; returns the answers' JSON text."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        status = 0
        try:
            entry = runner.load(code, spec, function)
            outputs = [runner.prepare(entry, spec, numpy_style, test)() for test in json.loads(tests_text)]
            data = json.dumps(outputs, default=runner.to_json).encode()
        except BaseException as error:  # noqa: BLE001 — reported to the host, whatever it is
            data = f"error: {type(error).__name__}: {error}".replace("\n", " ").encode()
            status = 1
        with os.fdopen(write_end, "wb") as out:
            out.write(data)
        os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as answers:
        text = answers.read().decode()
    os.waitpid(pid, 0)
    return text or "error: the child wrote nothing"


def main(argv):
    job = json.loads(argv[1])
    spec, function = job["spec"], job["function"]
    numpy_style = function is not None
    if numpy_style:
        import numpy

        runner.numpy = numpy
    with open(argv[2], encoding="utf-8") as file:
        tests_text = file.read()
    for line in sys.stdin:
        sys.stdout.write(judge_one(json.loads(line), spec, function, numpy_style, tests_text) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv)
