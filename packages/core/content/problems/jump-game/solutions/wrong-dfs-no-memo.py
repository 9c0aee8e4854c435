class Solution:
    def canJump(self, nums: List[int]) -> bool:
        last = len(nums) - 1

        # Tries every jump from every index, longest first, without remembering
        # which indices already failed: exponential on an unreachable end.
        def dfs(i: int) -> bool:
            if i >= last:
                return True
            for step in range(nums[i], 0, -1):
                if dfs(i + step):
                    return True
            return False

        return dfs(0)
