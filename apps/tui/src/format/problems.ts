import type { Company, Locale, ProblemStatus, Progress, ProblemSummary, PublicProblem, TestCase } from '@mianjing/core';
import { type Inline, markdownToText, parseMarkdown } from './markdown.js';
import { type Style, columns } from './style.js';

export type { ProblemStatus };

export const statusOf = (progress: Progress | undefined, id: string): ProblemStatus => progress?.problemStatus[id] ?? 'new';

/** The table `mj list` prints: [status,] id, difficulty, kind, title. */
export function formatProblemList(problems: readonly ProblemSummary[], locale: Locale, progress?: Progress): string {
  if (problems.length === 0) return 'no problems match';
  return columns(problems.map((p) => [...(progress ? [statusOf(progress, p.id)] : []), p.id, p.difficulty, p.kind, p.title[locale]])).join(
    '\n',
  );
}

/** Markdown for the terminal, with bold and code coloured when the style allows. */
export function markdownForTerminal(markdown: string, style: Style): string {
  const styleInline = (inline: Inline) =>
    inline.style === 'strong'
      ? style.bold(inline.text)
      : inline.style === 'code' || inline.style === 'math'
        ? style.cyan(inline.text)
        : inline.text;
  return markdownToText(parseMarkdown(markdown), styleInline);
}

/** A test input the way LeetCode writes it: `x = 4, nums = [1,2]`, or the design calls. */
export function formatInput(input: TestCase['input']): string {
  if ('operations' in input && Array.isArray(input.operations)) {
    return `${JSON.stringify(input.operations)}\n${JSON.stringify(input.arguments)}`;
  }
  return Object.entries(input)
    .map(([name, value]) => `${name} = ${JSON.stringify(value)}`)
    .join(', ');
}

export function sourceText(problem: Pick<PublicProblem, 'source'>): string {
  const { platform, ref, url } = problem.source;
  return [platform === 'leetcode' ? `LeetCode${ref ? ` ${ref}` : ''}` : 'original', url].filter(Boolean).join(' ');
}

/** Company names, in the chosen language, for the companies a problem was asked at. */
export const companyNames = (ids: readonly string[], companies: readonly Company[], locale: Locale) =>
  ids.map((id) => companies.find((c) => c.id === id)?.name[locale] ?? id).join(', ');

/** What `mj show` prints: header, statement, examples, notes, limits and (when earned) the editorial. */
export function formatProblem(problem: PublicProblem, companies: readonly Company[], locale: Locale, style: Style): string {
  const sections = [
    [
      `${style.bold(problem.title[locale])}  (${problem.id})`,
      `${problem.difficulty} · ${problem.judge.kind} · ${problem.tags.join(', ')} · ${sourceText(problem)}`,
      `Asked at ${companyNames(problem.companies, companies, locale)} (${problem.rounds.join(', ')})`,
      `Limits: ${problem.limits.timeLimitMs} ms per test, ${problem.limits.memoryLimitMb} MB`,
    ].join('\n'),
    markdownForTerminal(problem.statement[locale], style),
    ...problem.examples.map((example, i) =>
      [
        style.bold(`Example ${i + 1}`),
        indent(`input:  ${formatInput(example.input)}`),
        indent(`output: ${JSON.stringify(example.output)}`),
        ...(example.explanation ? [indent(markdownForTerminal(example.explanation[locale], style))] : []),
      ].join('\n'),
    ),
  ];
  if (problem.notes.length > 0) {
    sections.push(
      [style.bold('From the write-up'), ...problem.notes.map((n) => `  • ${markdownForTerminal(n[locale], style)}`)].join('\n'),
    );
  }
  if (problem.editorial) sections.push(`${style.bold('Editorial')}\n\n${markdownForTerminal(problem.editorial[locale], style)}`);
  return sections.join('\n\n');
}

const indent = (text: string, by = '  ') =>
  text
    .split('\n')
    .map((line) => by + line)
    .join('\n');
export { indent };
