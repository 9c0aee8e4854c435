import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

/**
 * A typed client for the Mianjing API, generated from its OpenAPI document.
 *
 * @example
 * const api = createMianjingClient('http://127.0.0.1:8787', token);
 * const { data } = await api.GET('/problems/{id}', { params: { path: { id: 'sqrt-x' } } });
 */
export function createMianjingClient(origin: string, token?: string) {
  return createClient<paths>({
    baseUrl: `${origin}/api/v1`,
    ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  });
}

export type { paths };
