/**
 * Keep m = n - k digits; the t-th kept digit is the leftmost minimum of num[prev + 1 .. k + t].
 * The window only slides right, so a monotonic deque of indices finds each minimum in amortised O(1).
 * @param {string} num
 * @param {number} k
 * @return {string}
 */
var removeKdigits = function (num, k) {
  const n = num.length;
  const m = n - k;
  if (m === 0) return '0';
  const deque = new Int32Array(n);
  let head = 0;
  let tail = 0;
  let next = 0;
  const kept = [];
  for (let t = 0; t < m; t++) {
    const end = k + t; // the last index the t-th digit may come from
    while (next <= end) {
      // strictly greater: equal digits further left stay, so the front is the leftmost minimum
      while (tail > head && num.charCodeAt(deque[tail - 1]) > num.charCodeAt(next)) tail--;
      deque[tail++] = next++;
    }
    kept.push(num[deque[head++]]);
  }
  let start = 0;
  while (start < m && kept[start] === '0') start++;
  return start === m ? '0' : kept.slice(start).join('');
};
