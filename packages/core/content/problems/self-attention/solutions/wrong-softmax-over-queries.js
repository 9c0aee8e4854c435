/**
 * @param {number[][]} x
 * @param {number[][]} wq
 * @param {number[][]} wk
 * @param {number[][]} wv
 * @return {number[][]}
 */
var selfAttention = function (x, wq, wk, wv) {
  const matmul = (a, b) => a.map((row) => b[0].map((_, j) => row.reduce((s, v, t) => s + v * b[t][j], 0)));
  const transpose = (a) => a[0].map((_, j) => a.map((row) => row[j]));
  const q = matmul(x, wq);
  const k = matmul(x, wk);
  const v = matmul(x, wv);
  const dK = wq[0].length;
  const scores = matmul(q, transpose(k)).map((row) => row.map((s) => s / Math.sqrt(dK)));
  // softmax over axis 0 (each column), i.e. over the queries
  const cols = transpose(scores).map((col) => {
    const max = Math.max(...col);
    const e = col.map((s) => Math.exp(s - max));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((t) => t / sum);
  });
  return matmul(transpose(cols), v);
};
