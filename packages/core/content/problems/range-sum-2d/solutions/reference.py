class NumMatrix:
    def __init__(self, matrix: List[List[int]]):
        # prefix[i][j] = sum of matrix[r][c] for r < i, c < j (a row and a column of zero padding).
        n = len(matrix[0])
        self.prefix = [[0] * (n + 1)]
        for row in matrix:
            above = self.prefix[-1]
            here = [0] * (n + 1)
            for j, value in enumerate(row):
                here[j + 1] = above[j + 1] + here[j] - above[j] + value
            self.prefix.append(here)

    def sumRegion(self, row1: int, col1: int, row2: int, col2: int) -> int:
        p = self.prefix
        return p[row2 + 1][col2 + 1] - p[row1][col2 + 1] - p[row2 + 1][col1] + p[row1][col1]
