/**
 * @param {number[]} nums
 * @return {boolean}
 */
var canJump = function (nums) {
  // Always takes the longest jump and gives up as soon as it lands on a zero,
  // never trying a shorter jump that would avoid it.
  let i = 0;
  while (i < nums.length - 1) {
    if (nums[i] === 0) return false;
    i += nums[i];
  }
  return true;
};
