class Solution:
    def increasingTripletIndices(self, nums: List[int]) -> List[int]:
        first = -1  # index of the smallest value so far
        second = -1  # index of the smallest value that has a smaller value before it
        before_second = -1  # that smaller value's index: `first` as it was when `second` was set
        for k, x in enumerate(nums):
            if first == -1 or x <= nums[first]:
                first = k
            elif second == -1 or x <= nums[second]:
                second = k
                before_second = first  # remember it now: `first` may move past `second` later
            else:
                return [before_second, second, k]
        return []
