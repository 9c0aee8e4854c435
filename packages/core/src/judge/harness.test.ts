import { describe, expect, it } from 'vitest';
import { readBatch } from './harness.js';

describe('readBatch', () => {
  it('cuts each returned value out of the payload by its length, between failed tests, whatever the value contains', () => {
    const values = ['[1,2,3]', '"line\\nbreak, 面经 and a \\" quote"', '{"not":"parsed"}'];
    const meta = {
      results: [
        { ok: true, length: values[0]?.length, log: '' },
        { ok: false, kind: 'error', error: { name: 'Error', message: 'boom', stack: '' }, log: 'before\n' },
        { ok: true, length: values[1]?.length, log: 'x' },
        { ok: true, length: values[2]?.length, log: '' },
      ],
      ms: [0, 1, 0, 3],
    };
    const batch = readBatch(`${JSON.stringify(meta)}\n${values.join('')}`);
    expect(batch.ms).toEqual([0, 1, 0, 3]);
    expect(batch.results).toEqual([
      { ok: true, json: '[1,2,3]', log: '' },
      { ok: false, kind: 'error', error: { name: 'Error', message: 'boom', stack: '' }, log: 'before\n' },
      { ok: true, json: values[1], log: 'x' },
      { ok: true, json: values[2], log: '' },
    ]);
    expect(JSON.parse(batch.results[2]?.ok ? batch.results[2].json : '')).toBe('line\nbreak, 面经 and a " quote');
  });
});
