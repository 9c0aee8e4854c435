class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Every substring, each checked from scratch: O(n^3).
        best = 0
        n = len(s)
        for i in range(n):
            for j in range(i, n):
                window = s[i:j + 1]
                if len(set(window)) == len(window):
                    best = max(best, j - i + 1)
        return best
