import numpy as np


def best_gini_split(values: list[float], labels: list[int]) -> list[float]:
    x = np.asarray(values, dtype=float)
    y = np.asarray(labels)
    order = np.argsort(x, kind="stable")
    x, y = x[order], y[order]
    n = len(x)
    # Candidate boundaries: positions where the next sorted value is larger.
    cut = np.flatnonzero(x[1:] > x[:-1])          # left side = first cut + 1 items
    if len(cut) == 0:
        return []
    counts = np.cumsum(np.eye(y.max() + 1)[y], axis=0)   # running class counts
    left = counts[cut]
    right = counts[-1] - left
    n_left = (cut + 1).astype(float)
    n_right = n - n_left
    # |S| * G(S) = |S| - sum_c count_c^2 / |S|
    score = (n_left - (left ** 2).sum(axis=1) / n_left + n_right - (right ** 2).sum(axis=1) / n_right) / n
    best = int(np.flatnonzero(score <= score.min() + 1e-12)[0])   # first (smallest) among ties
    return [float((x[cut[best]] + x[cut[best] + 1]) / 2), float(score[best])]
