import type { Param, ValueType } from './schema/problem.js';

/**
 * Deepest nesting of arrays and objects in a value the judge takes: far above
 * any signature (the deepest type is `int[][]`; a linked list travels as a
 * flat array), and far below what would overflow a recursive walk.
 */
export const MAX_NESTING_DEPTH = 64;

/**
 * Why `value` is not a well-formed `type`, or `undefined` when it is.
 * Linked lists are written as arrays of ints in tests. Safe for a value of
 * any size or depth: one nested deeper than `MAX_NESTING_DEPTH` is named as such.
 *
 * @example describeTypeMismatch([1, 2.5], 'int[]') // "[1]: expected int, got 2.5"
 * @example describeTypeMismatch([[[[1]]]], 'int', 'x') // "x: expected int, got [[[[1]]]]"
 */
export function describeTypeMismatch(value: unknown, type: ValueType, path = ''): string | undefined {
  // Answers can hold hundreds of thousands of numbers: check fast, describe only on failure.
  // The check walks no deeper than the type does, whatever the value.
  if (fitsType(value, type)) return undefined;
  if (nestedDeeperThan(value, MAX_NESTING_DEPTH)) return `${path || 'value'}: nested deeper than ${MAX_NESTING_DEPTH} levels`;
  return describeShape(value, type, path);
}

/** The first way a value of bounded depth differs from `type`; recursive no deeper than the type. */
function describeShape(value: unknown, type: ValueType, path: string): string | undefined {
  if (fitsType(value, type)) return undefined;
  const here = path || 'value';
  if (type.endsWith('[]')) {
    if (!Array.isArray(value)) return `${here}: expected ${type}, got ${typeName(value)}`;
    const inner = type.slice(0, -2) as ValueType;
    for (let i = 0; i < value.length; i++) {
      const problem = describeShape(value[i], inner, `${path}[${i}]`);
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
      return describeShape(value, 'int[]', path);
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
  const { json, truncated } = previewJson(value, 40);
  return truncated ? `${json}…` : json;
}

/**
 * Whether `value` holds arrays or objects nested more than `maxDepth` levels
 * (`[1]` is one level). Walks with a stack of its own, never recursion, so
 * an untrusted value of any depth is safe; it stops at the first level too deep.
 */
export function nestedDeeperThan(value: unknown, maxDepth: number): boolean {
  const pending: { container: object; depth: number }[] = [];
  const visit = (item: unknown, depth: number) => {
    if (typeof item !== 'object' || item === null) return false;
    if (depth > maxDepth) return true;
    pending.push({ container: item, depth });
    return false;
  };
  if (visit(value, 1)) return true;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const items = Array.isArray(next.container) ? next.container : Object.values(next.container);
    for (const item of items) if (visit(item, next.depth + 1)) return true;
  }
  return false;
}

/** JSON text cut for display; `truncated` when more followed. */
export interface JsonPreview {
  readonly json: string;
  readonly truncated: boolean;
}

/** One level of arrays or objects being written by `previewJson`. */
interface OpenContainer {
  readonly items: readonly unknown[];
  /** The object's keys, one per item; absent for an array. */
  readonly keys?: readonly string[];
  next: number;
  /** Whether a member is written already, so the next one needs a comma. */
  written: boolean;
}

/**
 * The JSON text of a value of plain data (what `JSON.stringify` writes) cut
 * at `maxChars`. Written with a stack of its own rather than recursion, and
 * only as far as the cut, so a value of any depth or size is safe to show and
 * cheap: a 5,000-deep array makes `JSON.stringify` throw a RangeError. A value
 * with no JSON text (`undefined`, a function) is shown as `String` writes it.
 *
 * @example previewJson([[1, 2], { a: 'x' }], 5) // { json: '[[1,2', truncated: true }
 */
export function previewJson(value: unknown, maxChars: number): JsonPreview {
  let out = '';
  const open: OpenContainer[] = [];
  const begin = (item: unknown) => {
    if (Array.isArray(item)) {
      out += '[';
      open.push({ items: item, next: 0, written: false });
    } else if (typeof item === 'object' && item !== null) {
      const keys = Object.keys(item);
      out += '{';
      open.push({ items: keys.map((k) => (item as Record<string, unknown>)[k]), keys, next: 0, written: false });
    } else {
      out += scalarJson(item) ?? 'null';
    }
  };
  if ((typeof value !== 'object' || value === null) && scalarJson(value) === undefined) {
    out = String(value);
  } else {
    begin(value);
  }
  while (open.length > 0 && out.length <= maxChars) {
    const top = open[open.length - 1] as OpenContainer;
    if (top.next >= top.items.length) {
      out += top.keys ? '}' : ']';
      open.pop();
      continue;
    }
    const index = top.next++;
    const item = top.items[index];
    if (top.keys) {
      // JSON.stringify leaves out the members it cannot write.
      if ((typeof item !== 'object' || item === null) && scalarJson(item) === undefined) continue;
      out += `${top.written ? ',' : ''}${JSON.stringify(top.keys[index])}:`;
    } else if (top.written) {
      out += ',';
    }
    top.written = true;
    begin(item);
  }
  return out.length > maxChars ? { json: out.slice(0, maxChars), truncated: true } : { json: out, truncated: false };
}

/** JSON text of a value that holds no other values; `undefined` for one JSON has no text for. */
function scalarJson(value: unknown): string | undefined {
  if (typeof value === 'bigint') return String(value);
  return JSON.stringify(value) as string | undefined;
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
