import { describe, expect, it } from 'vitest';
import { catalogueIndex } from './catalogue-index.js';
import { catalogue, expectSound, fixture } from './testing/helpers.js';
import { parseWriteup, prepareParser } from './writeup.js';

/** `text` repeated up to `size` characters, on lines of its own or (`oneLine`) on a single line. */
function ofSize(text: string, size: number, oneLine = false): string {
  let out = '';
  while (out.length < size) out += oneLine ? text : `${text}\n`;
  return out.slice(0, size);
}

/** Lines made by `line(1)`, `line(2)`… up to `size` characters. */
function numbered(line: (n: number) => string, size: number): string {
  const lines: string[] = [];
  let length = 0;
  for (let n = 1; length < size; n++) {
    const text = line(n);
    lines.push(text);
    length += text.length + 1;
  }
  return `${lines.join('\n')}\n`.slice(0, size);
}

interface Timing {
  ms: number;
  steps: number;
}

/**
 * The fastest of `runs` runs of each list of texts (parsed one after the
 * other, timed together), in milliseconds, and the parser's count of its work
 * on them. Runs of the lists alternate, so a busy moment (another process)
 * falls on all of them rather than on one; `into` carries the fastest so far,
 * so a caller can measure again.
 *
 * Parts parsed in a row allocate what the whole does, so the garbage
 * collector's work (which grows with the heap the other tests leave) falls
 * on both sides of a comparison alike.
 */
