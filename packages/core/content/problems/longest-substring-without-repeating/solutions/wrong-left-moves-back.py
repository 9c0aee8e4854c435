class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        left = best = 0
        for i, ch in enumerate(s):
            if ch in last:
                left = last[ch] + 1  # should be max(left, last[ch] + 1)
            last[ch] = i
            best = max(best, i - left + 1)
        return best
