/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var findKthLargest = function (nums, k) {
  // Removes duplicates first: this is the k-th largest *distinct* value.
  const distinct = [...new Set(nums)].sort((a, b) => b - a);
  return distinct[k - 1];
};
