/**
 * localStorage that never throws: private modes and full quotas make it
 * fail, and losing a saved preference must not break the page.
 */
export const saved = {
  get(key: string): string | null {
    try {
      return globalThis.localStorage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      globalThis.localStorage?.setItem(key, value);
    } catch {
      // Not saved; the value still holds for this page.
    }
  },
  remove(key: string): void {
    try {
      globalThis.localStorage?.removeItem(key);
    } catch {
      // Nothing to do.
    }
  },
};

/** The key under which the code of one problem in one language is kept. */
export const codeKey = (problemId: string, language: string) => `mianjing.code.${problemId}.${language}`;
