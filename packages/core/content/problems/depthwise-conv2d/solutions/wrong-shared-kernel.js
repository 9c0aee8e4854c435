/**
 * Reads the weight as a single 1×kH×kW kernel and slides it over every
 * channel: channel c should use its own kernel weight[c][0].
 * @param {number[][][][]} x
 * @param {number[][][][]} weight
 * @param {number[]} bias
 * @param {number} stride
 * @param {number} padding
 * @return {number[][][][]}
 */
var depthwiseConv2d = function (x, weight, bias, stride, padding) {
  const [h, w] = [x[0][0].length, x[0][0][0].length];
  const kernel = weight[0][0];
  const [kh, kw] = [kernel.length, kernel[0].length];
  const hOut = Math.floor((h + 2 * padding - kh) / stride) + 1;
  const wOut = Math.floor((w + 2 * padding - kw) / stride) + 1;
  return x.map((image) =>
    image.map((plane, c) =>
      Array.from({ length: hOut }, (_, i) =>
        Array.from({ length: wOut }, (_, j) => {
          let sum = bias[c];
          for (let p = 0; p < kh; p++) {
            for (let q = 0; q < kw; q++) {
              const y = i * stride - padding + p;
              const z = j * stride - padding + q;
              if (y >= 0 && y < h && z >= 0 && z < w) sum += plane[y][z] * kernel[p][q];
            }
          }
          return sum;
        }),
      ),
    ),
  );
};
