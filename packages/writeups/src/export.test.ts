import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserWriteupInput, validateWriteupExport, Writeup } from '@mianjing/core';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { exportWriteup, importWriteup, WriteupFileError, writeupFileId } from './export.js';
import { catalogue, fixture, parse } from './testing/helpers.js';

/** Every kind of item, Chinese text, a company by id and one by plain name, applications, notes, dates. */
const rich = UserWriteupInput.parse({
  title: { zh: '2024 秋招 pdd / 小红书 CV 算法面经' },
  source: { site: '牛客', url: 'https://www.nowcoder.com/discuss/1', language: 'zh' },
  background: { zh: '985 硕，两段实习。\n一篇论文在投。' },
  applications: [
    { company: 'pdd', outcome: 'offer', track: { zh: '推荐算法' } },
    { company: { name: '小红书' }, outcome: 'rejected', note: { zh: '二面挂' } },
  ],
  rounds: [
    {
      id: 'r1',
      company: 'pdd',
      track: { zh: '推荐算法' },
      date: { year: 2024, month: 8, day: 5 },
      label: '1st',
      outcome: 'passed',
      summary: { zh: '一小时，偏基础' },
      items: [
        { type: 'talk', topic: 'self-introduction', note: { zh: '自我介绍' } },
        { type: 'problem', id: 'sqrt-x', note: { zh: '手撕：lc 69，二分' } },
        { type: 'numeric', id: 'lora-param-count' },
        { type: 'concept', id: 'dpo', note: { zh: 'DPO 和 PPO 的区别' } },
        {
          type: 'own-problem',
          id: 'r1-5',
          title: { zh: '合并区间' },
          leetcode: '56',
          url: 'https://leetcode.cn/problems/merge-intervals/',
        },
        {
          type: 'own-concept',
          id: 'r1-6',
          prompt: { zh: 'KV cache 为什么能加速推理？' },
          answer: { zh: '缓存历史 token 的 K、V，避免重复计算。' },
          keyPoints: [{ zh: '只缓存 K 和 V' }, { zh: '显存换时间' }],
          said: { zh: '答得一般' },
        },
      ],
      notes: [{ zh: '面试官人很好' }],
    },
    { id: 'r2', company: { name: '小红书' }, label: '2nd', outcome: 'rejected', items: [] },
  ],
  visibility: 'public',
});

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'writeup-export-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The issues `pnpm validate FILE` prints for this text. */
const validate = (text: string) => validateWriteupExport(tempFile('w.yaml', text), catalogue);

