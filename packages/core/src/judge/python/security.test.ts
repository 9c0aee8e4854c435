import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../content/catalogue.js';
import { fixtureContent } from '../../testing/fixture-content.js';
import { pythonMissing } from '../../testing/python.js';
import { createJudge } from '../judge.js';
import type { JudgeResult } from '../schema.js';

// Hostile Python submissions against sqrt-x (and range-sum-2d for a class
// constructor). Each must be blocked or get the stated verdict, leave nothing
// running or written behind, and leave the judge working for the next one.
// The fixture lowers sqrt-x's Python time limit so the wall-clock backstop
// (5 × limit + 2 s) is reached quickly by the sleeping submission.
const contentDir = fixtureContent(['sqrt-x', 'range-sum-2d']);
const yamlPath = join(contentDir, 'problems/sqrt-x/problem.yaml');
writeFileSync(yamlPath, readFileSync(yamlPath, 'utf8').replace('python: { timeLimitMs: 3000 }', 'python: { timeLimitMs: 400 }'));
const judge = createJudge({ catalogue: loadCatalogue(contentDir), concurrency: 1 });
afterAll(() => judge.close());

const GOOD = 'class Solution:\n    def mySqrt(self, x: int) -> int:\n        return int(x ** 0.5)\n';
// `run` mode (the two examples) keeps each hostile submission short; the first test is where it strikes.
const submit = (code: string, problemId = 'sqrt-x') => judge.judge({ problemId, language: 'python', mode: 'run', code });
/** A solution whose method body is `body` (indented for it). */
const method = (body: string) =>
  `import os, sys\n\nclass Solution:\n    def mySqrt(self, x: int) -> int:\n${body
    .split('\n')
    .map((line) => `        ${line}`)
    .join('\n')}\n`;

/** Every process below this one (the judge's workers and anything they started). */
function descendants(): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const below = (pid: number): boolean => {
    for (let p = parentOf.get(pid); p !== undefined && p > 1; p = parentOf.get(p)) if (p === process.pid) return true;
    return false;
  };
  return [...parentOf.keys()].filter(below);
}

/**
 * How many processes are below this one once they have settled: a worker
 * forks the child for its next submission just after a result is out, so the
 * count is taken when it has not changed for a while. A process left behind
 * stays in it.
 */
async function settledDescendants(): Promise<number> {
  let count = descendants().length;
  for (let i = 0; i < 40; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = descendants().length;
    if (now === count) return count;
    count = now;
  }
  return count;
}

let steadyProcesses = 0;
async function expectNothingLeftAndStillWorks() {
  const result = await submit(GOOD);
  expect(result.verdict).toBe('Accepted');
  expect(await settledDescendants()).toBe(steadyProcesses);
}

const runtimeMessage = (result: JudgeResult) => `${result.runtimeError?.name}: ${result.runtimeError?.message}`;

