"""A test's input as the solution receives it.

The fork server parses each problem's tests once and keeps them compact
(`compact`): rectangular arrays of numbers as numpy arrays, in huge pages
when large. A child makes each test's arguments from them, fresh for the
test (`make_inputs`): lists, or numpy arrays for the ML problems that name a
module-level function, and `ListNode` chains for linked lists; or ahead of
its submission, while the worker is idle (`Ahead`).
"""

import builtins
import mmap
import os

import numpy


class ListNode:
    """LeetCode's singly linked list node, provided to every solution."""

    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return f"ListNode({self.val})"


# Captured at import, before any user code runs (see outputs.py).
_isinstance = builtins.isinstance
_len = len
_list = list
_ndarray = numpy.ndarray
_type = type
_PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")


_NUMPY_DTYPES = {"float": numpy.float64, "int": numpy.int64, "bool": numpy.bool_}


def _array_shape(value_type):
    """(element type, depth) of an array type: ("int", 2) for int[][]; depth 0 for scalars."""
    base = value_type.rstrip("[]")
    return base, (len(value_type) - len(base)) // 2


# A problem's tests holding at least this many bytes of numbers keep them in
# one buffer in huge pages (see `_into_huge_pages`).
HUGE_PAGE_BYTES = 2 << 20
SHARED_BUFFER_MIN_BYTES = 2 * HUGE_PAGE_BYTES


def compact(requests):
    """A problem's parsed tests with their rectangular number arrays stored as numpy arrays.

    Done once in the fork server, which keeps the tests of recent problems: a
    numpy array takes a fraction of the memory of a list of Python ints, and a
    child turns it back into a list (`tolist`) in a few milliseconds instead of
    parsing megabytes of JSON again.
    """
    arrays = []  # (the list holding an array, its index there)

    def pack(values, types):
        packed = []
        for value, value_type in zip(values, types):
            base, depth = _array_shape("int[]" if value_type == "ListNode" else value_type)
            dtype = _NUMPY_DTYPES.get(base)
            if depth and dtype is not None and _len(value) > 0:
                try:
                    value = numpy.array(value, dtype=dtype)
                    if value.size:
                        arrays.append((packed, _len(packed)))
                except (ValueError, TypeError, OverflowError):
                    pass
            packed.append(value)
        return packed

    for request in requests:
        if request["op"] == "call":
            request["args"] = pack(request["args"], request["types"])
        else:
            request["ctorArgs"] = pack(request["ctorArgs"], request["ctorTypes"])
    if sum(holder[index].nbytes for holder, index in arrays) >= SHARED_BUFFER_MIN_BYTES:
        _into_huge_pages(arrays)
    return requests


