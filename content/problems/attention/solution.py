import numpy as np


def scaled_dot_product_attention(q: list[list[float]], k: list[list[float]], v: list[list[float]]) -> list[list[float]]:
    q = np.asarray(q, dtype=float)
    k = np.asarray(k, dtype=float)
    v = np.asarray(v, dtype=float)
    scores = q @ k.T / np.sqrt(q.shape[1])               # n_q x n_k
    scores -= scores.max(axis=1, keepdims=True)          # each row's largest score becomes 0
    weights = np.exp(scores)
    weights /= weights.sum(axis=1, keepdims=True)
    return (weights @ v).tolist()
