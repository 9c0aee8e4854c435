/**
 * Streams over the keys with an online softmax (the idea behind
 * FlashAttention): keep the running maximum m, the running normaliser l and
 * the running weighted sum acc of value rows, rescaling both whenever m grows.
 * @param {number[][]} x
 * @param {number[][]} wq
 * @param {number[][]} wk
 * @param {number[][]} wv
 * @return {number[][]}
 */
var selfAttention = function (x, wq, wk, wv) {
  const n = x.length;
  const dModel = x[0].length;
  const project = (w) => {
    const cols = w[0].length;
    const out = [];
    for (let i = 0; i < n; i++) {
      const row = new Array(cols).fill(0);
      for (let j = 0; j < cols; j++) {
        let s = 0;
        for (let t = 0; t < dModel; t++) s += x[i][t] * w[t][j];
        row[j] = s;
      }
      out.push(row);
    }
    return out;
  };
  const q = project(wq);
  const k = project(wk);
  const v = project(wv);
  const dK = wq[0].length;
  const dV = wv[0].length;
  const scale = Math.sqrt(dK);
  const out = [];
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    let l = 0;
    const acc = new Array(dV).fill(0);
    for (let j = 0; j < n; j++) {
      let dot = 0;
      for (let t = 0; t < dK; t++) dot += q[i][t] * k[j][t];
      const s = dot / scale;
      const mNew = Math.max(m, s);
      const rescale = Math.exp(m - mNew); // exp(-Infinity) = 0 on the first key
      const p = Math.exp(s - mNew);
      l = l * rescale + p;
      for (let c = 0; c < dV; c++) acc[c] = acc[c] * rescale + p * v[j][c];
      m = mNew;
    }
    for (let c = 0; c < dV; c++) acc[c] /= l;
    out.push(acc);
  }
  return out;
};