def _into_huge_pages(arrays):
    """Moves the arrays into one buffer in huge pages, where they stay as views.

    Every child reads the arrays of its tests. With 4 KiB pages, the first
    touch of each page costs a child a few microseconds on some virtual
    machines (over 60 ms for the largest problem's 50 MB); a 2 MiB page costs
    that once for 512 of them, and forking the server copies one page table
    entry for it instead of 512.
    """
    total = sum(holder[index].nbytes + 8 for holder, index in arrays)
    buffer = mmap.mmap(-1, total + HUGE_PAGE_BYTES, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    if hasattr(mmap, "MADV_HUGEPAGE"):
        try:
            buffer.madvise(mmap.MADV_HUGEPAGE)
        except OSError:
            pass  # no transparent huge pages here: the buffer still works, in small pages
    address = numpy.frombuffer(buffer, dtype=numpy.uint8, count=1).__array_interface__["data"][0]
    offset = -address % HUGE_PAGE_BYTES
    for holder, index in arrays:
        array = holder[index]
        view = numpy.frombuffer(buffer, dtype=array.dtype, count=array.size, offset=offset).reshape(array.shape)
        view[...] = array
        holder[index] = view
        offset += -(-array.nbytes // 8) * 8


class Arenas:
    """Keeps the memory one test's input was made in for the next test's input.

    Python returns an arena (1 MB of small objects) to the system as soon as
    its last object is freed, so each test's input of hundreds of thousands of
    numbers would be made in fresh pages, paying a page fault for each (on
    some virtual machines 10 to 30 µs, several times the work itself).
    Keeping one number in a thousand of an input alive keeps its arenas until
    the next input is made in them; then those numbers are let go, so an
    arena the new input did not need goes back as before.
    """

    STRIDE = 1024

    def __init__(self):
        self.current = []
        self.previous = []

    def keep(self, numbers):
        """Called with each list of numbers made for an input (a list, or a list of lists)."""
        rows = numbers if numbers and _type(numbers[0]) is _list else (numbers,)
        for row in rows:
            self.current.extend(row[:: self.STRIDE])

    def making(self):
        """Before a test's input is made."""
        self.previous, self.current = self.current, []

    def made(self):
        """Once it is made."""
        self.previous = []

    def forget(self):
        self.current = []
        self.previous = []


ARENAS = Arenas()


def _convert_list_style(value, value_type):
    if _isinstance(value, _ndarray):
        value = value.tolist()
        ARENAS.keep(value)
    if value_type == "float":
        return float(value)
    if value_type == "ListNode":
        nodes = list(map(ListNode, value))  # a third faster than linking each node as it is made
        for node, following in zip(nodes, nodes[1:]):
            node.next = following
        return nodes[0] if nodes else None
    if value_type in ("float[]", "float[][]"):
        inner = value_type[:-2]
        return [_convert_list_style(item, inner) for item in value]
    return value


def _convert_numpy_style(value, value_type):
    """ML problems: arrays of numbers arrive as numpy arrays, scalars as Python numbers."""
    if value_type == "float":
        return float(value)
    base, depth = _array_shape(value_type)
    dtype = _NUMPY_DTYPES.get(base)
    if depth == 0 or dtype is None:
        return _convert_list_style(value, value_type)
    if depth == 2 and _len(value) == 0:
        return numpy.zeros((0, 0), dtype=dtype)
    return numpy.array(value, dtype=dtype)


def unchanged(value_type, numpy_style):
    """Whether `convert` leaves a value of this type as JSON gave it (ints, strings, booleans and arrays of them)."""
    base, depth = _array_shape(value_type)
    if base in ("float", "ListNode"):
        return False
    return not (numpy_style and depth and base in _NUMPY_DTYPES)


def convert(value, value_type, numpy_style):
    """One argument as the solution receives it, made fresh from the stored test."""
    if numpy_style:
        return _convert_numpy_style(value, value_type)
    return _convert_list_style(value, value_type)


def make_inputs(request, numpy_style):
    """One test's arguments as the solution receives them: the call's, or the constructor's and each method call's."""
    if request["op"] == "call":
        return [convert(arg, value_type, numpy_style) for arg, value_type in zip(request["args"], request["types"])]
    methods = request["methods"]
    # Thousands of calls with ints and arrays of them: their arguments, parsed
    # in this process's own copy of the tests, are passed as they are.
    plain = {name: all(unchanged(value_type, numpy_style) for value_type in method["types"]) for name, method in methods.items()}
    calls = []
    for method_name, args in zip(request["operations"], request["arguments"]):
        method = methods.get(method_name)
        if method is None:
            raise AttributeError(f"{method_name} is not a method of the class")
        if not plain[method_name]:
            args = [convert(arg, value_type, numpy_style) for arg, value_type in zip(args, method["types"])]
        calls.append((method_name, args, method["returns"]))
    return [convert(arg, value_type, numpy_style) for arg, value_type in zip(request["ctorArgs"], request["ctorTypes"])], calls


class Ahead:
    """Inputs made while the worker is idle, for the tests the next submission most likely has: the last one's.

    People resubmit the problem they are working on, and in a fresh process
    the inputs of its tests (up to millions of numbers) take longer to make
    than many solutions take to run. Made ahead, they are used when the job
    has those tests and dropped before anything else happens when it has not.
    An input made ahead holds address space that its test has not started to
    use: the memory limit leaves it out, and is lowered as each test starts
    (harness.py), so a solution can use about what it could otherwise.
    """

    BUDGET_BYTES = 48 << 20

    def __init__(self):
        self.hint = None
        self.made = []  # None for a test whose input was not made
        self.held = []  # held[i]: the address space the inputs made for tests i and after take

    def make(self, hint, tests, job_waiting):
        """Makes the inputs of the first tests, within the budget, until the job arrives.

        They are made last test first, so that each test's input is the
        newest memory when its test ends, and freeing it gives the address
        space back as if it had been made just before its test.
        """
        self.hint = hint
        sizes = []
        while _len(sizes) < _len(tests) and sum(sizes) < self.BUDGET_BYTES:
            sizes.append(input_bytes(tests[_len(sizes)], hint[1]))
        self.made = [None] * _len(sizes)
        start = address_space()
        try:
            for index in range(_len(sizes) - 1, -1, -1):
                if job_waiting():
                    break
                self.made[index] = make_inputs(tests[index], hint[1])
        except Exception:
            pass  # the test fails again, and is reported, when it runs
        ARENAS.forget()  # what these inputs take is theirs until their tests end
        # The address space they took together, shared out by their estimated sizes:
        # inputs made one after another share the allocator's arenas and free space.
        taken = max(0, address_space() - start)
        estimated = sum(size for size, made in zip(sizes, self.made) if made is not None)
        self.held = [0] * (_len(sizes) + 1)
        remaining = 0
        for index in range(_len(sizes) - 1, -1, -1):
            if self.made[index] is not None:
                remaining += sizes[index]
            self.held[index] = taken * remaining // estimated if estimated else 0
        if not any(made is not None for made in self.made):
            self.made, self.held = [], []

    def keep_for(self, job):
        """Keeps what was made if the job has those tests, else lets it go."""
        if self.hint != (job["testsKey"], job["numpy"]):
            self.made = []
            self.held = []

    def take(self, index):
        """The inputs of test `index`, if made, handed over: this no longer holds them."""
        if index >= _len(self.made):
            return None
        inputs = self.made[index]
        self.made[index] = None
        return inputs

    def held_from(self, index):
        """The address space the inputs made for tests `index` and after take."""
        return self.held[index] if index < _len(self.held) else 0


def address_space():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * _PAGE_BYTES


def input_bytes(request, numpy_style):
    """Roughly the memory a test's input takes once made, relative to other tests': per value, an object and its slot in a list."""
    if request["op"] == "call":
        args, types = request["args"], request["types"]
    else:
        args, types = request["ctorArgs"], request["ctorTypes"]
    total = 64 * _len(request.get("operations", ()))  # a design test's (method, arguments, returns) per call
    for arg, value_type in zip(args, types):
        count = arg.size if _isinstance(arg, _ndarray) else _len(arg) if _isinstance(arg, list) else 1
        if numpy_style and value_type.endswith("[]"):
            total += 8 * count
        elif value_type == "ListNode":
            total += 104 * count  # the node, its value, and its slot in the list of nodes while linking
        else:
            total += 40 * count
    return total


AHEAD = Ahead()
