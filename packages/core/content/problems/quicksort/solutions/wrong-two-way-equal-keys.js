/**
 * @param {number[]} nums
 * @return {number[]}
 */
var sortArray = function (nums) {
  const swap = (a, b) => {
    const t = nums[a];
    nums[a] = nums[b];
    nums[b] = t;
  };
  const quick = (lo, hi) => {
    if (lo >= hi) return;
    swap(lo + Math.floor(Math.random() * (hi - lo + 1)), hi);
    const pivot = nums[hi];
    // Lomuto: keys < pivot go left, every key equal to the pivot stays right.
    let p = lo;
    for (let i = lo; i < hi; i++) {
      if (nums[i] < pivot) swap(p++, i);
    }
    swap(p, hi);
    quick(lo, p - 1);
    quick(p + 1, hi);
  };
  quick(0, nums.length - 1);
  return nums;
};
