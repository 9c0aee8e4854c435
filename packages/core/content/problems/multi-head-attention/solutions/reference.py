import numpy as np


def multi_head_attention(x: np.ndarray, wq: np.ndarray, wk: np.ndarray, wv: np.ndarray,
                         wo: np.ndarray, num_heads: int) -> np.ndarray:
    n, d_model = x.shape[0], wq.shape[0]
    d_head = d_model // num_heads

    def split(m: np.ndarray) -> np.ndarray:
        # (n, d_model) -> (heads, n, d_head): head h owns columns [h*d_head, (h+1)*d_head).
        return m.reshape(n, num_heads, d_head).transpose(1, 0, 2)

    q, k, v = split(x @ wq), split(x @ wk), split(x @ wv)
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d_head)
    scores -= scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    heads = weights @ v  # (heads, n, d_head)
    concat = heads.transpose(1, 0, 2).reshape(n, d_model)
    return concat @ wo
