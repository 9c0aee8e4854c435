/** Median, percentiles and friends over a list of samples (milliseconds unless said otherwise). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

export const round = (value: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A closed loop: `concurrency` workers take submissions 0…n-1 in turn, each
 * starting the next as soon as its last one is done. `submit(i)` resolves
 * whether submission `i` came out as expected.
 */
export async function closedLoop(
  submissions: number,
  concurrency: number,
  submit: (i: number) => Promise<boolean>,
): Promise<{ seconds: number; latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const worker = async () => {
    while (next < submissions) {
      const i = next++;
      const started = performance.now();
      const ok = await submit(i);
      latencies.push(performance.now() - started);
      if (!ok) errors++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { seconds: (performance.now() - started) / 1000, latencies, errors };
}
