# Wrong on purpose: exponentiates the raw scores without subtracting each row's maximum, so scores in the thousands overflow to inf and give NaN.
import numpy as np


def scaled_dot_product_attention(q: list[list[float]], k: list[list[float]], v: list[list[float]]) -> list[list[float]]:
    q = np.asarray(q, dtype=float)
    k = np.asarray(k, dtype=float)
    v = np.asarray(v, dtype=float)
    scores = q @ k.T / np.sqrt(q.shape[1])
    with np.errstate(over="ignore", invalid="ignore"):
        weights = np.exp(scores)
        weights /= weights.sum(axis=1, keepdims=True)
        return (weights @ v).tolist()
