/**
 * @param {number[][]} logits
 * @param {number[]} labels
 * @param {number} labelSmoothing
 * @return {number}
 */
var crossEntropy = function (logits, labels, labelSmoothing) {
  let total = 0;
  logits.forEach((row, i) => {
    const m = Math.max(...row);
    const lse = m + Math.log(row.reduce((s, v) => s + Math.exp(v - m), 0));
    const c = row.length;
    let loss = 0;
    for (let j = 0; j < c; j++) {
      // 1 - eps on the label, eps / (C - 1) on each of the others
      const q = j === labels[i] ? 1 - labelSmoothing : labelSmoothing / (c - 1);
      loss -= q * (row[j] - lse);
    }
    total += loss;
  });
  return total / logits.length;
};
