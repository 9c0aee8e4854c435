/**
 * Same inclusion–exclusion over a 2-D prefix table, stored flat in a
 * Float64Array (sums reach 4·10^9, exact in a double).
 * @param {number[][]} matrix
 */
var NumMatrix = function (matrix) {
  const m = matrix.length;
  const n = matrix[0].length;
  const w = n + 1;
  const s = new Float64Array((m + 1) * w);
  for (let i = 0; i < m; i++) {
    let rowSum = 0;
    for (let j = 0; j < n; j++) {
      rowSum += matrix[i][j];
      // Sum of the rectangle [0..i] x [0..j] = this row's running sum + the rectangle above it.
      s[(i + 1) * w + j + 1] = s[i * w + j + 1] + rowSum;
    }
  }
  this.s = s;
  this.w = w;
};

/**
 * @param {number} row1
 * @param {number} col1
 * @param {number} row2
 * @param {number} col2
 * @return {number}
 */
NumMatrix.prototype.sumRegion = function (row1, col1, row2, col2) {
  const s = this.s;
  const w = this.w;
  return s[(row2 + 1) * w + col2 + 1] - s[row1 * w + col2 + 1] - s[(row2 + 1) * w + col1] + s[row1 * w + col1];
};
