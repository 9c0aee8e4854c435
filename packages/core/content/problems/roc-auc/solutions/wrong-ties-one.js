/**
 * @param {number[]} scores
 * @param {number[]} labels
 * @return {number}
 */
var rocAuc = function (scores, labels) {
  // For each positive, count the negatives with a score <= its own (ties count 1).
  const negatives = scores.filter((_, i) => labels[i] === 0).sort((a, b) => a - b);
  const atOrBelow = (s) => {
    let lo = 0;
    let hi = negatives.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (negatives[mid] <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let wins = 0;
  let positives = 0;
  scores.forEach((s, i) => {
    if (labels[i] === 1) {
      wins += atOrBelow(s);
      positives++;
    }
  });
  return wins / (positives * negatives.length);
};
