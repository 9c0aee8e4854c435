// The candidate's first idea: longest increasing subsequence by O(n^2) DP, stopping at length 3.
function increasingTriplet(nums: number[]): boolean {
  const n = nums.length;
  const best = new Array<number>(n).fill(1); // length of the longest increasing run ending at i
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (nums[j] < nums[i] && best[j] + 1 > best[i]) best[i] = best[j] + 1;
    }
    if (best[i] >= 3) return true;
  }
  return false;
}
