import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';

// Only the folder: requiring the package itself would load the whole 1.5 MB bundle into the server.
const assetsDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Mianjing API reference</title>
  <link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
  <div id="reference"></div>
  <script src="/api/docs/swagger-ui-bundle.js"></script>
  <script>
    window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#reference', tryItOutEnabled: true, persistAuthorization: true });
  </script>
</body>
</html>`;

/** The interactive API reference at /api/docs, served from local files (nothing is fetched from a CDN). */
export function docsRoutes() {
  const app = new Hono();
  app.get('/', (c) => c.html(PAGE));
  for (const [file, type] of Object.entries(ASSETS)) {
    const body = readFileSync(join(assetsDir, file));
    app.get(`/${file}`, (c) => c.body(body, 200, { 'content-type': type, 'cache-control': 'public, max-age=86400' }));
  }
  return app;
}
