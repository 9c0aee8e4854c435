import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContentError } from '../errors.js';
import { bundledContentDir } from '../paths.js';
import { fixtureContent } from '../testing/fixture-content.js';
import { type Catalogue, loadCatalogue, validateContent } from './catalogue.js';

/** Every id of shared/content-inventory.md, by kind. */
const INVENTORY = {
  companies: [
    'tencent',
    'taotian',
    'sensetime',
    'netease',
    'meituan',
    'shopee',
    'pdd',
    'soul',
    'kuaishou',
    'bilibili',
    'huawei',
    'bytedance',
  ],
  rounds: [
    'pdd-r1',
    'soul-r1',
    'soul-r2',
    'kuaishou-r1',
    'bilibili-r1',
    'huawei-r1',
    'huawei-manager',
    'bytedance-r1',
    'pdd-r2',
    'kuaishou-r2',
    'bilibili-r2',
    'bytedance-r2',
    'bytedance-r3',
    'bytedance-r4',
    'bytedance-hr',
  ],
  problems: [
    'self-attention',
    'multi-head-attention',
    'sqrt-x',
    'softmax',
    'rotate-matrix',
    'range-sum-2d',
    'quicksort',
    'max-consecutive-ones-iii',
    'jump-game',
    'scramble-string',
    'remove-k-digits',
    'linear-regression',
    'logistic-regression',
    'sort-list',
    'layer-norm',
    'increasing-triplet',
    'increasing-triplet-witness',
  ],
  numeric: ['lora-param-count', 'transformer-encoder-param-count', 'multi-head-param-count'],
  concept: [
    'language-models-used',
    'bert-architecture',
    'multimodal-feature-fusion',
    'lora-principle',
    'chain-of-thought',
    'minicpm',
    'vq-vae-encoder-gradient',
    'vit-pipeline',
    'vit-token-extras',
    'vit-higher-resolution',
    'vit-vs-cnn',
    'aigc-overview',
    'stable-diffusion',
    'condition-injection',
    'classifier-free-guidance',
    'vq-vae-codebook-update',
    'transformer-encoder-decoder',
    'attention-sqrt-d',
    'why-layernorm',
    'layernorm-params',
    'clip-training',
    'vq-vae-vs-kl-vae',
    'sd-why-kl-vae',
    'quicksort-space-complexity',
    'multi-head-compute',
    'multimodal-models',
    'q-former',
    'ocr-scenario',
    'dpo',
    'vit-layernorm',
    'scramble-string-complexity',
  ],
};

