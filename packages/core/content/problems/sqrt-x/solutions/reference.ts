function mySqrt(x: number): number {
  let lo = 0;
  let hi = x;
  while (lo <= hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (mid * mid <= x) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}
