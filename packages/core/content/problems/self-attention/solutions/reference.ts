function selfAttention(x: number[][], wq: number[][], wk: number[][], wv: number[][]): number[][] {
  const matmul = (a: number[][], b: number[][]): number[][] => {
    const inner = b.length;
    const cols = b[0].length;
    return a.map((row) => {
      const out = new Array<number>(cols).fill(0);
      for (let k = 0; k < inner; k++) {
        const aik = row[k];
        const bk = b[k];
        for (let j = 0; j < cols; j++) out[j] += aik * bk[j];
      }
      return out;
    });
  };
  const q = matmul(x, wq); // n x d_k
  const k = matmul(x, wk); // n x d_k
  const v = matmul(x, wv); // n x d_v
  const dK = wq[0].length;
  const scale = 1 / Math.sqrt(dK);
  const n = x.length;
  // weights[i][j] = softmax_j(q_i . k_j / sqrt(d_k)), one row per query.
  const weights = q.map((qi) => {
    const scores = new Array<number>(n);
    let max = -Infinity;
    for (let j = 0; j < n; j++) {
      let dot = 0;
      for (let t = 0; t < dK; t++) dot += qi[t] * k[j][t];
      scores[j] = dot * scale;
      if (scores[j] > max) max = scores[j];
    }
    let sum = 0;
    for (let j = 0; j < n; j++) {
      scores[j] = Math.exp(scores[j] - max);
      sum += scores[j];
    }
    for (let j = 0; j < n; j++) scores[j] /= sum;
    return scores;
  });
  return matmul(weights, v);
}
