import numpy as np


def batch_norm_train(x: list[list[float]], gamma: list[float], beta: list[float], running_mean: list[float],
                     running_var: list[float], momentum: float, eps: float) -> list[list[float]]:
    a = np.asarray(x, dtype=float)
    n = a.shape[0]
    mean = a.mean(axis=0)
    centred = a - mean
    var = (centred * centred).mean(axis=0)               # biased: used to normalise
    y = centred / np.sqrt(var + eps) * np.asarray(gamma) + np.asarray(beta)
    new_mean = (1 - momentum) * np.asarray(running_mean) + momentum * mean
    new_var = (1 - momentum) * np.asarray(running_var) + momentum * var * n / (n - 1)  # unbiased
    return y.tolist() + [new_mean.tolist(), new_var.tolist()]
