import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../content/catalogue.js';
import { pythonMissing } from '../../testing/python.js';
import { createJudge } from '../judge.js';
import type { JudgeRequest } from '../schema.js';

// Python judged the way TypeScript is: same result shape, same verdicts, same
// checkers. Needs python3-numpy and bubblewrap (skipped loudly without them).
const catalogue = loadCatalogue();
const judge = createJudge({ catalogue, concurrency: 1 });
afterAll(() => judge.close());

const run = (problemId: string, code: string, mode: JudgeRequest['mode'] = 'run', customInputs?: JudgeRequest['customInputs']) =>
  judge.judge({ problemId, language: 'python', mode, code, ...(customInputs ? { customInputs } : {}) });

describe.skipIf(pythonMissing)('compiling Python', () => {
  it('a SyntaxError is a CompileError at its line and column', async () => {
    const result = await run('sqrt-x', 'class Solution:\n    def mySqrt(self, x: int) -> int:\n        return x +\n');
    expect(result.verdict).toBe('CompileError');
    expect(result.compileError).toMatchObject({ line: 3, column: 19 });
    expect(result.compileError?.message).toMatch(/^SyntaxError: invalid syntax/);
    expect(result.tests).toEqual([]);
  });

  it('an IndentationError is a CompileError too', async () => {
    const result = await run('sqrt-x', 'class Solution:\n    def mySqrt(self, x):\n    return x\n');
    expect(result.verdict).toBe('CompileError');
    expect(result.compileError).toMatchObject({ line: 3 });
    expect(result.compileError?.message).toMatch(/^IndentationError/);
  });

  it('code without class Solution, or without the method, is a CompileError naming what is missing', async () => {
    expect((await run('sqrt-x', 'def mySqrt(x):\n    return 1\n')).compileError?.message).toBe('the code does not define class Solution');
    expect((await run('sqrt-x', 'class Solution:\n    def sqrt(self, x):\n        return 1\n')).compileError?.message).toBe(
      'class Solution has no method mySqrt',
    );
    expect((await run('softmax', 'def soft_max(x):\n    return x\n')).compileError?.message).toBe(
      'the code does not define a function softmax',
    );
  });

  it('the generated starter code compiles and defines what the judge calls', async () => {
    for (const problem of catalogue.problems) {
      const result = await run(problem.id, problem.starter.python);
      expect(result.verdict, `${problem.id}: ${result.compileError?.message}`).not.toBe('CompileError');
    }
  });
});

