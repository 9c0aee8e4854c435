class Solution:
    def increasingTriplet(self, nums: List[int]) -> bool:
        # first: smallest value so far; second: smallest value with something smaller before it.
        first = second = float("inf")
        for x in nums:
            if x <= first:
                first = x
            elif x <= second:
                second = x
            else:
                return True  # first < second < x, with first's witness before second
        return False
