function removeKdigits(num: string, k: number): string {
  const stack: string[] = [];
  for (const digit of num) {
    while (k > 0 && stack.length > 0 && stack[stack.length - 1] > digit) {
      stack.pop();
      k--;
    }
    stack.push(digit);
  }
  stack.length -= k;
  // forgets to strip leading zeros: "10200", k = 1 gives "0200"
  return stack.length === 0 ? '0' : stack.join('');
}
