import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openStore } from '../kysely-store.js';
import { createDatabase, missingService, type RunningService, startPostgres } from '../services/services.js';
import type { PracticeStore } from '../store.js';

// The store kinds every store test runs against: SQLite always, and a real
// throwaway Postgres. Without Postgres installed the Postgres runs are skipped
// with a loud warning on a developer's machine, and fail in CI.

export interface StoreKindUnderTest {
  readonly name: 'sqlite' | 'postgres';
  /** Why this kind cannot run here (skip), or undefined. */
  readonly skip: string | undefined;
  /** A fresh, empty store. */
  open(): Promise<PracticeStore>;
  /** Where a fresh store lives, to open it again (a "restart"). */
  location(): Promise<{ sqlitePath: string } | { databaseUrl: string }>;
}

let postgres: Promise<RunningService> | undefined;
const opened: PracticeStore[] = [];
afterAll(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close().catch(() => undefined)));
  await (await postgres)?.stop();
});

const postgresMissing = missingService('postgres');
if (postgresMissing) {
  if (process.env.CI) throw new Error(`${postgresMissing}: CI must run the store tests on Postgres`);
  console.warn(`\n⚠ Skipping the Postgres store tests: ${postgresMissing}.\n`);
}

async function freshLocation(name: 'sqlite' | 'postgres') {
  if (name === 'sqlite') return { sqlitePath: join(mkdtempSync(join(tmpdir(), 'mianjing-store-')), 'mianjing.db') };
  postgres ??= startPostgres();
  return { databaseUrl: createDatabase((await postgres).url, `t_${randomUUID().replaceAll('-', '')}`) };
}

export const storeKinds: readonly StoreKindUnderTest[] = (['sqlite', 'postgres'] as const).map((name) => ({
  name,
  skip: name === 'postgres' ? postgresMissing : undefined,
  location: () => freshLocation(name),
  async open() {
    const store = await openStore(await freshLocation(name));
    opened.push(store);
    return store;
  },
}));

/** Opens a store at a location and closes it after the file's tests. */
export async function openTracked(location: { sqlitePath: string } | { databaseUrl: string }): Promise<PracticeStore> {
  const store = await openStore(location);
  opened.push(store);
  return store;
}
