function spiralOrder(matrix: number[][]): number[] {
    const m = matrix.length, n = matrix[0].length;
    const visited: boolean[][] = Array.from({ length: m }, () => new Array(n).fill(false));
    const dirs = [[0, 1], [1, 0], [0, -1], [-1, 0]];
    const res: number[] = [];
    let r = 0, c = 0, d = 0;
    for (let k = 0; k < m * n; k++) {
        res.push(matrix[r][c]);
        visited[r][c] = true;
        const nr = r + dirs[d][0], nc = c + dirs[d][1];
        if (nr < 0 || nr >= m || nc < 0 || nc >= n || visited[nr][nc]) {
            d = (d + 1) % 4;
        }
        r += dirs[d][0];
        c += dirs[d][1];
    }
    return res;
};
