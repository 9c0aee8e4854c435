import { fileURLToPath } from 'node:url';

/** The content pack shipped with this package (`packages/core/content`). Works from `src/` and `dist/` alike. */
export const bundledContentDir = fileURLToPath(new URL('../content/', import.meta.url));
