"""How a forked child is confined, before its job arrives and as it does.

Before: standard output and error go nowhere, every other inherited file is
closed, the limits every submission shares are set and the system call
filter (seccomp.py) is installed. Then the child reads its job, one line on
fd 0, and applies the job's own limits: memory, CPU time, file size.
"""

import json
import math
import os
import resource
import select

JOB_FD = 0
RESULT_FD = 3


def redirect(fd, path, flags):
    opened = os.open(path, flags)
    os.dup2(opened, fd)
    os.close(opened)


def lock_down(install_filter):
    """File descriptors, the limits every submission shares and the system call filter, before the job arrives."""
    for fd in (1, 2):
        redirect(fd, "/dev/null", os.O_WRONLY)
    os.closerange(RESULT_FD + 1, 1 << 16)
    limits = [
        (resource.RLIMIT_NOFILE, 64),
        (resource.RLIMIT_CORE, 0),
        # No new process; the kernel does not apply this to root, which is why seccomp also refuses fork.
        (resource.RLIMIT_NPROC, 0),
        (resource.RLIMIT_MSGQUEUE, 0),
    ]
    set_limits(limits)
    install_filter()


def set_limits(limits):
    for which, value in limits:
        _, hard = resource.getrlimit(which)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)  # only root may raise a hard limit
        resource.setrlimit(which, (value, value))


def _address_space_limit(job, made_bytes):
    return job["addressSpaceBytes"] + job["memoryLimitMb"] * 1024 * 1024 + made_bytes


def limit_memory(job, made_bytes):
    """Lowers the memory limit as the inputs made ahead are used (values.Ahead)."""
    set_limits([(resource.RLIMIT_AS, _address_space_limit(job, made_bytes))])


def job_waiting():
    return bool(select.select([JOB_FD], [], [], 0)[0])


def receive_job():
    """The job the fork server sends on fd 0 (one line), or None when the worker stops first."""
    parts = []
    while not parts or not parts[-1].endswith(b"\n"):
        chunk = os.read(JOB_FD, 1 << 16)
        if not chunk:
            return None
        parts.append(chunk)
    redirect(JOB_FD, "/dev/null", os.O_RDONLY)
    return json.loads(b"".join(parts))


def apply_job_limits(job, made_bytes):
    """The limits of this submission: memory (beyond the inputs made ahead), CPU time and file size; its working folder."""
    os.chdir(job["tmpDir"])
    set_limits([
        (resource.RLIMIT_AS, _address_space_limit(job, made_bytes)),
        (resource.RLIMIT_CPU, math.ceil(job["cpuBudgetMs"] / 1000) + 1),
        (resource.RLIMIT_FSIZE, job["fileSizeLimitMb"] * 1024 * 1024),
    ])
