import numpy as np


def focal_loss(logits: np.ndarray, targets: np.ndarray, alpha: float, gamma: float) -> float:
    z = np.where(targets == 1, logits, -logits)
    log_pt = -np.logaddexp(0.0, -z)
    one_minus_pt = np.exp(-np.logaddexp(0.0, z))
    alpha_t = np.where(targets == 1, 1.0 - alpha, alpha)  # alpha on the negatives
    return float(np.mean(-alpha_t * one_minus_pt**gamma * log_pt))
