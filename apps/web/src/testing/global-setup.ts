// The component tests talk to the real API: one built server for the whole run.
import type { TestProject } from 'vitest/node';
import { startServer } from '../../e2e/server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    apiOrigin: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startServer();
  project.provide('apiOrigin', server.origin);
  return () => server.stop();
}
