function numIslands(grid: string[][]): number {
  // Breadth-first search from every unvisited land cell, with a queue of flat
  // indices r * n + c. No recursion, so a single huge island is no problem.
  const m = grid.length;
  const n = grid[0].length;
  const seen = new Uint8Array(m * n);
  const queue = new Int32Array(m * n);
  let islands = 0;
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < n; c++) {
      if (grid[r][c] !== '1' || seen[r * n + c]) continue;
      islands++;
      let head = 0;
      let tail = 0;
      queue[tail++] = r * n + c;
      seen[r * n + c] = 1; // mark when enqueued, so no cell is queued twice
      while (head < tail) {
        const cell = queue[head++];
        const row = Math.floor(cell / n);
        const col = cell - row * n;
        const visit = (rr: number, cc: number) => {
          if (rr < 0 || rr >= m || cc < 0 || cc >= n) return;
          const index = rr * n + cc;
          if (seen[index] || grid[rr][cc] !== '1') return;
          seen[index] = 1;
          queue[tail++] = index;
        };
        visit(row - 1, col);
        visit(row + 1, col);
        visit(row, col - 1);
        visit(row, col + 1);
      }
    }
  }
  return islands;
}
