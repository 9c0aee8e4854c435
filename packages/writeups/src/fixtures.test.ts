import { describe, expect, it } from 'vitest';
import { companyOf, dateOf, expectSound, fixture, itemsOf, parse } from './testing/helpers.js';

describe('a long multi-company post (zh-autumn-multi-company.txt)', () => {
  const text = fixture('zh-autumn-multi-company.txt');
  const draft = parse(text);
  const rounds = draft.writeup.rounds;

  it('is a sound draft: valid, every line accounted for', () => expectSound(text, draft));

  it('finds all fourteen rounds with their companies, names, dates (the year carried) and outcomes', () => {
    expect(rounds.map((r) => [companyOf(r), r.label, dateOf(r), r.outcome])).toEqual([
      ['bytedance', '1st', '2024-8.5', 'passed'],
      ['bytedance', '2nd', '2024-8.9', 'passed'],
      ['bytedance', '3rd', '2024-8.15', 'rejected'],
      ['taotian', '1st', '2024-8.20', 'passed'],
      ['name:阿里巴巴', '2nd', '2024-8.27', 'rejected'],
      ['name:百度', 'written-test', '2024-9.1', 'unknown'],
      ['name:百度', '1st', '2024-9.5', 'passed'],
      ['name:小红书', '1st', '2024-9.10', 'passed'],
      ['name:小红书', '2nd', '2024-9.12', 'rejected'],
      ['name:米哈游', 'cross', '2024-9.18', 'passed'],
      ['name:米哈游', 'final', '2024-9.25', 'offer'],
      ['name:京东', '1st', '2024-10.8', 'passed'],
      ['name:京东', 'hr', '2024-10.12', 'offer'],
      ['name:携程', 'manager', '2024-10.16', 'offer'],
    ]);
    expect(rounds.every((r) => r.date !== undefined)).toBe(true);
    expect(draft.report.rounds[3]?.date).toMatchObject({ text: '8.20', how: 'year-carried', confidence: 'likely' });
  });

  it('links coding questions by number, title and alias, and questions by wording', () => {
    expect(itemsOf(rounds[0])).toEqual([
      'talk:self-introduction',
      'concept:transformer-encoder-decoder',
      'problem:reverse-linked-list',
      'talk:reverse-questions',
    ]);
    expect(itemsOf(rounds[1])).toEqual(['talk:project', 'concept:why-layernorm', 'problem:nms', 'problem:range-sum-2d']);
    expect(itemsOf(rounds[2])).toEqual(['talk:project', 'concept:ocr-scenario', 'problem:max-consecutive-ones-iii']);
    expect(itemsOf(rounds[4])).toEqual([
      'concept:focal-loss-alpha-gamma',
      'problem:sqrt-x',
      'own-concept:问了一个开放题：如何评估多模态大模型？',
    ]);
    expect(itemsOf(rounds[5])).toEqual(['problem:spiral-matrix', 'problem:number-of-islands', 'own-problem:第三题是个 dp']);
    expect(itemsOf(rounds[6])).toEqual(['concept:vit-pipeline', 'problem:lru-cache', 'concept:quicksort-space-complexity']);
    expect(itemsOf(rounds[9])).toEqual(['talk:chat', 'problem:kmeans', 'concept:vit-layernorm']);
  });

  it('keeps the background, the applications it lists and the closing words', () => {
    expect(draft.writeup.title).toEqual({ zh: '2024秋招 算法岗面经合集（字节、阿里、百度、小红书、米哈游、京东、携程）' });
    expect(draft.writeup.background?.zh).toContain('投递情况：腾讯（简历挂）、网易（笔试后无消息）、蚂蚁（感谢信）');
    const applications = Object.fromEntries(
      draft.writeup.applications.map((a) => [typeof a.company === 'string' ? a.company : a.company.name, a.outcome]),
    );
    expect(applications).toMatchObject({
      tencent: 'rejected',
      netease: 'written-test',
      蚂蚁集团: 'rejected',
      bytedance: 'rejected',
      米哈游: 'offer',
    });
    expect(rounds[2]?.notes).toEqual([{ zh: '挂了，感觉是业务不匹配。' }]);
    expect(rounds[13]?.notes).toEqual([{ zh: '总结：多刷题，多复盘，祝大家都有 offer！' }]);
  });
});

