import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Problem, TestInput, ValueType } from '../../schema/problem.js';
import type { ExecuteLimits, Execution, RawTest, Returned } from '../execute.js';
import { driverFor } from '../kinds.js';
import { wallBackstopMs } from '../sandbox.js';
import type { ChildExit, ChildLine, Worker, WorkerReport } from './worker.js';

/** The file name of the user's code in tracebacks and diagnostics. */
export const PYTHON_FILE = 'solution.py';

/** CPU time the harness may spend converting one test's input, and the wall time (as in server.py). */
const PREPARE_CPU_MS = 300;
const PREPARE_WALL_MS = 5_000;
/** Largest file the solution may write to its tmp folder. */
const FILE_SIZE_LIMIT_MB = 16;
/**
 * The server reads the child's CPU clock from outside, which the kernel brings
 * up to date only at scheduler ticks; the child's own reading is exact. The
 * child's figure is used when it agrees with the server's within this margin
 * (a few ticks), so a submission cannot shave off more than that.
 */
const CPU_AGREEMENT_MS = 12;
/** Share of the memory limit in use at a crash that makes it a MemoryLimitExceeded. */
const MEMORY_CRASH_SHARE = 0.9;

/** The limits Python runs under for a problem: its own time limit, memory beyond the interpreter. */
export function pythonLimits(problem: Problem): ExecuteLimits {
  return {
    timeLimitMs: problem.python.timeLimitMs,
    memoryLimitMb: problem.python.memoryLimitMb ?? problem.limits.memoryLimitMb,
    outputLimitKb: problem.limits.outputLimitKb,
  };
}

/** What the user's code must define: a numpy function, `class Solution`, or the design class. */
export function pythonEntry(problem: Problem): { style: 'function' | 'solution' | 'class'; name: string; className?: string } {
  const spec = problem.judge;
  if (spec.kind === 'design') return { style: 'class', name: spec.className, className: spec.className };
  if (problem.python.function) return { style: 'function', name: problem.python.function };
  return { style: 'solution', name: spec.function, className: 'Solution' };
}

const typesOf = (params: readonly { type: ValueType }[]) => params.map((p) => p.type);

/** One test as the harness reads it: the kind driver's call, with the type of each argument for conversion. */
function testRequest(problem: Problem, input: TestInput): string {
  const spec = problem.judge;
  const request = driverFor(spec).request(spec, input);
  if (request.op === 'call') {
    if (spec.kind === 'design') throw new Error('a design problem made a call request');
    const { args, returns, mutated, mutatedType } = request;
    return JSON.stringify({ op: 'call', args, types: typesOf(spec.params), returns, mutated, mutatedType });
  }
  if (spec.kind !== 'design') throw new Error('a function problem made a design request');
  return JSON.stringify({
    op: 'design',
    ctorArgs: request.ctorArgs,
    ctorTypes: typesOf(spec.constructorParams),
    methods: Object.fromEntries(spec.methods.map((m) => [m.name, { types: typesOf(m.params), returns: m.returns }])),
    operations: request.operations,
    arguments: request.arguments,
  });
}

/** Each test input's line and digest, made once per input object (a problem's planned tests are reused). */
const lines = new WeakMap<object, { line: string; digest: string }>();

function testLine(problem: Problem, input: TestInput): { line: string; digest: string } {
  let entry = lines.get(input);
  if (!entry) {
    const line = testRequest(problem, input);
    entry = { line, digest: createHash('sha256').update(line).digest('base64') };
    lines.set(input, entry);
  }
  return entry;
}

const ErrorInfo = z.object({ name: z.string(), message: z.string(), stack: z.string() });

/** What the child may write; anything else is a protocol violation by the submission. */
const LoadLine = z.discriminatedUnion('status', [
  z.object({ status: z.literal('loaded'), cpuMs: z.number().nonnegative() }),
  z.object({ status: z.literal('syntax'), message: z.string(), line: z.number().int().positive(), column: z.number().int().positive() }),
  z.object({ status: z.literal('missing'), message: z.string() }),
  z.object({ status: z.literal('error'), error: ErrorInfo }),
  z.object({ status: z.literal('memory') }),
  z.object({ status: z.literal('output-limit') }),
]);

