import { describe, expect, it } from 'vitest';
import { parseCustomInputs } from './judging.js';

describe('parseCustomInputs', () => {
  it('takes JSON objects and skips empty boxes', () => {
    expect(parseCustomInputs(['{"x": 10}', '  ', '{"nums":[1,2]}'])).toEqual({ inputs: [{ x: 10 }, { nums: [1, 2] }] });
  });

  it('names the first input that is not a JSON object', () => {
    const result = parseCustomInputs(['{"x": 1}', '[1, 2]']);
    expect(result).toEqual({ error: { index: 1, why: 'expected { "name": value, … }' } });
    const broken = parseCustomInputs(['{x: 1}']);
    expect('error' in broken && broken.error.index).toBe(0);
  });
});
