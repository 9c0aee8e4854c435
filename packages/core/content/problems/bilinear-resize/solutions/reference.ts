function bilinearResize(image: number[][], outH: number, outW: number): number[][] {
  const inH = image.length;
  const inW = image[0].length;
  // Per axis: for each output index, the two source indices and the weight of the second.
  const axis = (inSize: number, outSize: number) => {
    const scale = inSize / outSize;
    const lo = new Array<number>(outSize);
    const hi = new Array<number>(outSize);
    const frac = new Array<number>(outSize);
    for (let o = 0; o < outSize; o++) {
      // Half-pixel centres (align_corners=False), clamped at 0 as PyTorch does.
      const src = Math.max((o + 0.5) * scale - 0.5, 0);
      const i0 = Math.floor(src);
      lo[o] = i0;
      hi[o] = Math.min(i0 + 1, inSize - 1); // the last row/column is repeated past the border
      frac[o] = src - i0;
    }
    return { lo, hi, frac };
  };
  const ys = axis(inH, outH);
  const xs = axis(inW, outW);
  const out: number[][] = [];
  for (let i = 0; i < outH; i++) {
    const top = image[ys.lo[i]];
    const bottom = image[ys.hi[i]];
    const wy = ys.frac[i];
    const row = new Array<number>(outW);
    for (let j = 0; j < outW; j++) {
      const x0 = xs.lo[j];
      const x1 = xs.hi[j];
      const wx = xs.frac[j];
      const upper = (1 - wx) * top[x0] + wx * top[x1];
      const lower = (1 - wx) * bottom[x0] + wx * bottom[x1];
      row[j] = (1 - wy) * upper + wy * lower;
    }
    out.push(row);
  }
  return out;
}
