import numpy as np


def roc_auc(labels: list[int], scores: list[float]) -> float:
    y = np.asarray(labels) == 1
    s = np.asarray(scores, dtype=float)
    # Average 1-based ranks: tied scores share the mean of the ranks they occupy.
    _, inverse, counts = np.unique(s, return_inverse=True, return_counts=True)
    last = np.cumsum(counts)                 # rank of the last element of each group
    average = last - (counts - 1) / 2.0      # mean rank of each group
    ranks = average[inverse]
    n_pos = int(y.sum())
    n_neg = len(s) - n_pos
    # Mann-Whitney: the positives' rank sum minus its minimum counts the pairs a positive wins.
    wins = ranks[y].sum() - n_pos * (n_pos + 1) / 2.0
    return float(wins / (n_pos * n_neg))
