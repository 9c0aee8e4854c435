function lengthOfLongestSubstring(s: string): number {
  const lastIndex = new Map<string, number>();
  let left = 0;
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    const seen = lastIndex.get(s[i]);
    // Jumps to just after the last occurrence even when that occurrence is
    // already left of the window: the left edge can move backwards.
    if (seen !== undefined) left = seen + 1;
    lastIndex.set(s[i], i);
    best = Math.max(best, i - left + 1);
  }
  return best;
}
