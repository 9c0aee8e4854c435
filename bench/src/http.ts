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

const row = (scenario: string, connections: number, seconds: number, result: autocannon.Result, server: RunningServer): HttpRow => ({
  scenario,
  connections,
  seconds,
  perSecond: round(result['2xx'] / seconds, 1),
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  errors: result.errors + result.timeouts + result.non2xx,
  serverPeakRssMb: server.memory().peakMb,
});

/** `POST /submissions?wait=true` with the light mix's reference solutions, at several connection counts. */
export async function measureHttpSubmissions(options: {
  server: RunningServer;
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
    const result = await fire({
      url: `${options.server.origin}/api/v1/submissions?wait=true`,
      method: 'POST',
      connections,
      duration: options.seconds,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      requests: [{ setupRequest: (request) => ({ ...request, body: bodies[i++ % bodies.length] }) }],
    });
    rows.push(row('POST /submissions?wait=true (light mix)', connections, options.seconds, result, options.server));
  }
  return rows;
}

/** The read endpoints under load. */
export async function measureReads(options: { server: RunningServer; connections: number; seconds: number }): Promise<HttpRow[]> {
  const rows: HttpRow[] = [];
  for (const path of ['/api/v1/problems', '/api/v1/problems/sqrt-x']) {
    const result = await fire({ url: `${options.server.origin}${path}`, connections: options.connections, duration: options.seconds });
    rows.push(row(`GET ${path.replace('/api/v1', '')}`, options.connections, options.seconds, result, options.server));
  }
  return rows;
}
