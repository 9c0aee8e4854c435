import { existsSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AuthEnv } from './middleware/auth.js';

/**
 * Serves the built web app at `/` from `webDist` (when it was built): its
 * files, and `index.html` for every client-side route. Paths under `/api/`
 * never reach it: createApp answers unknown ones with the JSON 404.
 */
export function serveWebApp(webDist: string) {
  return (root: OpenAPIHono<AuthEnv>) => {
    if (!existsSync(webDist)) return;
    root.use('/*', serveStatic({ root: webDist }));
    root.get('*', serveStatic({ root: webDist, path: 'index.html' }));
  };
}
