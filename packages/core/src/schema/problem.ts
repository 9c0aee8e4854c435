import { z } from 'zod';
import { Difficulty, Identifier, Localized, Slug, Tag } from './common.js';
import { Language, Verdict } from './verdict.js';

/**
 * The value types a signature may use. Linked lists travel as arrays in tests
 * and become `ListNode` chains inside the judge.
 */
export const ValueType = z.enum([
  'int',
  'float',
  'bool',
  'string',
  'int[]',
  'float[]',
  'bool[]',
  'string[]',
  'int[][]',
  'float[][]',
  'bool[][]',
  'string[][]',
  'int[][][]',
  'float[][][]',
  'float[][][][]',
  'ListNode',
  'void',
]);
export type ValueType = z.infer<typeof ValueType>;

export const Param = z.object({ name: Identifier, type: ValueType.exclude(['void']) });
export type Param = z.infer<typeof Param>;

/** A plain function judged on its return value (`mySqrt`, `softmax`). */
export const FunctionSpec = z.object({
  kind: z.literal('function'),
  function: Identifier,
  params: z.array(Param).min(1),
  returns: ValueType.exclude(['void']),
});

/** A function that mutates one argument; the judge checks that argument afterwards (`rotate`). */
export const InPlaceSpec = z.object({
  kind: z.literal('in-place'),
  function: Identifier,
  params: z.array(Param).min(1),
  returns: z.literal('void'),
  mutates: Identifier,
});

export const Method = z.object({ name: Identifier, params: z.array(Param), returns: ValueType });
export type Method = z.infer<typeof Method>;

/** A class driven by LeetCode's operations/arguments format (`NumMatrix`). */
export const DesignSpec = z.object({
  kind: z.literal('design'),
  className: Identifier,
  constructorParams: z.array(Param),
  methods: z.array(Method).min(1),
});

export const JudgeSpec = z.discriminatedUnion('kind', [FunctionSpec, InPlaceSpec, DesignSpec]);
export type JudgeSpec = z.infer<typeof JudgeSpec>;
export type ProblemKind = JudgeSpec['kind'];
export const ProblemKind = z.enum(['function', 'in-place', 'design']);

/** How an actual output is compared with the expected one. */
export const Comparison = z.discriminatedUnion('type', [
  z.object({ type: z.literal('exact') }),
  /** Top-level array compared as a multiset. */
  z.object({ type: z.literal('unordered') }),
  /** Element-wise through nested arrays: |a-e| <= abs + rel*|e|. */
  z.object({ type: z.literal('float'), abs: z.number().nonnegative(), rel: z.number().nonnegative() }),
  /** A `checker.mjs` module beside the problem decides. */
  z.object({ type: z.literal('checker') }),
]);
export type Comparison = z.infer<typeof Comparison>;

export const Limits = z.object({
  /** CPU time per test. */
  timeLimitMs: z.number().int().min(10).max(20_000),
  /** Heap for the whole submission. */
  memoryLimitMb: z.number().int().min(16).max(2048),
  /** Captured console output per submission. */
  outputLimitKb: z.number().int().min(1).max(1024).default(64),
});
export type Limits = z.infer<typeof Limits>;

/**
 * How the problem is judged in Python (`python:` in `problem.yaml`). Without
 * `function`, LeetCode's convention: `class Solution` with the signature's
 * method name (or the design class itself), lists as lists, `ListNode`
 * provided. With `function` (the ML problems): a plain module-level function of
 * that name whose array arguments arrive as `numpy.ndarray`.
 */
export const PythonSpec = z.object({
  function: Identifier.optional(),
  /** CPU time per test in Python, calibrated per problem: Python's loops run tens of times slower than V8's. */
  timeLimitMs: z.number().int().min(10).max(20_000),
  /** Memory for the submission beyond the interpreter with numpy loaded; `limits.memoryLimitMb` when absent. */
  memoryLimitMb: z.number().int().min(16).max(2048).optional(),
});
export type PythonSpec = z.infer<typeof PythonSpec>;

