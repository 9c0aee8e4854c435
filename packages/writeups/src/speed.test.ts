import { describe, expect, it } from 'vitest';
import { catalogue, expectSound, fixture } from './testing/helpers.js';
import { parseWriteup } from './writeup.js';

/** `text` repeated up to `size` characters, on lines of its own or (`oneLine`) on a single line. */
function ofSize(text: string, size: number, oneLine = false): string {
  let out = '';
  while (out.length < size) out += oneLine ? text : `${text}\n`;
  return out.slice(0, size);
}

/**
 * The fastest of a few runs of each text, in milliseconds, and the parser's
 * count of its own work. Runs of the two sizes alternate, so a busy moment
 * (another process, a collection) falls on both rather than on one.
 */
function measure(texts: readonly [string, string]): { ms: number; steps: number }[] {
  const out = texts.map(() => ({ ms: Number.POSITIVE_INFINITY, steps: 0 }));
  for (let run = 0; run < 7; run++) {
    texts.forEach((text, i) => {
      const started = performance.now();
      const draft = parseWriteup(text, catalogue);
      const entry = out[i] as { ms: number; steps: number };
      entry.ms = Math.min(entry.ms, performance.now() - started);
      entry.steps = draft.report.stats.steps;
    });
  }
  return out;
}

const pastes = [
  'seed-nowcoder-cv-intern.txt',
  'zh-autumn-multi-company.txt',
  'en-bytedance-loop.txt',
  'zh-messy-no-headings.txt',
  'en-messy-notes.txt',
]
  .map(fixture)
  .join('\n');

// Timings here are noisy (two shared cores), so the tests compare sizes and count work rather than assert times.
describe('linear in its input', () => {
  it.each([
    ['write-ups', pastes, false],
    ['brackets left open', `${'('.repeat(40)}字节一面 5.16 手撕 lc 69 (`, true],
    ['round names and nothing else', '一面二面三面HR面主管面', true],
    ['round names, a line each', '一面\n二面\n主管:', false],
    ['headings, each a round', '5.1 字节一面\n二面\n- 手撕 lc 69', false],
    ['questions with no answers', '为什么？', false],
    ['questions and answers', '- 你用过Claude吗？\nA: 好', false],
    ['coding phrases and numbers on one line', '手撕 lc 1 手写nms ', true],
    ['LeetCode markers with no numbers', 'lc lc leetcode 力扣 LCR 面试题 ', true],
    ['dates', '5.16 2024-05-16 5月16日 May 16 ', true],
    ['digits and dots', '1.2.3.4.5.6.7.8.9.', true],
    ['emoji and full-width', '😭１２３：（）', true],
    ['companies in a list', '腾讯（无消息），美团（笔试挂），', true],
  ])('%s: 100 KB takes less than three times 50 KB, and the work counted grows in proportion', (_name, sample, oneLine) => {
    const half = ofSize(sample, 50_000, oneLine);
    const full = ofSize(sample, 100_000, oneLine);
    parseWriteup(half, catalogue); // warm up
    const [small = { ms: 1, steps: 1 }, large = { ms: 1, steps: 1 }] = measure([half, full]);
    console.log(`${_name}: 50 KB ${small.ms.toFixed(1)} ms, 100 KB ${large.ms.toFixed(1)} ms, ${large.steps} steps`);
    expect(large.ms / small.ms).toBeLessThan(3);
    expect(large.steps / small.steps).toBeGreaterThan(1.5);
    expect(large.steps / small.steps).toBeLessThan(2.5);
    expect(large.steps / full.length).toBeLessThan(10);
  });

  it('answers a 100 KB paste with a sound draft', () => {
    const text = ofSize(pastes, 100_000);
    const draft = parseWriteup(text, catalogue);
    expectSound(text, draft);
    expect(draft.report.stats).toMatchObject({ characters: 100_000 });
  });
});
