import numpy as np


def grad_w1(x: list[list[float]], y: list[int], w1: list[list[float]], b1: list[float],
            w2: list[list[float]], b2: list[float]) -> list[list[float]]:
    X = np.asarray(x, dtype=float)
    W1, W2 = np.asarray(w1, dtype=float), np.asarray(w2, dtype=float)
    n = X.shape[0]
    z1 = X @ W1 + np.asarray(b1, dtype=float)
    a1 = np.maximum(z1, 0.0)
    z2 = a1 @ W2 + np.asarray(b2, dtype=float)
    p = np.exp(z2 - z2.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    dz2 = p
    dz2[np.arange(n), y] -= 1.0
    dz2 /= n                                   # mean over the batch
    dz1 = (dz2 @ W2.T) * (z1 > 0)              # ReLU'(0) = 0
    return (X.T @ dz1).tolist()
