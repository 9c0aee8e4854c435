function removeKdigits(num: string, k: number): string {
  // Monotonic stack: the kept digits never decrease from bottom to top.
  const stack: string[] = [];
  for (const digit of num) {
    while (k > 0 && stack.length > 0 && stack[stack.length - 1] > digit) {
      stack.pop();
      k--;
    }
    stack.push(digit);
  }
  // Removals left over: the stack is non-decreasing, so drop from the end.
  stack.length -= k;
  let start = 0;
  while (start < stack.length && stack[start] === '0') start++;
  return start === stack.length ? '0' : stack.slice(start).join('');
}
