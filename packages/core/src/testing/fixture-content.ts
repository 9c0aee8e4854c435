import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledContentDir } from '../paths.js';

/**
 * A throwaway content folder holding copies of some bundled problems and a
 * one-round write-up that uses them, for tests that must not depend on (or
 * break) the whole pack.
 */
export function fixtureContent(problemIds: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'mianjing-content-'));
  mkdirSync(join(dir, 'writeups'));
  writeFileSync(join(dir, 'companies.yaml'), '- id: acme\n  name: { zh: 测试公司, en: Acme }\n');
  const items = problemIds.map((id) => `      - { type: problem, id: ${id} }`).join('\n');
  writeFileSync(
    join(dir, 'writeups', 'fixture.yaml'),
    `id: fixture
title: { zh: 测试, en: Fixture }
source: { site: test, language: en }
background: { zh: 测试, en: Fixture }
applications: []
rounds:
  - id: acme-r1
    company: acme
    track: { zh: 测试, en: Test }
    date: { month: 1, day: 1 }
    label: 1st
    outcome: unknown
    items:
${items}
`,
  );
  for (const id of problemIds) cpSync(join(bundledContentDir, 'problems', id), join(dir, 'problems', id), { recursive: true });
  return dir;
}
