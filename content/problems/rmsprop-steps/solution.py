import numpy as np


def rmsprop(params: list[float], grads: list[list[float]], lr: float, alpha: float, eps: float,
            centered: bool) -> list[float]:
    p = np.asarray(params, dtype=float)
    square_avg = np.zeros_like(p)
    grad_avg = np.zeros_like(p)
    for g_row in grads:
        g = np.asarray(g_row, dtype=float)
        square_avg = alpha * square_avg + (1 - alpha) * g * g
        if centered:
            grad_avg = alpha * grad_avg + (1 - alpha) * g
            denom = np.sqrt(square_avg - grad_avg * grad_avg) + eps
        else:
            denom = np.sqrt(square_avg) + eps
        p = p - lr * g / denom
    return p.tolist()
