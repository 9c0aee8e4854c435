class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        result = []
        top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
        while top <= bottom and left <= right:
            result.extend(matrix[top][j] for j in range(left, right + 1))
            top += 1
            result.extend(matrix[i][right] for i in range(top, bottom + 1))
            right -= 1
            # Missing `if top <= bottom` / `if left <= right`: a single remaining
            # row or column is walked forwards and then backwards again.
            result.extend(matrix[bottom][j] for j in range(right, left - 1, -1))
            bottom -= 1
            result.extend(matrix[i][left] for i in range(bottom, top - 1, -1))
            left += 1
        return result
