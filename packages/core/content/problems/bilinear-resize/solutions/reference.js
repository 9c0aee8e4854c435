/**
 * Separable: resize every row to the new width, then every column of that
 * intermediate image to the new height, each as a 1-D linear interpolation.
 * @param {number[][]} image
 * @param {number} outH
 * @param {number} outW
 * @return {number[][]}
 */
var bilinearResize = function (image, outH, outW) {
  /** 1-D resize of a vector with half-pixel centres, clamped at both ends. */
  const resize1d = (v, outSize) => {
    const n = v.length;
    const res = new Array(outSize);
    for (let o = 0; o < outSize; o++) {
      let src = ((o + 0.5) * n) / outSize - 0.5;
      if (src < 0) src = 0;
      const i0 = Math.floor(src);
      const i1 = i0 + 1 < n ? i0 + 1 : n - 1;
      const t = src - i0;
      res[o] = v[i0] + t * (v[i1] - v[i0]);
    }
    return res;
  };
  const wide = image.map((row) => resize1d(row, outW)); // inH x outW
  const out = Array.from({ length: outH }, () => new Array(outW));
  for (let j = 0; j < outW; j++) {
    const column = resize1d(wide.map((row) => row[j]), outH);
    for (let i = 0; i < outH; i++) out[i][j] = column[i];
  }
  return out;
};
