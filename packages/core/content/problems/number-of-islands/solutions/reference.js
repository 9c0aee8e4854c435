/**
 * Union–find over the land cells: start with one set per land cell and merge
 * each cell with its land neighbours above and to the left; every merge of
 * two different sets removes one island.
 * @param {character[][]} grid
 * @return {number}
 */
var numIslands = function (grid) {
  const m = grid.length;
  const n = grid[0].length;
  const parent = new Int32Array(m * n);
  for (let i = 0; i < m * n; i++) parent[i] = i;
  const find = (x) => {
    let root = x;
    while (parent[root] !== root) root = parent[root];
    while (parent[x] !== root) {
      const next = parent[x];
      parent[x] = root;
      x = next;
    }
    return root;
  };
  let islands = 0;
  const union = (a, b) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) {
      parent[ra] = rb;
      islands--;
    }
  };
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < n; c++) {
      if (grid[r][c] !== '1') continue;
      islands++;
      if (r > 0 && grid[r - 1][c] === '1') union(r * n + c, (r - 1) * n + c);
      if (c > 0 && grid[r][c - 1] === '1') union(r * n + c, r * n + c - 1);
    }
  }
  return islands;
};
