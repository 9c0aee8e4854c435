import { type Catalogue, type Locale, type ProblemFilter } from '@mianjing/core';

/** The problem table `mj list` prints: id, difficulty, kind and title. */
export function formatProblemList(catalogue: Catalogue, filter: ProblemFilter, locale: Locale): string {
  const rows = catalogue.listProblems(filter).map((p) => [p.id, p.difficulty, p.judge.kind, p.title[locale]]);
  if (rows.length === 0) return 'no problems match';
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c < 3 ? cell.padEnd(widths[c] ?? 0) : cell)).join('  ')).join('\n');
}
