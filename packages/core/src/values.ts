import type { Param, ValueType } from './schema/problem.js';

/**
 * Why `value` is not a well-formed `type`, or `undefined` when it is.
 * Linked lists are written as arrays of ints in tests.
 *
 * @example describeTypeMismatch([1, 2.5], 'int[]') // "[1]: expected int, got 2.5"
 */
export function describeTypeMismatch(value: unknown, type: ValueType, path = ''): string | undefined {
  // Answers can hold hundreds of thousands of numbers: check fast, describe only on failure.
  if (fitsType(value, type)) return undefined;
  const here = path || 'value';
  if (type.endsWith('[]')) {
    if (!Array.isArray(value)) return `${here}: expected ${type}, got ${typeName(value)}`;
    const inner = type.slice(0, -2) as ValueType;
    for (let i = 0; i < value.length; i++) {
      const problem = describeTypeMismatch(value[i], inner, `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  switch (type) {
    case 'int':
      return Number.isSafeInteger(value) ? undefined : `${here}: expected int, got ${show(value)}`;
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `${here}: expected float, got ${show(value)}`;
    case 'bool':
      return typeof value === 'boolean' ? undefined : `${here}: expected bool, got ${show(value)}`;
    case 'string':
      return typeof value === 'string' ? undefined : `${here}: expected string, got ${show(value)}`;
    case 'ListNode':
      return describeTypeMismatch(value, 'int[]', path);
    case 'void':
      return value === null || value === undefined ? undefined : `${here}: expected nothing, got ${show(value)}`;
    default:
      return `${here}: unknown type ${String(type)}`;
  }
}

/** Checks named arguments against a parameter list; returns the first problem found. */
export function describeArgumentsMismatch(args: Record<string, unknown>, params: readonly Param[]): string | undefined {
  const expected = params.map((p) => p.name);
  const extra = Object.keys(args).filter((k) => !expected.includes(k));
  if (extra.length > 0) return `unexpected argument ${extra.map((k) => `"${k}"`).join(', ')}`;
  for (const param of params) {
    if (!(param.name in args)) return `missing argument "${param.name}"`;
    const problem = describeTypeMismatch(args[param.name], param.type, param.name);
    if (problem) return problem;
  }
  return undefined;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Whether `value` is a well-formed `type`, without building any message. */
function fitsType(value: unknown, type: ValueType): boolean {
  switch (type) {
    case 'int':
      return Number.isSafeInteger(value);
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'bool':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'ListNode':
      return fitsType(value, 'int[]');
    case 'void':
      return value === null || value === undefined;
    default: {
      if (!type.endsWith('[]') || !Array.isArray(value)) return false;
      const inner = type.slice(0, -2) as ValueType;
      for (const item of value) if (!fitsType(item, inner)) return false;
      return true;
    }
  }
}
