function maxPool2d(x: number[][][][], kernelSize: number, stride: number, padding: number): number[][][][] {
  const h = x[0][0].length;
  const w = x[0][0][0].length;
  const hOut = Math.floor((h + 2 * padding - kernelSize) / stride) + 1;
  const wOut = Math.floor((w + 2 * padding - kernelSize) / stride) + 1;
  return x.map((image) =>
    image.map((plane) => {
      const out: number[][] = [];
      for (let i = 0; i < hOut; i++) {
        // Clip the window to the image: padded cells are −∞ and can never be the maximum.
        const top = Math.max(0, i * stride - padding);
        const bottom = Math.min(h, i * stride - padding + kernelSize);
        const row = new Array<number>(wOut);
        for (let j = 0; j < wOut; j++) {
          const left = Math.max(0, j * stride - padding);
          const right = Math.min(w, j * stride - padding + kernelSize);
          let best = -Infinity;
          for (let y = top; y < bottom; y++) {
            const line = plane[y];
            for (let z = left; z < right; z++) if (line[z] > best) best = line[z];
          }
          row[j] = best;
        }
        out.push(row);
      }
      return out;
    }),
  );
}
