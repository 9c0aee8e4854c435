class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        """
        Do not return anything, modify matrix in-place instead.
        """
        n = len(matrix)
        # Transpose: (i, j) <-> (j, i), swapping above the diagonal only.
        for i in range(n):
            for j in range(i + 1, n):
                matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
        # Reverse every row in place: (r, c) -> (r, n - 1 - c).
        for row in matrix:
            row.reverse()
