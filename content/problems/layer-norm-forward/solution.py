import numpy as np


def layer_norm(x: list[list[float]], gamma: list[float], beta: list[float], eps: float) -> list[list[float]]:
    a = np.asarray(x, dtype=float)
    mean = a.mean(axis=1, keepdims=True)
    centred = a - mean
    var = (centred * centred).mean(axis=1, keepdims=True)  # biased, two-pass
    return (centred / np.sqrt(var + eps) * np.asarray(gamma) + np.asarray(beta)).tolist()
