class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # The number of distinct characters in the whole string — not contiguous.
        return len(set(s))