describe('exportWriteup and importWriteup', () => {
  it('give back the same write-up, every kind of item, Chinese text and plain-name companies included', () => {
    const text = exportWriteup(rich);
    expect(importWriteup(text, catalogue)).toEqual(rich);
    expect(text).toMatch(/^# A Mianjing write-up/);
    expect(text).toContain('format: mianjing-writeup/1\nid: pdd-2024-cv\n');
    expect(text).toContain('面试官人很好');
    expect(text).not.toContain('\\u'); // Chinese as written, not escaped
    const raw = parseYaml(text) as Record<string, unknown>;
    expect(Object.keys(raw)).toEqual(['format', 'id', 'title', 'source', 'background', 'applications', 'rounds', 'visibility']);
  });

  it('writes a file that validates against the catalogue, alone or in an export folder', () => {
    const text = exportWriteup(rich);
    expect(validate(text)).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'writeup-folder-'));
    mkdirSync(join(dir, 'writeups'));
    writeFileSync(join(dir, 'writeups', `${writeupFileId(rich)}.yaml`), text);
    expect(validateWriteupExport(dir, catalogue)).toEqual([]);
    writeFileSync(join(dir, 'writeups', 'other-name.yaml'), text);
    expect(validateWriteupExport(dir, catalogue)).toEqual([
      { file: 'writeups/other-name.yaml', field: 'id', message: 'id "pdd-2024-cv" does not match the file name' },
    ]);
  });

  it('round-trips a parsed Chinese write-up with drafts of every kind', () => {
    const { writeup } = parse(fixture('zh-autumn-multi-company.txt'));
    const text = exportWriteup(writeup);
    expect(importWriteup(text, catalogue)).toEqual(writeup);
    expect(validate(text)).toEqual([]);
  });

  it('keeps text with control characters and quotes exactly, and writes none of them raw', () => {
    const hostile = {
      ...rich,
      title: { en: 'a\u001b]0;pwned\u0007 "quoted": #not-a-comment\r\nnext' },
      background: { zh: 'csi\u009b2J del\u007f rlo\u202eevil\nsecond line\u0008' },
    };
    const text = exportWriteup(hostile);
    expect(importWriteup(text, catalogue)).toEqual(hostile);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('names the field and line of what does not validate', () => {
    const text = exportWriteup(rich);
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(validate(text.replace('id: sqrt-x', 'id: sqrt-y'))).toEqual([
      { file: `w.yaml:${lineOf('id: sqrt-x')}`, field: 'rounds.0.items.1.id', message: 'no problem "sqrt-y" in the catalogue' },
    ]);
    expect(validate(text.replace('id: lora-param-count', 'id: dpo'))).toEqual([
      {
        file: `w.yaml:${lineOf('id: lora-param-count')}`,
        field: 'rounds.0.items.2.id',
        message: '"dpo" is a concept question, not a numeric question',
      },
    ]);
    expect(validate(text.replace('- company: pdd', '- company: pinduoduo'))[0]).toMatchObject({
      field: 'applications.0.company',
      message: expect.stringContaining('no company "pinduoduo"'),
    });
    expect(validate(text.replace('outcome: passed', 'outcome: maybe'))).toEqual([
      { file: `w.yaml:${lineOf('outcome: passed')}`, field: 'rounds.0.outcome', message: expect.stringContaining('passed') },
    ]);
    expect(validate(text.replace('format: mianjing-writeup/1\n', ''))).toEqual([
      { file: 'w.yaml:3', field: 'format', message: expect.stringContaining('mianjing-writeup/1') },
    ]);
    expect(validate(`${text}rounds: []\n`)[0]).toMatchObject({ field: '', message: expect.stringMatching(/^not valid YAML/) });
  });

  it('throws a WriteupFileError naming each field and line on import', () => {
    const text = exportWriteup(rich).replace('id: sqrt-x', 'id: sqrt-y').replace('label: 2nd', 'label: second');
    const error = (() => {
      try {
        importWriteup(text, catalogue, 'pdd.yaml');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(WriteupFileError);
    const fields = (error as WriteupFileError).fields ?? {};
    expect((error as WriteupFileError).message).toBe('pdd.yaml is not a write-up file mj can import');
    expect(Object.keys(fields)).toEqual([expect.stringMatching(/^rounds\.1\.label at line \d+$/)]);
  });

  it('names a file after its companies and the Latin words of its title', () => {
    expect(writeupFileId(rich)).toBe('pdd-2024-cv');
    expect(writeupFileId({ ...rich, title: { en: 'My ByteDance ML loop!' } })).toBe('pdd-my-bytedance-ml-loop');
    expect(writeupFileId({ ...rich, title: { zh: '面经' }, rounds: [] })).toBe('writeup');
    expect(writeupFileId({ ...rich, title: { en: 'word '.repeat(40) } }).length).toBeLessThanOrEqual(60);
  });
});

describe('promoting an export into the content pack', () => {
  it('exports a curated write-up as a file the pack reads back as the same write-up', () => {
    for (const curated of catalogue.writeups) {
      const text = exportWriteup(UserWriteupInput.parse({ ...curated, visibility: 'public' }), { id: curated.id });
      expect(Writeup.parse(parseYaml(text))).toEqual(curated);
      expect(validate(text)).toEqual([]);
    }
  });

  it('names what a user write-up still needs before the pack takes it: both languages, company ids, items in the catalogue', () => {
    const pack = Writeup.safeParse(parseYaml(exportWriteup(rich)));
    const fields = new Set(pack.error?.issues.map((i) => i.path.join('.')));
    expect(fields).toContain('title.en');
    expect(fields).toContain('applications.1.company');
    expect(fields).toContain('rounds.0.items.4.type');
  });
});
