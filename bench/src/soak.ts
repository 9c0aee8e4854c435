import type { Catalogue, Verdict } from '@mianjing/core';
import { type RunningServer, signUp } from './server.js';
import { round } from './stats.js';

export interface SoakResult {
  readonly submissions: number;
  readonly seconds: number;
  readonly byVerdict: Record<string, number>;
  /** Submissions whose verdict was not the one expected, or whose request failed. */
  readonly unexpected: number;
  /** The first few unexpected outcomes, to say what went wrong. */
  readonly mismatches: string[];
  readonly failedRequests: number;
  readonly rssAfterFirstThousandMb: number;
  readonly rssAtEndMb: number;
  readonly serverAlive: boolean;
}

interface Case {
  readonly problemId: string;
  readonly language: 'typescript' | 'javascript';
  readonly code: string;
  readonly expect: Verdict;
}

/** A fixed mix by position: 70% accepted, 15% wrong, 8% runtime errors, 4% memory bombs, 3% time limits. */
function caseFor(i: number, catalogue: Catalogue): Case {
  const slot = i % 100;
  const sqrt = catalogue.problem('sqrt-x');
  if (!sqrt) throw new Error('sqrt-x missing');
  if (slot < 70) return { problemId: 'sqrt-x', language: 'typescript', code: `${sqrt.reference.typescript}\n// ${i}`, expect: 'Accepted' };
  if (slot < 85)
    return {
      problemId: 'sqrt-x',
      language: 'javascript',
      code: `var mySqrt = (x) => Math.round(Math.sqrt(x)); // ${i}`,
      expect: 'WrongAnswer',
    };
  if (slot < 93)
    return {
      problemId: 'sqrt-x',
      language: 'javascript',
      code: `var mySqrt = (x) => { throw new Error('boom ${i}'); };`,
      expect: 'RuntimeError',
    };
  if (slot < 97) {
    return {
      problemId: 'sqrt-x',
      language: 'javascript',
      code: `var mySqrt = (x) => { const a = []; for (;;) a.push(new Array(1e6).fill(x + 0.5)); };`,
      expect: 'MemoryLimitExceeded',
    };
  }
  return {
    problemId: 'range-sum-2d',
    language: 'javascript',
    code: 'class NumMatrix { constructor(m) { for (;;) {} } sumRegion() { return 0; } }',
    expect: 'TimeLimitExceeded',
  };
}

/** Thousands of submissions in a row through HTTP: nothing fails, every verdict is the expected one, memory stays flat. */
export async function soak(options: {
  server: RunningServer;
  catalogue: Catalogue;
  submissions: number;
  clients: number;
}): Promise<SoakResult> {
  const { server, catalogue } = options;
  const token = await signUp(server.origin, 'soak');
  const byVerdict: Record<string, number> = {};
  let unexpected = 0;
  const mismatches: string[] = [];
  let failedRequests = 0;
  let done = 0;
  let next = 0;
  let rssAfterFirstThousandMb = 0;
  const started = performance.now();
  const client = async () => {
    while (next < options.submissions) {
      const c = caseFor(next++, catalogue);
      try {
        const response = await fetch(`${server.origin}/api/v1/submissions?wait=true`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ problemId: c.problemId, language: c.language, mode: 'submit', code: c.code }),
        });
        const body = (await response.json()) as { result?: { verdict: string } };
        const verdict = response.status === 200 ? (body.result?.verdict ?? 'none') : `HTTP ${response.status}`;
        byVerdict[verdict] = (byVerdict[verdict] ?? 0) + 1;
        if (response.status !== 200) failedRequests++;
        if (verdict !== c.expect) {
          unexpected++;
          if (mismatches.length < 5) mismatches.push(`#${next}: expected ${c.expect}, got ${verdict}`);
        }
      } catch (error) {
        failedRequests++;
        unexpected++;
        if (mismatches.length < 5) mismatches.push(`#${next}: request failed: ${(error as Error).message}`);
      }
      done++;
      if (done === Math.min(1000, options.submissions)) rssAfterFirstThousandMb = server.memory().rssMb;
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  return {
    submissions: options.submissions,
    seconds: round((performance.now() - started) / 1000, 1),
    byVerdict,
    unexpected,
    mismatches,
    failedRequests,
    rssAfterFirstThousandMb,
    rssAtEndMb: server.memory().rssMb,
    serverAlive: server.child.exitCode === null,
  };
}
