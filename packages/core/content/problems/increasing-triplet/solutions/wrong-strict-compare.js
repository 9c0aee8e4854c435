/**
 * Uses < where <= is needed: a value equal to `first` becomes `second`,
 * so [1, 1, 1] or [2, 2, 3] is reported as increasing.
 * @param {number[]} nums
 * @return {boolean}
 */
var increasingTriplet = function (nums) {
  let first = Infinity;
  let second = Infinity;
  for (const x of nums) {
    if (x < first) first = x;
    else if (x < second) second = x;
    else return true;
  }
  return false;
};
