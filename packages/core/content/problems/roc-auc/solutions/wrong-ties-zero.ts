function rocAuc(scores: number[], labels: number[]): number {
  // For each positive, count the negatives with a strictly lower score (ties count 0).
  const negatives = scores.filter((_, i) => labels[i] === 0).sort((a, b) => a - b);
  const below = (s: number) => {
    let lo = 0;
    let hi = negatives.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (negatives[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let wins = 0;
  let positives = 0;
  scores.forEach((s, i) => {
    if (labels[i] === 1) {
      wins += below(s);
      positives++;
    }
  });
  return wins / (positives * negatives.length);
}
