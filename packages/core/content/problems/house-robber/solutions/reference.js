/**
 * Two states per house: the best total if this house is robbed, and if it is not.
 * @param {number[]} nums
 * @return {number}
 */
var rob = function (nums) {
  let robbed = 0; // best total with the previous house robbed
  let rested = 0; // best total with the previous house left alone
  for (const money of nums) {
    const robHere = rested + money; // only allowed if the previous house was left alone
    rested = Math.max(robbed, rested);
    robbed = robHere;
  }
  return Math.max(robbed, rested);
};
