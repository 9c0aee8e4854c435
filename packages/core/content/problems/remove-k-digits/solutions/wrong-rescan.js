/**
 * Correct greedy, slow implementation: k times, scan from the left for the first
 * digit larger than its successor and delete it. O(n * k).
 * @param {string} num
 * @param {number} k
 * @return {string}
 */
var removeKdigits = function (num, k) {
  const digits = num.split('');
  for (let r = 0; r < k; r++) {
    let i = 0;
    while (i + 1 < digits.length && digits[i] <= digits[i + 1]) i++;
    digits.splice(i, 1);
  }
  let start = 0;
  while (start < digits.length && digits[start] === '0') start++;
  return start === digits.length ? '0' : digits.slice(start).join('');
};
