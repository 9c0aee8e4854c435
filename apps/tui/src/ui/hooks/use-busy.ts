import { useCallback, useRef, useState } from 'react';

/**
 * One piece of work at a time (a judgement, a review): `run` ignores calls
 * while one is going, even ones made before the next render.
 */
export function useBusy() {
  const [busy, setBusy] = useState(false);
  const live = useRef(false);
  const run = useCallback(async (task: () => Promise<void>) => {
    if (live.current) return;
    live.current = true;
    setBusy(true);
    try {
      await task();
    } finally {
      live.current = false;
      setBusy(false);
    }
  }, []);
  const isBusy = useCallback(() => live.current, []);
  return { busy, isBusy, run };
}
