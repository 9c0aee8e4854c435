import { describe, expect, it } from 'vitest';
import { catalogue, companyOf, dateOf, expectSound, fixture, parse } from './testing/helpers.js';

/**
 * The real write-up the bundled content pack was made from, parsed as a user
 * would paste it, against what people modelled by hand
 * (content/writeups/nowcoder-2024-cv-intern.yaml).
 */
describe('the seed write-up (a real nowcoder 面经)', () => {
  const text = fixture('seed-nowcoder-cv-intern.txt');
  const draft = parse(text);
  const bundled = catalogue.writeups.find((w) => w.id === 'nowcoder-2024-cv-intern');
  if (!bundled) throw new Error('the bundled write-up is missing');
  const parsed = draft.writeup.rounds;
  const key = (company: string | undefined, label: string | undefined, date: string | undefined) => `${company} ${label} ${date}`;
  const byKey = new Map(parsed.map((r) => [key(companyOf(r), r.label, dateOf(r)), r]));
  const counterpart = (round: (typeof bundled.rounds)[number]) =>
    byKey.get(key(round.company, round.label, `${round.date.month}.${round.date.day}`));

  it('is a sound draft: valid, every line accounted for', () => expectSound(text, draft));

  it('finds every round of the bundled write-up, with its company, name and date, in the same order', () => {
    expect(parsed.map((r) => key(companyOf(r), r.label, dateOf(r)))).toEqual(
      bundled.rounds.map((r) => key(r.company, r.label, `${r.date.month}.${r.date.day}`)),
    );
  });

  it('finds the outcome the text gives (the HR round’s oc)', () => {
    expect(parsed.map((r) => r.outcome).filter((o) => o !== 'unknown')).toEqual(['offer']);
    expect(parsed[parsed.length - 1]?.outcome).toBe('offer');
  });

  it('matches every coding question of each round to its catalogue problem', () => {
    // Two bundled items are not in the text: an optional extension (multi-head-attention) and a follow-up on the same problem.
    const notInText = new Set(['multi-head-attention', 'increasing-triplet-witness']);
    for (const round of bundled.rounds) {
      const expected = round.items.flatMap((i) => (i.type === 'problem' && !notInText.has(i.id) ? [i.id] : []));
      const found = (counterpart(round)?.items ?? []).flatMap((i) => (i.type === 'problem' ? [i.id] : []));
      expect(found, round.id).toEqual(expected);
    }
    const soulR1 = counterpart(bundled.rounds.find((r) => r.id === 'soul-r1') ?? bundled.rounds[0]!);
    expect(soulR1?.items.find((i) => i.type === 'problem')).toMatchObject({ id: 'softmax', note: { zh: '手写算法:numpy实现Softmax' } });
  });

  it('links most concept and numeric questions to the catalogue questions the bundled write-up uses', () => {
    let expected = 0;
    let found = 0;
    const missed: string[] = [];
    for (const round of bundled.rounds) {
      const ids = new Set((counterpart(round)?.items ?? []).flatMap((i) => (i.type === 'concept' || i.type === 'numeric' ? [i.id] : [])));
      for (const item of round.items) {
        if (item.type !== 'concept' && item.type !== 'numeric') continue;
        expected++;
        if (ids.has(item.id)) found++;
        else missed.push(`${round.id}/${item.id}`);
      }
    }
    console.log(`seed: ${found} of ${expected} catalogue questions linked; not linked: ${missed.join(', ')}`);
    // The scores depend on the catalogue's prompts (rarer words weigh more), which grow as content is added: some slack.
    expect(found / expected).toBeGreaterThanOrEqual(0.7);
    // And hardly ever a question the bundled round does not have (VQ-VAE怎么更新encoder的 reads like the codebook question).
    const wrong: string[] = [];
    for (const round of bundled.rounds) {
      const allowed = new Set(round.items.map((i) => ('id' in i ? i.id : '')));
      for (const item of counterpart(round)?.items ?? []) {
        if ((item.type === 'concept' || item.type === 'numeric') && !allowed.has(item.id)) wrong.push(`${round.id}/${item.id}`);
      }
    }
    console.log(`seed: linked to a question the bundled round does not have: ${wrong.join(', ') || 'none'}`);
    expect(wrong.length).toBeLessThanOrEqual(2);
  });

  it('keeps the background and the applications it lists', () => {
    expect(draft.writeup.title).toEqual({ zh: '[更新:已OC][发面经攒人品] cv/算法 实习面经' });
    expect(draft.writeup.background?.zh).toContain('C9硕985本');
    const outcomes = Object.fromEntries(draft.writeup.applications.map((a) => [a.company as string, a.outcome]));
    expect(outcomes).toEqual(Object.fromEntries(bundled.applications.map((a) => [a.company, a.outcome === 'offer' ? 'offer' : a.outcome])));
  });
});
