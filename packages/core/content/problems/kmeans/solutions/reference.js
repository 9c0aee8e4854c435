/**
 * Lloyd's algorithm with the update done as a running mean per cluster
 * (mean += (x - mean) / count), starting from each cluster's first point.
 * @param {number[][]} points
 * @param {number[][]} centroids
 * @param {number} iterations
 * @return {number[][]}
 */
var kmeans = function (points, centroids, iterations) {
  let current = centroids.map((c) => [...c]);
  for (let t = 0; t < iterations; t++) {
    const nearest = points.map((p) => {
      let best = -1;
      let bestDist = 0;
      current.forEach((c, j) => {
        const dist = c.reduce((s, v, a) => s + (p[a] - v) ** 2, 0);
        if (best === -1 || dist < bestDist) {
          best = j;
          bestDist = dist;
        }
      });
      return best;
    });
    const means = current.map(() => null);
    const counts = current.map(() => 0);
    points.forEach((p, i) => {
      const j = nearest[i];
      counts[j]++;
      if (means[j] === null) means[j] = [...p];
      else means[j] = means[j].map((m, a) => m + (p[a] - m) / counts[j]);
    });
    current = current.map((c, j) => means[j] ?? c);
  }
  return current;
};
