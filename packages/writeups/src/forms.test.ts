import { describe, expect, it } from 'vitest';
import { companyOf, dateOf, expectSound, itemsOf, parse } from './testing/helpers.js';

/** One round: a heading and the lines under it. */
function parseRound(heading: string, ...lines: string[]) {
  const text = ['我的面经', heading, ...lines].join('\n');
  const draft = parse(text);
  expectSound(text, draft);
  return { draft, round: draft.writeup.rounds[0], report: draft.report.rounds[0] };
}

describe('companies, from names and common aliases', () => {
  it.each([
    ['字节一面 5.16', 'bytedance'],
    ['字节跳动 一面 5.16', 'bytedance'],
    ['ByteDance 1st round, May 16', 'bytedance'],
    ['拼多多一面 5.16', 'pdd'],
    ['PDD 一面 5.16', 'pdd'],
    ['快手一面 5.16', 'kuaishou'],
    ['美团一面 5.16', 'meituan'],
    ['腾讯一面 5.16', 'tencent'],
    ['鹅厂一面 5.16', 'tencent'],
    ['华为一面 5.16', 'huawei'],
    ['B站一面 5.16', 'bilibili'],
    ['哔哩哔哩 一面 5.16', 'bilibili'],
    ['网易一面 5.16', 'netease'],
    ['Shopee 一面 5.16', 'shopee'],
    ['Soul 一面 5.16', 'soul'],
    ['商汤一面 5.16', 'sensetime'],
    ['阿里一面 5.16', 'name:阿里巴巴'],
    ['蚂蚁一面 5.16', 'name:蚂蚁集团'],
    ['百度一面 5.16', 'name:百度'],
    ['京东一面 5.16', 'name:京东'],
    ['小红书一面 5.16', 'name:小红书'],
    ['携程一面 5.16', 'name:携程'],
    ['米哈游一面 5.16', 'name:米哈游'],
  ])('%s → %s', (heading, company) => {
    const { round, report } = parseRound(heading, '- 自我介绍');
    expect(companyOf(round)).toBe(company);
    expect(report?.company).toMatchObject({ how: 'heading', confidence: 'sure' });
  });

  it('names a company that is not in companies.yaml in the language of the text', () => {
    const draft = parse('My interviews\nBaidu round 1 (May 16)\n- self-introduction');
    expect(companyOf(draft.writeup.rounds[0])).toBe('name:Baidu');
  });

  it('does not take a company out of another word', () => {
    const draft = parse('面经\n一面 5.16\n- 讲一下 soulmate 和 pddx 的区别？');
    expect(companyOf(draft.writeup.rounds[0])).toBeUndefined();
  });

  it('carries the company of a heading to the rounds that follow without one', () => {
    const draft = parse('面经\n快手 一面 5.16\n- 自我介绍\n二面 5.20\n- 手撕 lc 69');
    expect(draft.writeup.rounds.map(companyOf)).toEqual(['kuaishou', 'kuaishou']);
    expect(draft.report.rounds[1]?.company).toMatchObject({ how: 'earlier-heading', confidence: 'likely' });
  });
});

