import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { readEnv } from './env.js';

describe('api', () => {
  const app = createApp();

  it('answers health with the size of the catalogue', async () => {
    const response = await app.request('/api/v1/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', problems: 17, questions: 34 });
  });

  it('lists problems with titles in both languages', async () => {
    const body = (await (await app.request('/api/v1/problems')).json()) as { items: { id: string; title: { zh: string } }[] };
    expect(body.items.find((p) => p.id === 'sqrt-x')?.title.zh).toBe('x 的平方根');
  });

  it('refuses a bad port, naming it', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
