import numpy as np


def focal_loss(logits: np.ndarray, targets: np.ndarray, alpha: float, gamma: float) -> float:
    z = np.where(targets == 1, logits, -logits)
    log_pt = -np.logaddexp(0.0, -z)
    alpha_t = np.where(targets == 1, alpha, 1.0 - alpha)
    return float(np.mean(-alpha_t * np.exp(log_pt) ** gamma * log_pt))  # p_t^gamma
