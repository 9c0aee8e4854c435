import numpy as np


def focal_loss(logits: np.ndarray, targets: np.ndarray, alpha: float, gamma: float) -> float:
    p = 1.0 / (1.0 + np.exp(-logits))  # rounds to exactly 1 once x >= ~37
    p_t = np.where(targets == 1, p, 1.0 - p)
    alpha_t = np.where(targets == 1, alpha, 1.0 - alpha)
    return float(np.mean(-alpha_t * (1.0 - p_t) ** gamma * np.log(p_t)))  # log(0) = -inf
