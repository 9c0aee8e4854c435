/**
 * Backward greedy: `goal` is the leftmost index known to reach the end.
 * Index i reaches the end iff it can jump to some good index, and the
 * leftmost good index to its right is the easiest to reach.
 * @param {number[]} nums
 * @return {boolean}
 */
var canJump = function (nums) {
  let goal = nums.length - 1;
  for (let i = nums.length - 2; i >= 0; i--) {
    if (i + nums[i] >= goal) goal = i;
  }
  return goal === 0;
};
