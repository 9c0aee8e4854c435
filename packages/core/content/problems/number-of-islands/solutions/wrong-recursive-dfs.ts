function numIslands(grid: string[][]): number {
  const m = grid.length;
  const n = grid[0].length;
  // The textbook recursive flood fill: one stack frame per cell of the island.
  const sink = (i: number, j: number): void => {
    if (i < 0 || i >= m || j < 0 || j >= n || grid[i][j] !== '1') return;
    grid[i][j] = '0';
    sink(i - 1, j);
    sink(i + 1, j);
    sink(i, j - 1);
    sink(i, j + 1);
  };
  let islands = 0;
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < n; c++) {
      if (grid[r][c] === '1') {
        islands++;
        sink(r, c);
      }
    }
  }
  return islands;
}
