class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        res = []
        top, bottom = 0, len(matrix) - 1
        left, right = 0, len(matrix[0]) - 1
        while top <= bottom and left <= right:
            for j in range(left, right + 1):
                res.append(matrix[top][j])
            for i in range(top + 1, bottom + 1):
                res.append(matrix[i][right])
            if top < bottom and left < right:
                for j in range(right - 1, left - 1, -1):
                    res.append(matrix[bottom][j])
                for i in range(bottom - 1, top, -1):
                    res.append(matrix[i][left])
            top, bottom = top + 1, bottom - 1
            left, right = left + 1, right - 1
        return res
