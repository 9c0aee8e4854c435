/**
 * @param {number[]} record
 * @return {number}
 */
var reversePairs = function (record) {
  const tmp = new Array(record.length);
  const sort = (lo, hi) => {
    if (lo >= hi) return 0;
    const mid = (lo + hi) >> 1;
    let count = sort(lo, mid) + sort(mid + 1, hi);
    let i = lo, j = mid + 1, k = lo;
    while (i <= mid && j <= hi) {
      // Takes from the right on ties too, so equal pairs are counted as inversions.
      if (record[i] < record[j]) tmp[k++] = record[i++];
      else {
        count += mid - i + 1;
        tmp[k++] = record[j++];
      }
    }
    while (i <= mid) tmp[k++] = record[i++];
    while (j <= hi) tmp[k++] = record[j++];
    for (k = lo; k <= hi; k++) record[k] = tmp[k];
    return count;
  };
  return sort(0, record.length - 1);
};
