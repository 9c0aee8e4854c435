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
    // head h takes columns h, h + numHeads, h + 2 * numHeads, ... (reshape (n, dHead, h))
    const cols = Array.from({ length: dHead }, (_, c) => h + c * numHeads);
    for (let i = 0; i < n; i++) {
      const s = k.map((kj) => cols.reduce((dot, t) => dot + q[i][t] * kj[t], 0) / Math.sqrt(dHead));
      const m = Math.max(...s);
      const e = s.map((z) => Math.exp(z - m));
      const sum = e.reduce((a, b) => a + b, 0);
      for (let j = 0; j < n; j++) for (const t of cols) concat[i][t] += (e[j] / sum) * v[j][t];
    }
  }
  return matmul(concat, wo);
};
