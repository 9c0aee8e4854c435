class Solution:
    def longestOnes(self, nums: List[int], k: int) -> int:
        # Sliding window: the longest window [left, right] holding at most k zeros.
        left = zeros = best = 0
        for right, bit in enumerate(nums):
            if bit == 0:
                zeros += 1
            while zeros > k:
                if nums[left] == 0:
                    zeros -= 1
                left += 1
            if right - left + 1 > best:
                best = right - left + 1
        return best
