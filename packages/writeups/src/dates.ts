import type { RoundDate } from '@mianjing/core';

export interface FoundDate {
  /** Where the date is in the `norm` text. */
  readonly start: number;
  readonly end: number;
  readonly date: RoundDate;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthName = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?';

// Every pattern has bounded repetition only (no nested or unbounded quantifiers), so matching is linear.
const patterns: readonly { regex: RegExp; read: (m: RegExpExecArray) => RoundDate | undefined }[] = [
  // 2024-05-16, 2024.5.16, 2024/05/16, 2024年5月16日
  {
    regex: /(?<![0-9])(20[0-9]{2}) ?[-./年] ?([0-9]{1,2}) ?[-./月] ?([0-9]{1,2}) ?[日号]?(?![0-9])/g,
    read: (m) => dateOf(Number(m[2]), Number(m[3]), Number(m[1])),
  },
  // 5/16/2024 (month first, as in English) or 16/5/2024 when the first number cannot be a month
  {
    regex: /(?<![0-9./])([0-9]{1,2})\/([0-9]{1,2})\/(20[0-9]{2})(?![0-9])/g,
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      return a > 12 ? dateOf(b, a, Number(m[3])) : dateOf(a, b, Number(m[3]));
    },
  },
  // 5月16日, 5月16号, 5 月 16
  { regex: /(?<![0-9])([0-9]{1,2}) ?月 ?([0-9]{1,2}) ?[日号]?(?![0-9])/g, read: (m) => dateOf(Number(m[1]), Number(m[2])) },
  // 5.16, 5/16 (not part of a longer number or version)
  { regex: /(?<![0-9./])([0-9]{1,2})[./]([0-9]{1,2})(?![0-9]|\.[0-9]|\/[0-9])/g, read: (m) => dateOf(Number(m[1]), Number(m[2])) },
  // May 16, May 16th, 2024
  {
    regex: new RegExp(`(?<![a-z])${monthName} ([0-9]{1,2})(?:st|nd|rd|th)?(?:,? (20[0-9]{2}))?(?![0-9])`, 'gi'),
    read: (m) => dateOf(monthNumber(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined),
  },
  // 16 May, 16th May 2024
  {
    regex: new RegExp(`(?<![0-9])([0-9]{1,2})(?:st|nd|rd|th)? ${monthName}(?:,? (20[0-9]{2}))?(?![a-z])`, 'gi'),
    read: (m) => dateOf(monthNumber(m[2]), Number(m[1]), m[3] ? Number(m[3]) : undefined),
  },
];

function monthNumber(name: string | undefined): number {
  return months.indexOf((name ?? '').toLowerCase().slice(0, 3)) + 1;
}

const daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function dateOf(month: number, day: number, year?: number): RoundDate | undefined {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= (daysIn[month - 1] ?? 31))) return undefined;
  if (year !== undefined && (year < 2000 || year > 2100)) return undefined;
  return year === undefined ? { month, day } : { year, month, day };
}

/**
 * Dates in `norm[from, to)`, in the forms write-ups use: 5.16, 5/16, 5月16日,
 * 2024-05-16, 2024年5月16日, May 16, 16 May 2024. A span is taken by the
 * first (most specific) form that fits it; impossible dates (13.5, 2.30)
 * are not dates.
 */
export function findDates(norm: string, from = 0, to = norm.length): FoundDate[] {
  const text = norm.slice(from, to);
  const found: FoundDate[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  for (const { regex, read } of patterns) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const start = from + m.index;
      const end = start + m[0].length;
      const date = read(m);
      if (date && !taken(start, end)) found.push({ start, end, date });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
