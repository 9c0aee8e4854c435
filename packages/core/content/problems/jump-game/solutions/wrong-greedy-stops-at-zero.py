class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # Always takes the longest jump and gives up on landing on a zero,
        # never trying a shorter jump that would avoid it.
        i = 0
        while i < len(nums) - 1:
            if nums[i] == 0:
                return False
            i += nums[i]
        return True
