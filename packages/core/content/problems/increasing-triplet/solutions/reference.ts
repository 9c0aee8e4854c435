function increasingTriplet(nums: number[]): boolean {
  // first: smallest value so far. second: smallest value that has something smaller before it.
  let first = Infinity;
  let second = Infinity;
  for (const x of nums) {
    if (x <= first) first = x;
    else if (x <= second) second = x;
    else return true; // first < second < x, with first's witness before second's
  }
  return false;
}
