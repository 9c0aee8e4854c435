import random


class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        # Randomised three-way quicksort (Dijkstra's Dutch national flag): keys
        # equal to the pivot settle in one pass, so duplicates stay O(n log n).
        # Recursing into the smaller part and looping on the larger keeps the
        # recursion O(log n) deep, far below Python's limit of 1000.
        def sort(lo: int, hi: int) -> None:
            while lo < hi:
                pivot = nums[random.randint(lo, hi)]
                lt, i, gt = lo, lo, hi  # [lo, lt) < pivot, [lt, i) == pivot, (gt, hi] > pivot
                while i <= gt:
                    if nums[i] < pivot:
                        nums[lt], nums[i] = nums[i], nums[lt]
                        lt += 1
                        i += 1
                    elif nums[i] > pivot:
                        nums[i], nums[gt] = nums[gt], nums[i]
                        gt -= 1
                    else:
                        i += 1
                if lt - lo < hi - gt:
                    sort(lo, lt - 1)
                    lo = gt + 1
                else:
                    sort(gt + 1, hi)
                    hi = lt - 1

        sort(0, len(nums) - 1)
        return nums
