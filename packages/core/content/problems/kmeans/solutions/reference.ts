function kmeans(points: number[][], centroids: number[][], iterations: number): number[][] {
  const n = points.length;
  const k = centroids.length;
  const d = centroids[0].length;
  let current = centroids.map((c) => c.slice());
  const assignment = new Array<number>(n).fill(0);
  for (let t = 0; t < iterations; t++) {
    // Assignment step: every point against the centroids of this iteration.
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDist = Infinity;
      for (let j = 0; j < k; j++) {
        let dist = 0;
        for (let a = 0; a < d; a++) {
          const diff = points[i][a] - current[j][a];
          dist += diff * diff;
        }
        if (dist < bestDist) {
          // strict <: on a tie the smaller index, found first, stays
          bestDist = dist;
          best = j;
        }
      }
      assignment[i] = best;
    }
    // Update step: only after all points are assigned.
    const sums = Array.from({ length: k }, () => new Array<number>(d).fill(0));
    const counts = new Array<number>(k).fill(0);
    for (let i = 0; i < n; i++) {
      const j = assignment[i];
      counts[j]++;
      for (let a = 0; a < d; a++) sums[j][a] += points[i][a];
    }
    // An empty cluster keeps its previous centroid.
    current = current.map((c, j) => (counts[j] === 0 ? c : sums[j].map((s) => s / counts[j])));
  }
  return current;
}
