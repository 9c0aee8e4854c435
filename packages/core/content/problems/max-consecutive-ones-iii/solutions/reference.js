/**
 * A window that never shrinks: once it has reached length L it only slides,
 * so at the end its length n - left is the best length seen.
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var longestOnes = function (nums, k) {
  let left = 0;
  let budget = k; // flips still available inside the window; may dip to -1
  for (let right = 0; right < nums.length; right++) {
    if (nums[right] === 0) budget--;
    if (budget < 0) {
      if (nums[left] === 0) budget++;
      left++;
    }
  }
  return nums.length - left;
};
