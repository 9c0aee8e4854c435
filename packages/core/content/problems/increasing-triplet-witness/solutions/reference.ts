function increasingTripletIndices(nums: number[]): number[] {
  let first = -1; // index of the smallest value so far
  let second = -1; // index of the smallest value that has a smaller value before it
  let beforeSecond = -1; // index of that smaller value: `first` as it was when `second` was set
  for (let k = 0; k < nums.length; k++) {
    const x = nums[k];
    if (first === -1 || x <= nums[first]) {
      first = k;
    } else if (second === -1 || x <= nums[second]) {
      second = k;
      beforeSecond = first; // remember it now: `first` may move past `second` later
    } else {
      return [beforeSecond, second, k];
    }
  }
  return [];
}
