import numpy as np


def gd_step(features: list[list[float]], targets: list[float], weights: list[float], bias: float, learning_rate: float) -> list[float]:
    x = np.asarray(features, dtype=float)
    y = np.asarray(targets, dtype=float)
    w = np.asarray(weights, dtype=float)
    error = x @ w + bias - y                 # residuals at the current parameters
    grad_b = error.mean()
    grad_w = x.T @ error / len(y)
    return [bias - learning_rate * grad_b] + (w - learning_rate * grad_w).tolist()