const ownTime = { cpuMs: z.number().nonnegative().optional() };
const ResultLine = z.discriminatedUnion('kind', [
  /** The value follows the outcome, after a tab (see `fromResult`). */
  z.object({ kind: z.literal('ok'), log: z.string(), ...ownTime }),
  z.object({ kind: z.literal('error'), error: ErrorInfo, log: z.string(), ...ownTime }),
  z.object({
    kind: z.literal('bad-output'),
    verdict: z.enum(['WrongAnswer', 'RuntimeError', 'OutputLimitExceeded']),
    message: z.string(),
    log: z.string(),
    ...ownTime,
  }),
  z.object({ kind: z.literal('output-limit'), log: z.string(), ...ownTime }),
  z.object({ kind: z.literal('memory') }),
]);

/** The child's exact CPU time when it agrees with the server's coarse measurement, else the server's. */
const cpuOf = (measured: number, own: number | undefined) =>
  own !== undefined && Math.abs(own - measured) <= CPU_AGREEMENT_MS ? own : measured;

function parseJson<S extends z.ZodType>(schema: S, text: string): z.infer<S> | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Read for a text that is not JSON. The harness writes JSON; only the program
 * itself, writing to the result channel, could write anything else, and no
 * output type admits this value, so the test is a wrong answer.
 */
const UNREADABLE = Object.freeze({ unreadable: 'the program wrote a result that is not JSON' });

const PACKED = /^#([12]) (\d+) (\d+) /;

/**
 * An array of floats the child packed (outputs.py `_packed`): `#<depth> <rows>
 * <columns> <base64 of little-endian doubles>`, read as JSON text of it would
 * be, NaN and infinities as strings.
 */
function unpackFloats(text: string): unknown[] | undefined {
  const match = PACKED.exec(text.slice(0, 48));
  if (!match) return undefined;
  const [depth, rows, columns] = match.slice(1).map(Number) as [number, number, number];
  const bytes = Buffer.from(text.slice(match[0].length), 'base64');
  if ((depth === 1 && rows !== 1) || bytes.length !== rows * columns * 8) return undefined;
  const read = (at: number) => {
    const x = bytes.readDoubleLE(at * 8);
    if (Number.isFinite(x)) return x;
    return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
  };
  const row = (r: number) => Array.from({ length: columns }, (_, c) => read(r * columns + c));
  return depth === 1 ? row(0) : Array.from({ length: rows }, (_, r) => row(r));
}

/**
 * A returned value known by the JSON text the child wrote (megabytes, for
 * some results): the judge accepts it by comparing the text with the expected
 * one and parses it only when they differ. A checker always reads the value,
 * so for a checker it is parsed at once, and unreadable text is tampering.
 * Packed floats are read at once.
 */
function returnedText(json: string, parseNow: boolean): Returned | undefined {
  if (json.startsWith('#')) {
    const value = unpackFloats(json);
    return value ? { value } : undefined;
  }
  if (parseNow) {
    try {
      const value: unknown = JSON.parse(json);
      return { json, value };
    } catch {
      return undefined;
    }
  }
  let parsed: { value: unknown } | undefined;
  return {
    json,
    get value() {
      if (!parsed) {
        try {
          parsed = { value: JSON.parse(json) };
        } catch {
          parsed = { value: UNREADABLE };
        }
      }
      return parsed.value;
    },
  };
}

const tampered = (cpuMs: number): RawTest => ({
  status: 'error',
  error: { name: 'RuntimeError', message: "the program wrote to the judge's result channel", stack: '' },
  log: '',
  cpuMs,
});

