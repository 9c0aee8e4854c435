function removeKdigits(num: string, k: number): string {
    const stack: string[] = [];
    for (const digit of num) {
        while (k > 0 && stack.length && stack[stack.length - 1] > digit) {
            stack.pop();
            k--;
        }
        stack.push(digit);
    }
    while (k-- > 0) stack.pop();
    let ans = '';
    let leadingZero = true;
    for (const d of stack) {
        if (leadingZero && d === '0') continue;
        leadingZero = false;
        ans += d;
    }
    return ans === '' ? '0' : ans;
};
