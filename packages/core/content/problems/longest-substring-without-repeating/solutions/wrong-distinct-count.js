/**
 * Counts the distinct characters of the whole string: that is an upper bound on
 * the answer, not the answer — they need not form one contiguous run.
 * @param {string} s
 * @return {number}
 */
var lengthOfLongestSubstring = function (s) {
  return new Set(s).size;
};