export const SourceRef = z.object({
  platform: z.enum(['leetcode', 'original']),
  /** LeetCode's number or its interview-book id, e.g. `69`, `面试题 01.07`, `LCR 013`. */
  ref: z.string().min(1).optional(),
  url: z.url().optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const WrongSolution = z.object({
  /** File under `solutions/`; its extension gives the language. */
  file: z.string().regex(/^wrong-[a-z0-9-]+\.(ts|js|py)$/, 'must be named wrong-<name>.ts, .js or .py'),
  /** The verdicts it may get; more than one only where the engine decides (stack overflow vs. time). */
  verdicts: z.array(Verdict.exclude(['Accepted', 'InternalError'])).min(1),
  why: Localized,
});
export type WrongSolution = z.infer<typeof WrongSolution>;

/**
 * Other names a problem goes by in write-ups (手写nms, 回字形遍历, "LeetCode 206"),
 * per language; the write-up parser matches pasted text against them and the titles.
 */
export const Aliases = z.object({
  zh: z.array(z.string().trim().min(1)).default([]),
  en: z.array(z.string().trim().min(1)).default([]),
});
export type Aliases = z.infer<typeof Aliases>;

/** `problem.yaml`: everything about a problem that is not a long text or a test. */
export const ProblemFile = z.object({
  id: Slug,
  title: Localized,
  difficulty: Difficulty,
  tags: z.array(Tag).min(1),
  source: SourceRef,
  aliases: Aliases.default({ zh: [], en: [] }),
  /** What the write-up says about this problem in its round. */
  notes: z.array(Localized).default([]),
  judge: JudgeSpec,
  comparison: Comparison,
  limits: Limits,
  python: PythonSpec,
  wrong: z.array(WrongSolution).min(1, 'list at least one known-wrong solution'),
});
export type ProblemFile = z.infer<typeof ProblemFile>;

/** Arguments by parameter name, or LeetCode's design format. */
export const FunctionInput = z.record(Identifier, z.unknown());
export const DesignInput = z.object({
  operations: z.array(Identifier).min(1),
  arguments: z.array(z.array(z.unknown())),
});
export const TestInput = z.union([DesignInput, FunctionInput]);
export type TestInput = z.infer<typeof TestInput>;

export const TestCase = z.object({
  input: TestInput,
  /** Omitted for hidden tests whose answer the reference solution gives. */
  output: z.unknown().optional(),
  explanation: Localized.optional(),
});
export type TestCase = z.infer<typeof TestCase>;

/** A seeded call of a generator exported by the problem's `generators.mjs`. */
export const GeneratedTests = z.object({
  generator: Identifier,
  seed: z.number().int().nonnegative(),
  count: z.number().int().min(1).max(50).default(1),
  params: z.record(z.string(), z.unknown()).default({}),
});
export type GeneratedTests = z.infer<typeof GeneratedTests>;

/** `tests.json`. */
export const TestsFile = z.object({
  examples: z.array(TestCase.required({ output: true })).min(1, 'give at least one visible example'),
  hidden: z.array(TestCase).default([]),
  generated: z.array(GeneratedTests).default([]),
});
export type TestsFile = z.infer<typeof TestsFile>;

/** A problem as the catalogue serves it: the file plus its texts, tests and solutions. */
export const Problem = ProblemFile.extend({
  statement: Localized,
  editorial: Localized,
  rounds: z.array(Slug),
  companies: z.array(Slug),
  /** Collections that list the problem, derived from `collections/`. */
  collections: z.array(Slug),
  starter: z.record(Language, z.string()),
  tests: TestsFile,
  reference: z.record(Language, z.string()),
  wrongSources: z.record(z.string(), z.string()),
});
export type Problem = z.infer<typeof Problem>;
