import { createSignal } from 'solid-js';

/**
 * A user action that calls the API (answer, rate, rename): whether it is
 * running, and its last failure for an `ErrorNotice`. A second call while
 * one runs is ignored.
 *
 * @example const save = createAction((name: string) => rename(name)); save.run('Lin');
 */
export function createAction<A extends unknown[], T>(perform: (...args: A) => Promise<T>) {
  const [pending, setPending] = createSignal(false);
  const [error, setError] = createSignal<unknown>();
  async function run(...args: A): Promise<T | undefined> {
    if (pending()) return undefined;
    setPending(true);
    setError(undefined);
    try {
      return await perform(...args);
    } catch (failure) {
      setError(() => failure);
      return undefined;
    } finally {
      setPending(false);
    }
  }
  return { run, pending, error };
}
