import random


class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        def quick(lo: int, hi: int) -> None:
            if lo >= hi:
                return
            r = random.randint(lo, hi)
            nums[r], nums[hi] = nums[hi], nums[r]
            pivot = nums[hi]
            # Lomuto: keys < pivot go left, every key equal to the pivot stays right.
            p = lo
            for i in range(lo, hi):
                if nums[i] < pivot:
                    nums[p], nums[i] = nums[i], nums[p]
                    p += 1
            nums[p], nums[hi] = nums[hi], nums[p]
            quick(lo, p - 1)
            quick(p + 1, hi)

        quick(0, len(nums) - 1)
        return nums
