import numpy as np


def bootstrap_ci(data: list[float], resamples: list[list[int]], alpha: float) -> list[float]:
    means = np.asarray(data, dtype=float)[np.asarray(resamples)].mean(axis=1)
    lo, hi = np.quantile(means, [alpha / 2, 1 - alpha / 2], method="linear")
    return [float(lo), float(hi)]
