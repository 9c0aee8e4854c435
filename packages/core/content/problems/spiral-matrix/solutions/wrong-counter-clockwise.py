class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        # Starts at the top-left corner but walks down the left column first:
        # a counter-clockwise spiral.
        result = []
        top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
        while top <= bottom and left <= right:
            result.extend(matrix[i][left] for i in range(top, bottom + 1))
            left += 1
            result.extend(matrix[bottom][j] for j in range(left, right + 1))
            bottom -= 1
            if left <= right:
                result.extend(matrix[i][right] for i in range(bottom, top - 1, -1))
                right -= 1
            if top <= bottom:
                result.extend(matrix[top][j] for j in range(right, left - 1, -1))
                top += 1
        return result
