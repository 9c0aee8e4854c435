/**
 * A Fenwick tree over value ranks: scanning from the right, each element
 * forms an inversion with every strictly smaller element already seen.
 * @param {number[]} record
 * @return {number}
 */
var reversePairs = function (record) {
  const n = record.length;
  // Distinct values in ascending order; a value's rank is its position + 1.
  const sorted = Float64Array.from(record).sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i];
  const rankOf = (value) => {
    let lo = 0, hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const tree = new Int32Array(distinct + 1);
  let count = 0;
  for (let i = n - 1; i >= 0; i--) {
    const r = rankOf(record[i]);
    // Elements to the right that are strictly smaller have ranks 1..r-1.
    for (let q = r - 1; q > 0; q -= q & -q) count += tree[q];
    for (let u = r; u <= distinct; u += u & -u) tree[u]++;
  }
  return count;
};