function measure(lists: readonly (readonly string[])[], runs: number, into?: Timing[]): Timing[] {
  const out = into ?? lists.map(() => ({ ms: Number.POSITIVE_INFINITY, steps: 0 }));
  for (let run = 0; run < runs; run++) {
    lists.forEach((texts, i) => {
      let steps = 0;
      const started = performance.now();
      for (const text of texts) steps += parseWriteup(text, catalogue).report.stats.steps;
      const entry = out[i] as Timing;
      entry.ms = Math.min(entry.ms, performance.now() - started);
      entry.steps = steps;
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

const zhQuestions = [
  '讲一下 Transformer 的 Encoder 和 Decoder 分别由哪些子层组成？',
  'LoRA 的原理是什么？',
  'BN在训练和推理时有什么不同',
  '手撕 lc 206 反转链表',
  '你知道哪些多模态模型？',
];
const enQuestions = [
  'Why does scaled dot-product attention divide by sqrt(d_k)?',
  'how does focal loss deal with class imbalance?? what do alpha and gamma do',
  'Coding: LeetCode 206, reverse a linked list',
  'implement softmax from scratch, then explain label smoothing',
];
const companyNames = ['字节', '腾讯', '阿里', '美团', '快手', '百度', '小红书', 'pdd', 'Shopee', 'ByteDance', '华为', '网易'];

/** Texts of any size made by `make(size)`: a sample repeated, or lines numbered. */
const shapes: [string, (size: number) => string][] = [
  ['write-ups', (size) => ofSize(pastes, size)],
  ['write-ups on one line', (size) => ofSize(pastes.replace(/\n/g, ' '), size, true)],
  ['brackets left open', (size) => ofSize(`${'('.repeat(40)}字节一面 5.16 手撕 lc 69 (`, size, true)],
  ['round names and nothing else', (size) => ofSize('一面二面三面HR面主管面', size, true)],
  ['round names, a line each', (size) => ofSize('一面\n二面\n主管:', size)],
  ['headings, each a round', (size) => ofSize('5.1 字节一面\n二面\n- 手撕 lc 69', size)],
  ['one heading repeated', (size) => ofSize('## 字节跳动 抖音推荐 一面 2024-08-05（过）', size)],
  ['questions with no answers', (size) => ofSize('为什么？', size)],
  ['questions and answers', (size) => ofSize('- 你用过Claude吗？\nA: 好', size)],
  ['answers to one question', (size) => `一面\n- 为什么？\n${ofSize('A: 好', size)}`.slice(0, size)],
  ['forum tags, a line each', (size) => ofSize('#面经#', size)],
  ['numbered Chinese questions, a line each', (size) => numbered((n) => `${n}. ${zhQuestions[n % zhQuestions.length]}`, size)],
  ['numbered English questions, a line each', (size) => numbered((n) => `${n}. ${enQuestions[n % enQuestions.length]}`, size)],
  ['LeetCode references, a line each', (size) => numbered((n) => `- 手撕 lc ${(n % 3000) + 1}`, size)],
  ['companies, a line each', (size) => numbered((n) => `${companyNames[n % companyNames.length]}一面`, size)],
  ['`1.` on every line', (size) => ofSize('1.', size)],
  ['`1.` on one line', (size) => ofSize('1.', size, true)],
  ['Chinese questions on one line', (size) => ofSize(zhQuestions.join(''), size, true)],
  ['English questions on one line', (size) => ofSize(enQuestions.join(' '), size, true)],
  ['question marks on one line', (size) => ofSize('为什么？', size, true)],
  ['coding phrases and numbers on one line', (size) => ofSize('手撕 lc 1 手写nms ', size, true)],
  ['LeetCode markers with no numbers', (size) => ofSize('lc lc leetcode 力扣 LCR 面试题 ', size, true)],
  ['dates', (size) => ofSize('5.16 2024-05-16 5月16日 May 16 ', size, true)],
  ['digits and dots', (size) => ofSize('1.2.3.4.5.6.7.8.9.', size, true)],
  ['emoji', (size) => ofSize('😭🎉🙃', size, true)],
  ['emoji, a line each', (size) => ofSize('😭🎉🙃 😭', size)],
  ['emoji and full-width', (size) => ofSize('😭１２３：（）', size, true)],
  ['companies in a list', (size) => ofSize('腾讯（无消息），美团（笔试挂），', size, true)],
];

/**
 * The issue asks for 200 ms on a 100 KB paste; on an idle two-core machine
 * every shape here takes well under that. This bound is for a busy one (the
 * fastest of several runs, while other tests and builds share the cores): it
 * catches a parser gone quadratic or several times slower, not a slow moment.
 */
const boundMs = 1000;
/**
 * 100 KB may take at most this many times four 25 KB parts parsed in a row:
 * about 1 when the parser is linear, 4 when it is quadratic. Late in a busy
 * run the whole has been seen to take 1.7 times the parts (the collector's
 * work on the heap earlier tests left falls unevenly); a quadratic parser is
 * well past 2.
 */
const ratioBound = 2;

// Timings here are noisy (two shared cores), so the tests count work and take the fastest of several runs;
// when a run is over a bound, they measure again, and fail only if no run ever met it.
describe('linear in its input', () => {
  it.each(shapes)(
    '%s: 100 KB takes less than twice four 25 KB parts and under a second, and the work counted grows in proportion',
    (name, make) => {
      const part = make(25_000);
      const full = make(100_000);
      expect([part.length, full.length]).toEqual([25_000, 100_000]);
      parseWriteup(full, catalogue); // warm up
      const lists = [[part], [part, part, part, part], [full]];
      const timings = measure(lists, 4);
      const within = () => {
        const [, parts = { ms: 1 }, whole = { ms: 1 }] = timings;
        return whole.ms / parts.ms < ratioBound && whole.ms < boundMs;
      };
      for (let more = 0; more < 8 && !within(); more++) measure(lists, 2, timings);
      const [one = { ms: 1, steps: 0 }, parts = { ms: 1, steps: 0 }, whole = { ms: 1, steps: 0 }] = timings;
      console.log(
        `${name}: 25 KB ${one.ms.toFixed(1)} ms, four 25 KB ${parts.ms.toFixed(1)} ms, 100 KB ${whole.ms.toFixed(1)} ms, ${whole.steps} steps`,
      );
      expect(whole.ms / parts.ms).toBeLessThan(ratioBound);
      expect(whole.ms).toBeLessThan(boundMs);
      // Steps count the automaton's work on keys; a text with no letter or digit has none.
      if (whole.steps === 0) expect(one.steps).toBe(0);
      else {
        expect(whole.steps / one.steps).toBeGreaterThan(3);
        expect(whole.steps / one.steps).toBeLessThan(5);
      }
      expect(whole.steps / full.length).toBeLessThan(10);
    },
    120_000,
  );

  it('answers a 100 KB paste with a sound draft', () => {
    const text = ofSize(pastes, 100_000);
    const draft = parseWriteup(text, catalogue);
    expectSound(text, draft);
    expect(draft.report.stats).toMatchObject({ characters: 100_000 });
  });

  it('builds the catalogue index once per catalogue, not once per paste', () => {
    prepareParser(catalogue);
    const index = catalogueIndex(catalogue);
    parseWriteup('5.14 pdd一面\n- 手写算法：lc 69\n- 讲一下LoRA？', catalogue);
    parseWriteup(pastes, catalogue);
    prepareParser(catalogue);
    expect(catalogueIndex(catalogue)).toBe(index);
  });
});
