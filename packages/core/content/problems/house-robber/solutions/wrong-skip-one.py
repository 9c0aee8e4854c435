class Solution:
    def rob(self, nums: List[int]) -> int:
        # "Robbing house i means the last robbed house was i - 2": rob[i] = nums[i] + rob[i - 2].
        # Gaps of exactly one house only — two skipped houses in a row are never considered.
        n = len(nums)
        taken = [0] * n
        for i in range(n):
            taken[i] = nums[i] + (taken[i - 2] if i >= 2 else 0)
        return max(taken[-2:])
