class Solution:
    def increasingTripletIndices(self, nums: List[int]) -> List[int]:
        n = len(nums)
        # smallest value to the left of each index, and largest to the right
        left_min = [0] * n
        for i in range(1, n):
            left_min[i] = i if nums[i] < nums[left_min[i - 1]] else left_min[i - 1]
        right_max = [n - 1] * n
        for i in range(n - 2, -1, -1):
            right_max[i] = i if nums[i] > nums[right_max[i + 1]] else right_max[i + 1]
        for j in range(1, n - 1):
            if nums[left_min[j]] < nums[j] < nums[right_max[j]]:
                return [left_min[j], j, right_max[j]]
        return []
