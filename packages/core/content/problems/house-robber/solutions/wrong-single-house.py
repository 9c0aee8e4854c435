class Solution:
    def rob(self, nums: List[int]) -> int:
        # Seeds dp[1] from nums[1] without checking that a second house exists:
        # with a single house, nums[1] raises IndexError.
        n = len(nums)
        dp = [0] * max(n, 2)
        dp[0] = nums[0]
        dp[1] = max(nums[0], nums[1])
        for i in range(2, n):
            dp[i] = max(dp[i - 1], dp[i - 2] + nums[i])
        return dp[n - 1]
