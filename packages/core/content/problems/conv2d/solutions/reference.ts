function conv2d(
  x: number[][][][],
  weight: number[][][][],
  bias: number[],
  stride: number,
  padding: number,
  dilation: number,
): number[][][][] {
  const n = x.length;
  const c = x[0].length;
  const h = x[0][0].length;
  const w = x[0][0][0].length;
  const o = weight.length;
  const kh = weight[0][0].length;
  const kw = weight[0][0][0].length;
  // The span a dilated kernel covers is d·(k−1)+1 pixels.
  const hOut = Math.floor((h + 2 * padding - dilation * (kh - 1) - 1) / stride) + 1;
  const wOut = Math.floor((w + 2 * padding - dilation * (kw - 1) - 1) / stride) + 1;
  const out: number[][][][] = [];
  for (let b = 0; b < n; b++) {
    const maps: number[][][] = [];
    for (let f = 0; f < o; f++) {
      const map: number[][] = [];
      for (let i = 0; i < hOut; i++) {
        const row = new Array<number>(wOut);
        for (let j = 0; j < wOut; j++) {
          let sum = bias[f];
          for (let ch = 0; ch < c; ch++) {
            const plane = x[b][ch];
            const kernel = weight[f][ch];
            for (let p = 0; p < kh; p++) {
              const y = i * stride - padding + p * dilation;
              if (y < 0 || y >= h) continue; // zero padding contributes nothing
              const line = plane[y];
              const krow = kernel[p];
              for (let q = 0; q < kw; q++) {
                const xx = j * stride - padding + q * dilation;
                if (xx >= 0 && xx < w) sum += line[xx] * krow[q];
              }
            }
          }
          row[j] = sum;
        }
        map.push(row);
      }
      maps.push(map);
    }
    out.push(maps);
  }
  return out;
}
