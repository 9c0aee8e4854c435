import numpy as np


def multi_head_attention(x: np.ndarray, wq: np.ndarray, wk: np.ndarray, wv: np.ndarray,
                         wo: np.ndarray, num_heads: int) -> np.ndarray:
    n, d_model = x.shape[0], wq.shape[0]
    d_head = d_model // num_heads

    def split(m):
        # reshape to (n, d_head, heads): head h gets columns h, h + heads, h + 2 * heads, ...
        return m.reshape(n, d_head, num_heads).transpose(2, 0, 1)

    q, k, v = split(x @ wq), split(x @ wk), split(x @ wv)
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d_head)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    concat = (weights @ v).transpose(1, 2, 0).reshape(n, d_model)
    return concat @ wo
