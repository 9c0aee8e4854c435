function numIslands(grid: string[][]): number {
  const m = grid.length;
  const n = grid[0].length;
  const seen = grid.map((row) => row.map(() => false));
  // Eight directions: cells touching only at a corner are merged into one island.
  const directions = [
    [-1, 0], [1, 0], [0, -1], [0, 1],
    [-1, -1], [-1, 1], [1, -1], [1, 1],
  ];
  let islands = 0;
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < n; c++) {
      if (grid[r][c] !== '1' || seen[r][c]) continue;
      islands++;
      seen[r][c] = true;
      const stack: number[][] = [[r, c]];
      while (stack.length > 0) {
        const [i, j] = stack.pop()!;
        for (const [di, dj] of directions) {
          const x = i + di;
          const y = j + dj;
          if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y] === '1' && !seen[x][y]) {
            seen[x][y] = true;
            stack.push([x, y]);
          }
        }
      }
    }
  }
  return islands;
}
