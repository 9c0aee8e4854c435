class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Quickselect that always pivots on the first element, with a Lomuto partition.
        a = list(nums)
        target = len(a) - k
        lo, hi = 0, len(a) - 1
        while lo < hi:
            pivot = a[lo]
            store = lo
            for i in range(lo + 1, hi + 1):
                if a[i] < pivot:
                    store += 1
                    a[store], a[i] = a[i], a[store]
            a[lo], a[store] = a[store], a[lo]
            if store == target:
                return a[store]
            if store < target:
                lo = store + 1
            else:
                hi = store - 1
        return a[target]
