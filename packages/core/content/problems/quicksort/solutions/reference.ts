/**
 * Randomised three-way quicksort (Dijkstra's "Dutch national flag" partition).
 * Keys equal to the pivot are settled in one pass, so inputs with many
 * duplicates stay O(n log n). Recursing into the smaller part and looping on
 * the larger keeps the stack at O(log n).
 */
function sortArray(nums: number[]): number[] {
  const swap = (a: number, b: number): void => {
    const t = nums[a];
    nums[a] = nums[b];
    nums[b] = t;
  };
  const sort = (lo: number, hi: number): void => {
    while (lo < hi) {
      const pivot = nums[lo + Math.floor(Math.random() * (hi - lo + 1))];
      // Invariant: [lo, lt) < pivot, [lt, i) == pivot, (gt, hi] > pivot, [i, gt] unseen.
      let lt = lo;
      let i = lo;
      let gt = hi;
      while (i <= gt) {
        if (nums[i] < pivot) swap(lt++, i++);
        else if (nums[i] > pivot) swap(i, gt--);
        else i++;
      }
      if (lt - lo < hi - gt) {
        sort(lo, lt - 1);
        lo = gt + 1;
      } else {
        sort(gt + 1, hi);
        hi = lt - 1;
      }
    }
  };
  sort(0, nums.length - 1);
  return nums;
}
