import autocannon from 'autocannon';
import type { Catalogue } from '@mianjing/core';
import { type RunningServer, signUp } from './server.js';
import { round } from './stats.js';

export interface HttpRow {
  readonly scenario: string;
  readonly connections: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly serverPeakRssMb: number;
}

function fire(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** What the HTTP rows need of the server side: where to send requests, and its memory (summed over its processes for a cluster). */
export type LoadTarget = Pick<RunningServer, 'origin' | 'memory'>;

const row = (
  scenario: string,
  connections: number,
  seconds: number,
  result: autocannon.Result,
  server: LoadTarget,
  wrongAnswers = 0,
): HttpRow => ({
  scenario,
  connections,
  seconds,
  perSecond: round(result['2xx'] / seconds, 1),
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  errors: result.errors + result.timeouts + result.non2xx + wrongAnswers,
  serverPeakRssMb: server.memory().peakMb,
});

/**
 * `POST /submissions?wait=true` with the light mix's reference solutions, at several connection
 * counts. A 2xx answer that is not a judged Accepted counts as an error.
 */
export async function measureHttpSubmissions(options: {
  server: LoadTarget;
  catalogue: Catalogue;
  problems: readonly string[];
  connections: readonly number[];
  seconds: number;
}): Promise<HttpRow[]> {
  const token = await signUp(options.server.origin);
  const bodies = options.problems.map((id) =>
    JSON.stringify({ problemId: id, language: 'typescript', mode: 'submit', code: options.catalogue.problem(id)?.reference.typescript }),
  );
  const rows: HttpRow[] = [];
  for (const connections of options.connections) {
    let i = 0;
    let wrongAnswers = 0;
    const result = await fire({
      url: `${options.server.origin}/api/v1/submissions?wait=true`,
      method: 'POST',
      connections,
      duration: options.seconds,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      requests: [
        {
          setupRequest: (request) => ({ ...request, body: bodies[i++ % bodies.length] }),
          onResponse: (status, body) => {
            if (status >= 200 && status < 300 && !isAccepted(body)) wrongAnswers++;
          },
        },
      ],
    });
    rows.push(row('POST /submissions?wait=true (light mix)', connections, options.seconds, result, options.server, wrongAnswers));
  }
  return rows;
}

const isAccepted = (body: string) => {
  try {
    return (JSON.parse(body) as { result?: { verdict?: string } }).result?.verdict === 'Accepted';
  } catch {
    return false;
  }
};

/** The read endpoints under load. */
export async function measureReads(options: { server: LoadTarget; connections: number; seconds: number }): Promise<HttpRow[]> {
  const rows: HttpRow[] = [];
  for (const path of ['/api/v1/problems', '/api/v1/problems/sqrt-x']) {
    const result = await fire({ url: `${options.server.origin}${path}`, connections: options.connections, duration: options.seconds });
    rows.push(row(`GET ${path.replace('/api/v1', '')}`, options.connections, options.seconds, result, options.server));
  }
  return rows;
}
