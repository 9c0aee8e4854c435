def roc_auc(scores, labels):
    pos = [s for s, y in zip(scores.tolist(), labels.tolist()) if y == 1]
    neg = [s for s, y in zip(scores.tolist(), labels.tolist()) if y == 0]
    wins = 0.0
    # Every (positive, negative) pair: correct, but O(P * N).
    for p in pos:
        for q in neg:
            if p > q:
                wins += 1.0
            elif p == q:
                wins += 0.5
    return wins / (len(pos) * len(neg))
