class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        islands = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] != "1":
                    continue
                islands += 1
                grid[r][c] = "0"
                stack = [(r, c)]
                while stack:
                    i, j = stack.pop()
                    # Eight directions: cells touching only at a corner are merged into one island.
                    for di in (-1, 0, 1):
                        for dj in (-1, 0, 1):
                            x, y = i + di, j + dj
                            if 0 <= x < m and 0 <= y < n and grid[x][y] == "1":
                                grid[x][y] = "0"
                                stack.append((x, y))
        return islands
