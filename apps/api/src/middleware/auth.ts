import { MianjingError, type User } from '@mianjing/core';
import type { Practice } from '@mianjing/practice';
import type { MiddlewareHandler } from 'hono';

export type AuthEnv = { Variables: { user: User | undefined } };

export interface AuthOptions {
  readonly practice: Practice;
  /** Refuse requests without a valid token (otherwise `user` is just left unset). */
  readonly required: boolean;
}

/** Reads `Authorization: Bearer <token>` and puts the user in the context. */
export function auth(options: AuthOptions): MiddlewareHandler<AuthEnv> {
  return async function authHandler(c, next) {
    const header = c.req.header('authorization');
    const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const user = token ? await options.practice.authenticate(token) : undefined;
    if (options.required && !user) {
      throw new MianjingError(
        'unauthorized',
        header ? 'the token is not valid' : 'this needs an account: send Authorization: Bearer <token> (POST /api/v1/users creates one)',
      );
    }
    c.set('user', user);
    await next();
  };
}

/** The signed-in user of a request that went through `auth({ required: true })`. */
export function currentUser(c: { get(key: 'user'): User | undefined }): User {
  const user = c.get('user');
  if (!user) throw new MianjingError('unauthorized', 'this needs an account');
  return user;
}
