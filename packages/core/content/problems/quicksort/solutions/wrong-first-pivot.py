class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        def quick(lo: int, hi: int) -> None:
            if lo >= hi:
                return
            # Always the first element: on sorted input every split is 0 / n-1.
            pivot = nums[lo]
            p = lo
            for i in range(lo + 1, hi + 1):
                if nums[i] < pivot:
                    p += 1
                    nums[p], nums[i] = nums[i], nums[p]
            nums[lo], nums[p] = nums[p], nums[lo]
            quick(lo, p - 1)
            quick(p + 1, hi)

        quick(0, len(nums) - 1)
        return nums