/** One test's line: `<outcome JSON>`, or `<outcome JSON>\t<value JSON>` for a value returned. */
function fromResult(line: ChildLine, limits: ExecuteLimits, parseNow: boolean): RawTest {
  const tab = line.body.indexOf('\t');
  const result = parseJson(ResultLine, tab === -1 ? line.body : line.body.slice(0, tab));
  if (!result || (tab === -1) === (result.kind === 'ok')) return tampered(line.cpuMs);
  if (result.kind === 'memory') return { status: 'memory', cpuMs: line.cpuMs };
  const cpuMs = cpuOf(line.cpuMs, result.cpuMs);
  if (cpuMs > limits.timeLimitMs) return { status: 'timeout', cpuMs, log: result.log };
  switch (result.kind) {
    case 'ok': {
      const returned = returnedText(line.body.slice(tab + 1), parseNow);
      return returned ? { status: 'returned', returned, log: result.log, cpuMs } : tampered(line.cpuMs);
    }
    case 'error':
      return { status: 'error', error: result.error, log: result.log, cpuMs };
    case 'bad-output':
      return { status: 'bad-output', verdict: result.verdict, message: result.message, log: result.log, cpuMs };
    case 'output-limit':
      return { status: 'output-limit', log: result.log, cpuMs };
  }
}

/** Exit statuses of the harness itself (harness.py): out of memory outside a test, or broken by the program. */
const EXIT_OUT_OF_MEMORY = 71;
const EXIT_HARNESS_BROKEN = 70;

const SIGNALS: Record<number, string> = {
  4: 'SIGILL',
  6: 'SIGABRT',
  7: 'SIGBUS',
  8: 'SIGFPE',
  9: 'SIGKILL',
  11: 'SIGSEGV',
  24: 'SIGXCPU',
  25: 'SIGXFSZ',
  31: 'SIGSYS',
};

/** What ended the child before it reported the current step: the watchdog, a signal or an early exit. */
function fromExit(exit: ChildExit, limits: ExecuteLimits): RawTest {
  const killed = exit.killed;
  if (killed) {
    if (killed.reason === 'output') return { status: 'output-limit', log: '', cpuMs: killed.cpuMs };
    if (killed.reason === 'protocol') return tampered(killed.cpuMs);
    return { status: 'timeout', cpuMs: Math.max(killed.cpuMs, 0) };
  }
  if (exit.code === -24) return { status: 'timeout', cpuMs: limits.timeLimitMs };
  if (exit.code === EXIT_OUT_OF_MEMORY) return { status: 'memory', cpuMs: 0 };
  if (exit.code < 0) {
    if (exit.peakMb >= limits.memoryLimitMb * MEMORY_CRASH_SHARE) return { status: 'memory', cpuMs: 0 };
    const signal = SIGNALS[-exit.code] ?? `signal ${-exit.code}`;
    const why =
      signal === 'SIGSEGV'
        ? ' (a segmentation fault: recursion deeper than the C stack after raising the recursion limit, or ctypes misuse)'
        : signal === 'SIGXFSZ'
          ? ` (a file in tmp grew past ${FILE_SIZE_LIMIT_MB} MB)`
          : '';
    return {
      status: 'error',
      error: { name: signal, message: `the Python process was killed by ${signal}${why}`, stack: '' },
      log: '',
      cpuMs: 0,
    };
  }
  const message =
    exit.code === EXIT_HARNESS_BROKEN
      ? "the program broke the judge's harness in its process"
      : `the program ended its process (exit status ${exit.code}) before returning`;
  return {
    status: 'error',
    error: { name: 'SystemExit', message, stack: '' },
    log: '',
    cpuMs: 0,
  };
}

