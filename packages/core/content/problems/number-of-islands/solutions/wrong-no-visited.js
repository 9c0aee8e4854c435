/**
 * @param {character[][]} grid
 * @return {number}
 */
var numIslands = function (grid) {
  const m = grid.length, n = grid[0].length;
  let islands = 0;
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < n; c++) {
      if (grid[r][c] !== '1') continue;
      islands++;
      // Breadth-first search that never marks a cell as visited.
      const queue = [[r, c]];
      while (queue.length > 0) {
        const [i, j] = queue.shift();
        for (const [x, y] of [[i - 1, j], [i + 1, j], [i, j - 1], [i, j + 1]]) {
          if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y] === '1') queue.push([x, y]);
        }
      }
    }
  }
  return islands;
};
