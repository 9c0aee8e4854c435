import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../content/catalogue.js';
import { pythonMissing } from '../../testing/python.js';
import { executePython, pythonLimits } from './execute.js';
import { createWorkerPool } from './pool.js';
import { PYTHON_EXECUTABLE, type ProbeReport, bubblewrapArgs, detectPythonRuntime, pythonRuntime } from './runtime.js';

const REPORT: ProbeReport = {
  python: '3.11.2',
  numpy: '1.24.2',
  seccomp: true,
  machine: 'x86_64',
  directories: [
    '/usr/lib/python3.11',
    '/usr/lib/python3.11/lib-dynload',
    '/usr/lib/x86_64-linux-gnu',
    '/usr/lib/x86_64-linux-gnu/blas',
    '/etc/alternatives',
  ],
  files: ['/usr/bin/python3.11', '/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'],
  links: [
    ['/lib64', 'usr/lib64'],
    ['/usr/bin/python3', 'python3.11'],
    ['/usr/lib64/ld-linux-x86-64.so.2', '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'],
  ],
};

describe('the bubblewrap command line', () => {
  const args = bubblewrapArgs(REPORT, { disableUserns: true });
  const pairs = (flag: string) => args.flatMap((arg, i) => (arg === flag ? [args.slice(i + 1, i + 3).join(' ')] : []));

  it('unshares every namespace, keeps no capability and dies with its parent', () => {
    for (const flag of [
      '--unshare-user',
      '--unshare-pid',
      '--unshare-net',
      '--unshare-ipc',
      '--unshare-uts',
      '--disable-userns',
      '--die-with-parent',
      '--new-session',
      '--clearenv',
    ]) {
      expect(args).toContain(flag);
    }
    expect(args.join(' ')).toContain('--cap-drop ALL');
  });

  it('binds only the runtime, read-only, without binding a folder twice', () => {
    expect(pairs('--ro-bind').filter((pair) => !pair.endsWith(' /judge'))).toEqual([
      '/etc/alternatives /etc/alternatives',
      '/usr/lib/python3.11 /usr/lib/python3.11',
      '/usr/lib/x86_64-linux-gnu /usr/lib/x86_64-linux-gnu',
      '/usr/bin/python3.11 /usr/bin/python3.11',
    ]);
    expect(args).not.toContain('--bind');
    expect(pairs('--symlink')).toEqual([
      'usr/lib64 /lib64',
      'python3.11 /usr/bin/python3',
      '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 /usr/lib64/ld-linux-x86-64.so.2',
    ]);
  });

  it('gives a private size-limited tmp, and makes everything else read-only', () => {
    expect(args.join(' ')).toMatch(/--size \d+ --tmpfs \/tmp/);
    expect(args.join(' ')).toMatch(/--size \d+ --tmpfs \/dev\/shm/);
    expect(args.join(' ')).toContain('--remount-ro /');
    expect(
      pairs('--setenv')
        .map((pair) => pair.split(' ')[0])
        .sort(),
    ).toEqual(['LANG', 'MKL_NUM_THREADS', 'OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS']);
  });
});

describe('finding out whether Python can be judged', () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  it('names a missing interpreter', async () => {
    expect(await detectPythonRuntime({ executable: '/nonexistent/python3' })).toEqual({
      available: false,
      reason: "Debian's python3 is not installed (/nonexistent/python3 is missing)",
    });
  });

  it.skipIf(!existsSync(PYTHON_EXECUTABLE))('names missing numpy', async () => {
    // An interpreter that does not see Debian's dist-packages, as a Python without python3-numpy.
    const dir = mkdtempSync(join(tmpdir(), 'mianjing-no-numpy-'));
    const executable = join(dir, 'python3');
    writeFileSync(executable, `#!/bin/sh\nexec ${PYTHON_EXECUTABLE} -S "$@"\n`);
    chmodSync(executable, 0o755);
    expect(await detectPythonRuntime({ executable })).toEqual({
      available: false,
      reason: `python3-numpy is not installed for ${executable}`,
    });
  });

  it('is checked once and cached', () => {
    expect(pythonRuntime()).toBe(pythonRuntime());
    expect(pythonRuntime({ allowUnsandboxed: true })).toBe(pythonRuntime({ allowUnsandboxed: true }));
  });

  describe.skipIf(pythonMissing)('without bubblewrap', () => {
    it('Python is unavailable, naming bubblewrap', async () => {
      process.env.PATH = '/nonexistent';
      const runtime = await detectPythonRuntime();
      expect(runtime.available).toBe(false);
      expect(!runtime.available && runtime.reason).toMatch(/bubblewrap is not installed/);
    });

    it('with the opt-in, Python runs unsandboxed, still under the limits and the system call filter', async () => {
      process.env.PATH = '/nonexistent';
      const runtime = await detectPythonRuntime({ allowUnsandboxed: true });
      process.env.PATH = path;
      if (!runtime.available) throw new Error(runtime.reason);
      expect(runtime.sandboxed).toBe(false);
      const problem = loadCatalogue().problem('sqrt-x');
      if (!problem) throw new Error('sqrt-x is missing');
      const pool = createWorkerPool(runtime.launch, 1);
      const inputs = problem.tests.examples.map((t) => t.input);
      const judgeWith = (code: string) => pool.use((worker) => executePython(problem, code, inputs, pythonLimits(problem), worker));
      try {
        const accepted = await judgeWith(problem.reference.python);
        expect(accepted.stage === 'run' && accepted.tests.map((t) => t.status)).toEqual(['returned', 'returned']);
        const forking = await judgeWith('import os\nclass Solution:\n    def mySqrt(self, x):\n        os.fork()\n');
        expect(forking.stage === 'run' && forking.tests[0]).toMatchObject({ status: 'error', error: { name: 'PermissionError' } });
        const env = await judgeWith('import os\nclass Solution:\n    def mySqrt(self, x):\n        return len(os.environ)\n');
        expect(env.stage === 'run' && env.tests[0]).toMatchObject({ status: 'returned', returned: { value: 0 } });
      } finally {
        pool.drain();
      }
    });
  });
});
