/**
 * Forgets the old pair whenever a new minimum appears, so triples that start
 * before the latest minimum are missed and [] is returned.
 * @param {number[]} nums
 * @return {number[]}
 */
var increasingTripletIndices = function (nums) {
  let first = -1;
  let second = -1;
  for (let k = 0; k < nums.length; k++) {
    const x = nums[k];
    if (first === -1 || x <= nums[first]) {
      first = k;
      second = -1;
    } else if (second === -1 || x <= nums[second]) {
      second = k;
    } else {
      return [first, second, k];
    }
  }
  return [];
};
