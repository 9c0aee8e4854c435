import { readFileSync } from 'node:fs';
import { UserWriteupInput } from '@mianjing/core';
import { allPayloads, hostilePayloads } from './hostile.js';

/** A short Chinese 面经 with every kind of item: talk, LeetCode numbers, catalogue questions, the author's own problem and question. */
export const zhWriteupText = readFileSync(new URL('./fixtures/zh-writeup.txt', import.meta.url), 'utf8');

const { osc, clear, csi8bit, overwrite, bidi, backspace } = hostilePayloads;

/** A write-up with an escape sequence in every text a person writes. */
export const hostileWriteup = UserWriteupInput.parse({
  title: { zh: `面经 ${osc}` },
  source: { site: `site ${clear}`, language: 'zh' },
  background: { zh: allPayloads },
  applications: [{ company: { name: `公司${csi8bit}` }, outcome: 'offer', note: { zh: overwrite } }],
  rounds: [
    {
      id: 'r1',
      company: { name: `厂${bidi}` },
      track: { zh: `算法${backspace}` },
      label: '1st',
      outcome: 'passed',
      summary: { zh: clear },
      items: [
        { type: 'talk', topic: 'chat', note: { zh: osc } },
        { type: 'problem', id: 'sqrt-x', note: { zh: csi8bit } },
        { type: 'own-problem', id: 'r1-3', title: { zh: `题${osc}` }, leetcode: `56${clear}`, note: { zh: overwrite } },
        {
          type: 'own-concept',
          id: 'r1-4',
          prompt: { zh: `问${bidi}` },
          answer: { zh: allPayloads },
          keyPoints: [{ zh: backspace }],
          said: { zh: csi8bit },
        },
      ],
      notes: [{ zh: allPayloads }],
    },
  ],
});