describe('rounds from headings and phrases', () => {
  it.each([
    ['字节一面', '1st'],
    ['字节二面', '2nd'],
    ['字节三面', '3rd'],
    ['字节四面', '4th'],
    ['字节HR面', 'hr'],
    ['字节 hr 面', 'hr'],
    ['字节主管面', 'manager'],
    ['字节交叉面', 'cross'],
    ['字节终面', 'final'],
    ['字节笔试', 'written-test'],
    ['ByteDance Round 2', '2nd'],
    ['ByteDance 1st round', '1st'],
    ['ByteDance, final round', 'final'],
    ['## 第三轮', '3rd'],
  ])('%s → %s', (heading, label) => {
    const { round } = parseRound(heading, '- 自我介绍');
    expect(round?.label).toBe(label);
  });

  it('opens one round per name on a line (上午一面 下午主管面) and goes to each under its own heading', () => {
    const text = [
      '面经',
      '5.23 华为 上午一面 下午主管面',
      '一面:',
      '- 讲论文',
      '- 手撕：1004. 最大连续1的个数 III',
      '主管:',
      '偏向于聊天。',
    ].join('\n');
    const draft = parse(text);
    expectSound(text, draft);
    const [first, manager] = draft.writeup.rounds;
    expect([first?.label, manager?.label]).toEqual(['1st', 'manager']);
    expect([dateOf(first), dateOf(manager)]).toEqual(['5.23', '5.23']);
    expect(itemsOf(first)).toEqual(['talk:paper', 'problem:max-consecutive-ones-iii']);
    expect(itemsOf(manager)).toEqual(['talk:chat']);
  });

  it('finds rounds in running text without headings', () => {
    const text = '面经\n字节一面：自我介绍，手撕lc 206。过了。二面：问项目，最后反问。挂了';
    const draft = parse(text);
    expectSound(text, draft);
    expect(draft.writeup.rounds.map((r) => [r.label, companyOf(r), r.outcome])).toEqual([
      ['1st', 'bytedance', 'passed'],
      ['2nd', 'bytedance', 'rejected'],
    ]);
    expect(itemsOf(draft.writeup.rounds[0])).toEqual(['talk:self-introduction', 'problem:reverse-linked-list']);
  });

  it('keeps a line that only mentions rounds as a note (面试完后马上约了隔天的三面和四面)', () => {
    const { draft } = parseRound('字节二面 5.27', '- 论文', '面试完后马上约了隔天的三面和四面');
    expect(draft.writeup.rounds).toHaveLength(1);
    expect(draft.writeup.rounds[0]?.notes).toEqual([{ zh: '面试完后马上约了隔天的三面和四面' }]);
  });

  it('takes the words beside the round as its track', () => {
    const { round: found, report } = parseRound('5.14 pdd推荐一面', '- 自我介绍');
    expect(found?.track).toEqual({ zh: '推荐' });
    expect(report?.track).toMatchObject({ how: 'heading' });
  });

  it('tells how sure it is of a round: a name and a date or company is sure, a name alone likely', () => {
    const draft = parse('面经\n字节一面 5.16\n- 自我介绍\n二面\n- 反问');
    expect(draft.report.rounds.map((r) => r.confidence)).toEqual(['sure', 'likely']);
  });
});

describe('dates', () => {
  it.each([
    ['字节一面 5.16', '5.16'],
    ['字节一面 5/16', '5.16'],
    ['字节一面 5月16日', '5.16'],
    ['字节一面 5月16号', '5.16'],
    ['字节一面 2024-05-16', '2024-5.16'],
    ['字节一面 2024.5.16', '2024-5.16'],
    ['字节一面 2024年5月16日', '2024-5.16'],
    ['字节一面（５．１６）', '5.16'],
    ['ByteDance round 1, May 16', '5.16'],
    ['ByteDance round 1, 16 May 2024', '2024-5.16'],
    ['ByteDance round 1, May 16th, 2024', '2024-5.16'],
  ])('%s → %s', (heading, date) => {
    const { round: found, report } = parseRound(heading, '- 自我介绍');
    expect(dateOf(found)).toBe(date);
    expect(report?.date).toMatchObject({ how: 'heading', confidence: 'sure' });
  });

  it('carries a year given once to the dates after it, into the next year past December', () => {
    const draft = parse('面经\n字节一面 2023-12.20\n- 自我介绍\n字节二面 12.28\n- 反问\n字节三面 1.5\n- 反问');
    expect(draft.writeup.rounds.map(dateOf)).toEqual(['2023-12.20', '2023-12.28', '2024-1.5']);
    expect(draft.report.rounds[1]?.date).toMatchObject({ how: 'year-carried', confidence: 'likely' });
  });

  it('is told the year when the text has none', () => {
    const draft = parse('面经\n字节一面 5.16\n- 自我介绍', { year: 2025 });
    expect(dateOf(draft.writeup.rounds[0])).toBe('2025-5.16');
  });

  it('leaves impossible dates alone', () => {
    const draft = parse('面经\n字节一面 13.40\n- 自我介绍');
    expect(dateOf(draft.writeup.rounds[0])).toBeUndefined();
  });
});

