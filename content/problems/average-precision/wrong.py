# Wrong on purpose: walks the sorted orders one at a time, so tied scores become several steps and the answer depends on the order of the ties.
import numpy as np


def average_precision(labels: list[int], scores: list[float]) -> float:
    y = np.asarray(labels, dtype=float)
    order = np.argsort(-np.asarray(scores, dtype=float), kind="stable")
    y = y[order]
    hits = np.cumsum(y)
    precision_at_hits = hits[y == 1] / (np.flatnonzero(y == 1) + 1)
    return float(precision_at_hits.sum() / y.sum())
