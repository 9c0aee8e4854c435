/**
 * Updates the running statistics in training mode, then normalises with the
 * running statistics in both modes.
 * @param {number} numFeatures
 * @param {number} eps
 * @param {number} momentum
 */
var BatchNorm2d = function (numFeatures, eps, momentum) {
  this.eps = eps;
  this.momentum = momentum;
  this.gamma = Array(numFeatures).fill(1);
  this.beta = Array(numFeatures).fill(0);
  this.mean = Array(numFeatures).fill(0);
  this.var = Array(numFeatures).fill(1);
};

/**
 * @param {number[]} gamma
 * @param {number[]} beta
 * @return {void}
 */
BatchNorm2d.prototype.setAffine = function (gamma, beta) {
  this.gamma = [...gamma];
  this.beta = [...beta];
};

/**
 * @param {number[][][][]} x
 * @param {boolean} training
 * @return {number[][][][]}
 */
BatchNorm2d.prototype.forward = function (x, training) {
  const stats = this.gamma.map((_, c) => {
    if (!training) return { mean: this.mean[c], variance: this.var[c] };
    let count = 0;
    let mean = 0;
    let m2 = 0; // sum of squared deviations from the running mean
    for (const image of x) {
      for (const row of image[c]) {
        for (const v of row) {
          count++;
          const delta = v - mean;
          mean += delta / count;
          m2 += delta * (v - mean);
        }
      }
    }
    this.mean[c] = this.mean[c] + this.momentum * (mean - this.mean[c]);
    this.var[c] = this.var[c] + this.momentum * (m2 / (count - 1) - this.var[c]);
    return { mean: this.mean[c], variance: this.var[c] };
  });
  return x.map((image) =>
    image.map((plane, c) => {
      const { mean, variance } = stats[c];
      const std = Math.sqrt(variance + this.eps);
      return plane.map((row) => row.map((v) => (this.gamma[c] * (v - mean)) / std + this.beta[c]));
    }),
  );
};

/** @return {number[]} */
BatchNorm2d.prototype.runningMean = function () {
  return [...this.mean];
};

/** @return {number[]} */
BatchNorm2d.prototype.runningVar = function () {
  return [...this.var];
};
