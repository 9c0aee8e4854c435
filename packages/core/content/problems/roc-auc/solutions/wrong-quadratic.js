/**
 * @param {number[]} scores
 * @param {number[]} labels
 * @return {number}
 */
var rocAuc = function (scores, labels) {
  // Every (positive, negative) pair: correct, but O(P * N).
  const pos = [];
  const neg = [];
  scores.forEach((s, i) => (labels[i] === 1 ? pos : neg).push(s));
  let wins = 0;
  for (const p of pos) {
    for (const q of neg) {
      if (p > q) wins += 1;
      else if (p === q) wins += 0.5;
    }
  }
  return wins / (pos.length * neg.length);
};
