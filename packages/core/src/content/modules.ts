import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MianjingError } from '../errors.js';
import { createRng, type Rng } from '../rng.js';
import type { GeneratedTests, Problem, TestInput } from '../schema/problem.js';

/** A test generator exported by a problem's `generators.mjs`. */
export type Generator = (rng: Rng, params: Record<string, unknown>) => TestInput;

/** Verdict of a custom checker exported as `check` by a problem's `checker.mjs`. */
export type CheckResult = { ok: true } | { ok: false; message: string };
export type Checker = (input: TestInput, expected: unknown, actual: unknown) => CheckResult;

const moduleCache = new Map<string, Promise<Record<string, unknown> | undefined>>();

function importOptional(path: string): Promise<Record<string, unknown> | undefined> {
  let loaded = moduleCache.get(path);
  if (!loaded) {
    loaded = existsSync(path) ? (import(pathToFileURL(path).href) as Promise<Record<string, unknown>>) : Promise.resolve(undefined);
    moduleCache.set(path, loaded);
  }
  return loaded;
}

/** A generated test, labelled with where it came from so failures can be reproduced. */
export interface GeneratedCase {
  readonly label: string;
  readonly input: TestInput;
}

/**
 * Runs the seeded generators a problem lists in `tests.json`. Deterministic:
 * the same content gives the same inputs on every machine.
 */
export async function generateCases(contentDir: string, problem: Problem): Promise<GeneratedCase[]> {
  if (problem.tests.generated.length === 0) return [];
  const module = await importOptional(join(contentDir, 'problems', problem.id, 'generators.mjs'));
  return problem.tests.generated.flatMap((spec: GeneratedTests) => {
    const generator = module?.[spec.generator];
    if (typeof generator !== 'function') {
      throw new MianjingError('generator_missing', `problems/${problem.id}/generators.mjs does not export "${spec.generator}"`);
    }
    const rng = createRng(spec.seed);
    return Array.from({ length: spec.count }, (_, i) => ({
      label: `${spec.generator}#${spec.seed}${spec.count > 1 ? `.${i}` : ''}`,
      input: (generator as Generator)(rng, spec.params),
    }));
  });
}

/** The custom checker of a problem whose comparison is `checker`. */
export async function loadChecker(contentDir: string, problemId: string): Promise<Checker> {
  const module = await importOptional(join(contentDir, 'problems', problemId, 'checker.mjs'));
  const check = module?.check;
  if (typeof check !== 'function') {
    throw new MianjingError('checker_missing', `problems/${problemId}/checker.mjs does not export "check"`);
  }
  return check as Checker;
}
