/**
 * Transpose, then reverse every row. Mutates `matrix`; returns nothing.
 */
function rotate(matrix: number[][]): void {
  const n = matrix.length;
  // Transpose: (i, j) -> (j, i), swapping only above the diagonal.
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const t = matrix[i][j];
      matrix[i][j] = matrix[j][i];
      matrix[j][i] = t;
    }
  }
  // Reverse every row: (r, c) -> (r, n - 1 - c).
  for (let r = 0; r < n; r++) {
    const row = matrix[r];
    for (let a = 0, b = n - 1; a < b; a++, b--) {
      const t = row[a];
      row[a] = row[b];
      row[b] = t;
    }
  }
}
