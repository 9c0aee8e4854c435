import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from './testing/harness.js';
import { serveWebApp } from './web-app.js';

const webDist = mkdtempSync(join(tmpdir(), 'mianjing-web-'));
writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Mianjing shell</title>');
writeFileSync(join(webDist, 'app.js'), 'console.log("app")');
const t = await testApp({ fallback: serveWebApp(webDist) });
afterAll(() => t.judge.close());

describe('the web app beside the API', () => {
  it('serves its files and its shell for client-side routes', async () => {
    expect((await t.call('GET', '/app.js')).text).toContain('console.log');
    for (const path of ['/', '/problems/sqrt-x', '/progress']) {
      const { status, text } = await t.call('GET', path);
      expect(status, path).toBe(200);
      expect(text, path).toContain('Mianjing shell');
    }
  });

  it('answers an unknown API path with the JSON 404, not the shell', async () => {
    for (const [method, path] of [
      ['GET', '/api/v1/no-such-route'],
      ['GET', '/api/v1/problems/sqrt-x/nope'],
      ['POST', '/api/v1/nothing'],
      ['GET', '/api/v2/problems'],
      ['GET', '/api'],
      ['GET', '/api/'],
    ] as const) {
      const { status, headers, body } = await t.call(method, path);
      expect(status, path).toBe(404);
      expect(headers.get('content-type'), path).toContain('application/json');
      expect(body.error, path).toEqual({ code: 'not_found', message: `no route for ${method} ${path}` });
    }
  });

  it('keeps the API and its reference page working', async () => {
    expect((await t.call('GET', '/api/v1/health')).body.status).toBe('ok');
    const docs = await t.call('GET', '/api/docs');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger-ui');
    expect((await t.call('GET', '/api/docs/swagger-ui.css')).status).toBe(200);
  });
});
