class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # For each end position, the window starts just after the latest repeat seen
        # so far: max over the previous start and the last index of s[i], plus one.
        last = {}
        start = 0
        best = 0
        for i, ch in enumerate(s):
            seen_at = last.get(ch, -1)
            if seen_at >= start:
                start = seen_at + 1
            last[ch] = i
            if i - start + 1 > best:
                best = i - start + 1
        return best
