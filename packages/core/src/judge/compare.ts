import type { Checker } from '../content/modules.js';
import type { Comparison, TestInput, ValueType } from '../schema/problem.js';
import { describeTypeMismatch, previewJson } from '../values.js';

export type CompareOutcome = { ok: true } | { ok: false; message: string };

const OK: CompareOutcome = { ok: true };

// The walks below recurse: they run only on values whose shape has been checked against
// their type (describeTypeMismatch, which is safe for any depth), so no deeper than the type.
function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b) || (a === 0 && b === 0)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  return false;
}

const key = (value: unknown) => JSON.stringify(value);

/** |actual - expected| <= abs + rel * |expected|, element-wise through nested arrays. */
function floatMismatch(expected: unknown, actual: unknown, abs: number, rel: number, path: string): string | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${key(actual)}`;
    if (actual.length !== expected.length) return `${path}: expected length ${expected.length}, got ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const problem = floatMismatch(expected[i], actual[i], abs, rel, `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof expected === 'number') {
    if (typeof actual !== 'number' || !Number.isFinite(actual)) return `${path}: expected ${expected}, got ${key(actual)}`;
    if (Math.abs(actual - expected) > abs + rel * Math.abs(expected)) {
      return `${path}: expected ${expected}, got ${actual} (difference ${Math.abs(actual - expected).toExponential(2)})`;
    }
    return undefined;
  }
  return deepEqual(expected, actual) ? undefined : `${path}: expected ${key(expected)}, got ${key(actual)}`;
}

/** The first position where two values differ, for a readable wrong-answer message. */
function firstDifference(expected: unknown, actual: unknown, path = 'output'): string {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (let i = 0; i < Math.min(expected.length, actual.length); i++) {
      if (!deepEqual(expected[i], actual[i])) return firstDifference(expected[i], actual[i], `${path}[${i}]`);
    }
    if (expected.length !== actual.length) return `${path}: expected length ${expected.length}, got ${actual.length}`;
  }
  const show = (v: unknown) => {
    const { json, truncated } = previewJson(v, 80);
    return truncated ? `${json}…` : json;
  };
  return `${path}: expected ${show(expected)}, got ${show(actual)}`;
}

/**
 * Compares a result read back from the sandbox (plain data, parsed on the
 * host) with the expected value, by the problem's comparison.
 */
export function compareOutput(
  comparison: Comparison,
  expected: unknown,
  actual: unknown,
  outputType: ValueType | readonly ValueType[],
  context: { input: TestInput; checker?: Checker },
): CompareOutcome {
  const shape = Array.isArray(outputType)
    ? describeDesignShape(actual, outputType as readonly ValueType[])
    : describeTypeMismatch(actual, outputType as ValueType, 'output');
  if (shape) return { ok: false, message: shape };
  switch (comparison.type) {
    case 'exact':
      return deepEqual(expected, actual) ? OK : { ok: false, message: firstDifference(expected, actual) };
    case 'unordered': {
      if (!Array.isArray(expected) || !Array.isArray(actual)) return { ok: false, message: 'output: expected an array' };
      const sorted = (items: unknown[]) => items.map(key).sort();
      return deepEqual(sorted(expected), sorted(actual))
        ? OK
        : { ok: false, message: 'output: not the same elements (order does not matter)' };
    }
    case 'float': {
      const problem = floatMismatch(expected, actual, comparison.abs, comparison.rel, 'output');
      return problem ? { ok: false, message: problem } : OK;
    }
    case 'checker': {
      if (!context.checker) throw new Error('checker comparison without a checker');
      const verdict = context.checker(context.input, expected, actual);
      return verdict.ok ? OK : { ok: false, message: verdict.message };
    }
  }
}

function describeDesignShape(actual: unknown, types: readonly ValueType[]): string | undefined {
  if (!Array.isArray(actual) || actual.length !== types.length) return `output: expected ${types.length} results`;
  for (let i = 1; i < types.length; i++) {
    const problem = describeTypeMismatch(actual[i] ?? null, types[i] as ValueType, `output[${i}]`);
    if (problem) return problem;
  }
  return undefined;
}
