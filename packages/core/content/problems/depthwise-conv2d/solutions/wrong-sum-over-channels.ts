function depthwiseConv2d(
  x: number[][][][],
  weight: number[][][][],
  bias: number[],
  stride: number,
  padding: number,
): number[][][][] {
  const channels = x[0].length;
  const h = x[0][0].length;
  const w = x[0][0][0].length;
  const kh = weight[0][0].length;
  const kw = weight[0][0][0].length;
  const hOut = Math.floor((h + 2 * padding - kh) / stride) + 1;
  const wOut = Math.floor((w + 2 * padding - kw) / stride) + 1;
  // Written like an ordinary convolution: output channel c slides kernel c over every input channel and sums.
  return x.map((image) =>
    weight.map((filter, c) => {
      const kernel = filter[0];
      const out: number[][] = [];
      for (let i = 0; i < hOut; i++) {
        const row: number[] = [];
        for (let j = 0; j < wOut; j++) {
          let sum = bias[c];
          for (let ch = 0; ch < channels; ch++) {
            for (let p = 0; p < kh; p++) {
              for (let q = 0; q < kw; q++) {
                const y = i * stride - padding + p;
                const z = j * stride - padding + q;
                if (y >= 0 && y < h && z >= 0 && z < w) sum += image[ch][y][z] * kernel[p][q];
              }
            }
          }
          row.push(sum);
        }
        out.push(row);
      }
      return out;
    }),
  );
}
