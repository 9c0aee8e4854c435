import { describe, expect, it } from 'vitest';
import { compareOutput } from './compare.js';

const input = {};
const float = { type: 'float', abs: 1e-6, rel: 1e-6 } as const;

describe('compareOutput', () => {
  it('exact: equal nested arrays pass, the first difference is named', () => {
    expect(compareOutput({ type: 'exact' }, [[1, 2], [3]], [[1, 2], [3]], 'int[][]', { input }).ok).toBe(true);
    expect(compareOutput({ type: 'exact' }, [[1, 2], [3]], [[1, 2], [4]], 'int[][]', { input })).toEqual({
      ok: false,
      message: 'output[1][0]: expected 3, got 4',
    });
  });

  it('a value of the wrong type is wrong before any comparison', () => {
    expect(compareOutput({ type: 'exact' }, 2, 2.5, 'int', { input })).toEqual({ ok: false, message: 'output: expected int, got 2.5' });
    expect(compareOutput({ type: 'exact' }, true, 1, 'bool', { input }).ok).toBe(false);
  });

  it('unordered: same multiset in any order', () => {
    expect(compareOutput({ type: 'unordered' }, [1, 2, 2], [2, 1, 2], 'int[]', { input }).ok).toBe(true);
    expect(compareOutput({ type: 'unordered' }, [1, 2, 2], [2, 1, 1], 'int[]', { input }).ok).toBe(false);
  });

  it('float: within absolute plus relative tolerance, element-wise', () => {
    expect(compareOutput(float, [[0.5, 1e6]], [[0.5 + 5e-7, 1e6 + 0.5]], 'float[][]', { input }).ok).toBe(true);
    expect(compareOutput(float, [[0.5, 1e6]], [[0.5 + 5e-6, 1e6]], 'float[][]', { input }).ok).toBe(false);
  });

  it('float: NaN, Infinity and a wrong shape never equal a finite value', () => {
    // The sandbox encodes non-finite numbers as strings, so they fail the type check first.
    expect(compareOutput(float, [1], ['NaN'], 'float[]', { input }).ok).toBe(false);
    expect(compareOutput(float, [1], ['Infinity'], 'float[]', { input }).ok).toBe(false);
    expect(compareOutput(float, [1], [Number.NaN], 'float[]', { input }).ok).toBe(false);
    expect(compareOutput(float, [[1, 2]], [[1], [2]], 'float[][]', { input }).ok).toBe(false);
    expect(compareOutput(float, [[1, 2]], [1, 2], 'float[][]', { input }).ok).toBe(false);
  });

  it('checker: the problem decides', () => {
    const checker = (_: unknown, expected: unknown, actual: unknown) =>
      Array.isArray(actual) && (actual.length === 3) === ((expected as unknown[]).length === 3)
        ? ({ ok: true } as const)
        : ({ ok: false, message: 'no' } as const);
    expect(compareOutput({ type: 'checker' }, [0, 1, 2], [3, 4, 5], 'int[]', { input, checker }).ok).toBe(true);
    expect(compareOutput({ type: 'checker' }, [0, 1, 2], [], 'int[]', { input, checker })).toEqual({ ok: false, message: 'no' });
  });

  it('an answer nested thousands deep (a Python result is parsed from its JSON text) is wrong, not a stack overflow', () => {
    for (const depth of [5_000, 20_000]) {
      const actual = JSON.parse(`${'['.repeat(depth)}1${']'.repeat(depth)}`) as unknown;
      for (const comparison of [{ type: 'exact' }, { type: 'unordered' }, float] as const) {
        expect(compareOutput(comparison, [[1]], actual, 'int[][]', { input })).toEqual({
          ok: false,
          message: 'output: nested deeper than 64 levels',
        });
      }
      expect(compareOutput({ type: 'exact' }, [null, 1], [null, actual], ['void', 'int'], { input })).toEqual({
        ok: false,
        message: 'output[1]: nested deeper than 64 levels',
      });
    }
  });

  it('a long wrong value is cut in the message', () => {
    const message = compareOutput({ type: 'exact' }, 'abc', 'x'.repeat(1000), 'string', { input });
    expect(message).toEqual({ ok: false, message: `output: expected "abc", got "${'x'.repeat(79)}…` });
  });

  it('design: one typed result per operation, null for the constructor', () => {
    expect(compareOutput({ type: 'exact' }, [null, 8, 11], [null, 8, 11], ['void', 'int', 'int'], { input }).ok).toBe(true);
    expect(compareOutput({ type: 'exact' }, [null, 8, 11], [null, 8], ['void', 'int', 'int'], { input }).ok).toBe(false);
  });
});
