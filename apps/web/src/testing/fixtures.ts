import type { JudgeResult } from '@mianjing/core';

/** A judge result of the shape the API returns: one example passed, one failed with console output. */
export const wrongAnswer: JudgeResult = {
  problemId: 'sqrt-x',
  language: 'typescript',
  mode: 'run',
  verdict: 'WrongAnswer',
  passed: 1,
  total: 2,
  tests: [
    {
      index: 0,
      group: 'example',
      status: 'Accepted',
      timeMs: 0.4,
      input: { json: '{"x":4}', truncated: false },
      expected: { json: '2', truncated: false },
      actual: { json: '2', truncated: false },
    },
    {
      index: 1,
      group: 'example',
      status: 'WrongAnswer',
      timeMs: 0.3,
      input: { json: '{"x":8}', truncated: false },
      expected: { json: '[1,2,3]', truncated: false },
      actual: { json: '[1,5,3]', truncated: false },
      stdout: 'mid 3\n',
    },
  ],
  maxTimeMs: 0.4,
  totalTimeMs: 0.7,
  peakHeapMb: 1.2,
};
