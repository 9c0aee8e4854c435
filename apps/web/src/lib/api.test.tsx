import { render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionBanner } from '../components/ConnectionBanner.js';
import { ApiError, call, ConnectionLost, connection, read, retryNow } from './api.js';
import { setLocale } from './i18n.js';

describe('reading from the API', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('turns an error answer into an ApiError carrying the API’s message and fields', async () => {
    const failure = await call((api) => api.POST('/users', { body: { name: '' } })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(400);
    expect((failure as ApiError).fields?.name).toBeTruthy();
  });

  it('reports a server it cannot reach as a lost connection', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('fetch failed')));
    await expect(call((api) => api.GET('/health'))).rejects.toBeInstanceOf(ConnectionLost);
  });

  it('says the connection is lost, retries, and carries on when the server answers again', async () => {
    setLocale('en');
    const realFetch = globalThis.fetch;
    let failures = 0;
    vi.stubGlobal('fetch', (input: Request) => {
      if (failures < 2) {
        failures++;
        return Promise.reject(new TypeError('fetch failed'));
      }
      return realFetch(input);
    });
    render(() => <ConnectionBanner />);
    const health = read((api) => api.GET('/health'));
    await screen.findByText('The connection to the server was lost.');
    expect(connection().lost).toBe(true);
    retryNow();
    await waitFor(() => expect(failures).toBe(2));
    retryNow();
    expect((await health).status).toBe('ok');
    await waitFor(() => expect(screen.queryByText('The connection to the server was lost.')).toBeNull());
  });
});
