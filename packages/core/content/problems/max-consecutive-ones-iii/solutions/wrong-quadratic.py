class Solution:
    def longestOnes(self, nums: List[int], k: int) -> int:
        best = 0
        # Restart the scan from every index: O(n^2) when the windows are long.
        for i in range(len(nums)):
            zeros = 0
            for j in range(i, len(nums)):
                if nums[j] == 0:
                    zeros += 1
                if zeros > k:
                    break
                best = max(best, j - i + 1)
        return best
