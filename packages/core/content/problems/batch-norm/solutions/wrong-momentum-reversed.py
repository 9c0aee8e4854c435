import numpy as np


class BatchNorm2d:
    def __init__(self, numFeatures: int, eps: float, momentum: float):
        self.eps = eps
        self.momentum = momentum
        self.gamma = np.ones(numFeatures)
        self.beta = np.zeros(numFeatures)
        self.mean = np.zeros(numFeatures)
        self.var = np.ones(numFeatures)

    def setAffine(self, gamma: List[float], beta: List[float]) -> None:
        self.gamma = np.array(gamma, dtype=float)
        self.beta = np.array(beta, dtype=float)

    def forward(self, x: List[List[List[List[float]]]], training: bool) -> List[List[List[List[float]]]]:
        x = np.asarray(x, dtype=float)
        if training:
            # Move the channel axis first and flatten the rest: one row of N*H*W values per channel.
            per_channel = x.transpose(1, 0, 2, 3).reshape(x.shape[1], -1)
            m = per_channel.shape[1]
            mean = per_channel.mean(axis=1)
            var = per_channel.var(axis=1)  # ddof=0: the biased variance normalises the batch
            # Keras/TensorFlow convention: momentum is the weight of the old value.
            self.mean = self.momentum * self.mean + (1 - self.momentum) * mean
            self.var = self.momentum * self.var + (1 - self.momentum) * var * m / (m - 1)
        else:
            mean, var = self.mean, self.var
        shape = (1, -1, 1, 1)
        x_hat = (x - mean.reshape(shape)) / np.sqrt(var.reshape(shape) + self.eps)
        return x_hat * self.gamma.reshape(shape) + self.beta.reshape(shape)

    def runningMean(self) -> List[float]:
        return self.mean.copy()

    def runningVar(self) -> List[float]:
        return self.var.copy()
