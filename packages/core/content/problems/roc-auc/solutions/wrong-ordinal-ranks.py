import numpy as np


def roc_auc(scores, labels):
    # Ordinal ranks 1..n: equal scores get distinct ranks in whatever order argsort left them.
    ranks = np.empty(len(scores))
    ranks[np.argsort(scores)] = np.arange(1, len(scores) + 1)
    positive = labels == 1
    p = positive.sum()
    n = len(scores) - p
    u = ranks[positive].sum() - p * (p + 1) / 2
    return float(u / (p * n))
