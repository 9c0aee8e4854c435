class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        return nums.sort()  # list.sort() sorts in place and returns None
