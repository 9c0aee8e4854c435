import type { ValueType } from '../schema/problem.js';

export const HARNESS_FILE = 'mianjing-harness.js';

/** The one-shot global the line appended to the user's script calls once its top level has run (see harnessSource). */
export const LOADED_GLOBAL = '__mianjingLoaded';

/** One call into the sandbox: a function call (plain or in-place) or a design-class session. */
export type HarnessRequest =
  | {
      readonly op: 'call';
      readonly args: readonly unknown[];
      /** Indices of arguments to turn from arrays into `ListNode` chains. */
      readonly lists: readonly number[];
      readonly returns: ValueType;
      /** In-place problems: the argument reported instead of the return value. */
      readonly mutated: number | null;
      readonly mutatedType: ValueType | null;
    }
  | {
      readonly op: 'design';
      readonly ctorArgs: readonly unknown[];
      readonly ctorLists: readonly number[];
      /** Per method: which arguments are lists, and the return type. Sent once, not per call. */
      readonly methods: Readonly<Record<string, { readonly lists: readonly number[]; readonly returns: ValueType }>>;
      /** The calls after the constructor, in LeetCode's operations/arguments form. */
      readonly operations: readonly string[];
      readonly arguments: readonly (readonly unknown[])[];
    };

/** What the harness answers, parsed on the host. `json` is the returned value's JSON text, parsed only when needed. */
export type HarnessResponse =
  | { ok: true; json: string; log: string }
  | { ok: false; kind: 'error'; error: { name: string; message: string; stack: string }; log: string }
  | { ok: false; kind: 'output-limit'; log: string }
  | {
      ok: false;
      kind: 'bad-output';
      verdict: 'WrongAnswer' | 'RuntimeError' | 'OutputLimitExceeded';
      message: string;
      log: string;
    };

/** What one batch call answers: the response and in-isolate wall milliseconds of each test it ran, in order. */
export interface HarnessBatch {
  readonly results: HarnessResponse[];
  /** Whole milliseconds by the isolate's own clock: only weights for sharing out the batch's CPU time. */
  readonly ms: number[];
}

/**
 * Reads what a batch call returned: a line of JSON with each test's response,
 * where a returned value is only its length, then the values' JSON texts one
 * after another. Values are never escaped into a string or parsed here; each
 * is cut out of the text as it is.
 */
export function readBatch(text: string): HarnessBatch {
  const newline = text.indexOf('\n');
  const wire = JSON.parse(text.slice(0, newline)) as {
    results: (Exclude<HarnessResponse, { ok: true }> | { ok: true; length: number; log: string })[];
    ms: number[];
  };
  let offset = newline + 1;
  const results = wire.results.map((result): HarnessResponse => {
    if (!result.ok) return result;
    const json = text.slice(offset, offset + result.length);
    offset += result.length;
    return { ok: true, json, log: result.log };
  });
  return { results, ms: wire.ms };
}

/**
 * Source of the script that runs in every fresh isolate before the user's
 * code. It captures the intrinsics it needs first, so a solution that
 * rewrites `JSON`, `Array.prototype` or `Reflect` cannot change how its own
 * result is read back. It evaluates to a function that takes the host's
 * `returned` callback and gives the `run` entry point, which the host keeps
 * as a reference; the user's code sees neither.
 *
 * `returned(text?)` tells the host that the user's code has returned: what
 * the isolate runs after it, before the call ends, is promise callbacks the
 * code left behind (V8 runs them as the call into the isolate returns). Each
 * batch hands its text over this way rather than as the call's result, so
 * that copying it out comes before those callbacks, and nothing but them
 * comes after. The line the host appends to the user's script calls it, with
 * no text, through the one-shot global `LOADED_GLOBAL` once the script's top
 * level has run.
 *
 * Values leave the isolate only as a string built here by concatenation:
 * no user object crosses the boundary. Non-finite numbers are encoded as the
 * strings "NaN", "Infinity", "-Infinity" so they can never equal a number.
 */
