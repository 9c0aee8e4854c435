function bilinearResize(image: number[][], outH: number, outW: number): number[][] {
  const inH = image.length;
  const inW = image[0].length;
  // align_corners=True: the corner pixels of input and output coincide
  const source = (o: number, inSize: number, outSize: number) => (outSize > 1 ? (o * (inSize - 1)) / (outSize - 1) : 0);
  const out: number[][] = [];
  for (let i = 0; i < outH; i++) {
    const sy = source(i, inH, outH);
    const y0 = Math.floor(sy);
    const y1 = Math.min(y0 + 1, inH - 1);
    const wy = sy - y0;
    const row: number[] = [];
    for (let j = 0; j < outW; j++) {
      const sx = source(j, inW, outW);
      const x0 = Math.floor(sx);
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
