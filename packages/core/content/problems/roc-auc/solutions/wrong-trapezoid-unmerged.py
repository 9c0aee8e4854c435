import numpy as np


def roc_auc(scores, labels):
    order = np.argsort(-scores, kind="stable")
    y = labels[order]
    # One ROC point per sample, ties not merged into one threshold.
    tpr = np.concatenate(([0.0], np.cumsum(y == 1) / np.sum(y == 1)))
    fpr = np.concatenate(([0.0], np.cumsum(y == 0) / np.sum(y == 0)))
    return float(np.sum((fpr[1:] - fpr[:-1]) * (tpr[1:] + tpr[:-1]) / 2))
