import numpy as np


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    positive = labels == 1
    # One bucket per distinct score, in ascending order.
    values, bucket = np.unique(scores, return_inverse=True)
    pos_count = np.bincount(bucket[positive], minlength=len(values)).astype(float)
    neg_count = np.bincount(bucket[~positive], minlength=len(values)).astype(float)
    neg_below = np.cumsum(neg_count) - neg_count  # negatives with a strictly lower score
    # Each positive beats the negatives below it and ties, for half, with those in its bucket.
    wins = np.sum(pos_count * (neg_below + 0.5 * neg_count))
    return float(wins / (pos_count.sum() * neg_count.sum()))
