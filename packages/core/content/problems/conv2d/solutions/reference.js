/**
 * Pads each input plane with zeros once, then slides the (dilated) kernel
 * over the padded planes without bounds checks.
 * @param {number[][][][]} x
 * @param {number[][][][]} weight
 * @param {number[]} bias
 * @param {number} stride
 * @param {number} padding
 * @param {number} dilation
 * @return {number[][][][]}
 */
var conv2d = function (x, weight, bias, stride, padding, dilation) {
  const [h, w] = [x[0][0].length, x[0][0][0].length];
  const [kh, kw] = [weight[0][0].length, weight[0][0][0].length];
  const hp = h + 2 * padding;
  const wp = w + 2 * padding;
  const hOut = Math.floor((hp - (dilation * (kh - 1) + 1)) / stride) + 1;
  const wOut = Math.floor((wp - (dilation * (kw - 1) + 1)) / stride) + 1;
  const pad = (plane) => {
    const padded = Array.from({ length: hp }, () => new Float64Array(wp));
    for (let y = 0; y < h; y++) for (let xx = 0; xx < w; xx++) padded[y + padding][xx + padding] = plane[y][xx];
    return padded;
  };
  return x.map((image) => {
    const planes = image.map(pad);
    return weight.map((filter, f) => {
      const acc = Array.from({ length: hOut }, () => new Float64Array(wOut).fill(bias[f]));
      filter.forEach((kernel, ch) => {
        const plane = planes[ch];
        for (let p = 0; p < kh; p++) {
          for (let q = 0; q < kw; q++) {
            const k = kernel[p][q];
            for (let i = 0; i < hOut; i++) {
              const line = plane[i * stride + p * dilation];
              const target = acc[i];
              for (let j = 0; j < wOut; j++) target[j] += k * line[j * stride + q * dilation];
            }
          }
        }
      });
      return acc.map((row) => Array.from(row));
    });
  });
};