/** Turns what the worker reported into the judge's Execution, with the same meaning as a TypeScript run. */
export function executionOf(
  report: WorkerReport,
  code: string,
  testCount: number,
  limits: ExecuteLimits,
  options: { parseValues: boolean },
): Execution {
  const compiled = { code, filename: PYTHON_FILE };
  const skipped = (): RawTest[] => Array.from({ length: testCount }, () => ({ status: 'skipped' }) as const);
  const peakHeapMb = report.exit.peakMb;
  const load = report.load ? parseJson(LoadLine, report.load.body) : undefined;
  if (!report.load) return { stage: 'run', compiled, loadFailure: fromExit(report.exit, limits), tests: skipped(), peakHeapMb };
  if (!load) return { stage: 'run', compiled, loadFailure: tampered(report.load.cpuMs), tests: skipped(), peakHeapMb };
  switch (load.status) {
    case 'syntax':
      return { stage: 'compile', diagnostic: { message: load.message, line: load.line, column: load.column } };
    case 'missing':
      return { stage: 'compile', diagnostic: { message: load.message, line: 1, column: 1 } };
    case 'error':
      return {
        stage: 'run',
        compiled,
        loadFailure: { status: 'error', error: load.error, log: '', cpuMs: report.load.cpuMs },
        tests: skipped(),
        peakHeapMb,
      };
    case 'memory':
      return { stage: 'run', compiled, loadFailure: { status: 'memory', cpuMs: report.load.cpuMs }, tests: skipped(), peakHeapMb };
    case 'output-limit':
      return {
        stage: 'run',
        compiled,
        loadFailure: { status: 'output-limit', log: '', cpuMs: report.load.cpuMs },
        tests: skipped(),
        peakHeapMb,
      };
    case 'loaded': {
      const cpuMs = cpuOf(report.load.cpuMs, load.cpuMs);
      if (cpuMs > limits.timeLimitMs)
        return { stage: 'run', compiled, loadFailure: { status: 'timeout', cpuMs }, tests: skipped(), peakHeapMb };
    }
  }
  const tests: RawTest[] = [];
  for (const line of report.results.slice(0, testCount)) {
    const raw = fromResult(line, limits, options.parseValues);
    tests.push(raw);
    if (raw.status === 'timeout' || raw.status === 'memory') break;
  }
  const last = tests.at(-1);
  const spent = last?.status === 'timeout' || last?.status === 'memory';
  if (!spent && tests.length < testCount) tests.push(fromExit(report.exit, limits));
  while (tests.length < testCount) tests.push({ status: 'skipped' });
  return { stage: 'run', compiled, tests, peakHeapMb };
}

/**
 * Runs a Python submission on a pooled worker: one forked child loads the
 * code and calls it on each input in order, under the problem's Python limits.
 */
export async function executePython(
  problem: Problem,
  code: string,
  inputs: readonly TestInput[],
  limits: ExecuteLimits,
  worker: Worker,
): Promise<Execution> {
  const wallLimitMs = wallBackstopMs(limits.timeLimitMs);
  const steps = inputs.length + 1;
  const tests = inputs.map((input) => testLine(problem, input));
  const testsKey = createHash('sha256')
    .update(tests.map((t) => t.digest).join(','))
    .digest('base64');
  const report = await worker.run({
    header: {
      code,
      entry: pythonEntry(problem),
      numpy: problem.python.function !== undefined,
      timeLimitMs: limits.timeLimitMs,
      wallLimitMs,
      memoryLimitMb: limits.memoryLimitMb,
      outputLimitChars: limits.outputLimitKb * 1024,
      cpuBudgetMs: steps * (limits.timeLimitMs + PREPARE_CPU_MS),
      fileSizeLimitMb: FILE_SIZE_LIMIT_MB,
      tmpDir: worker.scratch.tmpDir,
      scratch: worker.scratch.folders,
    },
    testsKey,
    testCount: tests.length,
    tests: () => tests.map((t) => t.line),
    backstopMs: steps * (wallLimitMs + PREPARE_WALL_MS) + 30_000,
  });
  return executionOf(report, code, inputs.length, limits, { parseValues: problem.comparison.type === 'checker' });
}

/**
 * A Python traceback is trimmed to the user's file by the harness already;
 * the line is that of its innermost frame.
 */
export function pythonStack(stack: string): { stack: string; line?: number } {
  const lines = [...stack.matchAll(/File "solution\.py", line (\d+)/g)];
  const line = lines.at(-1)?.[1];
  return { stack, ...(line ? { line: Number(line) } : {}) };
}
