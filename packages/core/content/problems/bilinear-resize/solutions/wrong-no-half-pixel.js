/**
 * @param {number[][]} image
 * @param {number} outH
 * @param {number} outW
 * @return {number[][]}
 */
var bilinearResize = function (image, outH, outW) {
  const inH = image.length;
  const inW = image[0].length;
  const out = [];
  for (let i = 0; i < outH; i++) {
    const sy = i * (inH / outH); // no half-pixel offset: the image shifts by half a pixel
    const y0 = Math.floor(sy);
    const y1 = Math.min(y0 + 1, inH - 1);
    const wy = sy - y0;
    const row = [];
    for (let j = 0; j < outW; j++) {
      const sx = j * (inW / outW);
      const x0 = Math.floor(sx);
      const x1 = Math.min(x0 + 1, inW - 1);
      const wx = sx - x0;
      const top = (1 - wx) * image[y0][x0] + wx * image[y0][x1];
      const bottom = (1 - wx) * image[y1][x0] + wx * image[y1][x1];
      row.push((1 - wy) * top + wy * bottom);
    }
    out.push(row);
  }
  return out;
};
