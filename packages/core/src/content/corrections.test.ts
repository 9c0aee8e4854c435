import { beforeAll, describe, expect, it } from 'vitest';
import type { Localized } from '../schema/common.js';
import { type Catalogue, loadCatalogue } from './catalogue.js';

/**
 * Facts of the seed write-up that the content once got wrong (issue 12, "Content").
 * Each assertion fails on the old text, so a regression shows up here by name.
 */

const BOTH = ['zh', 'en'] as const;

/** The text before the candidate's afterthought: what they actually answered in the interview. */
const beforeAfterthought = (text: string): string => text.split(/afterwards|afterthought|hindsight|事后/i)[0] ?? text;

/** `learningRate` → `learning_rate`, `X` stays `X`: how the Python judge and its starter code name parameters. */
const snakeCase = (name: string) => (/[a-z0-9][A-Z]/.test(name) ? name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase() : name);

describe('corrections to the seed write-up’s content', () => {
  let catalogue: Catalogue;
  beforeAll(() => {
    catalogue = loadCatalogue();
  });

  const round = (id: string) => {
    const found = catalogue.round(id);
    if (!found) throw new Error(`no round ${id}`);
    return found;
  };
  const concept = (id: string) => {
    const question = catalogue.question(id);
    if (question?.kind !== 'concept') throw new Error(`no concept question ${id}`);
    return question;
  };
  const problem = (id: string) => {
    const found = catalogue.problem(id);
    if (!found) throw new Error(`no problem ${id}`);
    return found;
  };

  it('bytedance-r3 did not ask to implement multi-head attention (only head count vs compute and parameters)', () => {
    const items = round('bytedance-r3').items;
    expect(items.some((item) => item.type === 'problem' && item.id === 'multi-head-attention')).toBe(false);
    expect(items.some((item) => item.type === 'concept' && item.id === 'multi-head-compute')).toBe(true);
    expect(items.some((item) => item.type === 'numeric' && item.id === 'multi-head-param-count')).toBe(true);
    expect(problem('multi-head-attention').rounds).toEqual(['pdd-r1']);
    // A note about ByteDance round 3 may stay as context, but must say the implementation was not asked there.
    for (const note of problem('multi-head-attention').notes) {
      if (note.en.includes('ByteDance')) expect(note.en).toMatch(/not asked/);
      if (note.zh.includes('字节')) expect(note.zh).toMatch(/并没有要求|没有要求/);
    }
  });

  it('pdd-r1 shows multi-head attention as an optional extension, not as asked', () => {
    const item = round('pdd-r1').items.find((i) => i.type === 'problem' && i.id === 'multi-head-attention');
    expect(item?.note?.en).toMatch(/^Optional extension, not asked/);
    expect(item?.note?.zh).toMatch(/^可选扩展，面试并未要求/);
  });

  it('the candidate gave only the worst case, n², for quicksort’s space; n log n came afterwards', () => {
    const card = concept('quicksort-space-complexity');
    const sortListNote = problem('sort-list').notes[1];
    const quicksortNote = problem('quicksort').notes[1];
    const texts: Localized[] = [card.candidate!.said, sortListNote!, quicksortNote!];
    for (const text of texts) {
      for (const lang of BOTH) {
        const answered = beforeAfterthought(text[lang]);
        expect(answered, `${lang}: ${text[lang]}`).not.toMatch(/log/);
        expect(answered, `${lang}: ${text[lang]}`).toMatch(/n\^2/);
        expect(text[lang].length, 'an afterthought follows').toBeGreaterThan(answered.length);
      }
    }
    expect(card.candidate!.said.en).toMatch(/only the worst case/);
    expect(card.candidate!.said.zh).toMatch(/只答了最坏情况/);
    expect(sortListNote!.en).toMatch(/only the worst case/);
    expect(sortListNote!.zh).toMatch(/只答了最坏情况/);
  });

  it('a two-way partition degrades on duplicates only in Lomuto’s form; Hoare’s splits equal keys evenly', () => {
    const { answer } = concept('quicksort-space-complexity');
    expect(answer.en).not.toMatch(/many duplicates with a two-way partition/);
    expect(answer.zh).not.toMatch(/大量重复元素配两路划分/);
    expect(answer.en).toMatch(/Lomuto-style partition[^.]*equal keys/);
    expect(answer.en).toMatch(/Hoare’s two-way partition[^.]*evenly/);
    expect(answer.zh).toMatch(/Lomuto 式划分[^。]*相等/);
    expect(answer.zh).toMatch(/Hoare 的两路划分[^。]*均匀/);
  });

  it('LDM’s VQ variant diffuses on the continuous pre-quantisation latent, not on code vectors', () => {
    const { answer } = concept('sd-why-kl-vae');
    expect(answer.en).not.toMatch(/code vectors/);
    expect(answer.zh).not.toMatch(/码向量/);
    const pointOne = (text: string) => text.split('\n').find((line) => /^1\. /.test(line)) ?? '';
    expect(pointOne(answer.en)).toMatch(/continuous pre-quantisation latent/);
    expect(pointOne(answer.zh)).toMatch(/量化前的连续潜变量/);
  });

  describe('the numpy problems state the Python contract that is judged today', () => {
    const ids = ['softmax', 'layer-norm', 'self-attention', 'multi-head-attention', 'linear-regression', 'logistic-regression'];
    for (const id of ids) {
      it(id, () => {
        const p = problem(id);
        if (p.judge.kind === 'design' || !p.python?.function) throw new Error(`${id} is not a numpy function problem`);
        const signature = `def ${p.python.function}(${p.judge.params.map((param) => snakeCase(param.name)).join(', ')}):`;
        for (const lang of BOTH) {
          const statement = p.statement[lang];
          expect(statement).not.toMatch(/will follow later|稍后|之后会提供/);
          expect(statement).toContain(signature);
          expect(statement).toContain('float64');
        }
      });
    }

    it('gives the exact signature lines', () => {
      expect(problem('layer-norm').statement.en).toContain('def layer_norm(x, gamma, beta, eps):');
      expect(problem('multi-head-attention').statement.zh).toContain('def multi_head_attention(x, wq, wk, wv, wo, num_heads):');
      expect(problem('linear-regression').statement.en).toContain('def linear_regression(X, y, learning_rate, epochs):');
      expect(problem('logistic-regression').statement.en).toMatch(/`y` (arrives )?as an int64/);
    });
  });

  it('the attention scale is the per-head √d_k = √(d_model/h), not √d_model', () => {
    const { assessment } = concept('attention-sqrt-d').candidate!;
    for (const lang of BOTH) {
      expect(assessment[lang]).toContain('\\sqrt{d_k}');
      expect(assessment[lang]).toContain('\\sqrt{d_\\text{model}/h}');
      expect(assessment[lang]).toContain('hidden_dim');
    }
  });

  it('the PDD team only may be using prompts to improve search results', () => {
    const card = concept('language-models-used');
    for (const text of [card.answer.en, card.candidate!.assessment.en]) {
      expect(text).not.toMatch(/in production|team was using|is often using them already/);
    }
    for (const text of [card.answer.zh, card.candidate!.assessment.zh]) {
      expect(text).not.toMatch(/正在用 LLM 做业务|团队在用 prompt/);
    }
    expect(card.candidate!.assessment.en).toMatch(/may be using prompts to improve search results/);
    expect(card.candidate!.assessment.zh).toMatch(/可能在用 prompt 改良搜索结果/);
    expect(card.answer.en).toMatch(/may be using prompts to improve search results/);
    expect(card.answer.zh).toMatch(/可能在用 prompt 改良搜索结果/);
  });

  it('plain recursion for scramble string makes between 3ⁿ⁻¹ and 5ⁿ⁻¹ calls, consistently', () => {
    const card = concept('scramble-string-complexity');
    const p = problem('scramble-string');
    const noMemo = p.wrong.filter((w) => w.file.startsWith('wrong-no-memo'));
    expect(noMemo).toHaveLength(2);
    const texts = [card.answer, ...noMemo.map((w) => w.why), p.editorial];
    for (const text of texts) {
      for (const lang of BOTH) {
        expect(text[lang]).toContain('3^{n-1}');
        expect(text[lang]).toContain('5^{n-1}');
        expect(text[lang]).not.toMatch(/\\Theta\(5\^n\)|3\^\{?\\?,?n-2\}|\$3\^n\$/);
      }
    }
  });

  it('LoRA’s parameter count is asked on a non-square matrix', () => {
    const question = catalogue.question('lora-param-count');
    if (question?.kind !== 'numeric') throw new Error('lora-param-count is not numeric');
    expect(question.answer).toBe(120832);
    for (const lang of BOTH) {
      expect(question.prompt[lang]).toContain('11008');
      expect(question.explanation[lang]).toMatch(/120\{,\}832/);
      expect(question.explanation[lang]).toContain('8 \\times (4096 + 11008)');
    }
  });

  it('the hints in ByteDance round 1 were over the whole interview, not on jump game', () => {
    const [note] = problem('jump-game').notes;
    expect(note?.en).not.toMatch(/gave plenty of hints along the way/);
    expect(note?.en).toMatch(/whole interview/);
    expect(note?.zh).toMatch(/整场面试/);
  });
});
