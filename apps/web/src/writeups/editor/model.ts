// The editor's pure parts: new rounds and items with ids unique in the write-up,
// moving things, and the clean-up before a save.
import type { UserRound, UserRoundItem, UserWriteupInput } from '@mianjing/core';

export type ItemType = UserRoundItem['type'];
export const ITEM_TYPES: readonly ItemType[] = ['problem', 'numeric', 'concept', 'talk', 'own-problem', 'own-concept'];
export type Language = 'zh' | 'en';

/** A blank write-up in the reader's language. */
export function emptyWriteup(language: Language): UserWriteupInput {
  return { title: { [language]: '' }, source: { language }, applications: [], rounds: [], visibility: 'private' };
}

function freshId(taken: ReadonlySet<string>, prefix: string): string {
  for (let n = 1; ; n++) if (!taken.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

/** A new round with an id no other round has. */
export function newRound(writeup: UserWriteupInput): UserRound {
  const id = freshId(new Set(writeup.rounds.map((r) => r.id)), 'r');
  return { id, outcome: 'unknown', items: [], notes: [] };
}

/** Ids of the author's own items across the write-up (they must be unique in it). */
function ownIds(writeup: UserWriteupInput): Set<string> {
  return new Set(
    writeup.rounds.flatMap((r) => r.items.flatMap((i) => (i.type === 'own-problem' || i.type === 'own-concept' ? [i.id] : []))),
  );
}

/** A new item of a type; an own item gets an id unique in the write-up (`r2-3`), a catalogue item an empty id to pick. */
export function newItem(
  writeup: UserWriteupInput,
  round: UserRound,
  type: ItemType,
  language: Language,
  note?: UserRound['items'][number]['note'],
): UserRoundItem {
  const keep = note ? { note } : {};
  switch (type) {
    case 'problem':
    case 'numeric':
    case 'concept':
      return { type, id: '', ...keep };
    case 'talk':
      return { type, topic: 'chat', note: note ?? { [language]: '' } };
    case 'own-problem':
      return { type, id: freshId(ownIds(writeup), `${round.id}-`), title: { [language]: '' }, ...keep };
    case 'own-concept':
      return { type, id: freshId(ownIds(writeup), `${round.id}-`), prompt: { [language]: '' }, keyPoints: [], ...keep };
  }
}

/** The list with the element at `index` moved by `delta` places (a copy; unchanged at the ends). */
export function move<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  const next = [...list];
  if (target < 0 || target >= list.length) return next;
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}

type Text = { zh?: string | undefined; en?: string | undefined };
const blank = (text: Text | undefined) => !text || !(text.zh?.trim() || text.en?.trim());
const trimText = (text: Text): Text => {
  const out: Text = {};
  if (text.zh?.trim()) out.zh = text.zh.trim();
  if (text.en?.trim()) out.en = text.en.trim();
  return Object.keys(out).length ? out : text;
};

/** Drops the optional fields left blank, keeps required blank ones so the API names them. */
function cleanItem(item: UserRoundItem): UserRoundItem {
  const out: Record<string, unknown> = { ...item };
  for (const key of ['note', 'answer', 'said'] as const) {
    if (key === 'note' && item.type === 'talk') continue;
    if (key in out && blank(out[key] as Text)) delete out[key];
    else if (key in out) out[key] = trimText(out[key] as Text);
  }
  for (const key of ['leetcode', 'url'] as const) if (key in out && !String(out[key] ?? '').trim()) delete out[key];
  if (item.type === 'own-concept') out.keyPoints = item.keyPoints.filter((p) => !blank(p)).map(trimText);
  return out as UserRoundItem;
}

/**
 * The write-up as it is sent: blank optional texts, links and dates left out,
 * empty key points and notes dropped.
 */
export function cleanWriteup(writeup: UserWriteupInput): UserWriteupInput {
  const source = { ...writeup.source };
  if (!source.site?.trim()) delete source.site;
  if (!source.url?.trim()) delete source.url;
  const out: UserWriteupInput = { ...writeup, title: trimText(writeup.title) as UserWriteupInput['title'], source };
  if (blank(writeup.background)) delete out.background;
  out.applications = writeup.applications.map((application) => {
    const a = { ...application };
    if (blank(a.track)) delete a.track;
    else if (a.track) a.track = trimText(a.track) as typeof a.track;
    if (blank(a.note)) delete a.note;
    else if (a.note) a.note = trimText(a.note) as typeof a.note;
    return a;
  });
  out.rounds = writeup.rounds.map((round) => {
    const r: UserRound = {
      ...round,
      items: round.items.map(cleanItem),
      notes: round.notes.filter((n) => !blank(n)).map(trimText) as UserRound['notes'],
    };
    if (blank(round.track)) delete r.track;
    if (blank(round.summary)) delete r.summary;
    if (r.company !== undefined && typeof r.company !== 'string' && !r.company.name.trim()) delete r.company;
    return r;
  });
  return out;
}

/**
 * The API's message for a field and everything under it: `rounds.0.items.1.title`
 * shows the error of `rounds.0.items.1.title.zh`.
 */
export function errorFor(errors: Readonly<Record<string, string>>, path: string): string | undefined {
  for (const [field, message] of Object.entries(errors)) if (field === path || field.startsWith(`${path}.`)) return message;
  return undefined;
}
