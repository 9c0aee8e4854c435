class Solution:
    def increasingTriplet(self, nums: List[int]) -> bool:
        # The candidate's first idea: longest increasing subsequence by O(n^2) DP, stopping at length 3.
        best = [1] * len(nums)  # length of the longest increasing run ending at i
        for i in range(len(nums)):
            for j in range(i):
                if nums[j] < nums[i] and best[j] + 1 > best[i]:
                    best[i] = best[j] + 1
            if best[i] >= 3:
                return True
        return False
