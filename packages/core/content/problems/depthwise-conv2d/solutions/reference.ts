function depthwiseConv2d(
  x: number[][][][],
  weight: number[][][][],
  bias: number[],
  stride: number,
  padding: number,
): number[][][][] {
  const h = x[0][0].length;
  const w = x[0][0][0].length;
  const kh = weight[0][0].length;
  const kw = weight[0][0][0].length;
  const hOut = Math.floor((h + 2 * padding - kh) / stride) + 1;
  const wOut = Math.floor((w + 2 * padding - kw) / stride) + 1;
  return x.map((image) =>
    image.map((plane, c) => {
      // Channel c is filtered by its own kernel weight[c][0] only: no sum over channels.
      const kernel = weight[c][0];
      const out: number[][] = [];
      for (let i = 0; i < hOut; i++) {
        const row = new Array<number>(wOut);
        for (let j = 0; j < wOut; j++) {
          let sum = bias[c];
          for (let p = 0; p < kh; p++) {
            const y = i * stride - padding + p;
            if (y < 0 || y >= h) continue;
            for (let q = 0; q < kw; q++) {
              const z = j * stride - padding + q;
              if (z >= 0 && z < w) sum += plane[y][z] * kernel[p][q];
            }
          }
          row[j] = sum;
        }
        out.push(row);
      }
      return out;
    }),
  );
}
