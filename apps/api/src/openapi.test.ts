import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from './testing/harness.js';
import { typesForDocument } from './testing/openapi-types.js';

const t = await testApp();
afterAll(() => t.judge.close());

describe('the OpenAPI document', () => {
  it('matches the committed client types, so the typed client cannot drift from the handlers', async () => {
    const document = await (await t.app.request('/api/v1/openapi.json')).json();
    const committed = readFileSync(new URL('./client/schema.ts', import.meta.url), 'utf8');
    // If this fails, run `pnpm --filter @mianjing/api generate:client` and commit the result.
    expect(await typesForDocument(document)).toBe(committed);
  });

  it('documents every error response in the one error shape', async () => {
    const document = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      components: {
        schemas: Record<string, { properties: Record<string, { required: string[] }> }>;
        securitySchemes: Record<string, unknown>;
      };
    };
    expect(document.components.schemas.Error?.properties.error?.required).toEqual(['code', 'message']);
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});
