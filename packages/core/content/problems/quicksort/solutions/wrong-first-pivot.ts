function sortArray(nums: number[]): number[] {
  const swap = (a: number, b: number): void => {
    const t = nums[a];
    nums[a] = nums[b];
    nums[b] = t;
  };
  const quick = (lo: number, hi: number): void => {
    if (lo >= hi) return;
    // Always the first element: on sorted input every split is 0 / n-1.
    const pivot = nums[lo];
    let p = lo;
    for (let i = lo + 1; i <= hi; i++) {
      if (nums[i] < pivot) swap(++p, i);
    }
    swap(lo, p);
    quick(lo, p - 1);
    quick(p + 1, hi);
  };
  quick(0, nums.length - 1);
  return nums;
}
