/**
 * Head by head, projecting with the head's own column block of the weights,
 * and adding each head's contribution head_h · Wo[block h rows] to the output:
 * concat(head_1..head_h) · Wo = sum_h head_h · Wo[rows of block h].
 * @param {number[][]} x
 * @param {number[][]} wq
 * @param {number[][]} wk
 * @param {number[][]} wv
 * @param {number[][]} wo
 * @param {number} numHeads
 * @return {number[][]}
 */
var multiHeadAttention = function (x, wq, wk, wv, wo, numHeads) {
  const n = x.length;
  const dModel = wq.length;
  const dHead = dModel / numHeads;
  // x · W[:, lo:lo+dHead]
  const project = (w, lo) => {
    const out = [];
    for (let i = 0; i < n; i++) {
      const row = new Array(dHead).fill(0);
      for (let t = 0; t < dModel; t++) {
        const xit = x[i][t];
        for (let c = 0; c < dHead; c++) row[c] += xit * w[t][lo + c];
      }
      out.push(row);
    }
    return out;
  };
  const out = [];
  for (let i = 0; i < n; i++) out.push(new Array(dModel).fill(0));
  for (let h = 0; h < numHeads; h++) {
    const lo = h * dHead;
    const q = project(wq, lo);
    const k = project(wk, lo);
    const v = project(wv, lo);
    for (let i = 0; i < n; i++) {
      const s = new Array(n);
      for (let j = 0; j < n; j++) {
        let dot = 0;
        for (let c = 0; c < dHead; c++) dot += q[i][c] * k[j][c];
        s[j] = dot / Math.sqrt(dHead);
      }
      const m = Math.max(...s);
      let total = 0;
      for (let j = 0; j < n; j++) {
        s[j] = Math.exp(s[j] - m);
        total += s[j];
      }
      const head = new Array(dHead).fill(0);
      for (let j = 0; j < n; j++) for (let c = 0; c < dHead; c++) head[c] += (s[j] / total) * v[j][c];
      for (let c = 0; c < dHead; c++) {
        const woRow = wo[lo + c];
        for (let col = 0; col < dModel; col++) out[i][col] += head[c] * woRow[col];
      }
    }
  }
  return out;
};
