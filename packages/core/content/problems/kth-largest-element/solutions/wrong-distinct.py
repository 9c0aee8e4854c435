class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Removes duplicates first: this is the k-th largest *distinct* value
        # (and an IndexError when there are fewer than k distinct values).
        return sorted(set(nums), reverse=True)[k - 1]
