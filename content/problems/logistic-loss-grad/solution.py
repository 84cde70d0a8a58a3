import numpy as np


def logistic_loss_grad(features: list[list[float]], labels: list[int], weights: list[float], bias: float) -> list[float]:
    x = np.asarray(features, dtype=float)
    y = np.asarray(labels, dtype=float)
    z = x @ np.asarray(weights, dtype=float) + bias
    # log(1 + e^z) without overflow: max(z, 0) + log1p(e^-|z|).
    loss = np.mean(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - y * z)
    # sigma(z) from e^-|z|, which never overflows.
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    residual = p - y
    return [float(loss), float(residual.mean())] + (x.T @ residual / len(y)).tolist()
