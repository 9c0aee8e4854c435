import { readFileSync } from 'node:fs';
import { loadCatalogue, type UserRound, UserWriteupInput } from '@mianjing/core';
import { expect } from 'vitest';
import { WriteupDraft } from '../draft.js';
import { type ParseOptions, parseWriteup } from '../writeup.js';

/** The bundled catalogue: the problems and questions drafts link to. */
export const catalogue = loadCatalogue();

export function parse(text: string, options?: ParseOptions): WriteupDraft {
  return parseWriteup(text, catalogue, options);
}

/** A write-up text from `src/fixtures/`. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

/** `problem:sqrt-x`, `concept:dpo`, `own-problem:反转链表`, `own-concept:…`, `talk:paper`: an item in one string. */
export function describeItem(item: UserRound['items'][number]): string {
  switch (item.type) {
    case 'own-problem':
      return `own-problem:${item.title.zh ?? item.title.en}`;
    case 'own-concept':
      return `own-concept:${item.prompt.zh ?? item.prompt.en}`;
    case 'talk':
      return `talk:${item.topic}`;
    default:
      return `${item.type}:${item.id}`;
  }
}

export function itemsOf(round: UserRound | undefined): string[] {
  return (round?.items ?? []).map(describeItem);
}

/** `bytedance`, `name:百度`. */
export function companyOf(round: UserRound | undefined): string | undefined {
  const company = round?.company;
  return company === undefined ? undefined : typeof company === 'string' ? company : `name:${company.name}`;
}

/** `5.16`, `2024-5.16`. */
export function dateOf(round: UserRound | undefined): string | undefined {
  const date = round?.date;
  return date ? `${date.year !== undefined ? `${date.year}-` : ''}${date.month}.${date.day}` : undefined;
}

/**
 * What every draft must be: a valid write-up and report, and every non-empty
 * line of the input accounted for, each place pointing at something that exists.
 */
export function expectSound(text: string, draft: WriteupDraft): void {
  const writeup = UserWriteupInput.safeParse(draft.writeup);
  expect(writeup.error?.issues ?? []).toEqual([]);
  expect(WriteupDraft.safeParse(draft).error?.issues ?? []).toEqual([]);
  const lines = text.split(/\r\n|\r|\n/);
  const nonEmpty = lines.flatMap((line, i) => (line.trim() ? [i + 1] : []));
  expect(draft.report.lines.map((l) => l.line)).toEqual(nonEmpty);
  for (const { line, places } of draft.report.lines) {
    expect(places.length, `line ${line}`).toBeGreaterThan(0);
    for (const place of places) {
      if (place.round === undefined) continue;
      const round = draft.writeup.rounds[place.round];
      expect(round, `line ${line}`).toBeDefined();
      if (place.item !== undefined) expect(round?.items[place.item], `line ${line}`).toBeDefined();
      if (place.note !== undefined) expect(round?.notes[place.note], `line ${line}`).toBeDefined();
    }
  }
  expect(draft.report.rounds).toHaveLength(draft.writeup.rounds.length);
  draft.writeup.rounds.forEach((round, r) => {
    expect(draft.report.rounds[r]?.items).toHaveLength(round.items.length);
    expect(draft.report.rounds[r]?.notes).toHaveLength(round.notes.length);
  });
}
