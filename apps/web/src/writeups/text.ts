import type { CompanyRef, UserText } from '@mianjing/core';
import { textIn } from '@mianjing/core/labels';
import { locale } from '../lib/i18n.js';

/** A user's text in the reader's language, or in the one its author wrote. */
export const userText = (text: UserText | undefined): string => (text ? textIn(text, locale()) : '');

/** Text typed in the editor as a `UserText` in the write-up's language; blank is none. */
export function asUserText(value: string, language: 'zh' | 'en'): UserText | undefined {
  const trimmed = value.trim();
  return trimmed ? { [language]: trimmed } : undefined;
}

/** A company reference for display: a catalogue company's name, or the plain name the author wrote. */
export function companyText(ref: CompanyRef | undefined, nameOf: (id: string) => string): string {
  if (ref === undefined) return '';
  return typeof ref === 'string' ? nameOf(ref) : ref.name;
}

/**
 * A date as the author types it: `2024-05-16`, `5-16`, `5.16` or `5/16`.
 *
 * @example parseDate('5.16') // { month: 5, day: 16 }
 */
export function parseDate(text: string): { year?: number; month: number; day: number } | undefined | 'invalid' {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const match = trimmed.match(/^(?:(\d{4})[-./])?(\d{1,2})[-./](\d{1,2})$/);
  if (!match) return 'invalid';
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return 'invalid';
  return match[1] ? { year: Number(match[1]), month, day } : { month, day };
}

/** The editor's text for a date. */
export function formatDate(date: { year?: number | undefined; month: number; day: number } | undefined): string {
  if (!date) return '';
  const md = `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  return date.year ? `${date.year}-${md}` : md;
}

/**
 * A resource's value once it has one, without suspending the page while it
 * loads (reading `latest` before the first answer would show the page's spinner).
 */
export function settled<T>(resource: { readonly state: string; readonly latest: T | undefined }): T | undefined {
  return resource.state === 'ready' || resource.state === 'refreshing' ? resource.latest : undefined;
}
