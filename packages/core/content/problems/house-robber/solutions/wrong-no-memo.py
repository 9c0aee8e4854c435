class Solution:
    def rob(self, nums: List[int]) -> int:
        # The right recurrence without memoisation: exponentially many calls.
        def best(i: int) -> int:
            if i >= len(nums):
                return 0
            return max(best(i + 1), nums[i] + best(i + 2))

        return best(0)
