class Solution:
    def rob(self, nums: List[int]) -> int:
        # Every other house, from index 0 or from index 1: never skips two in a row.
        return max(sum(nums[0::2]), sum(nums[1::2]))
