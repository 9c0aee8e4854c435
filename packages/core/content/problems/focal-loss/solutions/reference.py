import numpy as np


def focal_loss(logits: np.ndarray, targets: np.ndarray, alpha: float, gamma: float) -> float:
    # z = x for positives and -x for negatives, so that p_t = sigmoid(z).
    sign = np.where(targets == 1, 1.0, -1.0)
    z = sign * logits
    # log sigmoid(z) = -log(1 + e^{-z}) = -logaddexp(0, -z), stable for any z.
    log_pt = -np.logaddexp(0.0, -z)
    # (1 - p_t)^gamma = sigmoid(-z)^gamma = exp(-gamma * logaddexp(0, z)); 0^0 = 1 comes out as exp(0).
    modulation = np.exp(-gamma * np.logaddexp(0.0, z))
    alpha_t = np.where(targets == 1, alpha, 1.0 - alpha)
    return float(np.mean(-alpha_t * modulation * log_pt))
