import { z } from 'zod';
import { Slug } from '../schema/common.js';
import { TestInput } from '../schema/problem.js';
import { Language, Verdict } from '../schema/verdict.js';

/** Largest accepted source file, in bytes of UTF-8. */
export const MAX_SOURCE_BYTES = 64 * 1024;
/** At most this many custom inputs per `run`. */
export const MAX_CUSTOM_INPUTS = 10;

export const JudgeMode = z.enum(['run', 'submit']);
export type JudgeMode = z.infer<typeof JudgeMode>;

export const JudgeRequest = z.object({
  problemId: Slug,
  language: Language,
  code: z
    .string()
    .min(1, 'code is empty')
    .refine((code) => Buffer.byteLength(code, 'utf8') <= MAX_SOURCE_BYTES, `code is larger than ${MAX_SOURCE_BYTES / 1024} KiB`),
  mode: JudgeMode,
  /** Extra inputs for `run`; their expected output comes from the reference solution. */
  customInputs: z.array(TestInput).max(MAX_CUSTOM_INPUTS).default([]),
});
export type JudgeRequest = z.input<typeof JudgeRequest>;

/** A test's status: a verdict, or `Skipped` once an earlier test exhausted time or memory. */
export const TestStatus = z.union([Verdict, z.literal('Skipped')]);
export type TestStatus = z.infer<typeof TestStatus>;

export const TestGroup = z.enum(['example', 'custom', 'hidden', 'generated']);
export type TestGroup = z.infer<typeof TestGroup>;

/** A value shown to the user as JSON text, cut at a display limit. */
export const Shown = z.object({ json: z.string(), truncated: z.boolean() });
export type Shown = z.infer<typeof Shown>;

export const TestResult = z.object({
  index: z.number().int().nonnegative(),
  group: TestGroup,
  status: TestStatus,
  /** CPU time of the user's code on this test. */
  timeMs: z.number().nonnegative(),
  /** Only for visible tests and the first failing hidden one. */
  input: Shown.optional(),
  expected: Shown.optional(),
  actual: Shown.optional(),
  /** Captured console output (visible tests only), bounded. */
  stdout: z.string().optional(),
  /** Why the answer was judged wrong, or the runtime error with its stack in the user's own lines. */
  message: z.string().optional(),
});
export type TestResult = z.infer<typeof TestResult>;

export const CompileDiagnostic = z.object({
  message: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type CompileDiagnostic = z.infer<typeof CompileDiagnostic>;

export const RuntimeErrorInfo = z.object({
  name: z.string(),
  message: z.string(),
  /** Frames from the user's file only, with their original line:column. */
  stack: z.string(),
  line: z.number().int().positive().optional(),
});
export type RuntimeErrorInfo = z.infer<typeof RuntimeErrorInfo>;

export const JudgeResult = z.object({
  problemId: Slug,
  language: Language,
  mode: JudgeMode,
  verdict: Verdict,
  passed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  tests: z.array(TestResult),
  compileError: CompileDiagnostic.optional(),
  runtimeError: RuntimeErrorInfo.optional(),
  /** Largest CPU time of one test, and the sum over all tests. */
  maxTimeMs: z.number().nonnegative(),
  totalTimeMs: z.number().nonnegative(),
  peakHeapMb: z.number().nonnegative(),
  /** Human-readable summary of an internal failure (never a host stack). */
  internalMessage: z.string().optional(),
});
export type JudgeResult = z.infer<typeof JudgeResult>;
