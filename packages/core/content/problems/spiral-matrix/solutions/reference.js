/**
 * Simulation: walk right, down, left, up, turning clockwise whenever the next
 * cell is outside the matrix or already visited. O(mn) time and space.
 * @param {number[][]} matrix
 * @return {number[]}
 */
var spiralOrder = function (matrix) {
  const m = matrix.length;
  const n = matrix[0].length;
  const seen = Array.from({ length: m }, () => new Array(n).fill(false));
  const dr = [0, 1, 0, -1];
  const dc = [1, 0, -1, 0];
  const result = [];
  let r = 0;
  let c = 0;
  let d = 0;
  for (let k = 0; k < m * n; k++) {
    result.push(matrix[r][c]);
    seen[r][c] = true;
    const nr = r + dr[d];
    const nc = c + dc[d];
    if (nr < 0 || nr >= m || nc < 0 || nc >= n || seen[nr][nc]) d = (d + 1) % 4;
    r += dr[d];
    c += dc[d];
  }
  return result;
};
