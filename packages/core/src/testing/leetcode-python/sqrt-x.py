class Solution:
    def mySqrt(self, x: int) -> int:
        # Newton's method on integers
        r = x
        while r * r > x:
            r = (r + x // r) // 2
        return r
