# Wrong on purpose: searches the neighbours among all minority examples including the base itself, so rank 0 is the base (distance 0) and the other ranks shift by one.
import numpy as np


def smote_samples(minority: list[list[float]], k: int, bases: list[int], neighbours: list[int], gaps: list[float]) -> list[list[float]]:
    x = np.asarray(minority, dtype=float)
    out = []
    for i, rank, g in zip(bases, neighbours, gaps):
        order = np.argsort(((x - x[i]) ** 2).sum(axis=1), kind="stable")[:k]
        j = order[rank]
        out.append((x[i] + g * (x[j] - x[i])).tolist())
    return out
