function reversePairs(record: number[]): number {
  // Bottom-up merge sort. When an element of the right run is placed before
  // the rest of the left run, it forms an inversion with every element left there.
  const n = record.length;
  let from = Int32Array.from(record);
  let to = new Int32Array(n);
  let count = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (from[i] <= from[j]) {
          to[k++] = from[i++];
        } else {
          count += mid - i; // from[j] is smaller than all of from[i..mid)
          to[k++] = from[j++];
        }
      }
      while (i < mid) to[k++] = from[i++];
      while (j < hi) to[k++] = from[j++];
    }
    [from, to] = [to, from];
  }
  return count;
}