describe('outcomes', () => {
  it.each([
    ['字节一面 5.16 过', 'passed'],
    ['字节一面 5.16（挂）', 'rejected'],
    ['字节HR面 5.29 offer', 'offer'],
    ['5.29 hr oc', 'offer'],
    ['字节HR面 5.29 意向', 'offer'],
    ['字节二面 5.20 感谢信', 'rejected'],
    ['ByteDance round 2 (May 20): passed', 'passed'],
    ['ByteDance round 2 (May 20): rejected', 'rejected'],
  ])('%s → %s', (heading, outcome) => {
    const { round: found, report } = parseRound(heading, '- 自我介绍');
    expect(found?.outcome).toBe(outcome);
    expect(report?.outcome).toMatchObject({ how: 'heading', confidence: 'sure' });
  });

  it.each([
    ['过了', 'passed'],
    ['挂了😭', 'rejected'],
    ['收到感谢信', 'rejected'],
    ['Result: passed', 'passed'],
    ['got an offer!', 'offer'],
  ])('from a short line in the round: %s', (line, outcome) => {
    const { round: found, report } = parseRound('字节一面 5.16', '- 自我介绍', line);
    expect(found?.outcome).toBe(outcome);
    expect(report?.outcome).toMatchObject({ how: 'line', confidence: 'likely' });
  });

  it('does not take a wish or a story for an outcome (求offer, 记录一下OC过程)', () => {
    const { round: found } = parseRound('快手一面 5.21', 'lz现在最想去的也是快手,求offer😭', '一步一步记录一下OC过程。', '- 手撕 lc 69');
    expect(found?.outcome).toBe('unknown');
  });
});

