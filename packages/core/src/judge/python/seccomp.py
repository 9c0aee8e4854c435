"""A seccomp filter for the process that runs a submission.

Installed by the forked child just before the user's code is compiled. From
then on the process can create no process or thread (fork, clone, exec), send
no signal, attach to no process, create no socket, no namespace, no mount, no
System V or POSIX IPC object and no kernel object outside its own memory: each
of those system calls fails with EPERM. Another architecture's system call
ABI (32-bit x86, x32) kills the process.

This is what keeps a submission a single process even where RLIMIT_NPROC does
not apply (the kernel ignores it for root), so killing that one process ends
everything the submission started.
"""

import ctypes
import platform

_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2

_BPF_LD_W_ABS = 0x20
_BPF_JEQ_K = 0x15
_BPF_JGE_K = 0x35
_BPF_RET_K = 0x06

_RET_KILL_PROCESS = 0x80000000
_RET_ERRNO_EPERM = 0x00050001
_RET_ALLOW = 0x7FFF0000

_DENIED_NAMES = (
    # processes and threads
    "fork", "vfork", "clone", "clone3", "execve", "execveat",
    # signals to anyone, and handles on other processes
    "kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo",
    "pidfd_open", "pidfd_send_signal", "pidfd_getfd",
    "ptrace", "process_vm_readv", "process_vm_writev", "kcmp",
    # namespaces and mounts
    "unshare", "setns", "mount", "umount2", "pivot_root", "chroot",
    "open_tree", "move_mount", "fsopen", "fsconfig", "fsmount", "fspick", "mount_setattr",
    # kernel attack surface a solution never needs
    "bpf", "perf_event_open", "userfaultfd", "io_uring_setup", "io_uring_enter", "io_uring_register",
    "keyctl", "add_key", "request_key",
    # objects that would outlive the process
    "shmget", "semget", "msgget", "mq_open",
    # the network
    "socket", "socketpair",
)

_SYSCALLS = {
    "x86_64": {
        "shmget": 29, "socket": 41, "socketpair": 53, "clone": 56, "fork": 57, "vfork": 58,
        "execve": 59, "kill": 62, "semget": 64, "msgget": 68, "ptrace": 101, "rt_sigqueueinfo": 129,
        "pivot_root": 155, "chroot": 161, "mount": 165, "umount2": 166, "tkill": 200, "tgkill": 234,
        "mq_open": 240, "add_key": 248, "request_key": 249, "keyctl": 250, "unshare": 272,
        "rt_tgsigqueueinfo": 297, "perf_event_open": 298, "setns": 308, "process_vm_readv": 310,
        "process_vm_writev": 311, "kcmp": 312, "bpf": 321, "execveat": 322, "userfaultfd": 323,
        "pidfd_send_signal": 424, "io_uring_setup": 425, "io_uring_enter": 426,
        "io_uring_register": 427, "open_tree": 428, "move_mount": 429, "fsopen": 430,
        "fsconfig": 431, "fsmount": 432, "fspick": 433, "pidfd_open": 434, "clone3": 435,
        "pidfd_getfd": 438, "mount_setattr": 442,
    },
    "aarch64": {
        "umount2": 39, "mount": 40, "pivot_root": 41, "chroot": 51, "unshare": 97, "ptrace": 117,
        "kill": 129, "tkill": 130, "tgkill": 131, "rt_sigqueueinfo": 138, "mq_open": 180,
        "msgget": 186, "semget": 190, "shmget": 194, "socket": 198, "socketpair": 199,
        "add_key": 217, "request_key": 218, "keyctl": 219, "clone": 220, "execve": 221,
        "rt_tgsigqueueinfo": 240, "perf_event_open": 241, "setns": 268, "process_vm_readv": 270,
        "process_vm_writev": 271, "kcmp": 272, "bpf": 280, "execveat": 281, "userfaultfd": 282,
        "pidfd_send_signal": 424, "io_uring_setup": 425, "io_uring_enter": 426,
        "io_uring_register": 427, "open_tree": 428, "move_mount": 429, "fsopen": 430,
        "fsconfig": 431, "fsmount": 432, "fspick": 433, "pidfd_open": 434, "clone3": 435,
        "pidfd_getfd": 438, "mount_setattr": 442,
    },
}

_AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}


class _SockFilter(ctypes.Structure):
    _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte), ("k", ctypes.c_uint)]


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_SockFilter))]


def _program(machine):
    table = _SYSCALLS[machine]
    checks = [(_BPF_JEQ_K, table[name]) for name in _DENIED_NAMES if name in table]
    if machine == "x86_64":
        checks.insert(0, (_BPF_JGE_K, 0x40000000))  # the x32 ABI
    program = [
        (_BPF_LD_W_ABS, 0, 0, 4),  # seccomp_data.arch
        (_BPF_JEQ_K, 1, 0, _AUDIT_ARCH[machine]),
        (_BPF_RET_K, 0, 0, _RET_KILL_PROCESS),
        (_BPF_LD_W_ABS, 0, 0, 0),  # seccomp_data.nr
    ]
    for position, (op, number) in enumerate(checks):
        # Jump over the remaining checks and the ALLOW to the EPERM return.
        program.append((op, len(checks) - position, 0, number))
    program.append((_BPF_RET_K, 0, 0, _RET_ALLOW))
    program.append((_BPF_RET_K, 0, 0, _RET_ERRNO_EPERM))
    return program


def supported():
    """Whether this machine's system call table is known."""
    return platform.machine() in _SYSCALLS


def prepare():
    """Builds the filter once (in the fork server), so installing it is a single call."""
    machine = platform.machine()
    if machine not in _SYSCALLS:
        raise OSError(f"no system call filter for the {machine} architecture")
    program = _program(machine)
    filters = (_SockFilter * len(program))(*[_SockFilter(code, jt, jf, k) for code, jt, jf, k in program])
    fprog = _SockFprog(len(program), filters)
    libc = ctypes.CDLL(None, use_errno=True)
    prctl = libc.prctl
    prctl.restype = ctypes.c_int

    def install():
        if prctl(_PR_SET_NO_NEW_PRIVS, ctypes.c_ulong(1), ctypes.c_ulong(0), ctypes.c_ulong(0), ctypes.c_ulong(0)) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS) failed")
        if prctl(_PR_SET_SECCOMP, ctypes.c_ulong(_SECCOMP_MODE_FILTER), ctypes.byref(fprog), ctypes.c_ulong(0), ctypes.c_ulong(0)) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_SECCOMP) failed")

    # Keep the program alive as long as the closure.
    install.program = (filters, fprog)
    return install


def make_undumpable():
    """Keeps processes of the same user from reading this one's memory through /proc or ptrace."""
    libc = ctypes.CDLL(None, use_errno=True)
    PR_SET_DUMPABLE = 4
    if libc.prctl(PR_SET_DUMPABLE, ctypes.c_ulong(0), ctypes.c_ulong(0), ctypes.c_ulong(0), ctypes.c_ulong(0)) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_DUMPABLE) failed")
