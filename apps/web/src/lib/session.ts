import type { User } from '@mianjing/core';
import { createSignal } from 'solid-js';
import { ApiError, call, configureApi, read } from './api.js';
import { saved } from './storage.js';

const TOKEN_KEY = 'mianjing.token';

const [user, setUser] = createSignal<User>();
export { user };

/** A name for a new account until the person picks one: "guest-" and four letters. */
function guestName(): string {
  const letters = Math.random().toString(36).slice(2, 6).padEnd(4, '0');
  return `guest-${letters}`;
}

/**
 * The account of this browser: the stored token's user, or a new account
 * (its token kept in localStorage) on a first visit or when the server no
 * longer knows the token (a fresh database).
 */
export async function ensureAccount(): Promise<User> {
  const token = saved.get(TOKEN_KEY);
  if (token) {
    configureApi({ token });
    try {
      const me = await read((api) => api.GET('/me'));
      setUser(me);
      return me;
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
  }
  configureApi({ token: undefined });
  const created = await read((api) => api.POST('/users', { body: { name: guestName() } }));
  const { token: newToken, ...account } = created;
  saved.set(TOKEN_KEY, newToken);
  configureApi({ token: newToken });
  setUser(account);
  return account;
}

/** Sets the account's display name (PATCH /me). */
export async function rename(name: string): Promise<User> {
  const updated = await call((api) => api.PATCH('/me', { body: { name } }));
  setUser(updated);
  return updated;
}
