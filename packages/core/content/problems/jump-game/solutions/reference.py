class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # Forward greedy: the farthest index reachable so far.
        farthest = 0
        last = len(nums) - 1
        for i, step in enumerate(nums):
            if i > farthest:
                return False  # index i cannot be reached
            farthest = max(farthest, i + step)
            if farthest >= last:
                return True
        return True
