import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { startWorker } from './worker.js';

/**
 * Debian's interpreter, which `python3-numpy` installs numpy for. Never the
 * `python3` first on PATH: that may be a pyenv or virtualenv build without numpy.
 */
export const PYTHON_EXECUTABLE = '/usr/bin/python3';

/** The Python side of the judge (server.py, harness.py and the modules next to them, probe.py); works from `src/` and `dist/` alike. */
export const PYTHON_SOURCE_DIR = fileURLToPath(new URL('../../../src/judge/python/', import.meta.url));

/** Where the judge's Python files appear inside the sandbox. */
const SANDBOX_JUDGE_DIR = '/judge';
/** Size of the sandbox's private /tmp (tmpfs), and of its /dev/shm. */
const TMP_SIZE_MB = 64;
const SHM_SIZE_MB = 1;

/** Environment of every worker: nothing of the server's, one BLAS thread (threads cannot survive a fork). */
const WORKER_ENV: Record<string, string> = {
  OPENBLAS_NUM_THREADS: '1',
  OMP_NUM_THREADS: '1',
  MKL_NUM_THREADS: '1',
  LANG: 'C.UTF-8',
};

const PYTHON_FLAGS = ['-I', '-B', '-X', 'utf8'];

const ProbeReport = z.object({
  python: z.string(),
  numpy: z.string(),
  seccomp: z.boolean(),
  machine: z.string(),
  directories: z.array(z.string()),
  files: z.array(z.string()),
  links: z.array(z.tuple([z.string(), z.string()])),
});
export type ProbeReport = z.infer<typeof ProbeReport>;

/** How to start one worker (a fork server) and where its submissions may write. */
export interface LaunchConfig {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly sandboxed: boolean;
  /** The child's working and scratch folder, emptied after each submission. */
  readonly tmpDir: string;
  /** Every folder emptied after each submission. */
  readonly scratch: readonly string[];
  /** Removes what the launch created on the host (the unsandboxed scratch folder). */
  readonly cleanup: () => void;
}

export type PythonRuntime =
  | {
      readonly available: true;
      readonly sandboxed: boolean;
      readonly python: string;
      readonly numpy: string;
      /** A fresh launch for each worker. */
      readonly launch: () => LaunchConfig;
    }
  | { readonly available: false; readonly reason: string };

const isInside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);

/**
 * bubblewrap's arguments for a worker: new user, PID, network, IPC, UTS and
 * cgroup namespaces, no capabilities, no nested user namespaces; read-only
 * binds of exactly the folders and files the probe found the runtime uses, the
 * links on the way to them, and the judge's Python files at /judge; a private
 * size-limited /tmp and /dev/shm; a clean environment. The worker dies with
 * its parent, and everything in its PID namespace with it.
 */
export function bubblewrapArgs(report: ProbeReport, options: { disableUserns: boolean }): string[] {
  const directories = [...new Set(report.directories)]
    .sort((a, b) => a.length - b.length)
    .filter((dir, i, all) => !all.slice(0, i).some((outer) => isInside(dir, outer)));
  const visible = (path: string) => directories.some((dir) => isInside(path, dir));
  const files = report.files.filter((file) => !visible(file));
  const links = report.links.filter(([path]) => !visible(path));
  const args = [
    '--unshare-user',
    '--unshare-pid',
    '--unshare-net',
    '--unshare-ipc',
    '--unshare-uts',
    '--unshare-cgroup-try',
    ...(options.disableUserns ? ['--disable-userns'] : []),
    '--die-with-parent',
    '--new-session',
    '--cap-drop',
    'ALL',
    '--hostname',
    'sandbox',
    ...directories.flatMap((dir) => ['--ro-bind', dir, dir]),
    ...files.flatMap((file) => ['--ro-bind', file, file]),
    ...links.flatMap(([path, target]) => ['--symlink', target, path]),
    '--ro-bind',
    PYTHON_SOURCE_DIR,
    SANDBOX_JUDGE_DIR,
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--size',
    String(SHM_SIZE_MB * 1024 * 1024),
    '--tmpfs',
    '/dev/shm',
    '--remount-ro',
    '/dev',
    '--size',
    String(TMP_SIZE_MB * 1024 * 1024),
    '--tmpfs',
    '/tmp',
    // Everything not mounted above (the folders bubblewrap made for mount points) is read-only too.
    '--remount-ro',
    '/',
    '--chdir',
    '/tmp',
    '--clearenv',
    ...Object.entries(WORKER_ENV).flatMap(([name, value]) => ['--setenv', name, value]),
  ];
  return args;
}

function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '/usr/bin:/bin').split(delimiter)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function run(command: string, args: readonly string[], timeoutMs: number): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, [...args], { env: WORKER_ENV, timeout: timeoutMs, maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ ok: !error, stdout, stderr: stderr || (error ? error.message : '') }),
    );
  });
}

