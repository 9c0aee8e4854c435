import { type Key, useInput } from 'ink';
import { type RefObject, useCallback, useRef } from 'react';
import type { KeyTarget } from './use-screen-keys.js';

/** The key one character of a burst stands for. */
const keyOf = (char: string, burst: Key): Key => ({
  ...burst,
  return: char === '\r' || char === '\n',
  tab: char === '\t',
  backspace: char === '\b',
  delete: char === '\u007F',
  shift: char !== char.toLowerCase(),
});

/**
 * Passes keys to the screen on top one at a time. Keys typed faster than a
 * read (or pasted) arrive as one string, and one of them may open or close
 * a screen: then the rest wait until the new screen is on the terminal
 * (`settled()` is true again and `resume` is called after the commit), so
 * each key reaches the screen that was showing when it was pressed.
 */
export function useKeyQueue(target: RefObject<KeyTarget['current']>, settled: () => boolean) {
  const pending = useRef<[string, Key][]>([]);
  const drain = useCallback(() => {
    while (pending.current.length > 0 && settled()) {
      const [input, key] = pending.current.shift() as [string, Key];
      target.current?.(input, key);
    }
  }, [target, settled]);
  useInput(
    useCallback(
      (input: string, key: Key) => {
        const chars = [...input];
        if (chars.length > 1 && !key.ctrl && !key.meta) {
          for (const char of chars) pending.current.push([char === '\r' || char === '\n' ? '' : char, keyOf(char, key)]);
        } else pending.current.push([input, key]);
        drain();
      },
      [drain],
    ),
  );
  return drain;
}
