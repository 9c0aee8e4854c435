import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledContentDir } from '../paths.js';
import { loadCatalogue } from './catalogue.js';
import { readWriteupFile, validateWriteupExport } from './writeup-file.js';

const catalogue = loadCatalogue();

/** A small write-up file as `mj writeup export` writes one. */
const file = (items: string) => `format: mianjing-writeup/1
id: pdd-cv
title: { zh: 拼多多 面经 }
source: { language: zh }
rounds:
  - id: r1
    company: pdd
    label: 1st
    items:
${items}
`;

describe('write-up files', () => {
  it('reads a file into the write-up it holds, defaults filled in', () => {
    const { writeup, issues } = readWriteupFile(file('      - { type: problem, id: sqrt-x }'), catalogue);
    expect(issues).toEqual([]);
    expect(writeup).toMatchObject({ id: 'pdd-cv', visibility: 'private', applications: [], rounds: [{ outcome: 'unknown', notes: [] }] });
  });

  it('names the field and line of an item the catalogue does not have or has as another kind', () => {
    const items = ['      - { type: problem, id: dpo }', '      - { type: concept, id: sqrt-x }', '      - { type: numeric, id: nope }'];
    expect(readWriteupFile(file(items.join('\n')), catalogue).issues).toEqual([
      { field: 'rounds.0.items.0.id', line: 10, message: '"dpo" is a concept question, not a problem' },
      { field: 'rounds.0.items.1.id', line: 11, message: '"sqrt-x" is a problem, not a concept question' },
      { field: 'rounds.0.items.2.id', line: 12, message: 'no numeric question "nope" in the catalogue' },
    ]);
  });

  it('names the line of bad YAML and of a field that is missing', () => {
    const [broken] = readWriteupFile(file('      - { type: problem, id: sqrt-x'), catalogue).issues;
    expect(broken?.message).toMatch(/^not valid YAML/);
    expect(broken?.line).toBeGreaterThanOrEqual(10); // where the parser noticed the missing brace
    const missing = readWriteupFile(file('      - { type: problem }'), catalogue).issues;
    expect(missing).toEqual([{ field: 'rounds.0.items.0.id', line: 10, message: expect.any(String) }]);
  });

  it('is what pnpm validate checks for a file or an export folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'writeup-file-'));
    mkdirSync(join(dir, 'writeups'));
    writeFileSync(join(dir, 'writeups', 'pdd-cv.yaml'), file('      - { type: problem, id: sqrt-y }'));
    expect(validateWriteupExport(dir, catalogue)).toEqual([
      { file: 'writeups/pdd-cv.yaml:10', field: 'rounds.0.items.0.id', message: 'no problem "sqrt-y" in the catalogue' },
    ]);
    const cli = join(bundledContentDir, '../dist/cli/validate.js');
    const run = spawnSync(process.execPath, [cli, join(dir, 'writeups', 'pdd-cv.yaml')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('pdd-cv.yaml:10 → rounds.0.items.0.id: no problem "sqrt-y" in the catalogue');
  });
});
