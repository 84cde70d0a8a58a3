# Wrong on purpose: uses the natural logarithm (nats, as sklearn's mutual_info_score does) instead of log base 2, so the answer is ln 2 times too small.
import numpy as np


def mutual_information(counts):
    c = np.asarray(counts, dtype=float)
    n = c.sum()
    pxy = c / n
    px = pxy.sum(axis=1, keepdims=True)
    py = pxy.sum(axis=0, keepdims=True)
    nz = pxy > 0
    return float(np.sum(pxy[nz] * np.log((pxy / (px * py))[nz])))
