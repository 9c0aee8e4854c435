class Solution:
    def mySqrt(self, x: int) -> int:
        # The largest r with r * r <= x: binary search on [0, x].
        lo, hi = 0, x
        while lo <= hi:
            mid = (lo + hi) // 2
            if mid * mid <= x:
                lo = mid + 1
            else:
                hi = mid - 1
        return hi
