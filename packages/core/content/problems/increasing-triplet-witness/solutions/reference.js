/**
 * Prefix minimum and suffix maximum, by index: j is a valid middle iff the smallest value
 * before it is smaller and the largest value after it is larger.
 * @param {number[]} nums
 * @return {number[]}
 */
var increasingTripletIndices = function (nums) {
  const n = nums.length;
  if (n < 3) return [];
  const suffixMax = new Int32Array(n); // index of the largest value in nums[i..n-1]
  suffixMax[n - 1] = n - 1;
  for (let i = n - 2; i >= 0; i--) suffixMax[i] = nums[i] > nums[suffixMax[i + 1]] ? i : suffixMax[i + 1];
  let prefixMin = 0; // index of the smallest value in nums[0..j-1]
  for (let j = 1; j < n - 1; j++) {
    const after = suffixMax[j + 1];
    if (nums[prefixMin] < nums[j] && nums[j] < nums[after]) return [prefixMin, j, after];
    if (nums[j] < nums[prefixMin]) prefixMin = j;
  }
  return [];
};
