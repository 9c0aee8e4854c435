function increasingTriplet(nums: number[]): boolean {
  let first = Infinity;
  let second = Infinity;
  for (const x of nums) {
    if (x <= first) {
      first = x;
      second = Infinity; // "start over" with the new minimum — but the old pair was still valid
    } else if (x <= second) {
      second = x;
    } else {
      return true;
    }
  }
  return false;
}
