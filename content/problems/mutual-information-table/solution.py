import numpy as np


def mutual_information(counts: list[list[int]]) -> float:
    c = np.asarray(counts, dtype=float)
    n = c.sum()
    rows = c.sum(axis=1, keepdims=True)
    cols = c.sum(axis=0, keepdims=True)
    nz = c > 0                                     # empty cells contribute 0
    ratio = (c * n) / (rows * cols)                # p(x,y) / (p(x) p(y))
    return float(np.sum(c[nz] / n * np.log2(ratio[nz])))
