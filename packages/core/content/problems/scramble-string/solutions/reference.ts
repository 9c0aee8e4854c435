function isScramble(s1: string, s2: string): boolean {
  const n = s1.length;
  if (s2.length !== n) return false;
  // memo[(i * n + j) * (n + 1) + len]: 0 = unknown, 1 = true, 2 = false for s1[i, i+len) vs s2[j, j+len)
  const memo = new Uint8Array(n * n * (n + 1));
  const count = new Int32Array(26);

  const sameLetters = (i: number, j: number, len: number): boolean => {
    count.fill(0);
    for (let t = 0; t < len; t++) {
      count[s1.charCodeAt(i + t) - 97]++;
      count[s2.charCodeAt(j + t) - 97]--;
    }
    for (let c = 0; c < 26; c++) if (count[c] !== 0) return false;
    return true;
  };

  const solve = (i: number, j: number, len: number): boolean => {
    const key = (i * n + j) * (n + 1) + len;
    if (memo[key] !== 0) return memo[key] === 1;
    let result = false;
    if (s1.substr(i, len) === s2.substr(j, len)) {
      result = true;
    } else if (len > 1 && sameLetters(i, j, len)) {
      for (let k = 1; k < len && !result; k++) {
        // keep the two parts in place, or swap them
        result =
          (solve(i, j, k) && solve(i + k, j + k, len - k)) ||
          (solve(i, j + len - k, k) && solve(i + k, j, len - k));
      }
    }
    memo[key] = result ? 1 : 2;
    return result;
  };

  return solve(0, 0, n);
}
