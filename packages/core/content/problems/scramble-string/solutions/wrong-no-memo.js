/**
 * Plain recursion: no memo, no letter-count check. Correct, but exponential.
 * @param {string} s1
 * @param {string} s2
 * @return {boolean}
 */
var isScramble = function (s1, s2) {
  if (s1 === s2) return true;
  const n = s1.length;
  for (let k = 1; k < n; k++) {
    if (isScramble(s1.slice(0, k), s2.slice(0, k)) && isScramble(s1.slice(k), s2.slice(k))) return true;
    if (isScramble(s1.slice(0, k), s2.slice(n - k)) && isScramble(s1.slice(k), s2.slice(0, n - k))) return true;
  }
  return false;
};
