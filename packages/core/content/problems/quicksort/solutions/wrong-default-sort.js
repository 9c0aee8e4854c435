/**
 * @param {number[]} nums
 * @return {number[]}
 */
var sortArray = function (nums) {
  // Without a comparator, Array.prototype.sort compares the values as strings.
  return nums.sort();
};
