/**
 * Sliding window with a set of the characters inside it: before adding s[right],
 * drop characters from the left until s[right] is no longer in the window. Each
 * character enters and leaves the set at most once: O(n) time.
 * @param {string} s
 * @return {number}
 */
var lengthOfLongestSubstring = function (s) {
  const inWindow = new Set();
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right++) {
    while (inWindow.has(s[right])) {
      inWindow.delete(s[left]);
      left++;
    }
    inWindow.add(s[right]);
    best = Math.max(best, right - left + 1);
  }
  return best;
};
