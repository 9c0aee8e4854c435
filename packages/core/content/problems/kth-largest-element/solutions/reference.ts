function findKthLargest(nums: number[], k: number): number {
  // Quickselect for the element that would sit at index n - k in ascending order:
  // a random pivot and a three-way partition (< p | = p | > p), so sorted input
  // and runs of equal values cannot make it quadratic.
  const a = nums.slice();
  const target = a.length - k;
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[lo + Math.floor(Math.random() * (hi - lo + 1))];
    let lt = lo;
    let i = lo;
    let gt = hi;
    while (i <= gt) {
      const v = a[i];
      if (v < pivot) {
        a[i++] = a[lt];
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[gt];
        a[gt--] = v;
      } else {
        i++;
      }
    }
    // Now a[lo..lt) < pivot, a[lt..gt] === pivot, a(gt..hi] > pivot.
    if (target < lt) hi = lt - 1;
    else if (target > gt) lo = gt + 1;
    else return pivot;
  }
  return a[target];
}
