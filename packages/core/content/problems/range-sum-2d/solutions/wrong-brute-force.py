class NumMatrix:
    def __init__(self, matrix: List[List[int]]):
        self.matrix = matrix

    # O(area) per call: up to 4·10^4 cells × 10^4 calls.
    def sumRegion(self, row1: int, col1: int, row2: int, col2: int) -> int:
        return sum(sum(row[col1:col2 + 1]) for row in self.matrix[row1:row2 + 1])
