import type { Context } from 'hono';

/**
 * Bodies of responses that depend only on the read-only catalogue and the
 * request, serialized once and then sent as they are: building and
 * stringifying a problem on every request was most of a read's cost.
 * Bounded, oldest dropped first, since some keys come from free text.
 */
export function createBodyCache(maxEntries = 512) {
  const bodies = new Map<string, string>();
  return {
    /** Responds 200 with the JSON of `build()`, built once per `key`. */
    json<T>(c: Context, key: string, build: () => T) {
      let body = bodies.get(key);
      if (body === undefined) {
        body = JSON.stringify(build());
        if (bodies.size >= maxEntries) bodies.delete(bodies.keys().next().value as string);
        bodies.set(key, body);
      }
      // Typed as the route's JSON response: the text is that value, serialized.
      return c.body(body, 200, { 'content-type': 'application/json' }) as unknown as ReturnType<typeof c.json<T, 200>>;
    },
  };
}
