import math


class Solution:
    def mySqrt(self, x: int) -> int:
        return round(math.sqrt(x))  # rounds to nearest instead of truncating
