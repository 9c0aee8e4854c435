"""Describes this Python runtime so the host can build a sandbox that shows only it.

Run once by the host, outside any sandbox, with the same interpreter the
workers use. It imports what a worker imports, then prints JSON: the version,
numpy's version, whether the seccomp filter knows this architecture, and the
paths the sandbox must show read-only: the interpreter, the program
interpreter (ld.so) and the directories of every file the process mapped,
with every symbolic link met on the way to them.
"""

import json
import os
import struct
import sys
import sysconfig

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy  # noqa: E402

import harness  # noqa: E402
import seccomp  # noqa: E402

for module in harness.PRELUDE_MODULES:
    __import__(module)
if seccomp.supported():
    seccomp.prepare()  # ctypes and prctl are there


def program_interpreter(executable):
    """PT_INTERP of a 64-bit ELF file (the dynamic loader the kernel starts)."""
    with open(executable, "rb") as elf:
        header = elf.read(64)
        if header[:4] != b"\x7fELF" or header[4] != 2:
            return None
        order = "<" if header[5] == 1 else ">"
        phoff, = struct.unpack_from(order + "Q", header, 0x20)
        phentsize, phnum = struct.unpack_from(order + "HH", header, 0x36)
        for index in range(phnum):
            elf.seek(phoff + index * phentsize)
            kind, = struct.unpack(order + "I", elf.read(4))
            if kind == 3:  # PT_INTERP
                elf.seek(phoff + index * phentsize + 8)
                offset, = struct.unpack(order + "Q", elf.read(8))
                elf.seek(phoff + index * phentsize + 32)
                size, = struct.unpack(order + "Q", elf.read(8))
                elf.seek(offset)
                return elf.read(size).rstrip(b"\0").decode()
    return None


def resolve(path, links):
    """The real path of `path`, recording every symbolic link passed on the way."""
    pending = [part for part in path.split("/") if part]
    current = "/"
    hops = 0
    while pending:
        part = pending.pop(0)
        if part == ".":
            continue
        if part == "..":
            current = os.path.dirname(current) or "/"
            continue
        candidate = os.path.join(current, part)
        if os.path.islink(candidate):
            hops += 1
            if hops > 40:
                raise OSError(f"too many symbolic links resolving {path}")
            target = os.readlink(candidate)
            links[candidate] = target
            pending = [p for p in target.split("/") if p] + pending
            if target.startswith("/"):
                current = "/"
        else:
            current = candidate
    return current


def main():
    links = {}
    files = set()
    directories = set()
    executable = sys.argv[1] if len(sys.argv) > 1 else sys.executable
    files.add(resolve(executable, links))
    interpreter = program_interpreter(resolve(executable, {}))
    if interpreter:
        files.add(resolve(interpreter, links))
    paths = sysconfig.get_paths()
    for folder in (paths["stdlib"], paths["platstdlib"], os.path.dirname(os.path.dirname(numpy.__file__))):
        directories.add(resolve(folder, links))
    with open("/proc/self/maps") as maps:
        for line in maps:
            fields = line.split()
            if len(fields) >= 6 and fields[5].startswith("/"):
                mapped = resolve(fields[5], links)
                if mapped not in files:
                    directories.add(os.path.dirname(mapped))
    for extra in ("/etc/alternatives", "/etc/ld.so.cache"):
        if os.path.exists(extra):
            (directories if os.path.isdir(extra) else files).add(resolve(extra, links))
    print(json.dumps({
        "python": sys.version.split()[0],
        "numpy": numpy.__version__,
        "seccomp": seccomp.supported(),
        "machine": os.uname().machine,
        "directories": sorted(directories),
        "files": sorted(files),
        "links": sorted(links.items()),
    }))


main()
