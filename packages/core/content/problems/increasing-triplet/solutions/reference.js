/**
 * Prefix minimum and suffix maximum: j is a valid middle iff min(nums[0..j-1]) < nums[j] < max(nums[j+1..]).
 * @param {number[]} nums
 * @return {boolean}
 */
var increasingTriplet = function (nums) {
  const n = nums.length;
  if (n < 3) return false;
  const suffixMax = new Float64Array(n);
  suffixMax[n - 1] = nums[n - 1];
  for (let i = n - 2; i >= 0; i--) suffixMax[i] = nums[i] > suffixMax[i + 1] ? nums[i] : suffixMax[i + 1];
  let prefixMin = nums[0];
  for (let j = 1; j < n - 1; j++) {
    if (prefixMin < nums[j] && nums[j] < suffixMax[j + 1]) return true;
    if (nums[j] < prefixMin) prefixMin = nums[j];
  }
  return false;
};