export const harnessSource = String.raw`(function (returned) {
  'use strict';
  const stringify = JSON.stringify;
  const parse = JSON.parse;
  const isArray = Array.isArray;
  const isView = ArrayBuffer.isView;
  const apply = Reflect.apply;
  const construct = Reflect.construct;
  const ToString = String;
  const isFinite_ = Number.isFinite;
  const SetCtor = Set;
  const setHas = Set.prototype.has;
  const setAdd = Set.prototype.add;
  const deleteProperty = Reflect.deleteProperty;
  const setPrototypeOf = Object.setPrototypeOf;
  const now = Date.now;
  const MAX_OUTPUT_CHARS = 16000000;
  const MAX_DEPTH = 64;
  const MAX_NODES = 2000000;

  class ListNode {
    constructor(val, next) {
      this.val = val === undefined ? 0 : val;
      this.next = next === undefined ? null : next;
    }
  }
  Object.defineProperty(globalThis, 'ListNode', { value: ListNode, writable: true, configurable: true });

  // No shared memory: nothing to block on, nothing to share.
  delete globalThis.SharedArrayBuffer;
  delete globalThis.WebAssembly;
  if (typeof Atomics === 'object') { delete Atomics.wait; delete Atomics.waitAsync; }
  // No code that runs after a call into the isolate has ended: a FinalizationRegistry's callbacks
  // run as tasks of their own between calls, outside every time limit (one that loops forever
  // held the isolate, and the host waiting on it, for good). WeakRef runs no code and stays.
  delete globalThis.FinalizationRegistry;

  let loading = true;
  function loaded() {
    if (!loading) return;
    loading = false;
    deleteProperty(globalThis, '${LOADED_GLOBAL}');
    returned();
  }
  Object.defineProperty(globalThis, '${LOADED_GLOBAL}', { value: loaded, writable: false, configurable: true });

  let logLimit = 65536;
  let logUsed = 0;
  let logOverflow = false;
  let log = '';
  // What the top level and each test print counts; what promise callbacks print after a test
  // returned would land in the next test's output, and is dropped.
  let writing = true;
  function formatArg(value) {
    if (typeof value === 'string') return value;
    try {
      if (typeof value === 'object' && value !== null) {
        const text = stringify(value);
        if (typeof text === 'string') return text;
      }
    } catch (e) {}
    try { return ToString(value); } catch (e) { return '[unprintable]'; }
  }
  function write() {
    if (logOverflow || !writing) return;
    let line = '';
    for (let i = 0; i < arguments.length; i++) line += (i > 0 ? ' ' : '') + formatArg(arguments[i]);
    line += '\n';
    if (logUsed + line.length > logLimit) { logOverflow = true; return; }
    logUsed += line.length;
    log += line;
  }
  const consoleObject = { log: write, info: write, warn: write, error: write, debug: write, trace: write };
  Object.defineProperty(globalThis, 'console', { value: consoleObject, writable: true, configurable: true });

  function toList(values) {
    let head = null;
    for (let i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head);
    return head;
  }
  function convertArgs(args, lists) {
    for (let i = 0; i < lists.length; i++) args[lists[i]] = toList(args[lists[i]]);
    return args;
  }

  class BadOutput { constructor(message, verdict) { this.message = message; this.verdict = verdict || 'WrongAnswer'; } }
  let budget = 0;
  function spend(n) {
    budget += n;
    if (budget > MAX_OUTPUT_CHARS) throw new BadOutput('the result is too large', 'OutputLimitExceeded');
  }
  function encodeNumber(n) {
    if (isFinite_(n)) return n === 0 ? '0' : ToString(n);
    return n !== n ? '"NaN"' : n > 0 ? '"Infinity"' : '"-Infinity"';
  }
  function encode(value, depth) {
    if (depth > MAX_DEPTH) throw new BadOutput('the result is nested too deeply (is it cyclic?)');
    spend(1);
    if (value === null || value === undefined) return 'null';
    const t = typeof value;
    if (t === 'number') return encodeNumber(value);
    if (t === 'boolean') return value ? 'true' : 'false';
    if (t === 'string') { spend(value.length); return stringify(value); }
    if (t === 'bigint') return stringify(ToString(value) + 'n');
    if (t === 'object' && (isArray(value) || isView(value))) {
      const length = value.length;
      if (typeof length !== 'number' || length > MAX_NODES) throw new BadOutput('the result is too large', 'OutputLimitExceeded');
      // Fast path: arrays (flat or nested, a matrix) of finite numbers, booleans and short
      // strings are written by one call of the engine's serializer, captured before the user's
      // code ran. Leaves are primitives, so no user toJSON can run for them; each array's own
      // is checked first.
      if (isArray(value)) {
        const leaves = plainLeaves(value, depth, 0);
        if (leaves >= 0) {
          spend(leaves);
          const text = stringify(value);
          if (typeof text === 'string') return text;
        }
      }
      let out = '[';
      for (let i = 0; i < length; i++) out += (i > 0 ? ',' : '') + encode(value[i], depth + 1);
      return out + ']';
    }
    if ((t === 'object' || t === 'function') && typeof value.then === 'function') {
      throw new BadOutput('the solution returned a Promise; solutions must be synchronous (no async/await)', 'RuntimeError');
    }
    if (t === 'object' && 'val' in value && 'next' in value) return encodeList(value);
    throw new BadOutput('the solution returned ' + (t === 'object' ? 'an object' : 'a ' + t) + ', which is not a value of the expected type');
  }
  /**
   * How many values an array holds when it is plain data the serializer writes as encode()
   * would (arrays without a toJSON of their own, down to finite numbers, booleans and strings
   * of up to 64 characters), counting itself; -1 when it is not, or is too deep or too large.
   */
  function plainLeaves(array, depth, count) {
    if (depth > MAX_DEPTH || array.toJSON !== undefined) return -1;
    const length = array.length;
    if (typeof length !== 'number' || length > MAX_NODES) return -1;
    count += 1 + length;
    if (count > MAX_NODES) return -1;
    for (let i = 0; i < length; i++) {
      const v = array[i];
      const t = typeof v;
      if (t === 'number') { if (v - v !== 0) return -1; }
      else if (t === 'boolean') {}
      else if (t === 'string') { if (v.length > 64) return -1; }
      else if (t === 'object' && v !== null && isArray(v)) {
        count = plainLeaves(v, depth + 1, count);
        if (count < 0) return -1;
      } else return -1;
    }
    return count;
  }
  /**
   * A linked list as a JSON array. Values are read once each, into an array of the harness's
   * own with no prototype (so no setter of the user's runs); a cycle is found by a pointer
   * that moves at half speed (Floyd's), and only then is the list walked again to name
   * the node that points back.
   */
  function encodeList(head) {
    const values = setPrototypeOf([], null);
    let node = head;
    let slow = head;
    let index = 0;
    let plain = true;
    while (node !== null && node !== undefined) {
      if (typeof node !== 'object') throw new BadOutput('the list contains a ' + typeof node + ' instead of a ListNode');
      if (index > MAX_NODES) throw new BadOutput('the returned list is too long', 'OutputLimitExceeded');
      const v = node.val;
      if (typeof v !== 'number' || v - v !== 0) plain = false;
      values[index] = v;
      node = node.next;
      index++;
      if ((index & 1) === 0) slow = slow.next;
      if (node === slow && node !== null && node !== undefined) throw new BadOutput(describeCycle(head));
    }
    spend(index);
    if (plain) {
      const text = stringify(values);
      if (typeof text === 'string') return text;
    }
    let out = '[';
    for (let i = 0; i < index; i++) out += (i > 0 ? ',' : '') + encode(values[i], 1);
    return out + ']';
  }
  function describeCycle(head) {
    const seen = new SetCtor();
    let node = head;
    let index = 0;
    while (node !== null && node !== undefined && !apply(setHas, seen, [node])) {
      apply(setAdd, seen, [node]);
      node = node.next;
      index++;
    }
    return 'the returned list has a cycle: node ' + index + ' points back to an earlier node';
  }
  function encodeAs(value, type) {
    if (type === 'void') return 'null';
    if (type === 'ListNode') return value === null || value === undefined ? '[]' : encodeList(value);
    return encode(value, 0);
  }

  function describeError(error) {
    let name = 'Error';
    let message = '';
    let stack = '';
    try {
      if (error !== null && (typeof error === 'object' || typeof error === 'function')) {
        const n = error.name; if (typeof n === 'string') name = n;
        const m = error.message; message = typeof m === 'string' ? m : ToString(m);
        const s = error.stack; if (typeof s === 'string') stack = s;
      } else {
        name = 'Uncaught'; message = ToString(error);
      }
    } catch (e) { message = message || '[error could not be read]'; }
    return '{"name":' + stringify(ToString(name)) + ',"message":' + stringify(ToString(message)) + ',"stack":' + stringify(ToString(stack)) + '}';
  }

  function respond(body) {
    const text = '{' + body + ',"log":' + stringify(log) + '}';
    log = '';
    return text;
  }

  function runRequest(target, request) {
    if (request.op === 'call') {
      const args = convertArgs(request.args, request.lists);
      const returned = apply(target, undefined, args);
      const value = request.mutated === null ? returned : args[request.mutated];
      if (request.mutated !== null && returned !== undefined && returned !== null && typeof returned.then === 'function') {
        throw new BadOutput('the solution returned a Promise; solutions must be synchronous (no async/await)', 'RuntimeError');
      }
      return encodeAs(value, request.mutated === null ? request.returns : request.mutatedType);
    }
    const instance = construct(target, convertArgs(request.ctorArgs, request.ctorLists));
    const operations = request.operations;
    const args = request.arguments;
    const count = operations.length;
    // What each call returned, as it was at the call: a primitive is kept as it is (written at
    // the end by one call of the serializer), anything else is written out at once, as a text
    // in 'texts' (an array may change on a later call). Both arrays are the harness's own,
    // with no prototype, so no setter of the user's runs when they are filled.
    const values = setPrototypeOf([null], null);
    let texts = null;
    for (let i = 0; i < count; i++) {
      const name = operations[i];
      const meta = request.methods[name];
      const method = instance[name];
      if (typeof method !== 'function') throw new TypeError(name + ' is not a method of the class');
      const returned = apply(method, instance, convertArgs(args[i], meta.lists));
      const returns = meta.returns;
      const t = typeof returned;
      if (returns === 'void' || ((returned === null || returned === undefined) && returns !== 'ListNode')) values[i + 1] = null;
      else if ((t === 'number' && returned - returned === 0) || t === 'boolean' || (t === 'string' && returned.length <= 64)) {
        values[i + 1] = returned;
      } else {
        if (texts === null) texts = setPrototypeOf([], null);
        texts[i + 1] = encodeAs(returned, returns);
        values[i + 1] = null;
      }
    }
    spend(count);
    if (texts === null) {
      const text = stringify(values);
      if (typeof text === 'string') return text;
    }
    let out = '[null';
    for (let i = 1; i <= count; i++) {
      const text = texts === null ? undefined : texts[i];
      out += ',' + (text !== undefined ? text : encode(values[i], 1));
    }
    return out + ']';
  }

  function runOne(target, request, limitChars) {
    logLimit = limitChars;
    log = '';
    budget = 0;
    writing = true;
    let value;
    try {
      value = runRequest(target, request);
    } catch (error) {
      writing = false;
      if (error instanceof BadOutput) {
        return respond('"ok":false,"kind":"bad-output","verdict":' + stringify(error.verdict) + ',"message":' + stringify(error.message));
      }
      if (logOverflow) return respond('"ok":false,"kind":"output-limit"');
      return respond('"ok":false,"kind":"error","error":' + describeError(error));
    }
    writing = false;
    if (logOverflow) return respond('"ok":false,"kind":"output-limit"');
    payload += value;
    return respond('"ok":true,"length":' + value.length);
  }

  // The group of requests the host copied in last; kept here, out of the user's reach.
  let group = [];
  // The JSON texts of the values the current batch returned, one after another.
  let payload = '';

  /**
   * Entry point kept by the host: run(target, requests, isText, from, limitChars, budgetMs) hands the batch text
   * (see readBatch) to returned().
   * 'requests' (a structured copy, or its JSON text when 'isText') replaces the kept group when given. Runs tests from index
   * 'from' of the group, one after another, and stops after the test that brings the batch's
   * wall time to budgetMs (after one test when it is 0), so a batch never holds many slow tests.
   */
  return function run(target, requests, isText, from, limitChars, budgetMs) {
    if (loading) { loading = false; deleteProperty(globalThis, '${LOADED_GLOBAL}'); }
    if (requests !== undefined) group = isText ? parse(requests) : requests;
    const started = now();
    payload = '';
    let results = '';
    let times = '';
    for (let i = from; i < group.length; i++) {
      const before = now();
      const response = runOne(target, group[i], limitChars);
      // Let the input (and the lists built from it) go as soon as its test is done.
      group[i] = null;
      const after = now();
      results += (i > from ? ',' : '') + response;
      times += (i > from ? ',' : '') + (after - before);
      if (after - started >= budgetMs) break;
    }
    const text = '{"results":[' + results + '],"ms":[' + times + ']}\n' + payload;
    payload = '';
    returned(text);
  };
})`;
