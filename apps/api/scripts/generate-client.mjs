// Regenerates src/client/schema.ts from the OpenAPI document the app serves.
import { writeFileSync } from 'node:fs';
import { createServer } from 'vite';

const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
try {
  const { testApp } = await vite.ssrLoadModule('/src/testing/harness.ts');
  const { typesForDocument } = await vite.ssrLoadModule('/src/testing/openapi-types.ts');
  const t = await testApp();
  const document = await (await t.app.request('/api/v1/openapi.json')).json();
  writeFileSync(new URL('../src/client/schema.ts', import.meta.url), await typesForDocument(document));
  await t.judge.close();
  console.log('wrote src/client/schema.ts');
} finally {
  await vite.close();
}
