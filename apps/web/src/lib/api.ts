import { createMianjingClient } from '@mianjing/api/client';
import { createSignal } from 'solid-js';

export type Client = ReturnType<typeof createMianjingClient>;

/** A failure the API answered with its `{ error: { code, message, fields? } }` shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The server could not be reached at all (offline, server down, connection reset). */
export class ConnectionLost extends Error {
  override readonly name = 'ConnectionLost';
}

interface Settings {
  origin: string;
  token: string | undefined;
}
const settings: Settings = {
  origin: typeof window === 'undefined' ? '' : window.location.origin,
  token: undefined,
};

/** Points the app at an API origin (tests) and sets the bearer token (after sign-up). */
export function configureApi(next: Partial<Settings>): void {
  Object.assign(settings, next);
}

/** The typed client for the current origin and token; made per call so a new token or fetch applies at once. */
export const client = (): Client => createMianjingClient(settings.origin, settings.token);

type Answer<T> = { data?: T; error?: unknown; response: Response };

function toApiError(answer: { error?: unknown; response: Response }): ApiError {
  const body = answer.error as { error?: { code?: string; message?: string; fields?: Record<string, string> } } | undefined;
  const status = answer.response.status;
  return new ApiError(
    status,
    body?.error?.code ?? `http_${status}`,
    body?.error?.message ?? `the server answered ${status} ${answer.response.statusText}`.trim(),
    body?.error?.fields,
  );
}

/**
 * Runs one API call once: its data, or an `ApiError` carrying the API's
 * message, or `ConnectionLost` when the server could not be reached.
 *
 * @example const me = await call((api) => api.GET('/me'));
 */
export async function call<T>(run: (api: Client) => Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await run(client());
  } catch (error) {
    // fetch rejects (TypeError) only when no HTTP answer came back at all.
    throw new ConnectionLost(error instanceof Error ? error.message : String(error));
  }
  if (answer.error !== undefined || !answer.response.ok) throw toApiError(answer);
  return answer.data as T;
}

/** Whether the last reads failed to reach the server, and when the next attempt is. */
const [connection, setConnection] = createSignal<{ lost: boolean; retryAt: number }>({ lost: false, retryAt: 0 });
export { connection };

const waiting = new Set<() => void>();
/** Ends every current wait between attempts (the "Retry now" button, the browser coming back online). */
export function retryNow(): void {
  for (const wake of [...waiting]) wake();
}
if (typeof window !== 'undefined') window.addEventListener('online', retryNow);

const BACKOFF_MS = [1000, 2000, 4000, 8000];

/**
 * A read that survives a lost connection: it waits and tries again (1, 2,
 * 4, then every 8 seconds, or at once on "Retry now") while the banner says
 * the connection is lost. API errors are not retried; they are shown.
 */
export async function read<T>(run: (api: Client) => Promise<Answer<T>>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      const data = await call(run);
      if (connection().lost) setConnection({ lost: false, retryAt: 0 });
      return data;
    } catch (error) {
      if (!(error instanceof ConnectionLost)) throw error;
      const delay = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)] ?? 8000;
      setConnection({ lost: true, retryAt: Date.now() + delay });
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          waiting.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, delay);
        waiting.add(wake);
      });
    }
  }
}

/** The message to show for any failure, in the user's words where we have them. */
export function describeError(error: unknown, connectionLostMessage: string): string {
  if (error instanceof ConnectionLost) return connectionLostMessage;
  if (error instanceof ApiError) {
    const fields = error.fields ? Object.entries(error.fields).map(([field, why]) => `${field}: ${why}`) : [];
    return [error.message, ...fields].join(' — ');
  }
  return error instanceof Error ? error.message : String(error);
}
