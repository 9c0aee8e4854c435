function lengthOfLongestSubstring(s: string): number {
  // Checks every substring s[i..j] from scratch: O(n^2) substrings, O(n) each.
  const allDistinct = (i: number, j: number): boolean => {
    const seen = new Set<string>();
    for (let k = i; k <= j; k++) {
      if (seen.has(s[k])) return false;
      seen.add(s[k]);
    }
    return true;
  };
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    for (let j = i; j < s.length; j++) {
      if (allDistinct(i, j)) best = Math.max(best, j - i + 1);
    }
  }
  return best;
}
