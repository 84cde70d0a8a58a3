# Wrong on purpose: divides by max - min without checking for constant columns, so a constant column becomes NaN (0/0) instead of low.
import numpy as np


def minmax_scale(data: list[list[float]], low: float, high: float) -> list[list[float]]:
    x = np.asarray(data, dtype=float)
    lo, hi = x.min(axis=0), x.max(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (low + (x - lo) / (hi - lo) * (high - low)).tolist()
