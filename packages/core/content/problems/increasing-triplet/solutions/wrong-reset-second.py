class Solution:
    def increasingTriplet(self, nums: List[int]) -> bool:
        first = second = float("inf")
        for x in nums:
            if x <= first:
                first = x
                second = float("inf")  # "start over" with the new minimum; the old pair was still valid
            elif x <= second:
                second = x
            else:
                return True
        return False
