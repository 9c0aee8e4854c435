"""What a solution returned, as the text the host reads.

JSON text of the value, read as the expected type, with numpy values, tuples
and linked lists turned into plain lists and numbers and NaN or infinities
turned into strings, so they never equal a number; a numpy array of floats
is sent packed instead (`encode_result`).
"""

import binascii
import builtins
import json
import math
import sys

import numpy

# Largest JSON text of one result; more is an OutputLimitExceeded.
MAX_RESULT_CHARS = 16_000_000
# Longest linked list walked when encoding a result.
MAX_LIST_NODES = 2_000_000


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
_list = list
_map = map
_repr = repr
_set = set
_type = type
_getrecursionlimit = sys.getrecursionlimit
_setrecursionlimit = sys.setrecursionlimit

# The recursion limit while a result is encoded. json.dumps and repr recurse in C once per
# level of nesting, counted against the recursion limit: under Python's default a result
# nested a million deep is a RecursionError, and so a BadOutput; under a limit the solution
# raised (sys.setrecursionlimit(10**6) is common on LeetCode) it would overflow the C stack
# and kill the process. Results are encoded near the bottom of the stack, where this is ample.
ENCODE_RECURSION_LIMIT = 1000


def _walk_list(head):
    """The values of a returned linked list: a plain walk, checked node by node only when it looks wrong."""
    values = []
    append = values.append
    node = head
    try:
        for _ in range(MAX_LIST_NODES):
            if node is None:
                return values
            append(node.val)
            node = node.next
    except AttributeError:
        pass
    if node is None:
        return values
    return _walk_list_checked(head)


def _walk_list_checked(head):
    """The walk that names what is wrong: a node that is not one, a cycle, or a list too long."""
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


_NUMBER_TYPES = frozenset((int, float))


def _numbers_text(value):
    """JSON text of a list, or a list of lists, of plain ints and floats; None for any other value.

    `repr` writes such a list in a third of the time json.dumps takes (which
    makes a string object per number); without its spaces, it is the text
    JavaScript writes for the same ints. NaN and infinities are left to the
    exact encoder.
    """
    if _type(value) is not _list:
        return None
    kinds = _set(_map(_type, value))
    if kinds == {_list}:
        kinds = _set()
        for row in value:
            kinds.update(_map(_type, row))
    if not kinds <= _NUMBER_TYPES:
        return None
    text = _repr(value)
    if "n" in text:  # nan, inf
        return None
    return text.replace(", ", ",")


def _has_strings(value_type):
    return "string" in value_type


def _packed(value, value_type):
    """`#<depth> <rows> <columns> <base64 of little-endian doubles>` for a numpy array of floats of the expected depth, else None.

    Python takes about 0.3 µs to write a float as text (the shortest text that
    reads back the same), which made writing an ML problem's results cost more
    than computing them; the host reads the doubles back as numbers, NaN and
    infinities as the same strings as in JSON text (execute.ts).
    """
    if value_type not in ("float[]", "float[][]") or not _isinstance(value, _ndarray) or value.dtype.kind != "f":
        return None
    depth = 1 if value_type == "float[]" else 2
    if value.ndim != depth:
        return None  # read as JSON text, which shows the wrong shape as it is
    rows, columns = (1, value.shape[0]) if depth == 1 else value.shape
    data = numpy.ascontiguousarray(value, dtype="<f8").tobytes()
    return f"#{depth} {rows} {columns} " + binascii.b2a_base64(data, newline=False).decode("ascii")


def encode_result(value, value_type):
    """The text of a call's result in the result line: JSON text, or packed for an array of floats (`_packed`)."""
    text = _packed(value, value_type)
    if text is None:
        return encode(value, value_type)
    if _len(text) > MAX_RESULT_CHARS:
        raise BadOutput("the result is too large", "OutputLimitExceeded")
    return text


def encode(value, value_type):
    """JSON text of a result, read as `value_type`; non-finite numbers become strings so they never equal a number."""
    kind = type(value)
    if kind is int and value_type == "int" and -9007199254740992 <= value <= 9007199254740992:
        return _str(value)
    if kind is bool and value_type == "bool":
        return "true" if value else "false"
    limit = _getrecursionlimit()
    if limit <= ENCODE_RECURSION_LIMIT:
        return _encode(value, value_type)
    try:
        _setrecursionlimit(ENCODE_RECURSION_LIMIT)
    except RecursionError:  # called deeper than that: the solution's own limit stays
        return _encode(value, value_type)
    try:
        return _encode(value, value_type)
    finally:
        _setrecursionlimit(limit)


def _encode(value, value_type):
    plain = _plain(value, value_type)
    try:
        if _has_strings(value_type):
            text = _encode_slow(plain)
        elif (text := _numbers_text(plain)) is not None:
            pass
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
