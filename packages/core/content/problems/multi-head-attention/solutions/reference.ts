function multiHeadAttention(
  x: number[][],
  wq: number[][],
  wk: number[][],
  wv: number[][],
  wo: number[][],
  numHeads: number,
): number[][] {
  const matmul = (a: number[][], b: number[][]): number[][] => {
    const cols = b[0].length;
    return a.map((row) => {
      const out = new Array<number>(cols).fill(0);
      for (let k = 0; k < b.length; k++) {
        const aik = row[k];
        const bk = b[k];
        for (let j = 0; j < cols; j++) out[j] += aik * bk[j];
      }
      return out;
    });
  };
  const n = x.length;
  const dModel = wq.length;
  const dHead = dModel / numHeads;
  const q = matmul(x, wq);
  const k = matmul(x, wk);
  const v = matmul(x, wv);
  const concat: number[][] = Array.from({ length: n }, () => new Array<number>(dModel).fill(0));
  const scale = 1 / Math.sqrt(dHead);
  for (let h = 0; h < numHeads; h++) {
    const lo = h * dHead; // head h owns columns [lo, lo + dHead)
    for (let i = 0; i < n; i++) {
      const scores = new Array<number>(n);
      let max = -Infinity;
      for (let j = 0; j < n; j++) {
        let dot = 0;
        for (let t = lo; t < lo + dHead; t++) dot += q[i][t] * k[j][t];
        scores[j] = dot * scale;
        if (scores[j] > max) max = scores[j];
      }
      let sum = 0;
      for (let j = 0; j < n; j++) {
        scores[j] = Math.exp(scores[j] - max);
        sum += scores[j];
      }
      for (let j = 0; j < n; j++) {
        const p = scores[j] / sum;
        for (let t = lo; t < lo + dHead; t++) concat[i][t] += p * v[j][t];
      }
    }
  }
  return matmul(concat, wo);
}
