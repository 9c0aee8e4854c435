class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        # Take the first row, then rotate what is left a quarter turn
        # counter-clockwise, so that its right column becomes the new first row.
        result = []
        rest = [list(row) for row in matrix]
        while rest:
            result.extend(rest[0])
            rest = [list(row) for row in zip(*rest[1:])][::-1]
        return result
