/**
 * @param {number[][]} points
 * @param {number[][]} centroids
 * @param {number} iterations
 * @return {number[][]}
 */
var kmeans = function (points, centroids, iterations) {
  let current = centroids.map((c) => [...c]);
  for (let t = 0; t < iterations; t++) {
    const sums = current.map((c) => c.map(() => 0));
    const counts = current.map(() => 0);
    for (const p of points) {
      let best = 0;
      let bestDist = Infinity;
      current.forEach((c, j) => {
        const dist = c.reduce((s, v, a) => s + (p[a] - v) ** 2, 0);
        if (dist <= bestDist) {
          // <= lets a later centroid win a tie
          bestDist = dist;
          best = j;
        }
      });
      counts[best]++;
      p.forEach((v, a) => (sums[best][a] += v));
    }
    current = current.map((c, j) => (counts[j] === 0 ? c : sums[j].map((s) => s / counts[j])));
  }
  return current;
};
