function findKthLargest(nums: number[], k: number): number {
  // Quickselect that always pivots on the first element, with a Lomuto partition.
  const a = nums.slice();
  const target = a.length - k;
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[lo];
    let store = lo;
    for (let i = lo + 1; i <= hi; i++) {
      if (a[i] < pivot) {
        store++;
        [a[store], a[i]] = [a[i], a[store]];
      }
    }
    [a[lo], a[store]] = [a[store], a[lo]];
    if (store === target) return a[store];
    if (store < target) lo = store + 1;
    else hi = store - 1;
  }
  return a[target];
}
