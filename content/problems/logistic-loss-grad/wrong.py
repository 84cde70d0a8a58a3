# Wrong on purpose: evaluates the loss as -[y log(sigma) + (1 - y) log(1 - sigma)] directly, so a saturated sigma of exactly 0 or 1 gives log(0) = -inf and an infinite loss.
import numpy as np


def logistic_loss_grad(features: list[list[float]], labels: list[int], weights: list[float], bias: float) -> list[float]:
    x = np.asarray(features, dtype=float)
    y = np.asarray(labels, dtype=float)
    z = x @ np.asarray(weights, dtype=float) + bias
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        p = 1 / (1 + np.exp(-z))
        loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    residual = p - y
    return [float(loss), float(residual.mean())] + (x.T @ residual / len(y)).tolist()
