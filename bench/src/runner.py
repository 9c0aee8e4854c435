"""The Python baseline the judge is measured against (the Python side of runner.ts).

Calls a solution on a problem's tests with no sandbox and no comparison,
converting each test's input the way the judge's harness does (values.py):
LeetCode's `class Solution` with the signature's method name, the design
class, a fresh `ListNode` chain for a linked list, floats as floats, and
numpy arrays for the ML problems that name a module-level `function`.

    python3 runner.py bare JOB CODE TESTS RUNS WARMUP
        One long-lived process calls the solution on every test WARMUP + RUNS
        times and prints {"times": [...]}: the milliseconds the calls of each
        run after the warm-up took (inputs converted before the clock starts).
    python3 runner.py process JOB CODE TESTS
        One submission of a process-per-submission judge: load the code, read
        the tests, run every one, print the outputs as JSON.

JOB is JSON: {"spec": <the problem's judge spec>, "function": <python.function or null>}.
TESTS is a JSON file of the test inputs in judging order.
"""

import json
import sys
import time

numpy = None  # imported only for the ML problems, as a classical judge would


class ListNode:
    """LeetCode's singly linked list node, provided to every solution."""

    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def to_list(values):
    head = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head


def from_list(head):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    return values


def array_shape(value_type):
    """(element type, depth) of an array type: ("int", 2) for int[][]; depth 0 for scalars."""
    base = value_type.rstrip("[]")
    return base, (len(value_type) - len(base)) // 2


def convert(value, value_type, numpy_style):
    """One argument as the solution receives it in the judge."""
    if value_type == "float":
        return float(value)
    if value_type == "ListNode":
        return to_list(value)
    base, depth = array_shape(value_type)
    if numpy_style and depth and base in ("float", "int", "bool"):
        dtype = {"float": numpy.float64, "int": numpy.int64, "bool": numpy.bool_}[base]
        return numpy.zeros((0, 0), dtype=dtype) if depth == 2 and not value else numpy.array(value, dtype=dtype)
    if base == "float" and depth:
        return [convert(item, value_type[:-2], False) for item in value]
    return value


def plain(value, value_type):
    """A result as JSON-ready values: linked lists as lists, nothing for void."""
    if value_type == "void":
        return None
    if value_type == "ListNode":
        return from_list(value)
    return value


def load(code, spec, function):
    """Runs the code and returns what each test calls, the way the judge finds it."""
    namespace = {"__name__": "__main__", "ListNode": ListNode}
    # What LeetCode puts in scope (List, Optional…, collections, heapq…), as the judge's harness does.
    exec(
        "from typing import *\nfrom collections import *\nfrom heapq import *\nfrom bisect import *\nfrom functools import *\n"
        "from itertools import *\nfrom math import *\nimport collections, heapq, bisect, functools, itertools, math",
        namespace,
    )
    exec(compile(code, "solution.py", "exec"), namespace)
    if spec["kind"] == "design":
        return namespace[spec["className"]]
    if function:
        return namespace[function]
    solution, name = namespace["Solution"], spec["function"]
    return lambda *args: getattr(solution(), name)(*args)


def prepare(entry, spec, numpy_style, test):
    """Converts one test's input and returns the call that runs it."""
    if spec["kind"] == "design":
        methods = {method["name"]: method for method in spec["methods"]}
        ctor = [convert(a, p["type"], numpy_style) for a, p in zip(test["arguments"][0], spec["constructorParams"])]
        calls = []
        for name, args in zip(test["operations"][1:], test["arguments"][1:]):
            method = methods[name]
            calls.append((name, [convert(a, p["type"], numpy_style) for a, p in zip(args, method["params"])], method["returns"]))

        def session():
            instance = entry(*ctor)
            return [None] + [plain(getattr(instance, name)(*args), returns) for name, args, returns in calls]

        return session
    params = spec["params"]
    args = [convert(test[p["name"]], p["type"], numpy_style) for p in params]
    if spec["kind"] == "in-place":
        mutated = next(i for i, p in enumerate(params) if p["name"] == spec["mutates"])

        def call_in_place():
            entry(*args)
            return plain(args[mutated], params[mutated]["type"])

        return call_in_place
    return lambda: plain(entry(*args), spec["returns"])


def to_json(value):
    # A solution may import numpy itself (a design class like BatchNorm2d) even when the problem is not numpy-style.
    np = sys.modules.get("numpy")
    if np is not None and isinstance(value, (np.ndarray, np.generic)):
        return value.tolist()
    raise TypeError(f"cannot write a {type(value).__name__}")


def main(argv):
    global numpy
    mode, job_text, code_file, tests_file = argv[1:5]
    job = json.loads(job_text)
    spec, function = job["spec"], job["function"]
    numpy_style = function is not None
    if numpy_style:
        import numpy
    with open(code_file, encoding="utf-8") as file:
        code = file.read()
    with open(tests_file, encoding="utf-8") as file:
        tests_text = file.read()
    if mode == "process":
        entry = load(code, spec, function)
        outputs = [prepare(entry, spec, numpy_style, test)() for test in json.loads(tests_text)]
        sys.stdout.write(json.dumps(outputs, default=to_json))
        return
    runs, warmup = int(argv[5]), int(argv[6])
    times = []
    for run in range(warmup + runs):
        entry = load(code, spec, function)
        # Fresh inputs each run: in-place problems mutate theirs.
        calls = [prepare(entry, spec, numpy_style, test) for test in json.loads(tests_text)]
        elapsed = 0.0
        for call in calls:
            started = time.perf_counter()
            call()
            elapsed += time.perf_counter() - started
        if run >= warmup:
            times.append(elapsed * 1000)
    sys.stdout.write(json.dumps({"times": times}))


if __name__ == "__main__":
    main(sys.argv)