const lastLine = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter((line) => line.trim())
    .at(-1) ?? '';

async function probe(executable: string): Promise<ProbeReport | string> {
  if (!existsSync(executable)) return `Debian's python3 is not installed (${executable} is missing)`;
  const result = await run(executable, [...PYTHON_FLAGS, join(PYTHON_SOURCE_DIR, 'probe.py'), executable], 30_000);
  if (!result.ok) {
    if (/No module named .?numpy/.test(result.stderr)) return `python3-numpy is not installed for ${executable}`;
    return `${executable} could not start the judge: ${lastLine(result.stderr)}`;
  }
  let json: unknown;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    json = undefined;
  }
  const parsed = ProbeReport.safeParse(json);
  if (!parsed.success) return `${executable} gave an unreadable description of itself`;
  if (!parsed.data.seccomp) return `the judge has no system call filter for the ${parsed.data.machine} architecture`;
  return parsed.data;
}

const server = (dir: string) => join(dir, 'server.py');

function sandboxedLaunch(bwrap: string, executable: string, report: ProbeReport, disableUserns: boolean): () => LaunchConfig {
  const args = [...bubblewrapArgs(report, { disableUserns }), executable, ...PYTHON_FLAGS, server(SANDBOX_JUDGE_DIR)];
  return () => ({ command: bwrap, args, env: {}, sandboxed: true, tmpDir: '/tmp', scratch: ['/tmp', '/dev/shm'], cleanup: () => {} });
}

function unsandboxedLaunch(executable: string): LaunchConfig {
  const tmpDir = mkdtempSync(join(tmpdir(), 'mianjing-python-'));
  return {
    command: executable,
    args: [...PYTHON_FLAGS, server(PYTHON_SOURCE_DIR)],
    env: { ...WORKER_ENV, HOME: tmpDir, TMPDIR: tmpDir },
    sandboxed: false,
    tmpDir,
    scratch: [tmpDir],
    cleanup: () => rmSync(tmpDir, { recursive: true, force: true }),
  };
}

/** Starts one worker from a launch and stops it again: the only proof that a sandbox can be created here. */
async function tryLaunch(launch: LaunchConfig): Promise<string | undefined> {
  try {
    const worker = await startWorker(launch);
    worker.dispose();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

export interface DetectOptions {
  readonly allowUnsandboxed?: boolean;
  /** The interpreter; Debian's by default. */
  readonly executable?: string;
}

/**
 * Finds out, without caching, whether and how Python can be judged here;
 * `pythonRuntime` is the cached version the judge uses.
 */
export async function detectPythonRuntime(options: DetectOptions = {}): Promise<PythonRuntime> {
  const allowUnsandboxed = options.allowUnsandboxed === true;
  const executable = options.executable ?? PYTHON_EXECUTABLE;
  const report = await probe(executable);
  if (typeof report === 'string') return { available: false, reason: report };
  const found = { python: report.python, numpy: report.numpy };
  const unsandboxed = async (why: string): Promise<PythonRuntime> => {
    if (!allowUnsandboxed) return { available: false, reason: why };
    const launch = () => unsandboxedLaunch(executable);
    const failure = await tryLaunch(launch());
    return failure ? { available: false, reason: failure } : { available: true, sandboxed: false, ...found, launch };
  };
  const bwrap = findOnPath('bwrap');
  if (!bwrap) return unsandboxed('bubblewrap is not installed (no bwrap on PATH), and Python is judged only inside its sandbox');
  const help = await run(bwrap, ['--help'], 10_000);
  const launch = sandboxedLaunch(bwrap, executable, report, help.stdout.includes('--disable-userns'));
  const failure = await tryLaunch(launch());
  if (failure) return unsandboxed(`bubblewrap cannot create a sandbox here: ${failure}`);
  return { available: true, sandboxed: true, ...found, launch };
}

const detected = new Map<boolean, Promise<PythonRuntime>>();

/**
 * Whether Python can be judged here, and how: checked once per process (per
 * mode) and cached. Needs Debian's `python3` with `python3-numpy`, and
 * `bubblewrap` able to create a sandbox; with `allowUnsandboxed`, a missing or
 * unusable bubblewrap falls back to running workers directly (still with
 * rlimits and the system call filter, but seeing the host's files and network).
 */
export function pythonRuntime(options: { allowUnsandboxed?: boolean } = {}): Promise<PythonRuntime> {
  const allow = options.allowUnsandboxed === true;
  let runtime = detected.get(allow);
  if (!runtime) {
    runtime = detectPythonRuntime({ allowUnsandboxed: allow });
    detected.set(allow, runtime);
  }
  return runtime;
}
