class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Counting sort over the bounded value range (|nums[i]| <= 10^4):
        # walk the counts from the largest value down until k are covered.
        offset = 10 ** 4
        counts = [0] * (2 * offset + 1)
        for x in nums:
            counts[x + offset] += 1
        remaining = k
        for v in range(2 * offset, -1, -1):
            remaining -= counts[v]
            if remaining <= 0:
                return v - offset
        raise ValueError("k is larger than len(nums)")
