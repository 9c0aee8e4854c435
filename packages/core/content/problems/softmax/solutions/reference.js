/**
 * Through the log-sum-exp: softmax(x)_j = exp(x_j - LSE(x)),
 * LSE(x) = m + log(sum_k exp(x_k - m)) with m = max_k x_k.
 * @param {number[][]} x
 * @return {number[][]}
 */
var softmax = function (x) {
  const out = [];
  for (const row of x) {
    const m = Math.max(...row);
    let s = 0;
    for (let j = 0; j < row.length; j++) s += Math.exp(row[j] - m);
    const lse = m + Math.log(s);
    out.push(row.map((v) => Math.exp(v - lse)));
  }
  return out;
};
