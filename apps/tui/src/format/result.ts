import { type Locale, type RuntimeErrorInfo, type TestResult, type TestStatus, verdictLabels } from '@mianjing/core';
import type { PublicSubmission } from '@mianjing/core';
import { diffValues, firstChange } from './diff.js';
import { type Style, columns } from './style.js';

export const statusLabel = (status: TestStatus, locale: Locale) =>
  status === 'Skipped' ? (locale === 'zh' ? '跳过' : 'Skipped') : verdictLabels[status][locale];

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

/** Hidden tests that failed get a row, up to this many; the rest are counted. */
const MAX_HIDDEN_ROWS = 10;

/** Tests worth a row: every visible one, and the first hidden ones that failed. */
export function shownTests(tests: readonly TestResult[]): TestResult[] {
  let hiddenRows = 0;
  return tests.filter((t) => {
    if (t.group === 'example' || t.group === 'custom') return true;
    if (t.status === 'Accepted' || t.status === 'Skipped' || hiddenRows >= MAX_HIDDEN_ROWS) return false;
    hiddenRows++;
    return true;
  });
}

/** "27 passed, 13 Wrong Answer, 2 skipped" for the tests without a row. */
export function countByStatus(tests: readonly TestResult[], locale: Locale): string {
  const counts = new Map<TestStatus, number>();
  for (const t of tests) counts.set(t.status, (counts.get(t.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => (status === 'Accepted' ? `${n} passed` : `${n} ${statusLabel(status, locale)}`)).join(', ');
}

/** The test whose input, expected and actual output explain the verdict. */
export const failingTest = (tests: readonly TestResult[]) => tests.find((t) => t.status !== 'Accepted' && t.status !== 'Skipped');

/** Expected and actual, with what differs marked (and a caret under the first change). */
export function formatComparison(test: TestResult, style: Style): string[] {
  if (!test.expected || !test.actual) return test.expected ? [`expected  ${test.expected.json}`] : [];
  const diff = diffValues(test.expected.json, test.actual.json);
  const paint = (parts: typeof diff.actual, mark: (text: string) => string) =>
    parts.map((p) => (p.changed ? mark(p.text) : p.text)).join('');
  const lines = [`expected  ${paint(diff.expected, style.added)}`, `actual    ${paint(diff.actual, style.removed)}`];
  const at = firstChange(diff.actual);
  if (at >= 0 && at < 160) lines.push(`          ${' '.repeat(at)}^`);
  return lines;
}

/** The stack's frames, without the first line when it only repeats the error. */
export function stackFrames(error: RuntimeErrorInfo): string[] {
  const lines = error.stack
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines[0] === `${error.name}: ${error.message}` ? lines.slice(1) : lines;
}

/** What `mj test` and `mj submit` print about a judged submission. */
export function formatSubmission(submission: PublicSubmission, locale: Locale, style: Style): string {
  const result = submission.result;
  if (!result) return `${submission.problemId}: ${submission.status}`;
  const accepted = result.verdict === 'Accepted';
  const verdict = verdictLabels[result.verdict][locale];
  const lines = [
    `${style.bold(accepted ? style.green(verdict) : style.red(verdict))} · ${result.passed}/${result.total} tests passed · ${submission.problemId} · ${submission.language} · ${submission.mode}`,
  ];
  if (result.compileError) {
    const { line, column, message } = result.compileError;
    lines.push(`line ${line}, column ${column}: ${message}`);
  }
  const rows = shownTests(result.tests);
  if (rows.length > 0) {
    lines.push(
      '',
      ...columns(rows.map((t) => [`#${t.index + 1}`, t.group, statusLabel(t.status, locale), ms(t.timeMs)])).map((l) => `  ${l}`),
    );
  }
  const rest = result.tests.filter((t) => !rows.includes(t));
  if (rest.length > 0) lines.push(`  and ${rest.length} more hidden and generated tests: ${countByStatus(rest, locale)}`);
  const failed = failingTest(result.tests);
  const sameAsRuntimeError = (message: string) =>
    result.runtimeError !== undefined && message === `${result.runtimeError.name}: ${result.runtimeError.message}`;
  if (failed) {
    lines.push('', style.bold(`Test #${failed.index + 1} (${failed.group}): ${statusLabel(failed.status, locale)}`));
    if (failed.input) lines.push(`  input     ${failed.input.json}`);
    lines.push(...formatComparison(failed, style).map((l) => `  ${l}`));
    if (failed.message && !sameAsRuntimeError(failed.message)) lines.push(`  ${failed.message.replace(/\n/g, '\n  ')}`);
    if (failed.stdout)
      lines.push(
        '  console output:',
        ...failed.stdout
          .trimEnd()
          .split('\n')
          .map((l) => `    ${l}`),
      );
  }
  if (result.runtimeError) {
    const { name, message, line } = result.runtimeError;
    lines.push(
      '',
      style.red(`${name}: ${message}${line ? ` (line ${line})` : ''}`),
      ...stackFrames(result.runtimeError).map((l) => `  ${l}`),
    );
  }
  if (result.internalMessage) lines.push('', result.internalMessage);
  lines.push('', style.dim(`max ${ms(result.maxTimeMs)} · total ${ms(result.totalTimeMs)} · peak heap ${result.peakHeapMb.toFixed(1)} MB`));
  return lines.join('\n');
}
