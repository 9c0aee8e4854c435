class NumMatrix {
  // prefix[i][j] = sum of matrix[r][c] over 0 <= r < i, 0 <= c < j (one row and column of zero padding).
  private readonly prefix: number[][];

  constructor(matrix: number[][]) {
    const m = matrix.length;
    const n = matrix[0].length;
    this.prefix = [];
    for (let i = 0; i <= m; i++) this.prefix.push(new Array<number>(n + 1).fill(0));
    for (let i = 0; i < m; i++) {
      const above = this.prefix[i];
      const here = this.prefix[i + 1];
      const row = matrix[i];
      for (let j = 0; j < n; j++) here[j + 1] = above[j + 1] + here[j] - above[j] + row[j];
    }
  }

  sumRegion(row1: number, col1: number, row2: number, col2: number): number {
    const p = this.prefix;
    return p[row2 + 1][col2 + 1] - p[row1][col2 + 1] - p[row2 + 1][col1] + p[row1][col1];
  }
}
