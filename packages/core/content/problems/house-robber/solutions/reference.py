from functools import cache


class Solution:
    def rob(self, nums: List[int]) -> int:
        # Top-down with memoisation: best(i) is the most money from houses i, i+1, ...
        # Either skip house i, or rob it and skip house i + 1. Depth is at most 100.
        @cache
        def best(i: int) -> int:
            if i >= len(nums):
                return 0
            return max(best(i + 1), nums[i] + best(i + 2))

        return best(0)
