class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Sorts ascending, so index k - 1 is the k-th smallest.
        return sorted(nums)[k - 1]