describe.skipIf(pythonMissing)('Python results', () => {
  it('exceptions are RuntimeErrors with the traceback trimmed to the user’s file', async () => {
    const code = [
      'def helper(x):', //                      1
      '    if x > 10:', //                       2
      "        raise ValueError(f'too big: {x}')", // 3
      '    return x', //                         4
      '', //                                     5
      'class Solution:', //                      6
      '    def mySqrt(self, x: int) -> int:', // 7
      '        return helper(x) and int(x ** 0.5)', // 8
    ].join('\n');
    const result = await run('sqrt-x', code, 'submit');
    expect(result.verdict).toBe('RuntimeError');
    expect(result.runtimeError).toMatchObject({ name: 'ValueError', line: 3 });
    expect(result.runtimeError?.message).toMatch(/^too big: \d+$/);
    const stack = result.runtimeError?.stack ?? '';
    expect(stack).toMatch(/^Traceback \(most recent call last\):\n {2}File "solution.py", line 8, in mySqrt\n/);
    expect(stack).toContain('File "solution.py", line 3, in helper');
    expect(stack).toContain("raise ValueError(f'too big: {x}')");
    expect(stack).not.toMatch(/harness|server\.py|\/judge\//);
    expect(result.tests.find((t) => t.status === 'RuntimeError')?.message).toMatch(/^ValueError: too big/);
  });

  it('RecursionError is a RuntimeError', async () => {
    const result = await run('sqrt-x', 'class Solution:\n    def mySqrt(self, x):\n        return self.mySqrt(x + 1)\n');
    expect(result.verdict).toBe('RuntimeError');
    expect(result.runtimeError?.name).toBe('RecursionError');
    expect(result.runtimeError?.stack).toMatch(/Previous line repeated \d+ more times/);
  });

  it('print output is captured per visible test, stdout and stderr alike', async () => {
    const code =
      "import sys\nclass Solution:\n    def mySqrt(self, x):\n        print('x is', x)\n        print('warn', file=sys.stderr)\n        return int(x ** 0.5)\n";
    const result = await run('sqrt-x', code);
    expect(result.verdict).toBe('Accepted');
    expect(result.tests[0]?.stdout).toBe('x is 4\nwarn\n');
    expect(result.tests[1]?.stdout).toBe('x is 8\nwarn\n');
  });

  it('a wrong answer shows expected and actual like TypeScript', async () => {
    const result = await run('sqrt-x', 'class Solution:\n    def mySqrt(self, x):\n        return round(x ** 0.5)\n');
    expect(result.verdict).toBe('WrongAnswer');
    expect(result.tests[1]).toMatchObject({
      status: 'WrongAnswer',
      actual: { json: '3' },
      expected: { json: '2' },
      message: 'output: expected 2, got 3',
    });
  });

  it('returning the wrong type is a WrongAnswer, not a crash', async () => {
    expect((await run('sqrt-x', 'class Solution:\n    def mySqrt(self, x):\n        return str(x)\n')).tests[0]?.message).toMatch(
      /expected int/,
    );
    expect((await run('sqrt-x', 'class Solution:\n    def mySqrt(self, x):\n        return {2}\n')).tests[0]?.message).toMatch(
      /returned a set/,
    );
    const cyclic = 'class Solution:\n    def sortList(self, head):\n        head.next = head\n        return head\n';
    expect((await run('sort-list', cyclic)).tests[0]?.message).toMatch(/cycle/);
    const broken = 'class Solution:\n    def sortList(self, head):\n        head.next = 7\n        return head\n';
    expect((await run('sort-list', broken)).tests[0]?.message).toMatch(/contains a int instead of a ListNode/);
  });

  it('numpy functions receive ndarrays and may return ndarrays, lists or numpy scalars', async () => {
    const asList =
      'import numpy as np\ndef softmax(x):\n    assert isinstance(x, np.ndarray) and x.dtype == np.float64 and x.ndim == 2\n    e = np.exp(x - x.max(axis=1, keepdims=True))\n    return (e / e.sum(axis=1, keepdims=True)).tolist()\n';
    expect((await run('softmax', asList, 'submit')).verdict).toBe('Accepted');
    const float16 =
      'import numpy as np\ndef softmax(x):\n    e = np.exp((x - x.max(axis=1, keepdims=True)).astype(np.float16))\n    return e / e.sum(axis=1, keepdims=True)\n';
    const rough = await run('softmax', float16, 'submit');
    expect(rough.verdict).toBe('WrongAnswer');
    expect(rough.tests.find((t) => t.status === 'WrongAnswer')?.message).toMatch(/difference/);
    const scalar = 'import numpy as np\nclass Solution:\n    def mySqrt(self, x):\n        return np.int64(np.floor(np.sqrt(x)))\n';
    expect((await run('sqrt-x', scalar, 'submit')).verdict).toBe('Accepted');
  });

  it('NaN and infinity never equal a number', async () => {
    const result = await run('softmax', 'import numpy as np\ndef softmax(x):\n    return np.full(x.shape, np.nan)\n');
    expect(result.verdict).toBe('WrongAnswer');
    expect(result.tests[0]?.actual?.json).toContain('"NaN"');
  });

  it('in-place problems are judged on the mutated argument', async () => {
    const rebinds = 'class Solution:\n    def rotate(self, matrix):\n        matrix = [list(r) for r in zip(*matrix[::-1])]\n';
    expect((await run('rotate-matrix', rebinds)).verdict).toBe('WrongAnswer');
    const slices = 'class Solution:\n    def rotate(self, matrix):\n        matrix[:] = [list(r) for r in zip(*matrix[::-1])]\n';
    expect((await run('rotate-matrix', slices, 'submit')).verdict).toBe('Accepted');
  });

  it('custom inputs in run mode are answered by the reference solution', async () => {
    const result = await run('sqrt-x', catalogue.problem('sqrt-x')?.reference.python ?? '', 'run', [{ x: 99 }, { x: 2 ** 31 - 1 }]);
    expect(result.verdict).toBe('Accepted');
    expect(result.tests.slice(-2)).toMatchObject([
      { group: 'custom', expected: { json: '9' } },
      { group: 'custom', expected: { json: '46340' } },
    ]);
  });

  it('reports CPU time per test and the peak memory beyond the interpreter', async () => {
    const result = await run('quicksort', catalogue.problem('quicksort')?.reference.python ?? '', 'submit');
    expect(result.verdict).toBe('Accepted');
    expect(result.maxTimeMs).toBeGreaterThan(0);
    expect(result.totalTimeMs).toBeGreaterThanOrEqual(result.maxTimeMs);
    expect(result.peakHeapMb).toBeGreaterThan(0);
  });

  it('a solution that is too slow gets TimeLimitExceeded at the Python time limit of the problem', async () => {
    const slow =
      'class Solution:\n    def longestOnes(self, nums, k):\n        return max((j - i + 1 for i in range(len(nums)) for j in range(i, len(nums)) if nums[i:j + 1].count(0) <= k), default=0)\n';
    const result = await run('max-consecutive-ones-iii', slow, 'submit');
    expect(result.verdict).toBe('TimeLimitExceeded');
    const limit = catalogue.problem('max-consecutive-ones-iii')?.python.timeLimitMs ?? 0;
    expect(result.tests.find((t) => t.status === 'TimeLimitExceeded')?.timeMs).toBeGreaterThan(limit);
  });
});

describe.skipIf(pythonMissing)('inputs made ahead of a resubmission', () => {
  // After two submissions with the same tests, a worker's next child makes
  // their inputs while it waits (values.py, Ahead). That must not change what
  // a solution may use: the hoard below is allocated at load and kept.
  const hoarding = (mb: number, code: string) => `import numpy as _np\n_hoard = _np.empty(${mb} << 20, dtype=_np.uint8)\n${code}`;
  const reference = (problemId: string) => catalogue.problem(problemId)?.reference.python ?? '';
  const waitForTheNextChild = () => new Promise((resolve) => setTimeout(resolve, 1500));

  /** The verdicts of a first submission, and of a third in a row, judged with its inputs made ahead. */
  async function firstAndThird(problemId: string, code: string) {
    await run('sqrt-x', reference('sqrt-x')); // other tests just before: the first child makes nothing ahead
    const first = await run(problemId, code, 'submit');
    await run(problemId, code, 'submit');
    await waitForTheNextChild();
    const third = await run(problemId, code, 'submit');
    return [first.verdict, third.verdict];
  }

  it('leave the memory limit where it was', async () => {
    const limit = catalogue.problem('quicksort')?.limits.memoryLimitMb ?? 0;
    expect(await firstAndThird('quicksort', hoarding(limit - 8, reference('quicksort')))).toEqual(['Accepted', 'Accepted']);
    expect(await firstAndThird('quicksort', hoarding(limit + 8, reference('quicksort')))).toEqual([
      'MemoryLimitExceeded',
      'MemoryLimitExceeded',
    ]);
  });

  it('are let go, not used, when the next submission has other tests', async () => {
    const limit = catalogue.problem('sqrt-x')?.limits.memoryLimitMb ?? 0;
    await run('sqrt-x', reference('sqrt-x'), 'submit'); // its tests are the worker's too, so the next child serves them
    await run('quicksort', reference('quicksort'), 'submit');
    await run('quicksort', reference('quicksort'), 'submit');
    await waitForTheNextChild();
    expect((await run('sqrt-x', hoarding(limit - 8, reference('sqrt-x')), 'submit')).verdict).toBe('Accepted');
  });
});

describe.skipIf(pythonMissing)('languages', () => {
  it('lists Python as available, with TypeScript and JavaScript', async () => {
    const languages = await judge.languages();
    expect(languages.map((l) => [l.id, l.available, l.fileExtension])).toEqual([
      ['typescript', true, 'ts'],
      ['javascript', true, 'js'],
      ['python', true, 'py'],
    ]);
  });
});
