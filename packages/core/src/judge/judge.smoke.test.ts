import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../content/catalogue.js';
import { fixtureContent } from '../testing/fixture-content.js';
import { createJudge } from './judge.js';

describe('smoke', () => {
  it('accepts and rejects sqrt-x', async () => {
    const j = createJudge({ catalogue: loadCatalogue(fixtureContent(['sqrt-x'])) });
    const ok = await j.judge({ problemId: 'sqrt-x', language: 'typescript', mode: 'submit', code: 'function mySqrt(x: number): number { let r = Math.floor(Math.sqrt(x)); return r; }' });
    console.log(JSON.stringify({ ...ok, tests: ok.tests.slice(0, 3) }, null, 1));
    const bad = await j.judge({ problemId: 'sqrt-x', language: 'javascript', mode: 'submit', code: 'var mySqrt = function(x) {\n  if (x > 100) throw new Error("boom");\n  return Math.round(Math.sqrt(x)); }' });
    console.log(JSON.stringify({ ...bad, tests: bad.tests.filter(t => t.status !== 'Accepted').slice(0, 3) }, null, 1));
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) await j.judge({ problemId: 'sqrt-x', language: 'typescript', mode: 'submit', code: 'function mySqrt(x: number): number { return Math.floor(Math.sqrt(x)); }' });
    console.log('ms per submit', (performance.now() - t0) / 20);
    expect(ok.verdict).toBe('Accepted');
  });
});
