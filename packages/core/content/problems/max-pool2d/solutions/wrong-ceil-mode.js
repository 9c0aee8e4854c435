/**
 * Rounds the output size up, keeping a last window that hangs over the
 * padded border (PyTorch's ceil_mode=True); the window is clipped to the image.
 * @param {number[][][][]} x
 * @param {number} kernelSize
 * @param {number} stride
 * @param {number} padding
 * @return {number[][][][]}
 */
var maxPool2d = function (x, kernelSize, stride, padding) {
  const h = x[0][0].length;
  const w = x[0][0][0].length;
  const hOut = Math.ceil((h + 2 * padding - kernelSize) / stride) + 1;
  const wOut = Math.ceil((w + 2 * padding - kernelSize) / stride) + 1;
  return x.map((image) =>
    image.map((plane) =>
      Array.from({ length: hOut }, (_, i) =>
        Array.from({ length: wOut }, (_, j) => {
          let best = -Infinity;
          for (let y = Math.max(0, i * stride - padding); y < Math.min(h, i * stride - padding + kernelSize); y++) {
            for (let z = Math.max(0, j * stride - padding); z < Math.min(w, j * stride - padding + kernelSize); z++) {
              best = Math.max(best, plane[y][z]);
            }
          }
          return best;
        }),
      ),
    ),
  );
};
