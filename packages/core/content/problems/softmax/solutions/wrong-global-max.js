/**
 * @param {number[][]} x
 * @return {number[][]}
 */
var softmax = function (x) {
  let max = -Infinity;
  for (const row of x) for (const v of row) max = Math.max(max, v);
  return x.map((row) => {
    const exps = row.map((v) => Math.exp(v - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / sum);
  });
};
