import numpy as np


def average_precision(labels: list[int], scores: list[float]) -> float:
    y = np.asarray(labels, dtype=float)
    s = np.asarray(scores, dtype=float)
    order = np.argsort(-s, kind="stable")
    s, y = s[order], y[order]
    # The last position of each run of equal scores is where one threshold stops.
    ends = np.flatnonzero(np.append(s[1:] != s[:-1], True))
    true_pos = np.cumsum(y)[ends]
    precision = true_pos / (ends + 1)
    recall = true_pos / true_pos[-1]
    return float(np.sum(np.diff(recall, prepend=0.0) * precision))
