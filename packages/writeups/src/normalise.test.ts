import { describe, expect, it } from 'vitest';
import { Automaton } from './automaton.js';
import { findDates } from './dates.js';
import { keyOf, normaliseLine, textOfNorm } from './normalise.js';
import { readMarkers, splitQuestion, splitSentences } from './structure.js';

describe('normaliseLine', () => {
  it('turns full-width forms into ASCII, keeps the original to cut from', () => {
    const line = normaliseLine('字节一面（５．１６）：手撕ＬＣ　２０６');
    expect(line.norm).toBe('字节一面(5.16):手撕LC 206');
    expect(line.key).toBe('字节一面516手撕lc206');
    const start = line.norm.indexOf('LC');
    expect(textOfNorm(line, start, line.norm.length)).toBe('ＬＣ　２０６');
  });

  it('writes circled and keycap numbers as list markers and drops emoji from the key', () => {
    expect(normaliseLine('① 自我介绍').norm).toBe('(1) 自我介绍');
    expect(normaliseLine('1️⃣ 自我介绍').norm).toBe('1) 自我介绍');
    expect(normaliseLine('求offer😭').key).toBe('求offer');
  });

  it('makes one key of spellings that differ in case, spaces and punctuation', () => {
    expect(keyOf('移掉 K 位数字')).toBe(keyOf('移掉k位数字'));
    expect(keyOf('二维区域和检索（矩阵不可变）')).toBe(keyOf('二维区域和检索 - 矩阵不可变'));
    expect(keyOf('Self-Attention')).toBe(keyOf('selfattention'));
  });
});

describe('Automaton', () => {
  it('finds every pattern in one pass, overlapping ones too', () => {
    const automaton = new Automaton<string>();
    for (const word of ['字节', '字节跳动', '跳动', 'he', 'she', 'hers']) automaton.add(word, word);
    const found: string[] = [];
    automaton.scan('字节跳动ushers', (start, end, word) => found.push(`${word}@${start}-${end}`));
    expect(found.sort()).toEqual(['he@6-8', 'hers@6-10', 'she@5-8', '字节@0-2', '字节跳动@0-4', '跳动@2-4'].sort());
  });
});

describe('findDates', () => {
  it.each([
    ['5.16', { month: 5, day: 16 }],
    ['5/16', { month: 5, day: 16 }],
    ['5月16日', { month: 5, day: 16 }],
    ['2024-05-16', { year: 2024, month: 5, day: 16 }],
    ['2024年5月16号', { year: 2024, month: 5, day: 16 }],
    ['May 16', { month: 5, day: 16 }],
    ['16 May 2024', { year: 2024, month: 5, day: 16 }],
    ['Sept. 3rd, 2024', { year: 2024, month: 9, day: 3 }],
    ['5/16/2024', { year: 2024, month: 5, day: 16 }],
    ['16/5/2024', { year: 2024, month: 5, day: 16 }],
  ])('%s', (text, date) => {
    expect(findDates(text).map((d) => d.date)).toEqual([date]);
  });

  it('ignores what is not a date', () => {
    for (const text of ['3.14159', 'v1.2.3', '13.40', '2.30', 'LC 69.', '0.5']) expect(findDates(text), text).toEqual([]);
  });
});

describe('structure', () => {
  it.each([
    ['- 自我介绍', true],
    ['1. 自我介绍', true],
    ['2) 自我介绍', true],
    ['3、自我介绍', true],
    ['(4) 自我介绍', true],
    ['一、自我介绍', true],
    ['👉 自我介绍', true],
    ['Q1: 自我介绍', true],
    ['5.16 字节一面', false],
    ['1004. 最大连续1的个数', false],
  ])('list markers of %s', (text, bullet) => {
    expect(readMarkers(normaliseLine(text).norm).bullet).toBe(bullet);
  });

  it('splits sentences at 。？！; and keeps an answer in brackets with its question', () => {
    const norm = normaliseLine('你用过Claude吗？（只是了解过）你知道什么是CoT吗？描述SD。LC 55. 跳跃游戏').norm;
    expect(splitSentences(norm, 0, norm.length).map((s) => norm.slice(s.start, s.end))).toEqual([
      '你用过Claude吗?(只是了解过)',
      '你知道什么是CoT吗?',
      '描述SD。',
      'LC 55. 跳跃游戏',
    ]);
  });

  it('splits a question from the answer after it, even with a bracket left open', () => {
    const norm = 'ViT相比于CNN的优势?(Long range dependency,data specificity(refer to arxiv: How Do Vision Transformers Work?)';
    const { prompt, said } = splitQuestion(norm, { start: 0, end: norm.length });
    expect(norm.slice(prompt.start, prompt.end)).toBe('ViT相比于CNN的优势?');
    expect(said && norm.slice(said.start, said.end)).toBe(
      'Long range dependency,data specificity(refer to arxiv: How Do Vision Transformers Work',
    );
  });
});
