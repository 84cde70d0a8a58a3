import numpy as np


def multi_head_attention(x: list[list[float]], wq: list[list[float]], wk: list[list[float]], wv: list[list[float]],
                         wo: list[list[float]], num_heads: int, causal: bool) -> list[list[float]]:
    X = np.asarray(x, dtype=float)
    n, d = X.shape
    dh = d // num_heads
    # (n, d) -> (heads, n, dh): head h owns columns h*dh .. (h+1)*dh - 1
    split = lambda m: m.reshape(n, num_heads, dh).transpose(1, 0, 2)
    q, k, v = (split(X @ np.asarray(w, dtype=float)) for w in (wq, wk, wv))
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(dh)
    if causal:
        scores = np.where(np.tril(np.ones((n, n), dtype=bool)), scores, -np.inf)
    scores -= scores.max(axis=2, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=2, keepdims=True)
    heads = (weights @ v).transpose(1, 0, 2).reshape(n, d)
    return (heads @ np.asarray(wo, dtype=float)).tolist()