/** The CV/ML hand-coding canon (issue 14): items that no write-up mentions, reached through their collection. */
const CANON = {
  problems: [
    'iou',
    'nms',
    'average-precision',
    'roc-auc',
    'conv2d',
    'max-pool2d',
    'batch-norm',
    'depthwise-conv2d',
    'cross-entropy',
    'focal-loss',
    'kmeans',
    'bilinear-resize',
    'reverse-linked-list',
    'house-robber',
    'spiral-matrix',
    'longest-substring-without-repeating',
    'count-inversions',
    'lru-cache',
    'kth-largest-element',
    'number-of-islands',
  ],
  numeric: ['depthwise-separable-params'],
  concept: [
    'nms-why-and-detr',
    'map-definition',
    'batchnorm-train-eval',
    'conv-output-size',
    'focal-loss-alpha-gamma',
    'label-smoothing',
    'reverse-list-recursion-space',
    'lru-why-hashmap-and-list',
    'topk-heap-vs-quickselect',
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

  it('holds every id of the inventory and of the canon, and nothing they do not list', () => {
    const all = (kind: 'problems' | 'numeric' | 'concept') => [...INVENTORY[kind], ...CANON[kind]].sort();
    expect(catalogue.companies.map((c) => c.id).sort()).toEqual([...INVENTORY.companies].sort());
    expect(catalogue.rounds.map((r) => r.id).sort()).toEqual([...INVENTORY.rounds].sort());
    expect(catalogue.problems.map((p) => p.id).sort()).toEqual(all('problems'));
    expect(
      catalogue.questions
        .filter((q) => q.kind === 'numeric')
        .map((q) => q.id)
        .sort(),
    ).toEqual(all('numeric'));
    expect(
      catalogue.questions
        .filter((q) => q.kind === 'concept')
        .map((q) => q.id)
        .sort(),
    ).toEqual(all('concept'));
  });

  it('reaches the canon through its collection, in sections, without touching the write-up', () => {
    const canon = catalogue.collection('cv-ml-canon');
    const listed = canon?.sections.flatMap((s) => s.items.map((i) => i.id)) ?? [];
    for (const id of [...CANON.problems, ...CANON.numeric, ...CANON.concept]) expect(listed, id).toContain(id);
    expect(canon?.sections.length).toBeGreaterThanOrEqual(5);
    expect(catalogue.collections.map((c) => c.id)).toEqual(['cv-ml-canon']);
    const nms = catalogue.problem('nms');
    expect(nms).toMatchObject({ rounds: [], companies: [], collections: ['cv-ml-canon'] });
    expect(catalogue.problem('softmax')?.collections).toEqual(['cv-ml-canon']);
    expect(catalogue.problem('sqrt-x')?.collections).toEqual([]);
    expect(
      catalogue
        .listProblems({ collection: 'cv-ml-canon' })
        .map((p) => p.id)
        .sort(),
    ).toEqual(listed.filter((id) => catalogue.problem(id)).sort());
  });

  it('gives every canon problem aliases in both languages, and LeetCode problems their number', () => {
    for (const id of CANON.problems) {
      const problem = catalogue.problem(id);
      expect(problem?.aliases.zh.length, id).toBeGreaterThan(0);
      expect(problem?.aliases.en.length, id).toBeGreaterThan(0);
      if (problem?.source.platform === 'leetcode') expect(problem.source.ref, id).toBeTruthy();
    }
    expect(catalogue.listProblems({ q: '手写nms' }).map((p) => p.id)).toContain('nms');
    expect(catalogue.listProblems({ q: '回字形' }).map((p) => p.id)).toContain('spiral-matrix');
  });

  it('places items in the rounds of the write-up', () => {
    expect([...(catalogue.problem('multi-head-attention')?.rounds ?? [])].sort()).toEqual(['pdd-r1']);
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
    expect(ids(catalogue.listProblems({ round: 'bytedance-r4' }))).toEqual([
      'increasing-triplet',
      'increasing-triplet-witness',
      'layer-norm',
    ]);
    expect(ids(catalogue.listProblems({ kind: 'design' }))).toEqual(['batch-norm', 'lru-cache', 'range-sum-2d']);
    expect(ids(catalogue.listProblems({ kind: 'in-place' }))).toEqual(['rotate-matrix']);
    expect(ids(catalogue.listProblems({ tag: 'binary-search' }))).toContain('sqrt-x');
    expect(catalogue.listProblems({ difficulty: 'hard' }).map((p) => p.id)).toContain('scramble-string');
    expect(ids(catalogue.listProblems({ q: '平方根' }))).toContain('sqrt-x');
    expect(ids(catalogue.listProblems({ q: 'square root' }))).toContain('sqrt-x');
    expect(
      catalogue
        .listQuestions({ kind: 'numeric', company: 'bytedance' })
        .map((q) => q.id)
        .sort(),
    ).toEqual(['multi-head-param-count', 'transformer-encoder-param-count']);
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
    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'problems/sqrt-x/problem.yaml', message: '"sqrt-x" is not used by any round or collection' }),
    );
  });

  it('names a collection item that points nowhere or twice, and accepts a problem reached only through a collection', async () => {
    const dir = copyOfSqrt();
    const collection = (items: string) =>
      `id: drills\ntitle: { zh: 练习, en: Drills }\ndescription: { zh: 练习, en: Drills }\nsections:\n  - id: basics\n    title: { zh: 基础, en: Basics }\n    items:\n${items}`;
    mkdirSync(join(dir, 'collections'));
    writeFileSync(
      join(dir, 'collections', 'drills.yaml'),
      collection('      - { type: problem, id: sqrt-y }\n      - { type: concept, id: sqrt-x }\n'),
    );
    const issues = await validateContent(dir);
    expect(issues).toContainEqual({
      file: 'collections/drills.yaml',
      field: 'sections.0.items.0.id',
      message: 'no problem with id "sqrt-y"',
    });
    expect(issues).toContainEqual({
      file: 'collections/drills.yaml',
      field: 'sections.0.items.1.id',
      message: '"sqrt-x" is a problem, not a concept',
    });

    writeFileSync(
      join(dir, 'collections', 'drills.yaml'),
      collection('      - { type: problem, id: sqrt-x }\n      - { type: problem, id: sqrt-x }\n'),
    );
    expect(await validateContent(dir)).toContainEqual({
      file: 'collections/drills.yaml',
      field: 'sections.0.items.1.id',
      message: '"sqrt-x" is listed twice in this collection',
    });

    // The write-up no longer mentions sqrt-x: the collection alone places it in the catalogue.
    writeFileSync(join(dir, 'collections', 'drills.yaml'), collection('      - { type: problem, id: sqrt-x }\n'));
    const path = join(dir, 'writeups/fixture.yaml');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(
        '      - { type: problem, id: sqrt-x }',
        '      - { type: talk, topic: chat, note: { zh: 闲聊, en: Chat } }',
      ),
    );
    expect(await validateContent(dir)).toEqual([]);
    expect(loadCatalogue(dir).problem('sqrt-x')).toMatchObject({ rounds: [], collections: ['drills'] });
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
