"""Test values between the judge and a Python solution.

Inputs: a test's arguments as the solution receives them (lists, or numpy
arrays for the ML problems, `ListNode` chains for linked lists), made fresh
for each test from tests the fork server parsed once (`compact`). Outputs:
JSON text of what the solution returned, read as the expected type, with
numpy values, tuples and linked lists turned into plain lists and numbers and
NaN or infinities turned into strings, so they never equal a number.
"""

import builtins
import json
import math

import numpy

# Largest JSON text of one result; more is an OutputLimitExceeded.
MAX_RESULT_CHARS = 16_000_000
# Longest linked list walked when encoding a result.
MAX_LIST_NODES = 2_000_000


class ListNode:
    """LeetCode's singly linked list node, provided to every solution."""

    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return f"ListNode({self.val})"


class BadOutput(Exception):
    """A result that cannot be read back as a value of the expected type."""

    def __init__(self, message, verdict="WrongAnswer"):
        super().__init__(message)
        self.message = message
        self.verdict = verdict


# Captured at import, before any user code runs, so a solution that rebinds
# `json.dumps` or shadows a builtin does not break how its results are written.
# (Python has no isolation inside a process: what the child writes is never trusted anyway.)
_dumps = json.dumps
_ndarray = numpy.ndarray
_np_integer = numpy.integer
_np_floating = numpy.floating
_np_bool = numpy.bool_
_isinstance = builtins.isinstance
_str = str
_len = len


# ---------------------------------------------------------------- inputs


_NUMPY_DTYPES = {"float": numpy.float64, "int": numpy.int64, "bool": numpy.bool_}


def _array_shape(value_type):
    """(element type, depth) of an array type: ("int", 2) for int[][]; depth 0 for scalars."""
    base = value_type.rstrip("[]")
    return base, (len(value_type) - len(base)) // 2


def compact(request):
    """A parsed test with its rectangular number arrays stored as numpy arrays.

    Done once in the fork server, which keeps the tests of recent problems: a
    numpy array takes a fraction of the memory of a list of Python ints, and a
    child turns it back into a list (`tolist`) in a few milliseconds instead of
    parsing megabytes of JSON again.
    """

    def pack(values, types):
        packed = []
        for value, value_type in zip(values, types):
            base, depth = _array_shape("int[]" if value_type == "ListNode" else value_type)
            dtype = _NUMPY_DTYPES.get(base)
            if depth and dtype is not None and _len(value) > 0:
                try:
                    value = numpy.array(value, dtype=dtype)
                except (ValueError, TypeError, OverflowError):
                    pass
            packed.append(value)
        return packed

    if request["op"] == "call":
        request["args"] = pack(request["args"], request["types"])
    else:
        request["ctorArgs"] = pack(request["ctorArgs"], request["ctorTypes"])
    return request


def _convert_list_style(value, value_type):
    if _isinstance(value, _ndarray):
        value = value.tolist()
    if value_type == "float":
        return float(value)
    if value_type == "ListNode":
        head = None
        for item in reversed(value):
            head = ListNode(item, head)
        return head
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


def convert(value, value_type, numpy_style):
    """One argument as the solution receives it, made fresh from the stored test."""
    if numpy_style:
        return _convert_numpy_style(value, value_type)
    return _convert_list_style(value, value_type)


# ---------------------------------------------------------------- outputs


def _walk_list(head):
    values = []
    seen = set()
    node = head
    while node is not None:
        if not (hasattr(node, "val") and hasattr(node, "next")):
            raise BadOutput(f"the list contains a {type(node).__name__} instead of a ListNode")
        if id(node) in seen:
            raise BadOutput(f"the returned list has a cycle: node {len(values)} points back to an earlier node")
        if len(values) >= MAX_LIST_NODES:
            raise BadOutput("the returned list is too long", "OutputLimitExceeded")
        seen.add(id(node))
        values.append(node.val)
        node = node.next
    return values


def _plain(value, value_type):
    """Turns numpy values and linked lists into plain lists and numbers."""
    if value_type == "void":
        return None
    if value_type == "ListNode":
        return [] if value is None else _walk_list(value)
    if _isinstance(value, _ndarray):
        return value.tolist()
    return value


def _default(value):
    if _isinstance(value, _np_bool):
        return bool(value)
    if _isinstance(value, _np_integer):
        return int(value)
    if _isinstance(value, _np_floating):
        return float(value)
    if _isinstance(value, _ndarray):
        return value.tolist()
    if hasattr(value, "val") and hasattr(value, "next"):
        return _walk_list(value)
    raise BadOutput(f"the solution returned a {type(value).__name__}, which is not a value of the expected type")


def _non_finite(value):
    if value != value:
        return '"NaN"'
    return '"Infinity"' if value > 0 else '"-Infinity"'


def _encode_slow(value, depth=0):
    """Exact encoder for values that may hold strings: NaN and infinities become strings."""
    if depth > 64:
        raise BadOutput("the result is nested too deeply (is it cyclic?)")
    if value is None:
        return "null"
    if value is True or value is False or _isinstance(value, _np_bool):
        return "true" if value else "false"
    if _isinstance(value, (int, _np_integer)):
        return _str(int(value))
    if _isinstance(value, (float, _np_floating)):
        value = float(value)
        return repr(value) if math.isfinite(value) else _non_finite(value)
    if _isinstance(value, _str):
        return _dumps(value)
    if _isinstance(value, _ndarray):
        return _encode_slow(value.tolist(), depth)
    if _isinstance(value, (list, tuple)):
        return "[" + ",".join(_encode_slow(item, depth + 1) for item in value) + "]"
    return _encode_slow(_default(value), depth)


def _has_strings(value_type):
    return "string" in value_type


def encode(value, value_type):
    """JSON text of a result, read as `value_type`; non-finite numbers become strings so they never equal a number."""
    kind = type(value)
    if kind is int and value_type == "int" and -9007199254740992 <= value <= 9007199254740992:
        return _str(value)
    if kind is bool and value_type == "bool":
        return "true" if value else "false"
    plain = _plain(value, value_type)
    try:
        if _has_strings(value_type):
            text = _encode_slow(plain)
        else:
            text = _dumps(plain, default=_default, separators=(",", ":"))
            if "NaN" in text or "Infinity" in text:
                # json.dumps writes these as bare tokens; the exact encoder makes them strings.
                text = _encode_slow(plain)
    except BadOutput:
        raise
    except (RecursionError, ValueError) as error:
        if "Circular" in _str(error) or _isinstance(error, RecursionError):
            raise BadOutput("the result is nested too deeply (is it cyclic?)")
        raise BadOutput(f"the result cannot be read: {error}")
    except TypeError as error:
        raise BadOutput(f"the result cannot be read: {error}")
    if _len(text) > MAX_RESULT_CHARS:
        raise BadOutput("the result is too large", "OutputLimitExceeded")
    return text
