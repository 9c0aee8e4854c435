/**
 * Records the window's length only when a repeat ends it, and never after the
 * loop: the last window (or a string with no repeat at all) is never counted.
 * @param {string} s
 * @return {number}
 */
var lengthOfLongestSubstring = function (s) {
  const lastIndex = new Map();
  let left = 0;
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    const seen = lastIndex.get(s[i]);
    if (seen !== undefined && seen >= left) {
      best = Math.max(best, i - left);
      left = seen + 1;
    }
    lastIndex.set(s[i], i);
  }
  return best;
};
