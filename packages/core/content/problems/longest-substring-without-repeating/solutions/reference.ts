/**
 * Sliding window with the last index of every character: when s[i] was last
 * seen inside the window, the window's left edge jumps just past it — never
 * backwards. O(n) time, O(|alphabet|) space.
 */
function lengthOfLongestSubstring(s: string): number {
  const lastIndex = new Int32Array(128).fill(-1);
  let left = 0;
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (lastIndex[c] >= left) left = lastIndex[c] + 1;
    lastIndex[c] = i;
    best = Math.max(best, i - left + 1);
  }
  return best;
}
