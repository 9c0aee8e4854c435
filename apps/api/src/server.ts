import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { readEnv } from './env.js';

const env = readEnv();
const server = serve({ fetch: createApp().fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  console.log(`Mianjing API listening on http://${env.HOST}:${info.port}/api/v1`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
