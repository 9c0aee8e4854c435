/**
 * Shift-and-add on zero-padded planes: for each kernel tap, add the tap's
 * weight times a strided view of the padded channel to that channel's output.
 * @param {number[][][][]} x
 * @param {number[][][][]} weight
 * @param {number[]} bias
 * @param {number} stride
 * @param {number} padding
 * @return {number[][][][]}
 */
var depthwiseConv2d = function (x, weight, bias, stride, padding) {
  const [h, w] = [x[0][0].length, x[0][0][0].length];
  const [kh, kw] = [weight[0][0].length, weight[0][0][0].length];
  const hp = h + 2 * padding;
  const wp = w + 2 * padding;
  const hOut = Math.floor((hp - kh) / stride) + 1;
  const wOut = Math.floor((wp - kw) / stride) + 1;
  return x.map((image) =>
    image.map((plane, c) => {
      const padded = Array.from({ length: hp }, () => new Float64Array(wp));
      plane.forEach((line, y) => line.forEach((v, z) => (padded[y + padding][z + padding] = v)));
      const acc = Array.from({ length: hOut }, () => new Float64Array(wOut).fill(bias[c]));
      weight[c][0].forEach((krow, p) =>
        krow.forEach((k, q) => {
          for (let i = 0; i < hOut; i++) {
            const source = padded[i * stride + p];
            const target = acc[i];
            for (let j = 0; j < wOut; j++) target[j] += k * source[j * stride + q];
          }
        }),
      );
      return acc.map((row) => Array.from(row));
    }),
  );
};
