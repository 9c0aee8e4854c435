import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContentError } from '../errors.js';
import { bundledContentDir } from '../paths.js';
import { fixtureContent } from '../testing/fixture-content.js';
import { type Catalogue, loadCatalogue, validateContent } from './catalogue.js';

/** Every id of shared/content-inventory.md, by kind. */
const INVENTORY = {
  companies: ['tencent', 'taotian', 'sensetime', 'netease', 'meituan', 'shopee', 'pdd', 'soul', 'kuaishou', 'bilibili', 'huawei', 'bytedance'],
  rounds: [
    'pdd-r1', 'soul-r1', 'soul-r2', 'kuaishou-r1', 'bilibili-r1', 'huawei-r1', 'huawei-manager', 'bytedance-r1',
    'pdd-r2', 'kuaishou-r2', 'bilibili-r2', 'bytedance-r2', 'bytedance-r3', 'bytedance-r4', 'bytedance-hr',
  ],
  problems: [
    'self-attention', 'multi-head-attention', 'sqrt-x', 'softmax', 'rotate-matrix', 'range-sum-2d', 'quicksort',
    'max-consecutive-ones-iii', 'jump-game', 'scramble-string', 'remove-k-digits', 'linear-regression',
    'logistic-regression', 'sort-list', 'layer-norm', 'increasing-triplet', 'increasing-triplet-witness',
  ],
  numeric: ['lora-param-count', 'transformer-encoder-param-count', 'multi-head-param-count'],
  concept: [
    'language-models-used', 'bert-architecture', 'multimodal-feature-fusion', 'lora-principle', 'chain-of-thought',
    'minicpm', 'vq-vae-encoder-gradient', 'vit-pipeline', 'vit-token-extras', 'vit-higher-resolution', 'vit-vs-cnn',
    'aigc-overview', 'stable-diffusion', 'condition-injection', 'classifier-free-guidance', 'vq-vae-codebook-update',
    'transformer-encoder-decoder', 'attention-sqrt-d', 'why-layernorm', 'layernorm-params', 'clip-training',
    'vq-vae-vs-kl-vae', 'sd-why-kl-vae', 'quicksort-space-complexity', 'multi-head-compute', 'multimodal-models',
    'q-former', 'ocr-scenario', 'dpo', 'vit-layernorm', 'scramble-string-complexity',
  ],
};

describe('the bundled content pack', () => {
  it('validates: schema, cross-references and every test against its signature', async () => {
    expect(await validateContent()).toEqual([]);
  });

  let catalogue: Catalogue;
  beforeAll(() => {
    catalogue = loadCatalogue();
  });

  it('holds every id of the inventory, and nothing it does not list', () => {
    expect(catalogue.companies.map((c) => c.id).sort()).toEqual([...INVENTORY.companies].sort());
    expect(catalogue.rounds.map((r) => r.id).sort()).toEqual([...INVENTORY.rounds].sort());
    expect(catalogue.problems.map((p) => p.id).sort()).toEqual([...INVENTORY.problems].sort());
    expect(catalogue.questions.filter((q) => q.kind === 'numeric').map((q) => q.id).sort()).toEqual([...INVENTORY.numeric].sort());
    expect(catalogue.questions.filter((q) => q.kind === 'concept').map((q) => q.id).sort()).toEqual([...INVENTORY.concept].sort());
  });

  it('places items in the rounds of the write-up', () => {
    expect([...(catalogue.problem('multi-head-attention')?.rounds ?? [])].sort()).toEqual(['bytedance-r3', 'pdd-r1']);
    expect([...(catalogue.question('stable-diffusion')?.rounds ?? [])].sort()).toEqual(['bilibili-r1', 'kuaishou-r1']);
    expect(catalogue.problem('sort-list')?.companies).toEqual(['bytedance']);
  });

  it('orders the timeline by date', () => {
    expect(catalogue.rounds[0]?.id).toBe('pdd-r1');
    expect(catalogue.rounds.at(-1)?.id).toBe('bytedance-hr');
  });

  it('filters problems by company, round, kind, tag, difficulty and text in both languages', () => {
    const ids = (list: { id: string }[]) => list.map((p) => p.id).sort();
    expect(ids(catalogue.listProblems({ company: 'kuaishou' }))).toEqual(['range-sum-2d', 'remove-k-digits']);
    expect(ids(catalogue.listProblems({ round: 'bytedance-r4' }))).toEqual(['increasing-triplet', 'increasing-triplet-witness', 'layer-norm']);
    expect(ids(catalogue.listProblems({ kind: 'design' }))).toEqual(['range-sum-2d']);
    expect(ids(catalogue.listProblems({ kind: 'in-place' }))).toEqual(['rotate-matrix']);
    expect(ids(catalogue.listProblems({ tag: 'binary-search' }))).toContain('sqrt-x');
    expect(catalogue.listProblems({ difficulty: 'hard' }).map((p) => p.id)).toContain('scramble-string');
    expect(ids(catalogue.listProblems({ q: '平方根' }))).toContain('sqrt-x');
    expect(ids(catalogue.listProblems({ q: 'square root' }))).toContain('sqrt-x');
    expect(catalogue.listQuestions({ kind: 'numeric', company: 'bytedance' }).map((q) => q.id).sort()).toEqual([
      'multi-head-param-count',
      'transformer-encoder-param-count',
    ]);
  });

  it('is read-only', () => {
    const problem = catalogue.problem('sqrt-x');
    expect(() => {
      (problem as { title: { en: string } }).title.en = 'changed';
    }).toThrow(TypeError);
  });

  it('gives every problem starter code in both languages that declares what the judge calls', () => {
    for (const problem of catalogue.problems) {
      const name = problem.judge.kind === 'design' ? problem.judge.className : problem.judge.function;
      expect(problem.starter.typescript, problem.id).toContain(name);
      expect(problem.starter.javascript, problem.id).toContain(name);
    }
  });

  it('keeps the candidate’s own answers next to the correct ones', () => {
    const card = catalogue.question('layernorm-params');
    expect(card?.kind === 'concept' && card.candidate?.said.en).toBeTruthy();
  });
});

