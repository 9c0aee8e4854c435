function spiralOrder(matrix: number[][]): number[] {
  // Starts at the top-left corner but walks down the left column first:
  // a counter-clockwise spiral.
  const result: number[] = [];
  let top = 0;
  let bottom = matrix.length - 1;
  let left = 0;
  let right = matrix[0].length - 1;
  while (top <= bottom && left <= right) {
    for (let i = top; i <= bottom; i++) result.push(matrix[i][left]);
    left++;
    for (let j = left; j <= right; j++) result.push(matrix[bottom][j]);
    bottom--;
    if (left <= right) {
      for (let i = bottom; i >= top; i--) result.push(matrix[i][right]);
      right--;
    }
    if (top <= bottom) {
      for (let j = right; j >= left; j--) result.push(matrix[top][j]);
      top++;
    }
  }
  return result;
}
