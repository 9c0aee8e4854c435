/**
 * @param {string} num
 * @param {number} k
 * @return {string}
 */
var removeKdigits = function (num, k) {
  const stack = [];
  for (const digit of num) {
    while (k > 0 && stack.length > 0 && stack[stack.length - 1] > digit) {
      stack.pop();
      k--;
    }
    stack.push(digit);
  }
  stack.length -= k;
  let start = 0;
  while (start < stack.length && stack[start] === '0') start++;
  // when every digit is removed (or only zeros remain) this is "", not "0"
  return stack.slice(start).join('');
};
