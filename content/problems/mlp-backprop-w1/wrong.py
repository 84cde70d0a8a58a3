# Wrong on purpose: uses ReLU'(0) = 1 (mask z1 >= 0), so hidden units sitting exactly at 0 pass gradient back; PyTorch's ReLU gives 0 there.
import numpy as np


def grad_w1(x, y, w1, b1, w2, b2):
    X = np.asarray(x, dtype=float)
    W1, W2 = np.asarray(w1, dtype=float), np.asarray(w2, dtype=float)
    n = X.shape[0]
    z1 = X @ W1 + np.asarray(b1)
    a1 = np.maximum(z1, 0.0)
    z2 = a1 @ W2 + np.asarray(b2)
    p = np.exp(z2 - z2.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    p[np.arange(n), y] -= 1.0
    dz1 = (p / n @ W2.T) * (z1 >= 0)
    return (X.T @ dz1).tolist()
