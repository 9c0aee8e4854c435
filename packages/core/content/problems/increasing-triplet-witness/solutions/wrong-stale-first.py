class Solution:
    def increasingTripletIndices(self, nums: List[int]) -> List[int]:
        first = second = -1
        for k, x in enumerate(nums):
            if first == -1 or x <= nums[first]:
                first = k
            elif second == -1 or x <= nums[second]:
                second = k
            else:
                # `first` may have moved after `second` was set: its index can lie after `second`
                return [first, second, k]
        return []
