function maxPool2d(x: number[][][][], kernelSize: number, stride: number, padding: number): number[][][][] {
  const h = x[0][0].length;
  const w = x[0][0][0].length;
  const hOut = Math.floor((h + 2 * padding - kernelSize) / stride) + 1;
  const wOut = Math.floor((w + 2 * padding - kernelSize) / stride) + 1;
  return x.map((image) =>
    image.map((plane) => {
      // Pads with zeros, as a convolution would.
      const padded = Array.from({ length: h + 2 * padding }, () => new Array<number>(w + 2 * padding).fill(0));
      for (let y = 0; y < h; y++) for (let z = 0; z < w; z++) padded[y + padding][z + padding] = plane[y][z];
      const out: number[][] = [];
      for (let i = 0; i < hOut; i++) {
        const row: number[] = [];
        for (let j = 0; j < wOut; j++) {
          let best = -Infinity;
          for (let p = 0; p < kernelSize; p++) {
            for (let q = 0; q < kernelSize; q++) best = Math.max(best, padded[i * stride + p][j * stride + q]);
          }
          row.push(best);
        }
        out.push(row);
      }
      return out;
    }),
  );
}