describe('coding items', () => {
  it.each([
    ['- 手写算法：lc 69.平方根', 'sqrt-x', 'leetcode-number'],
    ['- lc69', 'sqrt-x', 'leetcode-number'],
    ['- LC 69', 'sqrt-x', 'leetcode-number'],
    ['- 力扣 304', 'range-sum-2d', 'leetcode-number'],
    ['- LeetCode 1004', 'max-consecutive-ones-iii', 'leetcode-number'],
    ['- Leetcode #206', 'reverse-linked-list', 'leetcode-number'],
    ['- 手撕：402. 移掉 K 位数字', 'remove-k-digits', 'leetcode-number'],
    ['- 手写算法:lc 面试题01.07 旋转矩阵', 'rotate-matrix', 'leetcode-number'],
    ['- 手撕 hot100 原题：LRU 缓存', 'lru-cache', 'title'],
    ['- 手撕反转链表', 'reverse-linked-list', 'title'],
    ['- 手撕 Reverse a linked list', 'reverse-linked-list', 'title'],
    ['- 手写nms', 'nms', 'alias'],
    ['- 回字形遍历', 'spiral-matrix', 'alias'],
    ['- numpy实现Softmax', 'softmax', 'derived-name'],
    ['- 手撕：快排', 'quicksort', 'derived-name'],
    ['- coding: https://leetcode.com/problems/jump-game/', 'jump-game', 'leetcode-url'],
    ['- 手撕：有点像 LCR 013. 二维区域和检索 - 矩阵不可变', 'range-sum-2d', 'title'],
  ])('%s → %s', (line, id, recognised) => {
    const { round: found, report } = parseRound('字节一面 5.16', line);
    expect(itemsOf(found)).toEqual([`problem:${id}`]);
    expect(report?.items[0]?.recognised).toBe(recognised);
  });

  it('is sure of a LeetCode number or an exact name beside a coding phrase, less of a name alone', () => {
    const { report } = parseRound('字节一面 5.16', '- LC 55. 跳跃游戏', '- 手写nms', '- 回字形遍历');
    expect(report?.items.map((i) => i.confidence)).toEqual(['sure', 'sure', 'likely']);
  });

  it('keeps a coding question the catalogue does not have as the author’s own, with its LeetCode number', () => {
    const { round: found, report } = parseRound('字节一面 5.16', '- 手撕：LC 92 反转链表 II（要求一次遍历）', '- 手写一个 beam search');
    expect(found?.items).toEqual([
      {
        type: 'own-problem',
        id: 'r1-1',
        title: { zh: '反转链表 II' },
        leetcode: '92',
        note: { zh: '手撕：LC 92 反转链表 II（要求一次遍历）' },
      },
      { type: 'own-problem', id: 'r1-2', title: { zh: 'beam search' }, note: { zh: '手写一个 beam search' } },
    ]);
    expect(report?.items.map((i) => i.recognised)).toEqual(['leetcode-number', 'coding-phrase']);
  });

  it('takes the title before a LeetCode number in brackets when nothing but the bracket follows it', () => {
    const { round: found } = parseRound(
      '拼多多一面 5.14',
      '- 手撕：合并区间（lc 56）',
      '- 手撕 插入区间 (LC 57)，要求原地',
      '- 手撕 lc 252 会议室',
    );
    expect(itemsOf(found)).toEqual(['own-problem:合并区间', 'own-problem:插入区间', 'own-problem:会议室']);
    expect(found?.items.map((item) => (item.type === 'own-problem' ? item.leetcode : undefined))).toEqual(['56', '57', '252']);
  });

  it('reads a list under 手撕 as coding questions', () => {
    const { round: found } = parseRound('百度笔试 9.1', '1. 第一题：螺旋矩阵', '2. 第二题是个背包 dp');
    expect(itemsOf(found)).toEqual(['problem:spiral-matrix', 'own-problem:第二题是个背包 dp']);
  });

  it('takes several problems from one line, each once', () => {
    const { round: found } = parseRound(
      '字节二面 5.27',
      '- 直接写题:线性回归,逻辑回归(有sigmoid),用numpy手搓。',
      '- coding：LeetCode 1004，最大连续1的个数 III',
    );
    expect(itemsOf(found)).toEqual(['problem:linear-regression', 'problem:logistic-regression', 'problem:max-consecutive-ones-iii']);
  });
});

