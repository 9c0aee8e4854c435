import { useCallback, useEffect, useState } from 'react';
import { describeFailure } from '../../errors.js';
import { useNavigation } from '../navigation.js';

export type AsyncState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'error'; readonly message: string };

/**
 * Loads a screen's data; `reload` runs the loader again. What was loaded is
 * remembered while the screen is on the stack, so coming back to it shows
 * the last data at once (and keys work on it) while it is loaded afresh.
 */
export function useAsync<T>(name: string, load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> & { reload: () => void } {
  const { memory, depth } = useNavigation();
  const slot = `${depth}:${name}.data`;
  const [state, setState] = useState<AsyncState<T>>(() =>
    memory.has(slot) ? { status: 'ready', data: memory.get(slot) as T } : { status: 'loading' },
  );
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (data) => {
        if (!current) return;
        memory.set(slot, data);
        setState({ status: 'ready', data });
      },
      (error: unknown) => current && setState({ status: 'error', message: describeFailure(error) }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what the loader depends on
  }, [...deps, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
