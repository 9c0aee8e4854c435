class NumMatrix {
  private readonly matrix: number[][];

  constructor(matrix: number[][]) {
    this.matrix = matrix;
  }

  // O(area) per call: up to 4·10^4 cells × 10^4 calls.
  sumRegion(row1: number, col1: number, row2: number, col2: number): number {
    let sum = 0;
    for (let i = row1; i <= row2; i++) {
      for (let j = col1; j <= col2; j++) sum += this.matrix[i][j];
    }
    return sum;
  }
}