describe('questions', () => {
  it('links a question worded like a catalogue prompt, with its score and the candidates', () => {
    const { round: found, report } = parseRound('字节一面 5.23', '- 为什么用Layernorm呢？(说的是BN可能依赖于batchsize不稳定)');
    expect(itemsOf(found)).toEqual(['concept:why-layernorm']);
    expect(report?.items[0]).toMatchObject({ recognised: 'prompt-similarity', matched: 'why-layernorm' });
    expect(report?.items[0]?.score).toBeGreaterThan(0.45);
    expect(report?.items[0]?.candidates[0]?.id).toBe('why-layernorm');
  });

  it('links numeric questions too', () => {
    const { round: found } = parseRound('字节一面 5.23', '- 你算一下一个TransformerEncoderBlock的参数量(QKV+Linear,FFN)');
    expect(itemsOf(found)).toEqual(['numeric:transformer-encoder-param-count']);
  });

  it('makes a question the catalogue does not have the author’s own, answer left empty, what they said kept', () => {
    const { round: found, report } = parseRound('字节一面 5.23', '- RNN 和 LSTM 有什么区别？（我说了门控和梯度）');
    expect(found?.items).toEqual([
      { type: 'own-concept', id: 'r1-1', prompt: { zh: 'RNN 和 LSTM 有什么区别？' }, keyPoints: [], said: { zh: '我说了门控和梯度' } },
    ]);
    expect(report?.items[0]).toMatchObject({ recognised: 'question', confidence: 'likely' });
  });

  it('reads Q:/A: pairs', () => {
    const { round: found } = parseRound(
      'ByteDance round 1 (May 16)',
      'Q: What is the bias-variance tradeoff?',
      'A: I talked about underfitting and overfitting',
    );
    expect(found?.items).toEqual([
      {
        type: 'own-concept',
        id: 'r1-1',
        prompt: { en: 'What is the bias-variance tradeoff?' },
        keyPoints: [],
        said: { en: 'I talked about underfitting and overfitting' },
      },
    ]);
  });

  it('reads numbered and bulleted lists in any numbering', () => {
    const { round: found } = parseRound(
      '字节一面 5.16',
      '1. 自我介绍',
      '2) 介绍一下 CLIP 的训练过程',
      '（3）ViT 相比 CNN 有什么优势',
      '④ 描述一下 Stable Diffusion',
      '• 讲讲 YOLO',
      '* 手撕 lc 206',
      '1️⃣ Q former 有什么用',
    );
    expect(itemsOf(found)).toEqual([
      'talk:self-introduction',
      'concept:clip-training',
      'concept:vit-vs-cnn',
      'concept:stable-diffusion',
      'own-concept:讲讲 YOLO',
      'problem:reverse-linked-list',
      'concept:q-former',
    ]);
  });

  it('splits a line of several questions and keeps a follow-up with its question', () => {
    const { round: found } = parseRound(
      'pdd一面 5.14',
      '- 问多模态实习:用过哪些语言模型?(当时21年用的Roberta/bert)讲一讲bert的arch?它属于Transformer的哪一部分?(TransformerEncoder,SelfAttn + FFN)你们怎么做的特征融合?(concat+mlp/attn block)',
    );
    expect(itemsOf(found)).toEqual(['concept:language-models-used', 'concept:bert-architecture', 'concept:multimodal-feature-fusion']);
  });

  it('recognises talk: self-introduction, paper, project, online test, reverse questions, chat', () => {
    const { round: found } = parseRound(
      '华为一面 5.23',
      '- 自我介绍',
      '- 讲论文',
      '- 讲曾经做过的项目',
      '- 回忆机试题目',
      '- 反问：业务场景',
      '- 偏向于聊天',
    );
    expect(itemsOf(found)).toEqual([
      'talk:self-introduction',
      'talk:paper',
      'talk:project',
      'talk:online-test-recall',
      'talk:reverse-questions',
      'talk:chat',
    ]);
  });
});

describe('nothing is dropped', () => {
  it('keeps what it cannot place as a note of the round, and what comes before the first round as background', () => {
    const text = ['面经', '背景：985硕，两段实习', '字节一面 5.16', '面试官人很好，全程微笑', '- 手撕 lc 69'].join('\n');
    const draft = parse(text);
    expectSound(text, draft);
    expect(draft.writeup.background).toEqual({ zh: '背景：985硕，两段实习' });
    expect(draft.writeup.rounds[0]?.notes).toEqual([{ zh: '面试官人很好，全程微笑' }]);
    expect(draft.report.lines.map((l) => l.places.map((p) => p.role))).toEqual([
      ['title'],
      ['background'],
      ['heading'],
      ['note'],
      ['item'],
    ]);
  });

  it('makes one round of a text with no heading at all', () => {
    const text = ['字节跳动的面经', '背景是 CV 硕士。', '- 自我介绍', '- 手撕 lc 206', '- BN 训练和推理有什么不同？'].join('\n');
    const draft = parse(text);
    expectSound(text, draft);
    expect(draft.writeup.rounds).toHaveLength(1);
    expect(companyOf(draft.writeup.rounds[0])).toBe('bytedance');
    expect(draft.report.rounds[0]).toMatchObject({ confidence: 'guess', lines: [] });
    expect(itemsOf(draft.writeup.rounds[0])).toEqual([
      'talk:self-introduction',
      'problem:reverse-linked-list',
      'concept:batchnorm-train-eval',
    ]);
  });

  it('survives empty and odd input', () => {
    for (const text of ['', '\n\n', '一面', '？？？', '- ', '(((((', '1.5.6.7', '#面经#', '—'.repeat(30), '🤔'.repeat(50)]) {
      expectSound(text, parse(text));
    }
  });
});