describe('broken content', () => {
  const copyOfSqrt = () => fixtureContent(['sqrt-x']);

  it('names the file and the field of a schema error', async () => {
    const dir = copyOfSqrt();
    const path = join(dir, 'problems/sqrt-x/problem.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('difficulty: easy', 'difficulty: trivial'));
    const issues = await validateContent(dir);
    expect(issues).toContainEqual(expect.objectContaining({ file: 'problems/sqrt-x/problem.yaml', field: 'difficulty' }));
    expect(() => loadCatalogue(dir)).toThrow(ContentError);
    expect(() => loadCatalogue(dir)).toThrow(/problems\/sqrt-x\/problem\.yaml → difficulty/);
  });

  it('names a test that does not fit the signature', async () => {
    const dir = copyOfSqrt();
    const path = join(dir, 'problems/sqrt-x/tests.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('{ "x": 4 }', '{ "x": "four" }'));
    expect(await validateContent(dir)).toContainEqual({
      file: 'problems/sqrt-x/tests.json',
      field: 'examples.0',
      message: 'input.x: expected int, got "four"',
    });
  });

  it('names a round item that points nowhere and an item no round uses', async () => {
    const dir = copyOfSqrt();
    const path = join(dir, 'writeups/fixture.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('id: sqrt-x', 'id: sqrt-y'));
    const issues = await validateContent(dir);
    expect(issues).toContainEqual(expect.objectContaining({ file: 'writeups/fixture.yaml', field: 'rounds.0.items.0.id' }));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'problems/sqrt-x/problem.yaml', message: '"sqrt-x" is not used by any round' }));
  });

  it('names a missing reference solution', async () => {
    const dir = copyOfSqrt();
    rmSync(join(dir, 'problems/sqrt-x/solutions/reference.js'));
    expect(await validateContent(dir)).toContainEqual(
      expect.objectContaining({ file: 'problems/sqrt-x/solutions/reference.js', message: 'file is missing' }),
    );
  });

  it('the validate command fails naming the file and field', async () => {
    const dir = copyOfSqrt();
    const path = join(dir, 'problems/sqrt-x/problem.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('timeLimitMs: 1000', 'timeLimitMs: -5'));
    const cli = join(bundledContentDir, '../dist/cli/validate.js');
    let stderr = '';
    try {
      execFileSync(process.execPath, [cli, dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      stderr = String((error as { stderr: string }).stderr);
    }
    expect(stderr).toContain('problems/sqrt-x/problem.yaml → limits.timeLimitMs');
  });
});
