function rob(nums: number[]): number {
  // The right recurrence, but without memoisation: best(i) is recomputed over and
  // over, and the number of calls grows like the Fibonacci numbers.
  const best = (i: number): number => {
    if (i >= nums.length) return 0;
    return Math.max(best(i + 1), nums[i] + best(i + 2));
  };
  return best(0);
}
