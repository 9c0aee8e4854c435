/**
 * Area under the ROC curve, walking the thresholds from the highest score down.
 * All samples with the same score form one threshold: the curve moves diagonally
 * across it, and the trapezoid under that diagonal counts the tied pairs as halves.
 * @param {number[]} scores
 * @param {number[]} labels
 * @return {number}
 */
var rocAuc = function (scores, labels) {
  const pos = Float64Array.from(scores.filter((_, i) => labels[i] === 1)).sort();
  const neg = Float64Array.from(scores.filter((_, i) => labels[i] !== 1)).sort();
  // Walk both ascending arrays from their ends, i.e. thresholds in descending order.
  let i = pos.length - 1;
  let j = neg.length - 1;
  let tp = 0; // positives strictly above the current threshold
  let area = 0; // in units of (one positive) x (one negative)
  while (j >= 0) {
    const threshold = Math.max(i >= 0 ? pos[i] : -Infinity, neg[j]);
    let groupTp = 0;
    let groupFp = 0;
    while (i >= 0 && pos[i] === threshold) {
      groupTp++;
      i--;
    }
    while (j >= 0 && neg[j] === threshold) {
      groupFp++;
      j--;
    }
    // The ROC curve goes from (fp, tp) to (fp + groupFp, tp + groupTp): a trapezoid.
    area += groupFp * (tp + groupTp / 2);
    tp += groupTp;
  }
  return area / (pos.length * neg.length);
};
