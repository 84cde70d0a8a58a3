import numpy as np


def dropout(x: list[float], u: list[float], p: float, training: bool) -> list[float]:
    a = np.asarray(x, dtype=float)
    if not training:
        return a.tolist()
    if p >= 1.0:
        return np.zeros_like(a).tolist()
    keep = np.asarray(u, dtype=float) >= p
    return np.where(keep, a / (1.0 - p), 0.0).tolist()
