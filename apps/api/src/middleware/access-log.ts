import type { MiddlewareHandler } from 'hono';

export interface AccessLogOptions {
  readonly write?: (line: string) => void;
}

/**
 * One JSON line per request: method, path (never the query string, which
 * could carry secrets), status and duration. Headers and tokens are not logged.
 */
export function accessLog(options: AccessLogOptions = {}): MiddlewareHandler {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  return async function accessLogHandler(c, next) {
    const started = performance.now();
    await next();
    write(
      JSON.stringify({
        time: new Date().toISOString(),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      }),
    );
  };
}
