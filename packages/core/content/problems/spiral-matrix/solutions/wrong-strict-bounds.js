/**
 * Walks whole rings only while at least two rows and two columns remain
 * (strict <), so a final single row, single column or centre cell is dropped.
 * @param {number[][]} matrix
 * @return {number[]}
 */
var spiralOrder = function (matrix) {
  const result = [];
  let top = 0;
  let bottom = matrix.length - 1;
  let left = 0;
  let right = matrix[0].length - 1;
  while (top < bottom && left < right) {
    for (let j = left; j < right; j++) result.push(matrix[top][j]);
    for (let i = top; i < bottom; i++) result.push(matrix[i][right]);
    for (let j = right; j > left; j--) result.push(matrix[bottom][j]);
    for (let i = bottom; i > top; i--) result.push(matrix[i][left]);
    top++;
    bottom--;
    left++;
    right--;
  }
  return result;
};
