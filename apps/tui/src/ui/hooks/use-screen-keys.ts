import type { Key } from 'ink';
import { createContext, useContext } from 'react';
import { useNavigation } from '../navigation.js';

/** The key handler of the screen on top, set while it renders. */
export type KeyTarget = { current: ((input: string, key: Key) => void) | undefined };

export const KeyTargetContext = createContext<KeyTarget>({ current: undefined });

/**
 * A screen's keys: `handle` sees every key first and returns true for the
 * ones it used; `q` and esc then go back. The app listens once and passes
 * each key to the screen that rendered last, so a key pressed right after a
 * screen opens, or right after its data arrives, reaches that screen as it
 * is now.
 */
export function useScreenKeys(handle: (input: string, key: Key) => boolean | void) {
  const { back } = useNavigation();
  const target = useContext(KeyTargetContext);
  target.current = (input, key) => {
    if (handle(input, key) === true) return;
    if (input === 'q' || key.escape) back();
  };
}
