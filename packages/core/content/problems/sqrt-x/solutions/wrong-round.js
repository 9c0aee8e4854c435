var mySqrt = function (x) {
  return Math.round(Math.sqrt(x));
};
