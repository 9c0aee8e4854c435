/**
 * Quicksort with Hoare's partition around a random pivot. Both scans stop on
 * keys equal to the pivot, so runs of equal keys are split evenly. Recursing
 * into the smaller part and looping on the larger bounds the stack by O(log n).
 * @param {number[]} nums
 * @return {number[]}
 */
var sortArray = function (nums) {
  const sort = (lo, hi) => {
    while (lo < hi) {
      // Move a random element to the front and use it as the pivot: then the
      // split point j always satisfies lo <= j < hi and both parts shrink.
      const r = lo + Math.floor(Math.random() * (hi - lo + 1));
      let t = nums[lo];
      nums[lo] = nums[r];
      nums[r] = t;
      const pivot = nums[lo];
      let i = lo - 1;
      let j = hi + 1;
      for (;;) {
        do i++;
        while (nums[i] < pivot);
        do j--;
        while (nums[j] > pivot);
        if (i >= j) break;
        t = nums[i];
        nums[i] = nums[j];
        nums[j] = t;
      }
      // Now every key in [lo, j] is <= pivot and every key in [j + 1, hi] is >= pivot.
      if (j - lo < hi - j) {
        sort(lo, j);
        lo = j + 1;
      } else {
        sort(j + 1, hi);
        hi = j;
      }
    }
  };
  sort(0, nums.length - 1);
  return nums;
};
