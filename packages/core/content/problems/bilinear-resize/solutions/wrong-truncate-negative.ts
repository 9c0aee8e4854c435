function bilinearResize(image: number[][], outH: number, outW: number): number[][] {
  const inH = image.length;
  const inW = image[0].length;
  const out: number[][] = [];
  for (let i = 0; i < outH; i++) {
    const sy = (i + 0.5) * (inH / outH) - 0.5; // may be negative, never clamped
    const y0 = Math.trunc(sy); // (int) cast: -0.25 becomes 0, leaving a negative weight
    const y1 = Math.min(y0 + 1, inH - 1);
    const wy = sy - y0;
    const row: number[] = [];
    for (let j = 0; j < outW; j++) {
      const sx = (j + 0.5) * (inW / outW) - 0.5;
      const x0 = Math.trunc(sx);
      const x1 = Math.min(x0 + 1, inW - 1);
      const wx = sx - x0;
      row.push(
        (1 - wy) * ((1 - wx) * image[y0][x0] + wx * image[y0][x1]) + wy * ((1 - wx) * image[y1][x0] + wx * image[y1][x1]),
      );
    }
    out.push(row);
  }
  return out;
}
