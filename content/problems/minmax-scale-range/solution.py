import numpy as np


def minmax_scale(data: list[list[float]], low: float, high: float) -> list[list[float]]:
    x = np.asarray(data, dtype=float)
    lo = x.min(axis=0)
    span = x.max(axis=0) - lo
    constant = span == 0
    span[constant] = 1.0                         # avoid 0/0; those columns are all zeros below
    unit = (x - lo) / span                       # each column now spans [0, 1]
    return (low + unit * (high - low)).tolist()
