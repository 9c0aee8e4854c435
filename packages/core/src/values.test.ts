import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from './content/catalogue.js';
import { MianjingError } from './errors.js';
import { createJudge } from './judge/judge.js';
import { fixtureContent } from './testing/fixture-content.js';
import { MAX_NESTING_DEPTH, describeArgumentsMismatch, describeTypeMismatch, nestedDeeperThan, previewJson } from './values.js';

/** `[[[…value…]]]`, `depth` levels deep, built without recursion. */
function nested(depth: number, value: unknown = 1): unknown {
  let out = value;
  for (let i = 0; i < depth; i++) out = [out];
  return out;
}

describe('describeTypeMismatch', () => {
  it('names the first element that does not fit', () => {
    expect(describeTypeMismatch([1, 2.5], 'int[]')).toBe('[1]: expected int, got 2.5');
    expect(describeTypeMismatch([[1], [2, 'x']], 'int[][]', 'grid')).toBe('grid[1][1]: expected int, got "x"');
    expect(describeTypeMismatch([[1, 2]], 'int[][]')).toBeUndefined();
  });

  it.each([5_000, 20_000, 1_000_000])('a value nested %i levels deep is named as too deep, without overflowing the stack', (depth) => {
    expect(describeTypeMismatch(nested(depth), 'int', 'x')).toBe(`x: nested deeper than ${MAX_NESTING_DEPTH} levels`);
    expect(describeTypeMismatch(nested(depth), 'int[][]', 'matrix')).toBe(`matrix: nested deeper than ${MAX_NESTING_DEPTH} levels`);
    expect(describeTypeMismatch([1, 2, nested(depth)], 'int[]', 'nums')).toBe(`nums: nested deeper than ${MAX_NESTING_DEPTH} levels`);
    expect(describeTypeMismatch({ deep: nested(depth) }, 'string')).toBe(`value: nested deeper than ${MAX_NESTING_DEPTH} levels`);
    expect(describeArgumentsMismatch({ x: nested(depth) }, [{ name: 'x', type: 'int' }])).toBe(
      `x: nested deeper than ${MAX_NESTING_DEPTH} levels`,
    );
  });

  it('a value up to the bound is described as usual, cut for display', () => {
    expect(describeTypeMismatch(nested(MAX_NESTING_DEPTH), 'int', 'x')).toBe(`x: expected int, got ${'['.repeat(40)}…`);
    expect(describeTypeMismatch([[1, 2]], 'int', 'x')).toBe('x: expected int, got [[1,2]]');
  });
});

describe('nestedDeeperThan', () => {
  it('counts arrays and objects, not scalars', () => {
    expect(nestedDeeperThan(1, 0)).toBe(false);
    expect(nestedDeeperThan([1], 0)).toBe(true);
    expect(nestedDeeperThan([1, [2]], 2)).toBe(false);
    expect(nestedDeeperThan([1, [2]], 1)).toBe(true);
    expect(nestedDeeperThan({ a: [{ b: 1 }] }, 2)).toBe(true);
    expect(nestedDeeperThan({ a: [{ b: 1 }] }, 3)).toBe(false);
  });

  it('stops on a cycle', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(nestedDeeperThan(cyclic, MAX_NESTING_DEPTH)).toBe(true);
  });
});

describe('previewJson', () => {
  const samples: unknown[] = [
    0,
    -0,
    1.5,
    'a "quoted" 面经\n',
    true,
    null,
    [],
    {},
    [1, [2, [3, []]], { a: 1, b: [null, 'x'] }],
    { skipped: undefined, kept: 1, fn: () => 1, list: [undefined, () => 1] },
    { first: undefined, second: 2 },
    [Number.NaN, Number.POSITIVE_INFINITY],
  ];
  it.each(samples.map((s) => [JSON.stringify(s), s]))('writes %s as JSON.stringify does', (_, value) => {
    expect(previewJson(value, 1_000)).toEqual({ json: JSON.stringify(value), truncated: false });
  });

  it('stops at the cut, whatever the size or depth', () => {
    expect(previewJson([[1, 2], { a: 'x' }], 5)).toEqual({ json: '[[1,2', truncated: true });
    expect(previewJson(nested(1_000_000), 10)).toEqual({ json: '['.repeat(10), truncated: true });
    expect(
      previewJson(
        Array.from({ length: 1_000_000 }, (_, i) => i),
        8,
      ),
    ).toEqual({ json: '[0,1,2,3', truncated: true });
    expect(previewJson(undefined, 100)).toEqual({ json: 'undefined', truncated: false });
  });
});

// Custom inputs arrive from the API's request body (up to 256 KiB, room for
// a value nested 100,000 deep). A deep one used to overflow the stack while
// its mismatch was described, and the API answered 500.
describe('a deeply nested custom input through the judge', () => {
  const judge = createJudge({ catalogue: loadCatalogue(fixtureContent(['sqrt-x', 'range-sum-2d'])), concurrency: 1 });
  afterAll(() => judge.close());
  const code = 'function mySqrt(x) { return Math.floor(Math.sqrt(x)); }';

  it.each([5_000, 20_000, 100_000])('%i levels are refused as invalid_input naming the field and the bound', async (depth) => {
    // Through JSON text, as the API receives it.
    const customInputs = JSON.parse(`[{"x": 4}, {"x": ${'['.repeat(depth)}1${']'.repeat(depth)}}]`) as Record<string, unknown>[];
    expect(`{"customInputs":${JSON.stringify(customInputs[0])}}`.length + 2 * depth).toBeLessThan(256 * 1024);
    for (const language of ['javascript', 'python'] as const) {
      const error = await judge.judge({ problemId: 'sqrt-x', language, mode: 'run', code, customInputs }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MianjingError);
      expect(error).toMatchObject({
        code: 'invalid_input',
        fields: { 'customInputs.1': `input.x: nested deeper than ${MAX_NESTING_DEPTH} levels` },
      });
    }
  });

  it('a deep argument of a design problem is refused the same way', async () => {
    const customInputs = [{ operations: ['NumMatrix', 'sumRegion'], arguments: [[[[1]]], [0, 0, 0, nested(20_000, 0)]] }];
    const error = await judge
      .judge({ problemId: 'range-sum-2d', language: 'javascript', mode: 'run', code: 'class NumMatrix {}', customInputs })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'invalid_input',
      fields: { 'customInputs.0': `input.arguments[1]: col2: nested deeper than ${MAX_NESTING_DEPTH} levels` },
    });
  });

  it('the judge still works afterwards', async () => {
    const result = await judge.judge({ problemId: 'sqrt-x', language: 'javascript', mode: 'run', code, customInputs: [{ x: 9 }] });
    expect(result.verdict).toBe('Accepted');
  });
});
