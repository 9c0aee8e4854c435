function rocAuc(scores: number[], labels: number[]): number {
  // Split by class and sort each side numerically (typed arrays sort natively, without a comparator).
  let p = 0;
  for (const y of labels) if (y === 1) p++;
  const pos = new Float64Array(p);
  const neg = new Float64Array(labels.length - p);
  let pi = 0;
  let ni = 0;
  labels.forEach((y, i) => {
    if (y === 1) pos[pi++] = scores[i]!;
    else neg[ni++] = scores[i]!;
  });
  pos.sort();
  neg.sort();
  // Two pointers over the ascending negatives, both only moving forward: for each positive
  // (ascending), `below` counts the negatives with a lower score, `atMost` those with a lower
  // or equal score; the difference is the ties.
  let wins = 0;
  let below = 0;
  let atMost = 0;
  for (let k = 0; k < pos.length; k++) {
    const s = pos[k]!;
    while (below < neg.length && neg[below]! < s) below++;
    if (atMost < below) atMost = below;
    while (atMost < neg.length && neg[atMost]! <= s) atMost++;
    wins += below + (atMost - below) / 2;
  }
  return wins / (pos.length * neg.length);
}
