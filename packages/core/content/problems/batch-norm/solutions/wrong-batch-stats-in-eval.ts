class BatchNorm2d {
  private readonly eps: number;
  private readonly momentum: number;
  private gamma: number[];
  private beta: number[];
  private mean: number[];
  private variance: number[];

  constructor(numFeatures: number, eps: number, momentum: number) {
    this.eps = eps;
    this.momentum = momentum;
    this.gamma = new Array<number>(numFeatures).fill(1);
    this.beta = new Array<number>(numFeatures).fill(0);
    this.mean = new Array<number>(numFeatures).fill(0);
    this.variance = new Array<number>(numFeatures).fill(1);
  }

  setAffine(gamma: number[], beta: number[]): void {
    this.gamma = gamma.slice();
    this.beta = beta.slice();
  }

  forward(x: number[][][][], training: boolean): number[][][][] {
    const channels = this.gamma.length;
    const shift = new Array<number>(channels);
    const scale = new Array<number>(channels);
    for (let c = 0; c < channels; c++) {
      // Batch statistics in both modes; the running averages are kept but never used.
      let sum = 0;
      let count = 0;
      for (const image of x) for (const row of image[c]) for (const v of row) (sum += v), count++;
      const mean = sum / count;
      let squares = 0;
      for (const image of x) for (const row of image[c]) for (const v of row) squares += (v - mean) * (v - mean);
      const variance = squares / count;
      if (training) {
        const m = this.momentum;
        this.mean[c] = (1 - m) * this.mean[c] + m * mean;
        this.variance[c] = (1 - m) * this.variance[c] + m * (squares / (count - 1));
      }
      scale[c] = this.gamma[c] / Math.sqrt(variance + this.eps);
      shift[c] = this.beta[c] - mean * scale[c];
    }
    return x.map((image) => image.map((plane, c) => plane.map((row) => row.map((v) => v * scale[c] + shift[c]))));
  }

  runningMean(): number[] {
    return this.mean.slice();
  }

  runningVar(): number[] {
    return this.variance.slice();
  }
}
