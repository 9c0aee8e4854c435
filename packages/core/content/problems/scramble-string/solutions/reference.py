from functools import lru_cache


class Solution:
    def isScramble(self, s1: str, s2: str) -> bool:
        if len(s1) != len(s2):
            return False

        @lru_cache(maxsize=None)
        def solve(i: int, j: int, length: int) -> bool:
            # Is s2[j:j+length] a scramble of s1[i:i+length]?
            a, b = s1[i:i + length], s2[j:j + length]
            if a == b:
                return True
            if sorted(a) != sorted(b):
                return False
            for k in range(1, length):
                # keep the two parts in place, or swap them
                if solve(i, j, k) and solve(i + k, j + k, length - k):
                    return True
                if solve(i, j + length - k, k) and solve(i + k, j, length - k):
                    return True
            return False

        return solve(0, 0, len(s1))