describe('an English write-up (en-bytedance-loop.txt)', () => {
  const text = fixture('en-bytedance-loop.txt');
  const draft = parse(text);
  const rounds = draft.writeup.rounds;

  it('is a sound draft in English', () => {
    expectSound(text, draft);
    expect(draft.report.language.value).toBe('en');
    expect(draft.writeup.source.language).toBe('en');
  });

  it('finds the rounds', () => {
    expect(rounds.map((r) => [companyOf(r), r.label, dateOf(r), r.outcome])).toEqual([
      ['bytedance', '1st', '2024-5.16', 'passed'],
      ['bytedance', '2nd', '2024-5.20', 'passed'],
      ['bytedance', '3rd', '2024-5.23', 'rejected'],
      ['shopee', '1st', '2024-6.3', 'passed'],
      ['shopee', 'final', '2024-6.10', 'offer'],
    ]);
  });

  it('reads the items, what the candidate said and their own questions', () => {
    expect(itemsOf(rounds[0])).toEqual([
      'talk:self-introduction',
      'talk:project',
      'concept:attention-sqrt-d',
      'problem:reverse-linked-list',
      'own-concept:Follow-up: what is the space complexity of the recursive version?',
    ]);
    expect(rounds[0]?.items[2]).toMatchObject({ note: { en: expect.stringContaining('I said it keeps the softmax') } });
    expect(draft.report.rounds[0]?.items[4]?.candidates[0]?.id).toBe('reverse-list-recursion-space');
    expect(itemsOf(rounds[1])).toEqual([
      'concept:batchnorm-train-eval',
      'problem:nms',
      'problem:sqrt-x',
      'problem:max-consecutive-ones-iii',
    ]);
    expect(itemsOf(rounds[2])).toEqual([
      'concept:vq-vae-codebook-update',
      'problem:spiral-matrix',
      'own-concept:How would you design a feature store for real-time ranking?',
      'talk:reverse-questions',
    ]);
    expect(itemsOf(rounds[3])).toEqual(['concept:stable-diffusion', 'problem:kth-largest-element', 'talk:chat']);
  });

  it('records Meituan, which never replied', () => {
    expect(draft.writeup.applications.map((a) => [a.company, a.outcome])).toEqual([
      ['bytedance', 'rejected'],
      ['meituan', 'no-reply'],
      ['shopee', 'offer'],
    ]);
  });
});

describe('applications in one line', () => {
  it("keeps each bracket as its company's note, without the separator after it", () => {
    const draft = parse(
      '2025 春招 算法岗面经\n投递情况：腾讯（简历挂）、网易（笔试后无消息）、美团[oc]\n\n## 字节跳动 一面 2025-03-05（过）\n1. 自我介绍\n',
    );
    expect(draft.writeup.applications.map((a) => [a.company, a.outcome, a.note?.zh])).toEqual([
      ['tencent', 'rejected', '简历挂'],
      ['netease', 'written-test', '笔试后无消息'],
      ['meituan', 'offer', 'oc'],
      ['bytedance', 'interview', undefined],
    ]);
  });
});

describe('messy text', () => {
  it('in Chinese: rounds in running prose, full-width punctuation and digits, emoji, mixed numbering (zh-messy-no-headings.txt)', () => {
    const text = fixture('zh-messy-no-headings.txt');
    const draft = parse(text);
    expectSound(text, draft);
    const rounds = draft.writeup.rounds;
    expect(rounds.map((r) => [companyOf(r), r.label, dateOf(r), r.outcome])).toEqual([
      ['bytedance', '1st', '5.16', 'passed'],
      ['bytedance', '2nd', '5.20', 'rejected'],
      ['kuaishou', '1st', undefined, 'rejected'],
      ['meituan', 'written-test', undefined, 'unknown'],
      ['pdd', '1st', undefined, 'unknown'],
      ['pdd', '2nd', undefined, 'passed'],
    ]);
    expect(itemsOf(rounds[0])).toEqual(['talk:self-introduction', 'concept:attention-sqrt-d', 'problem:reverse-linked-list']);
    expect(itemsOf(rounds[1])).toEqual(['talk:project', 'problem:nms', 'talk:reverse-questions']);
    expect(itemsOf(rounds[2])).toEqual(['concept:batchnorm-train-eval', 'problem:spiral-matrix']);
    expect(itemsOf(rounds[4])).toEqual([
      'talk:self-introduction',
      'concept:lora-principle',
      'problem:range-sum-2d',
      'concept:multimodal-models',
      'talk:chat',
    ]);
    expect(rounds[4]?.items[3]).toMatchObject({ note: { zh: '你知道哪些多模态模型？（我答了CLIP和BLIP）' } });
    expect(itemsOf(rounds[5])).toEqual(['problem:kth-largest-element']);
    expect(rounds[5]?.notes).toEqual([{ zh: 'emmm，就这些，大家加油💪' }]);
  });

  it('in English: lower case, odd numbering, arrows and emoji (en-messy-notes.txt)', () => {
    const text = fixture('en-messy-notes.txt');
    const draft = parse(text);
    expectSound(text, draft);
    const rounds = draft.writeup.rounds;
    expect(rounds.map((r) => [companyOf(r), r.label, dateOf(r), r.outcome])).toEqual([
      ['meituan', '1st', '3.12', 'passed'],
      ['name:Baidu', '1st', '3.20', 'rejected'],
    ]);
    expect(itemsOf(rounds[0])).toEqual([
      'talk:self-introduction',
      'talk:project',
      'concept:focal-loss-alpha-gamma',
      'problem:longest-substring-without-repeating',
      'own-concept:then asked: time complexity of my solution',
    ]);
    expect(itemsOf(rounds[1])).toEqual(['problem:softmax', 'concept:label-smoothing', 'problem:kmeans']);
    expect(rounds[1]?.notes).toEqual([{ en: 'random thought: I should have practised more on hot 100' }]);
  });
});
