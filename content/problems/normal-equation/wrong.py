# Wrong on purpose: forgets the column of ones, so the fit is forced through the origin and the intercept is reported as 0.
import numpy as np


def fit_linear(features: list[list[float]], targets: list[float]) -> list[float]:
    x = np.asarray(features, dtype=float)
    y = np.asarray(targets, dtype=float)
    w = np.linalg.solve(x.T @ x, x.T @ y)
    return [0.0] + w.tolist()
