/**
 * Rolling DP: best(i) = max(best(i-1), best(i-2) + nums[i]). O(n) time, O(1) space.
 */
function rob(nums: number[]): number {
  let skipPrev = 0; // best total of the houses before the previous one
  let upToPrev = 0; // best total of the houses up to the previous one
  for (const money of nums) {
    const best = Math.max(upToPrev, skipPrev + money);
    skipPrev = upToPrev;
    upToPrev = best;
  }
  return upToPrev;
}
