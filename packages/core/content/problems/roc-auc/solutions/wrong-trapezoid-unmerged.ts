function rocAuc(scores: number[], labels: number[]): number {
  const n = scores.length;
  const positives = labels.filter((y) => y === 1).length;
  const negatives = n - positives;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  // One ROC point per sample: tied scores are not merged into one threshold, so the
  // curve takes a staircase through a tie whose shape depends on the order of its samples.
  let tpr = 0;
  let fpr = 0;
  let area = 0;
  for (const i of order) {
    const nextTpr = labels[i] === 1 ? tpr + 1 / positives : tpr;
    const nextFpr = labels[i] === 1 ? fpr : fpr + 1 / negatives;
    area += ((nextFpr - fpr) * (tpr + nextTpr)) / 2;
    tpr = nextTpr;
    fpr = nextFpr;
  }
  return area;
}