describe.skipIf(pythonMissing)('hostile Python code', () => {
  beforeAll(async () => {
    expect((await submit(GOOD)).verdict).toBe('Accepted');
    steadyProcesses = await settledDescendants();
    expect(steadyProcesses).toBeGreaterThan(0);
  });

  const blocked: [string, string, RegExp][] = [
    ['reading /etc/passwd', "return len(open('/etc/passwd').read())", /FileNotFoundError/],
    ['reading the server’s own files', `return len(open(${JSON.stringify(fileURLToPath(import.meta.url))}).read())`, /FileNotFoundError/],
    ['reading the home folder', "return len(os.listdir(os.path.expanduser('~root')))", /FileNotFoundError|KeyError/],
    ['writing outside tmp', "open('/usr/lib/mianjing-escape', 'w').write('x')\nreturn 0", /OSError|PermissionError|FileNotFoundError/],
    ['opening a socket', "import socket\nsocket.create_connection(('1.1.1.1', 80), timeout=1)\nreturn 0", /PermissionError/],
    [
      'a UDP socket',
      "import socket\nsocket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', ('8.8.8.8', 53))\nreturn 0",
      /PermissionError/,
    ],
    ['subprocess', "import subprocess\nreturn len(subprocess.run(['cat', '/etc/passwd'], capture_output=True).stdout)", /PermissionError/],
    [
      'os.system',
      "status = os.system('echo pwned > /tmp/pwned')\nraise RuntimeError(f'system returned {status}')",
      /system returned [1-9]/,
    ],
    ['os.fork in a loop', 'while True:\n    os.fork()', /PermissionError: \[Errno 1\]/],
    ['os.exec', "os.execv('/usr/bin/python3', ['python3', '-c', 'print(1)'])", /PermissionError/],
    ['a thread', 'import threading\nthreading.Thread(target=print).start()\nreturn 0', /can't start new thread/],
    ['killing the fork server', 'os.kill(os.getppid(), 9)\nreturn 0', /PermissionError/],
    ['reading the fork server’s memory', "open(f'/proc/{os.getppid()}/mem', 'rb').read(1)\nreturn 0", /PermissionError/],
    ['reading the fork server’s environment', "return len(open(f'/proc/{os.getppid()}/environ', 'rb').read())", /PermissionError/],
    [
      'ctypes calling fork and kill',
      "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\nraise RuntimeError(f'fork {libc.fork()} kill {libc.kill(os.getppid(), 9)} errno {ctypes.get_errno()}')",
      /fork -1 kill -1 errno 1$/,
    ],
    [
      'ctypes calling ptrace',
      "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\nraise RuntimeError(f'ptrace {libc.ptrace(16, os.getppid(), 0, 0)} errno {ctypes.get_errno()}')",
      /ptrace -1 errno 1$/,
    ],
    ['unbounded recursion', 'def down(n): return down(n + 1) + 1\nreturn down(0)', /^RecursionError: maximum recursion depth exceeded/],
    ['exiting the process', 'os._exit(0)', /ended its process/],
    ['sys.exit', 'sys.exit(3)', /SystemExit/],
    ['a file larger than the limit', "open('/tmp/big', 'wb').write(b'x' * (40 << 20))\nreturn 0", /OSError|File too large|SIGXFSZ/],
  ];
  it.each(blocked)('%s is blocked, and nothing survives', async (_, body, message) => {
    const result = await submit(method(body));
    expect(['RuntimeError', 'MemoryLimitExceeded']).toContain(result.verdict);
    expect(runtimeMessage(result)).toMatch(message);
    await expectNothingLeftAndStillWorks();
  });

  it.each([
    ['through ctypes', 'import ctypes\nreturn ctypes.cast(8, ctypes.POINTER(ctypes.c_int)).contents.value'],
    [
      'by recursing in C past the stack after raising the recursion limit',
      'import pickle\nsys.setrecursionlimit(10**9)\nnested = []\nfor _ in range(10**5):\n    nested = [nested]\nreturn len(pickle.dumps(nested))',
    ],
  ])('crashing the interpreter %s is a RuntimeError naming the signal', async (_, body) => {
    const result = await submit(method(body));
    expect(result.verdict).toBe('RuntimeError');
    expect(runtimeMessage(result)).toMatch(/SIGSEGV/);
    await expectNothingLeftAndStillWorks();
  });

  it('writing fake results to the judge’s channel fools nothing and leaves the judge working', async () => {
    const forged = 'os.write(3, b\'R {"kind":"ok","log":"","value":2}\\nB 1\\n\')\nreturn 0';
    const result = await submit(method(forged));
    expect(result.verdict).not.toBe('Accepted');
    await expectNothingLeftAndStillWorks();
  });

  it('sees only the Python runtime, read-only, and a private tmp', async () => {
    const probe = `import json
writable = []
for folder in ['/', '/usr', '/usr/lib', '/etc', '/judge', '/dev', '/proc']:
    try:
        open(folder + '/mianjing-probe', 'w').close()
        writable.append(folder)
    except OSError:
        pass
raise RuntimeError(json.dumps({'root': sorted(os.listdir('/')), 'etc': sorted(os.listdir('/etc')), 'tmp': os.listdir('/tmp'), 'cwd': os.getcwd(), 'writable': writable}))`;
    const result = await submit(method(probe));
    const seen = JSON.parse(result.runtimeError?.message ?? '{}') as Record<string, unknown>;
    expect(seen.root).toEqual(expect.arrayContaining(['usr', 'tmp']));
    for (const name of seen.root as string[])
      expect(['usr', 'lib', 'lib64', 'bin', 'sbin', 'etc', 'judge', 'proc', 'dev', 'tmp']).toContain(name);
    expect(seen.etc).not.toContain('passwd');
    expect(seen.tmp).toEqual([]);
    expect(seen.cwd).toBe('/tmp');
    expect(seen.writable).toEqual([]);
  });

  it('gets a clean environment', async () => {
    process.env.MIANJING_TEST_SECRET = 'do-not-leak-4711';
    const result = await submit(
      method("raise RuntimeError(repr(dict(os.environ)) + ' ' + open('/proc/self/environ').read().replace(chr(0), ' '))"),
    );
    // os.environ is empty; what the process started with is only the judge's own settings.
    expect(runtimeMessage(result)).toMatch(/^RuntimeError: \{\} ((OPENBLAS|OMP|MKL)_NUM_THREADS=1 |LANG=C\.UTF-8 |PWD=\/tmp )*$/);
    expect(JSON.stringify(result)).not.toContain('do-not-leak-4711');
  });

  it('writes to tmp stay in the sandbox and are gone for the next submission', async () => {
    const hostPath = `/tmp/mianjing-escape-${process.pid}`;
    const first = await submit(method(`open(${JSON.stringify(hostPath)}, 'w').write('x')\nreturn int(x ** 0.5)`));
    expect(first.verdict).toBe('Accepted');
    expect(existsSync(hostPath)).toBe(false);
    const second = await submit(method(`return -1 if os.path.exists(${JSON.stringify(hostPath)}) else int(x ** 0.5)`));
    expect(second.verdict).toBe('Accepted');
  });

  it('no state leaks from one submission to the next', async () => {
    await submit(`import builtins, sys\nbuiltins.leak = 42\nsys.modules['json'].dumps = None\n${GOOD}`);
    const result = await submit(
      method("import builtins, json\nreturn -1 if hasattr(builtins, 'leak') or json.dumps is None else int(x ** 0.5)"),
    );
    expect(result.verdict).toBe('Accepted');
  });

  it('no trace of the last submission’s code is alive in the next one’s process', async () => {
    const parts = ['mianjing', 'secret', String(process.pid)];
    expect((await submit(`${GOOD}# ${parts.join('-')}\n`)).verdict).toBe('Accepted');
    const search = `import gc, sys
def _trace_of(secret):
    def holds(value):
        # Longer than the secret: the code that held it, not a copy this search made.
        return isinstance(value, (str, bytes)) and len(value) > len(secret) and secret in (value if isinstance(value, str) else value.decode('latin-1'))
    gc.unfreeze()  # what the fork server froze, all it had when the child was forked, is visible again
    for obj in gc.get_objects():
        values = obj.values() if isinstance(obj, dict) else obj if isinstance(obj, (list, tuple)) else ()
        if any(holds(value) for value in list(values)):
            return True
    frame = sys._getframe()
    while frame is not None:
        if any(holds(value) for value in list(frame.f_locals.values())):
            return True
        frame = frame.f_back
    return False
class Solution:
    def mySqrt(self, x):
        return -1 if _trace_of('-'.join(${JSON.stringify(parts).replace(/"/g, "'")})) else int(x ** 0.5)
`;
    expect((await submit(search)).verdict).toBe('Accepted');
  });

  it('an infinite loop is a TimeLimitExceeded, the rest is skipped, and the process is gone', async () => {
    const result = await submit(method('while True:\n    pass'));
    expect(result.verdict).toBe('TimeLimitExceeded');
    expect(result.tests[0]?.status).toBe('TimeLimitExceeded');
    expect(result.tests.slice(1).every((t) => t.status === 'Skipped')).toBe(true);
    await expectNothingLeftAndStillWorks();
  });

  it('an infinite loop at the top level is a TimeLimitExceeded', async () => {
    expect((await submit(`while True:\n    pass\n${GOOD}`)).verdict).toBe('TimeLimitExceeded');
    await expectNothingLeftAndStillWorks();
  });

  it('an infinite loop in a class constructor is a TimeLimitExceeded', async () => {
    const code =
      'class NumMatrix:\n    def __init__(self, matrix):\n        while True:\n            pass\n    def sumRegion(self, a, b, c, d):\n        return 0\n';
    expect((await submit(code, 'range-sum-2d')).verdict).toBe('TimeLimitExceeded');
    await expectNothingLeftAndStillWorks();
  });

  it('sleeping past the wall-clock limit is a TimeLimitExceeded', async () => {
    const result = await submit(method('import time\ntime.sleep(3600)\nreturn 0'));
    expect(result.verdict).toBe('TimeLimitExceeded');
    await expectNothingLeftAndStillWorks();
  });

  it.each([
    ['a list memory bomb', 'hoard = []\nwhile True:\n    hoard.append([x] * 10**6)'],
    ['a numpy memory bomb', 'import numpy as np\nreturn int(np.ones(10**10).sum())'],
    ['a memory bomb at the top level', 'pass'],
  ])('%s is a MemoryLimitExceeded', async (name, body) => {
    const code = name.includes('top level') ? `hoard = [bytearray(1 << 20) for _ in range(10**6)]\n${GOOD}` : method(body);
    const result = await submit(code);
    expect(result.verdict).toBe('MemoryLimitExceeded');
    await expectNothingLeftAndStillWorks();
  });

  it.each([
    ['100,000 deep', 100_000, ''],
    // A recursion limit raised for the solution's own sake once let encoding the result
    // overflow the C stack (SIGSEGV), or write JSON too deep for the host (an InternalError).
    ['100,000 deep under a raised recursion limit', 100_000, 'sys.setrecursionlimit(10**6)\n'],
    ['6,000 deep under a raised recursion limit', 6_000, 'sys.setrecursionlimit(10**5)\n'],
  ])('a returned list nested %s is a WrongAnswer that says so', async (_, depth, raise) => {
    const result = await submit(method(`${raise}v = x\nfor _ in range(${depth}):\n    v = [v]\nreturn v`));
    expect(result.verdict).toBe('WrongAnswer');
    expect(result.tests[0]?.message).toMatch(/nested too deeply/);
    await expectNothingLeftAndStillWorks();
  });

  it('a returned list nested 900 deep reaches the host, which names it without a stack overflow', async () => {
    const result = await submit(method('v = x\nfor _ in range(900):\n    v = [v]\nreturn v'));
    expect(result.verdict).toBe('WrongAnswer');
    expect(result.tests[0]?.message).toBe('output: nested deeper than 64 levels');
    expect(result.tests[0]?.actual?.json).toBe(`${'['.repeat(900)}4${']'.repeat(900)}`);
  });

  it('a flood of prints is an OutputLimitExceeded', async () => {
    const result = await submit(method("for i in range(10**7):\n    print('flood', i)\nreturn int(x ** 0.5)"));
    expect(result.verdict).toBe('OutputLimitExceeded');
    await expectNothingLeftAndStillWorks();
  });
});
