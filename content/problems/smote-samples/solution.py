import numpy as np


def smote_samples(minority: list[list[float]], k: int, bases: list[int], neighbours: list[int], gaps: list[float]) -> list[list[float]]:
    x = np.asarray(minority, dtype=float)
    cache: dict[int, np.ndarray] = {}

    def nearest(i: int) -> np.ndarray:
        if i not in cache:
            d2 = ((x - x[i]) ** 2).sum(axis=1)
            d2[i] = np.inf                                   # the base itself is not its own neighbour
            cache[i] = np.argsort(d2, kind="stable")[:k]     # stable: equal distances keep index order
        return cache[i]

    out = []
    for i, rank, g in zip(bases, neighbours, gaps):
        j = nearest(i)[rank]
        out.append((x[i] + g * (x[j] - x[i])).tolist())
    return out
